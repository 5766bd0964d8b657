#!/usr/bin/env node
// Parses Mermaid diagrams with mermaid's own parser. Reads a JSON array of diagram sources on
// stdin and prints a JSON array of { ok, type?, error? }, one per diagram. Runs in its own
// process because mermaid sanitizes labels with DOMPurify, which needs a DOM (jsdom here).
import { JSDOM } from 'jsdom'

const { window } = new JSDOM('')
Object.assign(globalThis, { window, document: window.document })
const { default: mermaid } = await import('mermaid')

let input = ''
for await (const chunk of process.stdin) input += chunk
const results = []
for (const source of JSON.parse(input)) {
  try {
    const parsed = await mermaid.parse(source)
    results.push({ ok: true, type: parsed.diagramType })
  } catch (error) {
    results.push({ ok: false, error: String(error?.message ?? error) })
  }
}
process.stdout.write(JSON.stringify(results))
