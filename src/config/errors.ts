import { printable } from '../util/text.js'
/** A problem in a config file, located precisely enough to fix it. */
export interface ConfigError {
  file: string
  /** 1-based; absent when the problem concerns the file as a whole. */
  line?: number
  column?: number
  /** Field path such as workloads[2].model; empty for file-level problems. */
  path: string
  message: string
}

export type Result<T> = { ok: true; value: T } | { ok: false; errors: ConfigError[] }

/** A config file's text, or why it could not be read (with the place, when there is one). */
export type ReadResult = { ok: true; text: string } | { ok: false; message: string; line?: number; column?: number; /** The file does not exist. */ missing?: boolean }

/** A file's version at a base: its text, absent there, or not readable (why). */
export type BaseRead = { kind: 'found'; text: string } | { kind: 'missing' } | { kind: 'failed'; reason: string }

/** The config error for a file that could not be read. */
export function readFailure(file: string, read: Extract<ReadResult, { ok: false }>): ConfigError {
  return { file, path: '', message: read.message, ...(read.line ? { line: read.line, column: read.column ?? 1 } : {}) }
}

export type PathSegment = string | number

export function formatPath(path: readonly PathSegment[]): string {
  let out = ''
  for (const segment of path) {
    if (typeof segment === 'number') out += `[${segment}]`
    else if (/^[A-Za-z_][A-Za-z0-9_]*$/.test(segment)) out += out ? `.${segment}` : segment
    else out += `[${JSON.stringify(segment)}]`
  }
  return out
}

/**
 * `file:line:column: path: message`, the shape editors and CI logs link. Messages quote what the
 * user wrote, so control characters are shown as \u escapes rather than sent to the terminal.
 */
export function formatConfigError(error: ConfigError): string {
  const where = error.line ? `${error.file}:${error.line}:${error.column ?? 1}` : error.file
  return printable(`${where}: ${error.path ? `${error.path}: ` : ''}${error.message}`.replace(/\r?\n/g, ' '))
}

/** A config error as the JSON error report gives it. */
export interface ErrorRecord {
  file: string
  line: number | null
  column: number | null
  path: string
  message: string
  /** What the field takes, where the message says ("expected ..."). */
  expected: string | null
  /** What the file holds there, where the message says ("found ..."). */
  found: string | null
}

/** Messages say "...; expected X, found Y" (or "expected X, found Y"): the two parts, where present. */
export function errorRecord(error: ConfigError): ErrorRecord {
  const said = /(?:^|; )expected (.+?)(?:, found (.+))?$/.exec(error.message)
  return {
    file: error.file,
    line: error.line ?? null,
    column: error.line ? (error.column ?? 1) : null,
    path: error.path,
    message: error.message,
    expected: said?.[1] ?? null,
    found: said?.[2] ?? null
  }
}

/** A short, quoted rendering of a value a user wrote, for "found ..." in messages. */
export function describeFound(value: unknown): string {
  if (value === undefined) return 'nothing'
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'a list'
  if (value instanceof Uint8Array) return 'binary data'
  if (typeof value === 'object') return 'a mapping'
  if (typeof value === 'string') {
    const shown = value.length > 60 ? `${value.slice(0, 57)}...` : value
    return JSON.stringify(shown)
  }
  if (typeof value === 'number' && !Number.isFinite(value)) return String(value)
  return `${typeof value} ${String(value)}`
}

/** Config errors listed before the rest are only counted (CLI output, job summary). */
export const MAX_LISTED_ERRORS = 50

/** The first MAX_LISTED_ERRORS errors as lines, and a line counting the rest. */
export function listedErrors(errors: readonly ConfigError[], line: (error: ConfigError) => string = formatConfigError): string[] {
  const lines = errors.slice(0, MAX_LISTED_ERRORS).map(line)
  if (errors.length > MAX_LISTED_ERRORS) lines.push(`... and ${errors.length - MAX_LISTED_ERRORS} more errors`)
  return lines
}
