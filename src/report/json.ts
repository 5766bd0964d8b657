/**
 * The JSON report written a piece at a time: the same text as JSON.stringify(value, null, indent),
 * but the long lists are written item by item, so 100,000 workloads never have to be one string
 * (V8 caps a string's length).
 */
export type Emit = (text: string) => void

/** 0: one line (what files and pipes get); 2: two spaces per level (what a terminal gets). */
export type JsonIndent = 0 | 2

/**
 * Lists and mappings less deep than this are written part by part, deeper values in one piece:
 * a report's workloads are one level down (3), a run's over several files two levels (4).
 */
const STREAMED_DEPTH = 3

/**
 * A number as the JSON writes it, with at most 12 significant digits: computed amounts otherwise
 * carry 17 (7.001736263736262), which is noise below a millionth of a cent on any total under
 * $10 billion, while every catalog figure (0.0000025 per token) keeps its digits.
 */
export function written(value: number): number {
  return Number.isInteger(value) || !Number.isFinite(value) ? value : Number(value.toPrecision(12))
}

/** A copy of a record with its own numbers `written`; nested values are shared. */
export function writtenFields<T extends object>(record: T): T {
  return withOwnNumbersWritten({ ...record })
}

/** `copy`'s own numbers `written`, in place: for a copy made for the JSON form, which no one else holds. */
export function withOwnNumbersWritten<T extends object>(copy: T): T {
  for (const key in copy) {
    const value = copy[key]
    if (typeof value === 'number') copy[key] = written(value) as T[typeof key]
  }
  return copy
}

/** A copy of plain data with every number `written`, at any depth: for the small parts of a report. */
export function writtenDeep<T>(value: T): T {
  if (typeof value === 'number') return written(value) as T
  if (value === null || typeof value !== 'object') return value
  if (Array.isArray(value)) return value.map(writtenDeep) as T
  const out: Record<string, unknown> = {}
  for (const [key, v] of Object.entries(value)) out[key] = writtenDeep(v)
  return out as T
}

/**
 * A list whose items are made from `source` as they are written, so a large JSON form is never
 * held whole; `toJSON` gives JSON.stringify the same list. `map` must be pure: each write maps again.
 */
export class MappedList<T, S> {
  constructor(
    readonly source: readonly S[],
    readonly map: (item: S) => T
  ) {}

  get length(): number {
    return this.source.length
  }

  /** The item at `index` (negative counts from the end), made now. */
  at(index: number): T | undefined {
    const at = index < 0 ? this.source.length + index : index
    return at >= 0 && at < this.source.length ? this.map(this.source[at] as S) : undefined
  }

  toJSON(): T[] {
    return this.source.map((item) => this.map(item))
  }
}

/** A value as JSON.parse gives it back: every MappedList a plain list. */
export type Parsed<T> =
  T extends MappedList<infer U, infer _S> ? Parsed<U>[] : T extends readonly (infer E)[] ? Parsed<E>[] : T extends object ? { [K in keyof T]: Parsed<T[K]> } : T

/** JSON.stringify's own rules for what a value becomes: undefined and functions are left out of mappings. */
function omitted(value: unknown): boolean {
  return value === undefined || typeof value === 'function' || typeof value === 'symbol'
}

/**
 * JSON.stringify(value, null, 2) with every line after the first indented `depth` levels,
 * as it stands inside the document. Stringified inside `depth` one-element lists and cut out again:
 * the indentation comes from JSON.stringify itself, which is faster than adding it to each line of
 * a large text.
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

interface Layout {
  /** A value written in one piece at this depth. */
  whole(value: unknown, depth: number): string
  /** Before an item or a key at this depth, after the bracket or the comma. */
  lead(depth: number): string
  /** Before the closing bracket of a list or mapping at this depth. */
  close(depth: number): string
  colon: string
}

const LAYOUTS: Record<JsonIndent, Layout> = {
  0: { whole: (value) => JSON.stringify(value) ?? 'null', lead: () => '', close: () => '', colon: ':' },
  2: { whole: indented, lead: (depth) => `\n${'  '.repeat(depth)}`, close: (depth) => `\n${'  '.repeat(depth)}`, colon: ': ' }
}

const asIs = (item: unknown): unknown => item

/** Items written whole are stringified this many at a time: one call per item cost more than the stringifying. */
const BATCH = 256

/** A list item by item, each made by `map` as it is reached (a MappedList's) or written as it is. */
function writeList(items: readonly unknown[], map: (item: unknown) => unknown, depth: number, emit: Emit, streamed: number, layout: Layout): void {
  if (items.length === 0) return emit('[]')
  emit('[')
  if (depth + 1 >= streamed) {
    // Whole items: a batch of them stringified as one list at this depth, its brackets cut off.
    const open = `[${layout.lead(depth + 1)}`.length
    const close = `${layout.close(depth)}]`.length
    for (let start = 0; start < items.length; start += BATCH) {
      const batch = items.slice(start, start + BATCH).map(map)
      const text = layout.whole(batch, depth)
      emit(`${start > 0 ? ',' : ''}${layout.lead(depth + 1)}${text.slice(open, text.length - close)}`)
    }
  } else {
    for (let i = 0; i < items.length; i++) {
      emit(`${i > 0 ? ',' : ''}${layout.lead(depth + 1)}`)
      const value = map(items[i])
      write(omitted(value) ? null : value, depth + 1, emit, streamed, layout)
    }
  }
  emit(`${layout.close(depth)}]`)
}

function write(value: unknown, depth: number, emit: Emit, streamed: number, layout: Layout): void {
  if (value instanceof MappedList && depth < streamed) return writeList(value.source, value.map, depth, emit, streamed, layout)
  if (depth >= streamed || value === null || typeof value !== 'object' || typeof (value as { toJSON?: unknown }).toJSON === 'function') {
    emit(layout.whole(value, depth))
    return
  }
  if (Array.isArray(value)) return writeList(value, asIs, depth, emit, streamed, layout)
  const entries = Object.entries(value).filter(([, v]) => !omitted(v))
  if (entries.length === 0) return emit('{}')
  emit('{')
  entries.forEach(([key, v], i) => {
    emit(`${i > 0 ? ',' : ''}${layout.lead(depth + 1)}${JSON.stringify(key)}${layout.colon}`)
    write(v, depth + 1, emit, streamed, layout)
  })
  emit(`${layout.close(depth)}}`)
}

/** Writes `value` as JSON.stringify(value, null, indent) + "\n" would, in pieces gathered to about 64 kB. */
export function writeJson(value: unknown, emit: Emit, options: { indent?: JsonIndent; streamedDepth?: number } = {}): void {
  let chunk = ''
  write(value, 0, (text) => {
    chunk += text
    if (chunk.length >= 65536) {
      emit(chunk)
      chunk = ''
    }
  }, options.streamedDepth ?? STREAMED_DEPTH, LAYOUTS[options.indent ?? 0])
  emit(`${chunk}\n`)
}
