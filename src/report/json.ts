/**
 * The JSON report written a piece at a time: the same text as JSON.stringify(value, null, 2), but
 * the long lists are written item by item, so 100,000 workloads never have to be one string (V8
 * caps a string's length).
 */
export type Emit = (text: string) => void

/** Lists and mappings this many levels deep are written part by part; deeper values in one piece. */
const STREAMED_DEPTH = 3

function pad(depth: number): string {
  return '  '.repeat(depth)
}

/** JSON.stringify's own rules for what a value becomes: undefined and functions are left out of mappings. */
function omitted(value: unknown): boolean {
  return value === undefined || typeof value === 'function' || typeof value === 'symbol'
}

function write(value: unknown, depth: number, emit: Emit): void {
  if (depth >= STREAMED_DEPTH || value === null || typeof value !== 'object' || typeof (value as { toJSON?: unknown }).toJSON === 'function') {
    const text = JSON.stringify(value, null, 2) ?? 'null'
    emit(depth === 0 ? text : text.replace(/\n/g, `\n${pad(depth)}`))
    return
  }
  if (Array.isArray(value)) {
    if (value.length === 0) return emit('[]')
    emit('[\n')
    value.forEach((item, i) => {
      emit(pad(depth + 1))
      write(omitted(item) ? null : item, depth + 1, emit)
      emit(i < value.length - 1 ? ',\n' : '\n')
    })
    return emit(`${pad(depth)}]`)
  }
  const entries = Object.entries(value).filter(([, v]) => !omitted(v))
  if (entries.length === 0) return emit('{}')
  emit('{\n')
  entries.forEach(([key, v], i) => {
    emit(`${pad(depth + 1)}${JSON.stringify(key)}: `)
    write(v, depth + 1, emit)
    emit(i < entries.length - 1 ? ',\n' : '\n')
  })
  emit(`${pad(depth)}}`)
}

/** Writes `value` as JSON.stringify(value, null, 2) + "\n" would, in pieces gathered to about 64 kB. */
export function writeJson(value: unknown, emit: Emit): void {
  let chunk = ''
  write(value, 0, (text) => {
    chunk += text
    if (chunk.length >= 65536) {
      emit(chunk)
      chunk = ''
    }
  })
  emit(`${chunk}\n`)
}
