#!/usr/bin/env node
/** CLI entry: the file system, the clock and the process exit live here and nowhere else. */
import { readFileSync, statSync } from 'node:fs'
import { MAX_CONFIG_BYTES } from './config/yaml.js'
import { runCli, type ReadResult } from './cli/run.js'
import { VERSION } from './version.js'

function readText(path: string): ReadResult {
  try {
    const stat = statSync(path)
    if (!stat.isFile()) return { ok: false, message: 'not a regular file; expected a YAML config file' }
    // Refuse oversized files before reading them into memory.
    if (stat.size > MAX_CONFIG_BYTES) {
      return { ok: false, message: `file is ${stat.size.toLocaleString('en-US')} bytes; expected at most 16 MiB (${MAX_CONFIG_BYTES.toLocaleString('en-US')} bytes)` }
    }
    return { ok: true, text: readFileSync(path, 'utf8') }
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    if (code === 'ENOENT') return { ok: false, message: 'file not found; expected a config file at this path (see --config)' }
    if (code === 'EACCES') return { ok: false, message: 'permission denied reading the file' }
    return { ok: false, message: `cannot read the file: ${error instanceof Error ? error.message : String(error)}` }
  }
}

const code = runCli(process.argv.slice(2), {
  readText,
  today: () => new Date().toISOString().slice(0, 10),
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  version: VERSION
})
process.exitCode = code
