#!/usr/bin/env node
/** CLI entry: the file system, the clock and the process exit live here and nowhere else. */
import { runCli } from './cli/run.js'
import { readConfigFile } from './io/read-config-file.js'
import { VERSION } from './version.js'

const readText = (path: string) => readConfigFile(path, 'file not found; expected a config file at this path (see --config)')

void runCli(process.argv.slice(2), {
  readText,
  today: () => new Date().toISOString().slice(0, 10),
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  version: VERSION
}).then((code) => {
  process.exitCode = code
})
