/** YAML text -> plain data plus a locator that maps field paths back to lines. */
import { count } from '../util/format.js'
import { fastParseYaml, type FlatLines } from './fast-yaml.js'
import type { PathSegment, Result } from './errors.js'

export const MAX_CONFIG_BYTES = 16 * 1024 * 1024
/** Aliases a document may expand; far above any real config, far below a "billion laughs". */
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
  /** The file's one-line mappings, when the fast reader read it: a file read later may repeat them. */
  flatLines?: FlatLines
}

/** The full YAML parser, for files the fast reader leaves to it (loaded only when needed). */
export type FullParser = (text: string, file: string) => Result<ParsedYaml>

/** The fast reader could not read the file, and no full parser was given. */
export const FULL_PARSER_NEEDED = 'full-parser-needed'

export type ParseResult = Result<ParsedYaml> | typeof FULL_PARSER_NEEDED

/** `reuse`: the one-line mappings of a file read before, for the lines this one repeats. */
export function parseYaml(rawText: string, file: string, fullParser: FullParser, reuse?: FlatLines): Result<ParsedYaml>
export function parseYaml(rawText: string, file: string, fullParser?: undefined, reuse?: FlatLines): ParseResult
export function parseYaml(rawText: string, file: string, fullParser?: FullParser, reuse?: FlatLines): ParseResult {
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

  // Most configs are plain block YAML: read those fast, and everything else with the full parser.
  const fast = fastParseYaml(text, reuse)
  if (fast) return { ok: true, value: fast }
  return fullParser ? fullParser(text, file) : FULL_PARSER_NEEDED
}

