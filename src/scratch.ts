import { readFileSync } from 'node:fs'
import { loadConfig } from './config/load.js'
import { evaluate } from './evaluate.js'
import { buildReport } from './report/report.js'
import { renderMarkdown } from './report/markdown.js'
const l = (p: string) => { const r = loadConfig(readFileSync(p, 'utf8'), p); if (!r.ok) throw new Error(JSON.stringify(r.errors)); return r.value }
console.log(renderMarkdown(buildReport(evaluate({ head: l(process.argv[2]!), base: process.argv[3] ? l(process.argv[3]) : null, date: '2026-11-21' }))))
