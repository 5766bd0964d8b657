/** Reads a config file from disk for the CLI and the action: size-checked before it is read. */
import { readFileSync, statSync } from 'node:fs'
import type { ReadResult } from '../cli/run.js'
import { MAX_CONFIG_BYTES } from '../config/yaml.js'
import { count } from '../util/format.js'

export function readConfigFile(path: string, notFound: string): ReadResult {
  try {
    const stat = statSync(path)
    if (!stat.isFile()) return { ok: false, message: 'not a regular file; expected a YAML config file' }
    // Refuse oversized files before reading them into memory.
    if (stat.size > MAX_CONFIG_BYTES) {
      return { ok: false, message: `file is ${count(stat.size)} bytes; expected at most 16 MiB (${count(MAX_CONFIG_BYTES)} bytes)` }
    }
    return { ok: true, text: readFileSync(path, 'utf8') }
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    if (code === 'ENOENT') return { ok: false, message: notFound }
    if (code === 'EACCES') return { ok: false, message: 'permission denied reading the file' }
    return { ok: false, message: `cannot read the file: ${error instanceof Error ? error.message : String(error)}` }
  }
}
