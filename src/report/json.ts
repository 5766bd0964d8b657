/**
 * The JSON report written a piece at a time: the same text as JSON.stringify(value, null, 2), but
 * the long lists are written item by item, so 100,000 workloads never have to be one string (V8
 * caps a string's length).
 */
export type Emit = (text: string) => void

/**
 * Lists and mappings less deep than this are written part by part, deeper values in one piece:
 * a report's workloads are one level down (3), a run's over several files two levels (4).
 */
const STREAMED_DEPTH = 3

function pad(depth: number): string {
  return '  '.repeat(depth)
}

/** JSON.stringify's own rules for what a value becomes: undefined and functions are left out of mappings. */
function omitted(value: unknown): boolean {
  return value === undefined || typeof value === 'function' || typeof value === 'symbol'
}

/**
 * JSON.stringify(value, null, 2) with every line after the first indented `depth` levels, as it
 * stands inside the document. Stringified inside `depth` one-element lists and cut out again:
 * the indentation comes from JSON.stringify itself, which is faster than adding it to each line
 * of a large text.
 */
function indented(value: unknown, depth: number): string {
  if (value === undefined || depth === 0) return JSON.stringify(value, null, 2) ?? 'null'
  let wrapped: unknown = value
  for (let i = 0; i < depth; i++) wrapped = [wrapped]
  const text = JSON.stringify(wrapped, null, 2)
  // Each wrapper opens with "[\n" plus its own indentation and closes with "\n", its indentation and "]".
  const opening = depth * (depth + 1)
  const closing = depth * (depth + 1)
  return text.slice(opening + 2 * depth, text.length - closing)
}

function write(value: unknown, depth: number, emit: Emit, streamed: number): void {
  if (depth >= streamed || value === null || typeof value !== 'object' || typeof (value as { toJSON?: unknown }).toJSON === 'function') {
    emit(indented(value, depth))
    return
  }
  if (Array.isArray(value)) {
    if (value.length === 0) return emit('[]')
    emit('[\n')
    value.forEach((item, i) => {
      emit(pad(depth + 1))
      write(omitted(item) ? null : item, depth + 1, emit, streamed)
      emit(i < value.length - 1 ? ',\n' : '\n')
    })
    return emit(`${pad(depth)}]`)
  }
  const entries = Object.entries(value).filter(([, v]) => !omitted(v))
  if (entries.length === 0) return emit('{}')
  emit('{\n')
  entries.forEach(([key, v], i) => {
    emit(`${pad(depth + 1)}${JSON.stringify(key)}: `)
    write(v, depth + 1, emit, streamed)
    emit(i < entries.length - 1 ? ',\n' : '\n')
  })
  emit(`${pad(depth)}}`)
}

/** Writes `value` as JSON.stringify(value, null, 2) + "\n" would, in pieces gathered to about 64 kB. */
export function writeJson(value: unknown, emit: Emit, streamedDepth = STREAMED_DEPTH): void {
  let chunk = ''
  write(value, 0, (text) => {
    chunk += text
    if (chunk.length >= 65536) {
      emit(chunk)
      chunk = ''
    }
  }, streamedDepth)
  emit(`${chunk}\n`)
}
