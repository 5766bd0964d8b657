/** Reads a config file from disk for the CLI and the action: size-checked, then UTF-8-checked. */
import { isUtf8 } from 'node:buffer'
import { readFileSync, statSync } from 'node:fs'
import type { ReadResult } from '../config/errors.js'
import { MAX_CONFIG_BYTES } from '../config/yaml.js'
import { count } from '../util/format.js'

export function readConfigFile(path: string, notFound: string): ReadResult {
  let bytes: Buffer
  try {
    const stat = statSync(path)
    if (!stat.isFile()) return { ok: false, message: 'not a regular file; expected a YAML config file' }
    // Refuse oversized files before reading them into memory.
    if (stat.size > MAX_CONFIG_BYTES) {
      return { ok: false, message: `file is ${count(stat.size)} bytes; expected at most 16 MiB (${count(MAX_CONFIG_BYTES)} bytes)` }
    }
    bytes = readFileSync(path)
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    if (code === 'ENOENT' || code === 'ENOTDIR') return { ok: false, message: notFound, missing: true }
    if (code === 'EACCES') return { ok: false, message: 'permission denied reading the file' }
    return { ok: false, message: `cannot read the file: ${error instanceof Error ? error.message : String(error)}` }
  }
  return decodeUtf8(bytes)
}

/** The text of a UTF-8 file; anything else is refused (decoding it would silently change what the user wrote). */
export function decodeUtf8(bytes: Uint8Array): ReadResult {
  if (isUtf8(bytes)) return { ok: true, text: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8') }
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return { ok: false, message: 'file is UTF-16 encoded; expected UTF-8 (save it as UTF-8)', line: 1, column: 1 }
  }
  const at = firstInvalidUtf8(bytes)
  let line = 1
  let lineStart = 0
  for (let i = 0; i < at; i++) {
    if (bytes[i] === 0x0a) {
      line++
      lineStart = i + 1
    }
  }
  const byte = (bytes[at] ?? 0).toString(16).padStart(2, '0').toUpperCase()
  return {
    ok: false,
    message: `file is not valid UTF-8 (byte 0x${byte} at offset ${at}); expected a UTF-8 text file (save it as UTF-8)`,
    line,
    column: at - lineStart + 1
  }
}

/** Offset of the first byte that does not belong to a well-formed UTF-8 sequence. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i] as number
    const need = b < 0x80 ? 0 : b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1
    if (need < 0) return i
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k]
      if (c === undefined || (c & 0xc0) !== 0x80) return i
    }
    // Overlong forms, surrogates and code points past U+10FFFF.
    const c1 = bytes[i + 1] as number
    if ((b === 0xe0 && c1 < 0xa0) || (b === 0xed && c1 > 0x9f) || (b === 0xf0 && c1 < 0x90) || (b === 0xf4 && c1 > 0x8f)) return i
    i += need + 1
  }
  return bytes.length
}
