import { readFileSync } from 'node:fs'
import { parseYaml } from './config/yaml.js'
import { validateConfig } from './config/validate.js'
import { loadConfig } from './config/load.js'
import { evaluate } from './evaluate.js'
import { buildReport } from './report/report.js'
import { renderTable } from './report/table.js'
import { priceWorkloads } from './pricing/engine.js'
import { routeWorkloads } from './routing/route.js'
import { evaluateGate } from './gate/gate.js'
import { diffCosts } from './diff/diff.js'
const n = process.argv[2]
const text = readFileSync(`/tmp/bench-${n}-head.yml`, 'utf8')
const base = readFileSync(`/tmp/bench-${n}-base.yml`, 'utf8')
let t = performance.now()
const lap = (label: string) => { const now = performance.now(); console.log(label.padEnd(12), (now - t).toFixed(0), 'ms'); t = now }
const p = parseYaml(text, 'h'); lap('yaml parse')
if (!p.ok) throw new Error()
validateConfig(p.value.data, 'h', p.value.locator); lap('zod')
const h = loadConfig(text, 'h'); lap('load head')
const b = loadConfig(base, 'b'); lap('load base')
if (!h.ok || !b.ok) throw new Error()
const est = priceWorkloads(h.value.workloads, h.value.pricing.catalog); lap('price')
const best = priceWorkloads(b.value.workloads, b.value.pricing.catalog); lap('price base')
const routing = routeWorkloads(est, h.value.pricing.catalog, '2026-11-21'); lap('route')
evaluateGate({ head: est, base: best, catalog: h.value.pricing.catalog, date: '2026-11-21', routing, locate: (p) => h.value.locator.locate(p) }); lap('gate')
diffCosts(best, est, b.value.config, h.value.config); lap('diff')
const ev = evaluate({ head: h.value, base: b.value, date: '2026-11-21' }); lap('evaluate')
const r = buildReport(ev); lap('report')
renderTable(r); lap('table')
