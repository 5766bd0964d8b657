import { describe, expect, it } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { buildReport } from '../src/report/report.js'
import { costChart } from '../src/report/routing-md.js'
import { evaluate } from '../src/evaluate.js'
import { load, TODAY } from './helpers.js'

interface ParseResult {
  ok: boolean
  type?: string
  error?: string
}

/** Runs mermaid's own parser (in a child process: it needs a DOM) over the given diagrams. */
function parseMermaid(sources: string[]): ParseResult[] {
  const run = spawnSync(process.execPath, ['scripts/parse-mermaid.mjs'], { input: JSON.stringify(sources), encoding: 'utf8', timeout: 60_000 })
  if (run.status !== 0) throw new Error(`parse-mermaid failed: ${run.stderr}`)
  return JSON.parse(run.stdout) as ParseResult[]
}

/** The chart's source without its ``` fence. */
function chartSource(lines: string[]): string {
  expect(lines[0]).toBe('```mermaid')
  expect(lines[lines.length - 1]).toBe('```')
  return lines.slice(1, -1).join('\n')
}

describe('the per-model Mermaid chart', () => {
  const example = () =>
    buildReport(
      evaluate({
        head: load(readFileSync('examples/image-cost.yml', 'utf8'), 'examples/image-cost.yml'),
        base: load(readFileSync('examples/image-cost.base.yml', 'utf8'), 'examples/image-cost.base.yml'),
        date: TODAY
      })
    )

  it('is valid xychart-beta for mermaid\'s parser, with and without a base; the parser rejects a broken chart', () => {
    const withBase = chartSource(costChart(example()))
    expect(withBase).toMatch(/^ {4}bar \[/m)
    expect(withBase).toMatch(/^ {4}line \[/m)
    const alone = chartSource(costChart(buildReport(evaluate({ head: load(readFileSync('examples/image-cost.yml', 'utf8')), date: TODAY }))))
    const [a, b, broken] = parseMermaid([withBase, alone, 'xychart-beta\n    x-axis ["a", "b"\n    bar [1, 2'])
    expect([a, b]).toEqual([
      { ok: true, type: 'xychart' },
      { ok: true, type: 'xychart' }
    ])
    expect(broken).toMatchObject({ ok: false, error: expect.stringMatching(/Parse error/) })
  })

  it('lists the models in the same order as the per-model table, head as bars and base as a line', () => {
    const report = example()
    const source = chartSource(costChart(report))
    const models = report.diff?.models.map((m) => m.model) ?? []
    expect(source).toContain(`x-axis [${models.map((m) => JSON.stringify(m)).join(', ')}]`)
    const bars = (/bar \[(.*)\]/.exec(source)?.[1] ?? '').split(', ').map(Number)
    expect(bars).toEqual(report.diff?.models.map((m) => Math.round(m.head_monthly_usd * 100) / 100))
  })

  it('is left out when there are no models', () => {
    expect(costChart(buildReport(evaluate({ head: load('version: 1\nworkloads: []\n'), date: TODAY })))).toEqual([])
  })
})
