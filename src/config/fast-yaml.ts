/**
 * A fast reader for the plain block YAML that configs are written in, with positions kept for every
 * key and value. It reads a strict subset of YAML 1.2 (core schema): block mappings and sequences,
 * one-line flow collections, plain and simple quoted scalars, comments. On anything else
 * (anchors, tags, block scalars, multi-line scalars, escapes, duplicate keys, odd numbers, errors)
 * it returns undefined and the caller falls back to the full parser, so the data it returns is
 * always what the full parser would return (a test holds the two to each other).
 *
 * Written for speed on configs with 100,000 workloads: lines are kept as offsets into the text,
 * and positions in one growing integer array, so the only objects made are the data itself.
 */
import type { PathSegment } from './errors.js'
import type { Locator, SourcePosition } from './yaml.js'

type Container = Record<string, unknown> | unknown[]

class Bail extends Error {}
const bail = (): never => {
  throw new Bail()
}

const SPACE = 32
const HASH = 35
const COLON = 58
const DASH = 45

const NULL_RE = /^(?:~|null|Null|NULL)$/
const BOOL_RE = /^(?:true|True|TRUE|false|False|FALSE)$/
const INT_RE = /^[-+]?(?:0|[1-9][0-9]*)$/
const FLOAT_RE = /^[-+]?(?:(?:0|[1-9][0-9]*)(?:\.[0-9]*)?|\.[0-9]+)(?:[eE][-+]?[0-9]+)?$/
const INF_RE = /^[-+]?\.(?:inf|Inf|INF)$/
const NAN_RE = /^\.(?:nan|NaN|NAN)$/
/** Numbers in the core schema's other notations (0x, 0o, leading zeros): left to the full parser. */
const NUMBERISH_RE = /^(?:[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+|[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?)$/
/** Object keys that JavaScript would reorder: left to the full parser. */
const INDEX_KEY_RE = /^(?:0|[1-9][0-9]*)$/

/** A key and a plain value in a flat one-line mapping (see flatMappings). */
const FLAT_KEY = '[A-Za-z_][A-Za-z0-9_]*'
const FLAT_VALUE = '[A-Za-z0-9_.][A-Za-z0-9_./-]*'
const FLAT_ENTRY = new RegExp(`(${FLAT_KEY}): (${FLAT_VALUE})`, 'g')
const flatLinePatterns = new Map<number, RegExp>()
/**
 * Longest run read by JSON.parse. That path costs about the same per item at any length; the line
 * reader costs more until V8 has optimised it and less after, so it reads runs longer than this
 * (measured: 10,000 items faster through JSON.parse, by 10-40% in noisy runs; 100,000 about 30% slower).
 */
const FLAT_RUN_LIMIT = 20_000

// The characters of FLAT_KEY and FLAT_VALUE, for flatLine().
const isKeyStart = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95
const isKeyPart = (c: number) => isKeyStart(c) || (c >= 48 && c <= 57)
const isValueStart = (c: number) => isKeyPart(c) || c === 46
const isValuePart = (c: number) => isValueStart(c) || c === 47 || c === 45

/** One whole line "- { key: value, ... }" at this indentation. */
function flatLinePattern(indent: number): RegExp {
  let pattern = flatLinePatterns.get(indent)
  if (!pattern) {
    const entry = `${FLAT_KEY}: ${FLAT_VALUE}`
    pattern = new RegExp(`^ {${indent}}- \\{ ?${entry}(?:, ${entry})* ?\\}$`, 'gm')
    flatLinePatterns.set(indent, pattern)
  }
  return pattern
}

/** A key that keeps its place in a JavaScript object and sets no prototype. */
function usableKey(key: string): boolean {
  return !INDEX_KEY_RE.test(key) && key !== '__proto__'
}
const INDICATOR_START = ',[]{}#&*!|>\'"%@`'

/** The core schema's reading of a plain scalar; plain words skip every pattern. */
function resolvePlain(text: string): unknown {
  const c = text.charCodeAt(0)
  const isLetter = (c >= 65 && c <= 90) || (c >= 97 && c <= 122)
  // Only n/N (null), t/T/f/F (booleans) start a non-string word.
  if (isLetter && c !== 110 && c !== 78 && c !== 116 && c !== 84 && c !== 102 && c !== 70) return text
  if (text === '' || NULL_RE.test(text)) return null
  if (isLetter) return BOOL_RE.test(text) ? text.charCodeAt(0) === 116 || text.charCodeAt(0) === 84 : text
  if (INT_RE.test(text)) {
    const n = Number(text)
    return Number.isSafeInteger(n) ? n : bail()
  }
  if (FLOAT_RE.test(text)) return Number(text)
  if (INF_RE.test(text)) return text.charCodeAt(0) === DASH ? -Infinity : Infinity
  if (NAN_RE.test(text)) return NaN
  if (NUMBERISH_RE.test(text)) bail()
  return text
}

function checkPlain(text: string): void {
  if (text.length === 0) return
  const c = text.charCodeAt(0)
  // Words start with a letter: skip the indicator check for them.
  if (!((c >= 97 && c <= 122) || (c >= 65 && c <= 90)) && INDICATOR_START.includes(text[0] as string)) bail()
  if ((c === DASH || c === 63 || c === COLON) && (text.length === 1 || text.charCodeAt(1) === SPACE)) bail()
  if (text.includes(': ') || text.charCodeAt(text.length - 1) === COLON || text.includes(' #')) bail()
}

export interface FastParse {
  data: unknown
  locator: Locator
  /** The one-line mappings this file held, for a file read later that repeats them (see FlatLines). */
  flatLines: FlatLines
}

/**
 * The mappings a reader read from one-line items ("- { name: a, size: 1024x1024 }"), found by the
 * item's text from its dash. A base branch's config repeats most of the head's lines: a reader given
 * the head's FlatLines takes the mapping of each line it repeats instead of reading the line again.
 * The mapping is then one object in both files' data; nothing changes parsed data after reading.
 */
export interface FlatLines {
  get(itemText: string): Record<string, unknown> | undefined
  /** Drops the index get() builds (it is built again if asked): a run of 100,000 workloads need not keep it. */
  release(): void
}

/** `reuse`: the one-line mappings of a file read before (see FlatLines). */
export function fastParseYaml(text: string, reuse?: FlatLines): FastParse | undefined {
  try {
    return new Reader(text, reuse).read()
  } catch (error) {
    if (error instanceof Bail || error instanceof RangeError) return undefined
    throw error
  } finally {
    reuse?.release()
  }
}

/**
 * Positions of every container: `table.get(container)` is an offset into `ints`, where the
 * container's own line and column come first, then per entry [keyLine, keyColumn, valueLine,
 * valueColumn] for a mapping or [line, column] for a sequence. An open container gathers its
 * positions on a stack (nested containers open above it and close before it goes on), and moves
 * them into `ints` in one run when it is complete: no list is made per container.
 */
class PositionTable {
  ints = new Int32Array(1 << 16)
  size = 0
  readonly table = new Map<object, number>()
  private stack = new Int32Array(1 << 10)
  private top = 0

  /** Starts a container at line/column; returns its mark for close(). */
  open(line: number, column: number): number {
    const mark = this.top
    this.push2(line, column)
    return mark
  }

  push2(a: number, b: number): void {
    if (this.top + 2 > this.stack.length) this.stack = grow(this.stack, this.top + 2)
    this.stack[this.top++] = a
    this.stack[this.top++] = b
  }

  push4(a: number, b: number, c: number, d: number): void {
    this.push2(a, b)
    this.push2(c, d)
  }

  close(container: object, mark: number): void {
    const length = this.top - mark
    if (this.size + length > this.ints.length) this.ints = grow(this.ints, this.size + length)
    this.table.set(container, this.size)
    const ints = this.ints
    const stack = this.stack
    let at = this.size
    for (let i = mark; i < this.top; i++) ints[at++] = stack[i] as number
    this.size = at
    this.top = mark
  }
}

function grow(ints: Int32Array<ArrayBuffer>, needed: number): Int32Array<ArrayBuffer> {
  const grown = new Int32Array(Math.max(needed, ints.length * 2))
  grown.set(ints)
  return grown
}

/**
 * Plain scalars already read and found valid (keys, and values such as model ids and rates), found
 * again by their text in place: a config repeats the same few words and numbers, so most are neither
 * cut out of the text again nor checked again, and 100,000 workloads share one copy of each word.
 * One scalar per slot, chosen by length and end characters; a scalar that misses takes the slot over.
 */
class KnownWords {
  private readonly texts: (string | undefined)[] = new Array(256).fill(undefined)
  private readonly values: unknown[] = new Array(256).fill(undefined)

  private slot(text: string, start: number, stop: number): number {
    return ((stop - start) * 31 + text.charCodeAt(start) * 7 + text.charCodeAt(stop - 1)) & 255
  }

  /** The slot that holds text[start, stop), or -1. */
  find(text: string, start: number, stop: number): number {
    if (stop <= start) return -1
    const slot = this.slot(text, start, stop)
    const word = this.texts[slot]
    return word !== undefined && word.length === stop - start && text.startsWith(word, start) ? slot : -1
  }

  /** The value of the scalar in a slot find() returned. */
  value(slot: number): unknown {
    return this.values[slot]
  }

  add(word: string, value: unknown): void {
    const slot = this.slot(word, 0, word.length)
    this.texts[slot] = word
    this.values[slot] = value
  }
}

/** A plain scalar's value: one read before, or one checked and resolved now and remembered. */
function plainScalar(known: KnownWords, text: string, start: number, stop: number): unknown {
  const slot = known.find(text, start, stop)
  if (slot >= 0) return known.value(slot)
  const plain = text.slice(start, stop)
  checkPlain(plain)
  const value = resolvePlain(plain)
  if (plain !== '') known.add(plain, value)
  return value
}

class Reader {
  /** Plain keys already found to be valid (configs repeat the same few keys). */
  private readonly keys = new KnownWords()
  /** Plain values already read and found valid. */
  private readonly words = new KnownWords()
  /** Per content line (blank and comment-only lines dropped): its number, indentation, start and end offsets. */
  private readonly numbers: Int32Array
  private readonly indents: Int32Array
  private readonly starts: Int32Array
  private readonly ends: Int32Array
  private readonly count: number
  private index = 0
  private readonly positions = new PositionTable()
  /** The one-line items read, as content-line indexes and the mappings read from them (see FlatLines). */
  private readonly flatLineIndexes: number[] = []
  private readonly flatLineMappings: Record<string, unknown>[] = []

  constructor(
    private readonly text: string,
    private readonly reuse?: FlatLines
  ) {
    // Tabs, byte-order marks, lone CRs (line breaks to YAML, even inside a comment) and the Unicode
    // line breaks YAML treats specially: left to the full parser.
    if (/[\t\uFEFF\u0085\u2028\u2029]|\r(?!\n)/.test(text)) bail()
    let lines = 1
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) lines++
    this.numbers = new Int32Array(lines)
    this.indents = new Int32Array(lines)
    this.starts = new Int32Array(lines)
    this.ends = new Int32Array(lines)
    let count = 0
    let lineStart = 0
    for (let number = 1; lineStart <= text.length; number++) {
      let lineEnd = text.indexOf('\n', lineStart)
      if (lineEnd < 0) lineEnd = text.length
      let end = lineEnd
      // CRLF ends a line; a lone CR (anywhere, even last) is left to the full parser below.
      if (end > lineStart && lineEnd < text.length && text.charCodeAt(end - 1) === 13) end--
      let start = lineStart
      while (start < end && text.charCodeAt(start) === SPACE) start++
      if (start < end && text.charCodeAt(start) !== HASH) {
        const indent = start - lineStart
        // No CR can stand inside a line: the check above sent every CR not before a LF to the full parser.
        if (indent === 0 && (text.startsWith('---', start) || text.startsWith('...', start) || text.charCodeAt(start) === 37)) bail()
        this.numbers[count] = number
        this.indents[count] = indent
        this.starts[count] = start
        this.ends[count] = end
        count++
      }
      lineStart = lineEnd + 1
    }
    this.count = count
  }

  read(): FastParse {
    if (this.count === 0 || this.indents[0] !== 0) return bail()
    const data = this.block(0)
    if (this.index !== this.count) bail()
    if (data === null || typeof data !== 'object' || Array.isArray(data)) bail()
    return {
      data,
      locator: locatorFor(data as Container, this.positions, (mapping, line, column) => this.recover(mapping, line, column)),
      flatLines: this.flatLines()
    }
  }

  /** The one-line items read, by their text; the index is built when first asked (only a later file asks). */
  private flatLines(): FlatLines {
    let byText: Map<string, Record<string, unknown>> | undefined
    return {
      get: (itemText) => {
        if (!byText) {
          byText = new Map()
          for (let i = 0; i < this.flatLineIndexes.length; i++) byText.set(this.itemText(this.flatLineIndexes[i] as number), this.flatLineMappings[i] as Record<string, unknown>)
        }
        return byText.get(itemText)
      },
      release: () => {
        byText = undefined
      }
    }
  }

  /** A sequence item's text from its dash to the end of its line. */
  private itemText(line: number): string {
    return this.text.slice(this.starts[line], this.ends[line])
  }

  private keepFlatLine(line: number, mapping: Record<string, unknown>): void {
    this.flatLineIndexes.push(line)
    this.flatLineMappings.push(mapping)
  }

  private isItem(line: number): boolean {
    const s = this.starts[line] as number
    return this.text.charCodeAt(s) === DASH && (s + 1 === this.ends[line] || this.text.charCodeAt(s + 1) === SPACE)
  }

  private block(indent: number): Container {
    if (this.index >= this.count || this.indents[this.index] !== indent) return bail()
    return this.isItem(this.index) ? this.sequence(indent) : this.mapping(indent, this.starts[this.index] as number)
  }

  /** A block mapping whose keys stand at `column`; the first key may sit after a "- " at `firstStart`. */
  private mapping(column: number, firstStart: number): Record<string, unknown> {
    const text = this.text
    const map: Record<string, unknown> = {}
    const positions = this.positions
    const mark = positions.open(this.numbers[this.index] as number, column + 1)
    let start = firstStart
    for (;;) {
      const line = this.index
      const number = this.numbers[line] as number
      const end = this.ends[line] as number
      this.index++
      // The key: quoted, or plain up to ": " or a final ":".
      let key: string
      let afterKey: number
      const first = text.charCodeAt(start)
      if (first === 34 || first === 39) {
        const quoted = readQuoted(text, start, end)
        key = quoted.value
        afterKey = quoted.end
        if (text.charCodeAt(afterKey) !== COLON) bail()
        if (afterKey + 1 < end && text.charCodeAt(afterKey + 1) !== SPACE) bail()
      } else {
        let colon = text.indexOf(':', start)
        while (colon >= 0 && colon < end && colon + 1 < end && text.charCodeAt(colon + 1) !== SPACE) colon = text.indexOf(':', colon + 1)
        if (colon <= start || colon >= end) bail()
        afterKey = colon
        if (text.charCodeAt(colon - 1) === SPACE) bail()
        key = plainKey(this.keys, text, start, colon)
      }
      // Inherited names (constructor, toString...) also send the file to the full parser.
      if (map[key] !== undefined || !usableKey(key)) bail()
      let valueStart = afterKey + 1
      while (valueStart < end && text.charCodeAt(valueStart) === SPACE) valueStart++
      const keyColumn = start - (this.starts[line] as number) + (this.indents[line] as number) + 1
      if (valueStart >= end || text.charCodeAt(valueStart) === HASH) {
        if (valueStart < end && text.charCodeAt(valueStart - 1) !== SPACE) bail()
        // A nested block, a sequence at the key's own indentation, or nothing (null).
        const next = this.index
        if (next < this.count && (this.indents[next] as number) > column) {
          positions.push4(number, keyColumn, this.numbers[next] as number, (this.indents[next] as number) + 1)
          map[key] = this.block(this.indents[next] as number)
        } else if (next < this.count && this.indents[next] === column && this.isItem(next)) {
          positions.push4(number, keyColumn, this.numbers[next] as number, column + 1)
          map[key] = this.sequence(column)
        } else {
          // An empty value stands where it would start: after the colon and its spaces.
          positions.push4(number, keyColumn, number, keyColumn + (valueStart - start))
          map[key] = null
        }
      } else {
        positions.push4(number, keyColumn, number, keyColumn + (valueStart - start))
        map[key] = this.inline(valueStart, end, number, keyColumn + (valueStart - start) - 1, column)
      }
      if (this.index >= this.count) break
      const indent = this.indents[this.index] as number
      if (indent < column) break
      if (indent > column || this.isItem(this.index)) bail()
      start = this.starts[this.index] as number
    }
    positions.close(map, mark)
    return map
  }

  /** A scalar or flow collection that ends on this line. */
  private inline(start: number, end: number, number: number, column: number, parentIndent: number): unknown {
    const text = this.text
    const c = text.charCodeAt(start)
    if (c === 123 || c === 91) {
      const flow = new FlowReader(text, start, end, number, column, this.positions, this.keys, this.words)
      const value = flow.collection()
      flow.finish()
      return value
    }
    // A more indented line after a scalar would continue it over several lines.
    if (this.index < this.count && (this.indents[this.index] as number) > parentIndent) bail()
    if (c === 34 || c === 39) {
      const quoted = readQuoted(text, start, end)
      trailing(text, quoted.end, end)
      return quoted.value
    }
    // A comment starts at " #"; search this line only (indexOf would scan the rest of the file).
    let stop = end
    for (let i = start + 1; i < end; i++) {
      if (text.charCodeAt(i) === HASH && text.charCodeAt(i - 1) === SPACE) {
        stop = i
        break
      }
    }
    while (stop > start && text.charCodeAt(stop - 1) === SPACE) stop--
    return plainScalar(this.words, text, start, stop)
  }

  private sequence(indent: number): unknown[] {
    const text = this.text
    const items: unknown[] = []
    const positions = this.positions
    const mark = positions.open(this.numbers[this.index] as number, indent + 1)
    let tryFlat = true
    while (this.index < this.count && this.indents[this.index] === indent && this.isItem(this.index)) {
      const line = this.index
      const number = this.numbers[line] as number
      const end = this.ends[line] as number
      let start = (this.starts[line] as number) + 1
      while (start < end && text.charCodeAt(start) === SPACE) start++
      const column = indent + (start - (this.starts[line] as number))
      if (tryFlat && column === indent + 2 && text.charCodeAt(start) === 123) {
        if (this.flatMappings(indent, items) > 0) continue
        // Not such a run: read these items line by line, and do not look again in this sequence.
        tryFlat = false
      }
      if (start >= end || text.charCodeAt(start) === HASH) {
        this.index++
        const next = this.index
        if (next < this.count && (this.indents[next] as number) > indent) {
          positions.push2(this.numbers[next] as number, (this.indents[next] as number) + 1)
          items.push(this.block(this.indents[next] as number))
        } else {
          positions.push2(number, column + 1)
          items.push(null)
        }
        continue
      }
      if (this.isMappingStart(start, end)) {
        positions.push2(number, column + 1)
        items.push(this.mapping(column, start))
        continue
      }
      if (text.charCodeAt(start) === DASH && (start + 1 === end || text.charCodeAt(start + 1) === SPACE)) bail()
      this.index++
      positions.push2(number, column + 1)
      const flat = text.charCodeAt(start) === 123 ? (this.reuse?.get(this.itemText(line)) ?? this.flatLine(start, end)) : undefined
      if (flat) this.keepFlatLine(line, flat)
      items.push(flat ?? this.inline(start, end, number, column, indent))
    }
    positions.close(items, mark)
    return items
  }

  /**
   * A one-line mapping of plain words and numbers ("{ name: a, size: 1024x1024 }", the whole rest of
   * the line), read without the flow reader and without filing its positions: recover() reads them
   * from the line if a message asks. Undefined when the text is anything else (the flow reader then
   * reads it). Keys and values go through the same checks as the flow reader's.
   */
  private flatLine(start: number, end: number): Record<string, unknown> | undefined {
    const text = this.text
    const map: Record<string, unknown> = {}
    let i = start + 1
    if (text.charCodeAt(i) === SPACE) i++
    for (;;) {
      const keyStart = i
      if (!isKeyStart(text.charCodeAt(i))) return undefined
      i++
      while (i < end && isKeyPart(text.charCodeAt(i))) i++
      if (text.charCodeAt(i) !== COLON || text.charCodeAt(i + 1) !== SPACE) return undefined
      const keyEnd = i
      i += 2
      const valueStart = i
      if (!isValueStart(text.charCodeAt(i))) return undefined
      i++
      while (i < end && isValuePart(text.charCodeAt(i))) i++
      const key = plainKey(this.keys, text, keyStart, keyEnd)
      if (map[key] !== undefined) return undefined
      map[key] = plainInteger(text, valueStart, i) ?? plainScalar(this.words, text, valueStart, i)
      const c = text.charCodeAt(i)
      if (c === 44 && text.charCodeAt(i + 1) === SPACE) {
        i += 2
        continue
      }
      if (c === SPACE) i++
      if (text.charCodeAt(i) !== 125 || i + 1 !== end) return undefined
      return map
    }
  }

  /**
   * A run of sequence items that are each a one-line mapping of plain words and numbers
   * ("- { name: a, size: 1024x1024, images_per_month: 500 }"), as generated configs list
   * thousands of workloads: one pattern checks the whole run, JSON.parse reads it, and the
   * positions inside each mapping are recovered only when a message asks for one (recover()).
   * Returns how many items it read; 0 when the run is not of that form (it is then read line by line).
   */
  private flatMappings(indent: number, items: unknown[]): number {
    const text = this.text
    const first = this.index
    let last = first
    // Lines next to each other: a blank or comment line between items ends the run.
    while (
      last + 1 < this.count &&
      this.indents[last + 1] === indent &&
      this.numbers[last + 1] === (this.numbers[last] as number) + 1 &&
      text.charCodeAt(this.starts[last + 1] as number) === DASH &&
      text.charCodeAt((this.starts[last + 1] as number) + 2) === 123
    ) {
      last++
    }
    const count = last - first + 1
    if (count > FLAT_RUN_LIMIT) return 0
    // Lines a file read before also held are taken from it; the rest are read here, as one block.
    const maps: (Record<string, unknown> | undefined)[] = new Array<undefined>(count)
    let block = ''
    let unread = count
    if (this.reuse) {
      const lines: string[] = []
      for (let i = 0; i < count; i++) {
        const line = first + i
        const known = this.reuse.get(this.itemText(line))
        if (known) maps[i] = known
        else lines.push(text.slice((this.starts[line] as number) - indent, this.ends[line]))
      }
      unread = lines.length
      block = lines.join('\n')
    } else {
      block = text.slice((this.starts[first] as number) - indent, this.ends[last])
    }
    if (unread > 0) {
      const read = this.readFlatBlock(block, indent, unread)
      if (!read) return 0
      let next = 0
      for (let i = 0; i < count; i++) maps[i] ??= read[next++]
    }
    const positions = this.positions
    for (let i = 0; i < count; i++) {
      const map = maps[i] as Record<string, unknown>
      positions.push2(this.numbers[first + i] as number, indent + 3)
      items.push(map)
      this.keepFlatLine(first + i, map)
    }
    this.index = last + 1
    return count
  }

  /**
   * The mappings of `count` consecutive "- { key: value, ... }" lines at this indentation: one
   * pattern checks them all and JSON.parse reads them. Undefined when they are not all of that form.
   */
  private readFlatBlock(block: string, indent: number, count: number): Record<string, unknown>[] | undefined {
    const pattern = flatLinePattern(indent)
    pattern.lastIndex = 0
    let matched = 0
    while (pattern.test(block)) matched++
    if (matched !== count) return undefined
    // Keys and values cannot hold a ":", so every ": " is one entry: fewer keys read means a duplicate.
    let entries = 0
    for (let at = block.indexOf(': '); at >= 0; at = block.indexOf(': ', at + 2)) entries++
    const json = `[${block.slice(indent + 2).replaceAll(`\n${' '.repeat(indent)}- `, ',').replace(FLAT_ENTRY, '"$1": "$2"')}]`
    let maps: Record<string, unknown>[]
    try {
      maps = JSON.parse(json) as Record<string, unknown>[]
    } catch {
      return undefined
    }
    let keys = 0
    for (let i = 0; i < maps.length; i++) {
      const map = maps[i] as Record<string, unknown>
      for (const key in map) {
        keys++
        plainKey(this.keys, key, 0, key.length)
        const value = map[key] as string
        map[key] = plainScalar(this.words, value, 0, value.length)
      }
    }
    return keys === entries && maps.length === count ? maps : undefined
  }

  /**
   * Positions inside a mapping flatMappings() read, from its line: the mapping at `line` and
   * 1-based `column` is read again and its positions filed under `mapping`.
   */
  recover(mapping: object, line: number, column: number): boolean {
    let low = 0
    let high = this.count - 1
    while (low < high) {
      const middle = (low + high) >> 1
      if ((this.numbers[middle] as number) < line) low = middle + 1
      else high = middle
    }
    if (this.numbers[low] !== line) return false
    const text = this.text
    const lineStart = (this.starts[low] as number) - (this.indents[low] as number)
    const from = lineStart + column - 1
    const end = this.ends[low] as number
    if (text.charCodeAt(from) !== 123) return false
    // The line matched the flat pattern when it was read: "{ key: value, key: value }", keys in
    // the mapping's own order (none is an integer, so JSON.parse kept them as written).
    const positions = this.positions
    const mark = positions.open(line, column)
    let keys = 0
    let i = from + 1
    for (;;) {
      if (text.charCodeAt(i) === SPACE) i++
      if (i >= end || text.charCodeAt(i) === 125) break
      const colon = text.indexOf(': ', i)
      if (colon < 0 || colon >= end) break
      positions.push4(line, i - lineStart + 1, line, colon + 3 - lineStart)
      keys++
      i = colon + 2
      while (i < end && text.charCodeAt(i) !== 44 && text.charCodeAt(i) !== SPACE && text.charCodeAt(i) !== 125) i++
      if (text.charCodeAt(i) === 44) i++
    }
    let expected = 0
    for (const key in mapping) if (Object.prototype.hasOwnProperty.call(mapping, key)) expected++
    positions.close(mapping, mark)
    if (keys === expected) return true
    positions.table.delete(mapping)
    return false
  }

  /** Whether a sequence item's text begins with "key:" (a block mapping inside the item). */
  private isMappingStart(start: number, end: number): boolean {
    const text = this.text
    const c = text.charCodeAt(start)
    if (c === 123 || c === 91 || c === HASH) return false
    if (c === 34 || c === 39) {
      const close = text.indexOf(text[start] as string, start + 1)
      return close > 0 && close + 1 < end + 1 && text.charCodeAt(close + 1) === COLON
    }
    for (let i = start; i < end; i++) {
      const ch = text.charCodeAt(i)
      if (ch === HASH && text.charCodeAt(i - 1) === SPACE) return false
      if (ch === COLON && (i + 1 === end || text.charCodeAt(i + 1) === SPACE)) return true
    }
    return false
  }
}

/** Files the positions inside a mapping read without them; false if it cannot. */
type Recover = (mapping: object, line: number, column: number) => boolean

function locatorFor(root: Container, positions: PositionTable, recover: Recover): Locator {
  const { table } = positions
  // Reports locate every workload in turn: the keys of the last mapping asked about are kept.
  let lastMapping: object | undefined
  let lastKeys: string[] = []
  const keyIndex = (mapping: Record<string, unknown>, key: string): number => {
    if (mapping !== lastMapping) {
      lastMapping = mapping
      lastKeys = Object.keys(mapping)
    }
    return lastKeys.indexOf(key)
  }
  const ownPosition = (container: object): SourcePosition | undefined => {
    const at = table.get(container)
    const ints = positions.ints
    return at === undefined ? undefined : { line: ints[at] as number, column: ints[at + 1] as number }
  }

  /** The container at the end of `path` (or the deepest one on the way) and the position of the last step. */
  function walk(path: readonly PathSegment[]): { container: Container; pos: SourcePosition | undefined; complete: boolean } {
    let container = root
    let pos = ownPosition(root)
    for (let i = 0; i < path.length; i++) {
      const segment = path[i] as PathSegment
      const at = table.get(container)
      if (at === undefined) return { container, pos, complete: false }
      let value: unknown
      let slot: number
      if (Array.isArray(container)) {
        if (typeof segment !== 'number' || segment >= container.length) return { container, pos, complete: false }
        value = container[segment]
        slot = at + 2 + segment * 2
      } else {
        const index = keyIndex(container, String(segment))
        if (index < 0) return { container, pos, complete: false }
        value = container[String(segment)]
        slot = at + 2 + index * 4 + 2
      }
      const ints = positions.ints
      pos = { line: ints[slot] as number, column: ints[slot + 1] as number }
      if (value !== null && typeof value === 'object' && (table.has(value) || recover(value, pos.line, pos.column))) container = value as Container
      else return { container, pos, complete: i === path.length - 1 }
    }
    return { container, pos, complete: true }
  }

  return {
    locate(path) {
      return walk(path).pos
    },
    locateKey(path, key) {
      const found = walk(path)
      if (!found.complete || Array.isArray(found.container)) return found.pos
      const at = table.get(found.container)
      const index = keyIndex(found.container, key)
      if (at === undefined || index < 0) return found.pos
      const ints = positions.ints
      return { line: ints[at + 2 + index * 4] as number, column: ints[at + 2 + index * 4 + 1] as number }
    }
  }
}

/** A quoted scalar on one line, without escapes (a backslash sends the file to the full parser). */
function readQuoted(text: string, start: number, end: number): { value: string; end: number } {
  const quote = text.charCodeAt(start)
  let value = ''
  let from = start + 1
  for (;;) {
    const close = text.indexOf(quote === 34 ? '"' : "'", from)
    if (close < 0 || close >= end) return bail()
    const piece = text.slice(from, close)
    if (quote === 34 && piece.includes('\\')) bail()
    value += piece
    if (quote === 39 && text.charCodeAt(close + 1) === 39) {
      value += "'"
      from = close + 2
      continue
    }
    return { value, end: close + 1 }
  }
}

/** Only spaces, or a comment after a space, may follow a closed scalar or collection. */
function trailing(text: string, from: number, end: number): void {
  let i = from
  while (i < end && text.charCodeAt(i) === SPACE) i++
  if (i < end && !(text.charCodeAt(i) === HASH && i > from)) bail()
}

/** One-line flow collections: { a: 1, b: [x, y] }. */
class FlowReader {
  private i: number

  constructor(
    private readonly text: string,
    private readonly from: number,
    private readonly end: number,
    private readonly line: number,
    /** Column (0-based) of `from`. */
    private readonly column: number,
    private readonly positions: PositionTable,
    private readonly keys: KnownWords,
    private readonly words: KnownWords
  ) {
    this.i = from
  }

  private col(offset: number): number {
    return this.column + (offset - this.from) + 1
  }

  private skipSpaces(): void {
    while (this.i < this.end && this.text.charCodeAt(this.i) === SPACE) this.i++
  }

  collection(): Container {
    return this.text.charCodeAt(this.i) === 123 ? this.map() : this.list()
  }

  finish(): void {
    trailing(this.text, this.i, this.end)
  }

  private map(): Record<string, unknown> {
    const result: Record<string, unknown> = {}
    const positions = this.positions
    const mark = positions.open(this.line, this.col(this.i))
    this.i++
    this.skipSpaces()
    if (this.text.charCodeAt(this.i) === 125) {
      this.i++
      positions.close(result, mark)
      return result
    }
    for (;;) {
      this.skipSpaces()
      const keyColumn = this.col(this.i)
      const key = this.key()
      if (Object.prototype.hasOwnProperty.call(result, key)) bail()
      this.skipSpaces()
      if (this.text.charCodeAt(this.i) !== COLON || this.text.charCodeAt(this.i + 1) !== SPACE) bail()
      this.i++
      this.skipSpaces()
      positions.push4(this.line, keyColumn, this.line, this.col(this.i))
      result[key] = this.item(false)
      this.skipSpaces()
      const ch = this.text.charCodeAt(this.i)
      this.i++
      if (ch === 125) break
      if (ch !== 44) bail()
    }
    positions.close(result, mark)
    return result
  }

  private list(): unknown[] {
    const result: unknown[] = []
    const positions = this.positions
    const mark = positions.open(this.line, this.col(this.i))
    this.i++
    this.skipSpaces()
    if (this.text.charCodeAt(this.i) === 93) {
      this.i++
      positions.close(result, mark)
      return result
    }
    for (;;) {
      this.skipSpaces()
      positions.push2(this.line, this.col(this.i))
      result.push(this.item(true))
      this.skipSpaces()
      const ch = this.text.charCodeAt(this.i)
      this.i++
      if (ch === 93) break
      if (ch !== 44) bail()
    }
    positions.close(result, mark)
    return result
  }

  /** A value in a flow collection; an empty one in a sequence ("[a, ]", "[, a]") is left to the full parser. */
  private item(inSequence: boolean): unknown {
    const ch = this.text.charCodeAt(this.i)
    if (ch === 123 || ch === 91) return this.collection()
    return this.scalar(inSequence)
  }

  /** A mapping key: a string that JavaScript keeps in order and that is not __proto__. */
  private key(): string {
    const text = this.text
    const ch = text.charCodeAt(this.i)
    if (ch === 34 || ch === 39) {
      const quoted = readQuoted(text, this.i, this.end)
      this.i = quoted.end
      if (!usableKey(quoted.value)) bail()
      return quoted.value
    }
    const start = this.i
    return plainKey(this.keys, text, start, this.plainEnd())
  }

  private scalar(inSequence: boolean): unknown {
    const text = this.text
    const ch = text.charCodeAt(this.i)
    if (ch === 34 || ch === 39) {
      const quoted = readQuoted(text, this.i, this.end)
      this.i = quoted.end
      return quoted.value
    }
    const start = this.i
    const stop = this.plainEnd()
    const integer = plainInteger(text, start, stop)
    if (integer !== undefined) return integer
    if (stop === start && inSequence) bail()
    return plainScalar(this.words, text, start, stop)
  }

  /** Moves past a plain scalar; returns where its text ends (trailing spaces dropped). */
  private plainEnd(): number {
    const text = this.text
    const start = this.i
    while (this.i < this.end) {
      const c = text.charCodeAt(this.i)
      if (c === 44 || c === 125 || c === 93 || c === 123 || c === 91 || c === HASH) break
      if (c === COLON) {
        const next = text.charCodeAt(this.i + 1)
        if (next === SPACE || next === 44 || next === 125) break
      }
      this.i++
    }
    let stop = this.i
    while (stop > start && text.charCodeAt(stop - 1) === SPACE) stop--
    return stop
  }
}

/** The plain key at text[start, stop): one read before, or one checked now and remembered. */
function plainKey(keys: KnownWords, text: string, start: number, stop: number): string {
  const slot = keys.find(text, start, stop)
  if (slot >= 0) return keys.value(slot) as string
  const key = text.slice(start, stop)
  if (key === '') bail()
  checkPlain(key)
  if (typeof resolvePlain(key) !== 'string' || !usableKey(key)) bail()
  keys.add(key, key)
  return key
}

/**
 * An unsigned decimal integer of up to 9 digits without a leading zero, read in place (the
 * commonest value in a config); anything else is left to resolvePlain. Kept in 32-bit integer
 * arithmetic so that the value is a small integer to V8, as Number() would give.
 */
function plainInteger(text: string, start: number, stop: number): number | undefined {
  const length = stop - start
  if (length === 0 || length > 9) return undefined
  const first = text.charCodeAt(start) - 48
  if (first < 0 || first > 9 || (first === 0 && length > 1)) return undefined
  let n = first
  for (let i = start + 1; i < stop; i++) {
    const digit = text.charCodeAt(i) - 48
    if (digit < 0 || digit > 9) return undefined
    n = (n * 10 + digit) | 0
  }
  return n
}
