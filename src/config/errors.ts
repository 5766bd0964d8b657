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

/** `file:line:column: path: message`, the shape editors and CI logs link. */
export function formatConfigError(error: ConfigError): string {
  const where = error.line ? `${error.file}:${error.line}:${error.column ?? 1}` : error.file
  return `${where}: ${error.path ? `${error.path}: ` : ''}${error.message}`
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
