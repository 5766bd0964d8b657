#!/usr/bin/env node
// Validates action.yml against the GitHub Actions metadata schema shipped in @action-validator/core.
// That schema predates the node24 runtime, so `using: node24` is checked here and the rest of the
// file is validated with the runtime written as node20, which the schema knows.
import { validateAction, validateWorkflow } from '@action-validator/core'
import { readdirSync, readFileSync } from 'node:fs'
import { parse } from 'yaml'

const file = process.argv[2] ?? 'action.yml'
const source = readFileSync(file, 'utf8')
const using = parse(source)?.runs?.using
const problems = []
if (using !== 'node24') problems.push(`runs.using must be node24; found ${JSON.stringify(using)}`)
const state = validateAction(source.replace(/^(\s*using:\s*)node24\s*$/m, '$1node20'))
for (const error of state.errors) problems.push(`${error.path ?? ''} ${error.title}${error.detail ? `: ${error.detail}` : ''}`.trim())
if (problems.length > 0) {
  console.error(`${file} is not a valid action definition:\n${problems.map((p) => `  - ${p}`).join('\n')}`)
  process.exit(1)
}
console.log(`${file}: valid action metadata (runs.using: node24)`)

// The Marketplace's publish form takes a description of under 125 characters.
const description = parse(source)?.description ?? ''
if (description.length >= 125) {
  console.error(`${file}: the description has ${description.length} characters; the Marketplace takes under 125`)
  process.exit(1)
}

// The example workflows the README tells users to copy, and the repository's own, must be valid workflows too.
for (const dir of ['examples/workflows', '.github/workflows']) {
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.yml'))) {
    const result = validateWorkflow(readFileSync(`${dir}/${name}`, 'utf8'))
    if (result.errors.length > 0) {
      console.error(`${dir}/${name} is not a valid workflow:\n${result.errors.map((e) => `  - ${e.path ?? ''} ${e.title}${e.detail ? `: ${e.detail}` : ''}`).join('\n')}`)
      process.exit(1)
    }
    console.log(`${dir}/${name}: valid workflow`)
  }
}
