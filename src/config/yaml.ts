/**
 * YAML text -> plain data plus a locator that maps field paths back to lines.
 *
 * js-yaml reads the file (YAML 1.2 core schema): its event stream carries source offsets, from
 * which the locator is built in the same pass. A file js-yaml refuses is read again by the `yaml`
 * package (yaml-full.ts), whose messages word syntax errors best; docs/benchmarks.md has the
 * measurements that chose this split (js-yaml reads 100,000 block-style workloads about 8x faster).
 * The `yaml` package is imported only for such a file: most runs never load it.
 */
import { constructFromEvents, CORE_SCHEMA, getScalarValue, parseEvents, type Event } from 'js-yaml'
import { count } from '../util/format.js'
import type { PathSegment, Result } from './errors.js'
import { MAX_NESTING } from './nesting.js'

export const MAX_CONFIG_BYTES = 16 * 1024 * 1024
/** Aliases a document may hold; far above any real config, far below a "billion laughs". */
export const MAX_ALIAS_COUNT = 1000

export interface SourcePosition {
  line: number
  column: number
}

export interface Locator {
  /** Position of the value at `path`, or of the deepest existing node on the way to it. */
  locate(path: readonly PathSegment[]): SourcePosition | undefined
  /** Position of the key `key` in the mapping at `path`. */
  locateKey(path: readonly PathSegment[], key: string): SourcePosition | undefined
}

export interface ParsedYaml {
  data: unknown
  locator: Locator
}

// js-yaml's event ids and scalar styles (EVENT_ID, SCALAR_STYLE).
const DOCUMENT = 1
const SEQUENCE = 2
const MAPPING = 3
const SCALAR = 4
const ALIAS = 5
const POP = 6
const PLAIN = 1
const SINGLE_QUOTED = 2
const DOUBLE_QUOTED = 3
const LITERAL_BLOCK = 4
const FOLDED_BLOCK = 5
/** YAML 1.2 core's float form. */
const CORE_FLOAT = /^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$/
/**
 * Whether the character at `at` may start a YAML 1.2 core number: a digit, a sign or a point.
 * Compared as a character code rather than tested with /[-+.0-9]/: it runs for every scalar
 * (1.5 million for 100,000 workloads), where the expression took about 0.15 s more (3 runs each).
 */
function startsNumber(text: string, at: number): boolean {
  const c = text.charCodeAt(at)
  return (c >= 0x30 && c <= 0x39) || c === 0x2d || c === 0x2b || c === 0x2e
}
/** YAML 1.2 core's number forms (decimal, octal, hexadecimal, float, infinities, NaN). */
const CORE_NUMBER = /^([-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+|[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?|[-+]?\.(inf|Inf|INF)|\.(nan|NaN|NAN))$/
/** A tab in a line's indentation: YAML forbids it, js-yaml lets some through. */
const TAB_INDENT = /^ *\t/m
/** Integer literals long enough to pass 2^53 (decimal, hexadecimal, octal). */
const LONG_INTEGER = /^([-+]?[0-9]{16,}|0x[0-9a-fA-F]{14,}|0o[0-7]{18,})$/
/** YAML 1.2 core's null forms. */
const NULL_FORM = /^(null|Null|NULL|~)?$/
/** A document end marker: js-yaml reads text after it on the same line, which YAML forbids. */
const DOCUMENT_END = /^\.\.\.(?=\s|$)/m
/** A carriage return without its line feed, NEL, the Unicode line and paragraph separators, and a byte order mark past the start. */
const UNUSUAL_BREAKS = /\r(?!\n)|[\u0085\u2028\u2029\uFEFF]/

const MAPPING_NODE = 1
const SEQUENCE_NODE = 2

/**
 * Where each node of the document starts, in flat arrays indexed by node (document order): a
 * config of 100,000 workloads has about 800,000 nodes, which took 105 MB as an object and a Map
 * per node and take about a fifth of that here.
 */
interface PositionTable {
  /** Offset of the node's value. */
  at: Int32Array
  /** Offset of the key the node is the value of; -1 in a sequence or at the root. */
  keyAt: Int32Array
  /** That key, one string per distinct key. */
  key: (string | undefined)[]
  /** MAPPING_NODE, SEQUENCE_NODE or 0 for a scalar. */
  kind: Uint8Array
  /** A collection's children: `children[firstChild[n] .. firstChild[n] + childCount[n]]`. */
  firstChild: Int32Array
  childCount: Int32Array
  children: Int32Array
}

/** The text the full parser must read instead (js-yaml refused it, or reads it differently). */
export interface NeedsFullParser {
  fullParserText: string
}

/** Reads YAML text with js-yaml, or says which text the full parser must read. */
export async function parseYaml(rawText: string, file: string): Promise<Result<ParsedYaml>> {
  const read = parseYamlFast(rawText, file)
  if (!('fullParserText' in read)) return read
  const { parseYamlFully } = await import('./yaml-full.js')
  return parseYamlFully(read.fullParserText, file)
}

/** The first pass: js-yaml's reading, an error of the file as a whole, or the text to hand to the full parser. */
export function parseYamlFast(rawText: string, file: string): Result<ParsedYaml> | NeedsFullParser {
  const full = (text: string): NeedsFullParser => ({ fullParserText: text })
  const fail = (message: string): Result<ParsedYaml> => ({ ok: false, errors: [{ file, path: '', message }] })

  const bytes = Buffer.byteLength(rawText, 'utf8')
  if (bytes > MAX_CONFIG_BYTES) {
    return fail(`file is ${count(bytes)} bytes; expected at most 16 MiB (${count(MAX_CONFIG_BYTES)} bytes)`)
  }
  const text = rawText.startsWith('\uFEFF') ? rawText.slice(1) : rawText
  const nul = text.indexOf('\u0000')
  if (nul >= 0) {
    const line = text.slice(0, nul).split('\n').length
    const column = nul - text.lastIndexOf('\n', nul - 1)
    return { ok: false, errors: [{ file, path: '', line, column, message: 'file contains NUL bytes; expected a UTF-8 YAML text file' }] }
  }

  // Characters the two parsers read differently, tabs as indentation and document end markers: left to the full parser.
  if (UNUSUAL_BREAKS.test(text) || TAB_INDENT.test(text) || DOCUMENT_END.test(text)) return full(text)
  let events: Event[]
  let data: unknown
  try {
    events = parseEvents(text, { filename: file, maxDepth: MAX_NESTING })
    const documents = events.filter((e) => e.type === DOCUMENT)
    // Empty files, several documents and directives are worded by the full parser, and aliases are
    // left to it too: it bounds how far they expand, where js-yaml bounds only how many there are.
    if (documents.length !== 1 || documents.some((d) => d.type === DOCUMENT && d.directives.length > 0) || events.some((e) => e.type === ALIAS)) {
      return full(text)
    }
    data = constructFromEvents(events, { source: text, filename: file, schema: CORE_SCHEMA })[0]
  } catch {
    // A syntax error, a tag outside the core schema, a duplicate key, too many aliases: the full
    // parser words it at its line (or, where it reads the text after all, reads it).
    return full(text)
  }
  const root = positions(events, text)
  if (!root) return full(text)
  return { ok: true, value: { data, locator: locatorOf(root, lineStarts(text)) } }
}

/**
 * The position table of the document's nodes, or undefined where the full parser should read the
 * text instead (an anchor or tag, a collection or null as a key, an empty value, a block scalar, a
 * number past a double's range, an integer past 2^53).
 */
function positions(events: readonly Event[], text: string): PositionTable | undefined {
  interface Frame {
    node: number
    kind: number
    /** Where the collection's children start in `pending`. */
    firstPending: number
    /** In a mapping: the key read and waiting for its value (undefined when none is), and its offset. */
    keyName: string | undefined
    keyAt: number
  }
  // No document has more nodes than events.
  const size = events.length
  const table: PositionTable = {
    at: new Int32Array(size),
    keyAt: new Int32Array(size).fill(-1),
    key: [],
    kind: new Uint8Array(size),
    firstChild: new Int32Array(size),
    childCount: new Int32Array(size),
    children: new Int32Array(size)
  }
  const keys = new Map<string, string>()
  let nodes = 0
  let childrenWritten = 0
  const stack: Frame[] = []
  // The children of every open collection, innermost last: one list, not one per collection.
  const pending: number[] = []
  /** A new node at `at` in the open collection; its index, or -1 where it cannot be one. */
  const attach = (at: number, kind: number): number => {
    const frame = stack[stack.length - 1]
    if (frame && frame.kind === MAPPING_NODE && frame.keyName === undefined) return -1
    const node = nodes++
    table.at[node] = at
    table.kind[node] = kind
    if (frame?.keyName !== undefined) {
      table.keyAt[node] = frame.keyAt
      table.key[node] = frame.keyName
      frame.keyName = undefined
    }
    if (frame) pending.push(node)
    return node
  }
  for (const event of events) {
    // Anchors and tags are rare in a config and read in subtly different ways: the full parser
    // decides (a document with aliases never gets here).
    if ((event.type === MAPPING || event.type === SEQUENCE || event.type === SCALAR) && (event.anchorStart >= 0 || event.tagStart >= 0)) return undefined
    switch (event.type) {
      case DOCUMENT:
        break
      case MAPPING:
      case SEQUENCE: {
        const kind = event.type === MAPPING ? MAPPING_NODE : SEQUENCE_NODE
        const node = attach(event.start, kind)
        if (node < 0) return undefined
        stack.push({ node, kind, firstPending: pending.length, keyName: undefined, keyAt: -1 })
        break
      }
      case SCALAR: {
        // An empty value has no place of its own, a block scalar's place is its indicator (which the
        // event does not give), and a number too large for a double is kept as text by js-yaml but
        // read as Infinity by yaml: all are left to the full parser.
        if (event.valueStart < 0 || event.style === LITERAL_BLOCK || event.style === FOLDED_BLOCK) return undefined
        if (event.style === PLAIN && startsNumber(text, event.valueStart)) {
          const literal = text.slice(event.valueStart, event.valueEnd)
          if (CORE_FLOAT.test(literal) && !Number.isFinite(Number(literal))) return undefined
          // An integer no double holds exactly: the full parser reports it as written.
          if (LONG_INTEGER.test(literal) && !Number.isSafeInteger(Number(literal.replace(/^\+/, '')))) return undefined
        }
        const quoted = event.style === SINGLE_QUOTED || event.style === DOUBLE_QUOTED
        const at = quoted ? event.valueStart - 1 : event.valueStart
        const frame = stack[stack.length - 1]
        if (frame?.kind === MAPPING_NODE && frame.keyName === undefined) {
          // A null or numeric key is written out as text in ways the two parsers differ on
          // ("" or "null"; "1.50" or "1.5"): the full parser decides.
          const literal = event.style === PLAIN ? text.slice(event.valueStart, event.valueEnd) : undefined
          if (literal !== undefined && (NULL_FORM.test(literal) || (startsNumber(literal, 0) && CORE_NUMBER.test(literal)))) return undefined
          const name = getScalarValue(text, event)
          let shared = keys.get(name)
          if (shared === undefined) keys.set(name, (shared = name))
          frame.keyName = shared
          frame.keyAt = at
        }
        else if (attach(at, 0) < 0) return undefined
        break
      }
      case POP: {
        const frame = stack.pop()
        if (frame) {
          const count = pending.length - frame.firstPending
          table.firstChild[frame.node] = childrenWritten
          table.childCount[frame.node] = count
          for (let i = frame.firstPending; i < pending.length; i++) table.children[childrenWritten++] = pending[i] as number
          pending.length = frame.firstPending
        }
        break
      }
    }
  }
  if (nodes === 0) return undefined
  // Trimmed to the nodes there are: the table lives as long as the config.
  return {
    at: table.at.slice(0, nodes),
    keyAt: table.keyAt.slice(0, nodes),
    key: table.key,
    kind: table.kind.slice(0, nodes),
    firstChild: table.firstChild.slice(0, nodes),
    childCount: table.childCount.slice(0, nodes),
    children: table.children.slice(0, childrenWritten)
  }
}

/** The offset each line starts at. */
function lineStarts(text: string): Uint32Array {
  let lines = 1
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) lines++
  const starts = new Uint32Array(lines)
  let line = 1
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts[line++] = i + 1
  return starts
}

/** Mappings with more keys than this get a Map on their first lookup; smaller ones are scanned. */
const SCANNED_KEYS = 32

function locatorOf(table: PositionTable, starts: Uint32Array): Locator {
  const position = (offset: number): SourcePosition => {
    let low = 0
    let high = starts.length - 1
    while (low < high) {
      const mid = (low + high + 1) >> 1
      if ((starts[mid] as number) <= offset) low = mid
      else high = mid - 1
    }
    return { line: low + 1, column: offset - (starts[low] as number) + 1 }
  }
  const large = new Map<number, Map<string, number>>()
  const keyed = (node: number, name: string): number | undefined => {
    const first = table.firstChild[node] as number
    const count = table.childCount[node] as number
    if (count > SCANNED_KEYS) {
      let index = large.get(node)
      if (!index) {
        index = new Map()
        for (let i = first; i < first + count; i++) index.set(table.key[table.children[i] as number] as string, table.children[i] as number)
        large.set(node, index)
      }
      return index.get(name)
    }
    for (let i = first; i < first + count; i++) if (table.key[table.children[i] as number] === name) return table.children[i]
    return undefined
  }
  const child = (node: number, segment: PathSegment): number | undefined => {
    const kind = table.kind[node]
    if (kind === MAPPING_NODE) return keyed(node, String(segment))
    if (kind === SEQUENCE_NODE && typeof segment === 'number' && Number.isInteger(segment) && segment >= 0 && segment < (table.childCount[node] as number)) {
      return table.children[(table.firstChild[node] as number) + segment]
    }
    return undefined
  }
  /** The deepest node on the way to `path`; a key without a value stands for its value. */
  const walk = (path: readonly PathSegment[]): number => {
    let node = 0
    for (const segment of path) {
      const next = child(node, segment)
      if (next === undefined) break
      node = next
    }
    return node
  }
  return {
    locate: (path) => position(table.at[walk(path)] as number),
    locateKey(path, key) {
      const node = walk(path)
      const entry = child(node, key)
      if (entry === undefined) return position(table.at[node] as number)
      const keyAt = table.keyAt[entry] as number
      return position(keyAt >= 0 ? keyAt : (table.at[entry] as number))
    }
  }
}
