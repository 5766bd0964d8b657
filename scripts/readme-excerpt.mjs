#!/usr/bin/env node
/**
 * `npm run docs:excerpt`: rewrites the README's quoted excerpt of the example comment from the
 * golden file (__tests__/golden/example-comment.md), which the tests keep true to the code.
 * __tests__/readme.test.ts fails when the two differ.
 */
import { readFileSync, writeFileSync } from 'node:fs'

const EXCERPT_LINES = 19
const golden = readFileSync('__tests__/golden/example-comment.md', 'utf8').split('\n')
// The hidden marker and run stamp lines are not shown.
const start = golden.findIndex((line) => line.startsWith('### '))
const excerpt = golden.slice(start, start + EXCERPT_LINES).map((line) => (line === '' ? '>' : `> ${line}`))
const readme = readFileSync('README.md', 'utf8').split('\n')
const from = readme.findIndex((line) => line.startsWith('> ### '))
if (from < 0) throw new Error('README.md has no quoted excerpt starting with "> ### "')
let to = from
while (to < readme.length && readme[to]?.startsWith('>')) to++
readme.splice(from, to - from, ...excerpt)
writeFileSync('README.md', readme.join('\n'))
console.log(`README.md: excerpt of ${excerpt.length} lines from __tests__/golden/example-comment.md`)
