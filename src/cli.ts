#!/usr/bin/env node
/** CLI entry: the file system, the clock and the process exit live here and nowhere else. */
import { setFlagsFromString } from 'node:v8'
import { runCli } from './cli/run.js'
import { createGitPort } from './io/git.js'
import { writeFileAtomic } from './io/write-file.js'
import { IGNORED_DIRECTORIES } from './projects/glob-syntax.js'
import { readConfigFile } from './io/read-config-file.js'
import { tieringFlags } from './io/tiering.js'
import { VERSION } from './version.js'
import { SonicBoom } from 'sonic-boom'
import { isatty } from 'node:tty'

// Before any work runs, so every function starts with the short-run budget.
for (const flag of tieringFlags(process.versions.v8)) setFlagsFromString(flag)

const readText = (path: string) => readConfigFile(path, 'file not found; expected a config file at this path (see --config)')

// stdout is written synchronously (sonic-boom, waiting while a pipe is full): process.stdout queues
// writes to a pipe in memory when the reader is slower (`| jq`, a CI log), which took 1.7 GB for the
// JSON of 100,000 workloads. A reader that stops early (`| head`) closes the pipe: the rest of the
// report is dropped and the exit code is still the gate's. Any other write failure is reported.
let stdoutClosed = false
const stdout = new SonicBoom({ fd: 1, sync: true })
stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE' && !stdoutClosed) {
    process.stderr.write(`image-cost-gate: cannot write the report: ${error.message}\n`)
    process.exitCode = 3
  }
  stdoutClosed = true
})
const writeStdout = (text: string): void => {
  if (!stdoutClosed) stdout.write(text)
}
// process.stdout is touched only for a terminal (its width): for a pipe, it would make the descriptor non-blocking.
const terminal = isatty(1)

void runCli(process.argv.slice(2), {
  readText,
  // The file-system walker is loaded only for a glob.
  listFiles: async (patterns) => (await import('tinyglobby')).glob([...patterns], { dot: true, onlyFiles: true, ignore: [...IGNORED_DIRECTORIES] }),
  git: createGitPort(),
  writeFileAtomic,
  now: () => new Date().toISOString(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
  env: process.env,
  fetch: (url, init) => fetch(url, init),
  today: () => new Date().toISOString().slice(0, 10),
  stdout: writeStdout,
  stderr: (text) => process.stderr.write(text),
  version: VERSION,
  stdoutIsTerminal: terminal,
  ...(terminal && process.stdout.columns ? { terminalColumns: process.stdout.columns } : {})
}).then((code) => {
  process.exitCode = process.exitCode === 3 ? 3 : code
})
