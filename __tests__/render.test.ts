import { describe, expect, it } from '@jest/globals'
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { renderReport } from '../src/cli/run.js'
import { buildReport, type Report } from '../src/report/report.js'
import type { ParsedJsonReport } from '../src/report/json-report.js'
import { renderMarkdown } from '../src/report/markdown.js'
import { buildCommentBody } from '../src/report/comment.js'
import { load, run, TODAY } from './helpers.js'
import { evaluate } from '../src/evaluate.js'
import { usd } from '../src/util/format.js'
import { decodeEntities, expectSafeMarkdown } from './markdown-safety.js'

const read = (path: string) => readFileSync(path, 'utf8')

/** Compares with a committed golden file; UPDATE_GOLDEN=1 rewrites it after a deliberate change. */
function expectGolden(actual: string, name: string): void {
  const path = `__tests__/golden/${name}`
  if (process.env.UPDATE_GOLDEN === '1') writeFileSync(path, actual)
  if (!existsSync(path)) throw new Error(`missing golden file ${path}; run UPDATE_GOLDEN=1 npm test and review it`)
  expect(actual).toBe(read(path))
}

function exampleReport(): Report {
  const head = load(read('examples/image-cost.yml'), 'examples/image-cost.yml')
  const base = load(read('examples/image-cost.base.yml'), 'examples/image-cost.base.yml')
  return buildReport(evaluate({ head, base, date: TODAY }))
}

/** The other-vendors example (examples/providers/): OpenAI and Imagen 4 moved to FLUX.2, Ideogram and Recraft. */
function providersReport(): Report {
  const head = load(read('examples/providers/image-cost.yml'), 'examples/providers/image-cost.yml')
  const base = load(read('examples/providers/image-cost.base.yml'), 'examples/providers/image-cost.base.yml')
  return buildReport(evaluate({ head, base, date: TODAY }))
}

function failingReport(): Report {
  return buildReport(evaluate({ head: load(read('__tests__/fixtures/failing.yml'), 'fixtures/failing.yml'), date: TODAY }))
}

describe('golden reports', () => {
  it('markdown: the example PR against its base', () => expectGolden(renderReport(exampleReport(), 'markdown'), 'example-diff.md'))
  it('table: the example PR against its base', () => expectGolden(renderReport(exampleReport(), 'table'), 'example-diff.txt'))
  it('markdown: a failing config without a base', () => expectGolden(renderReport(failingReport(), 'markdown'), 'failing.md'))
  it('table: a failing config without a base', () => expectGolden(renderReport(failingReport(), 'table'), 'failing.txt'))
  it('the PR comment of a failing config: the findings and their fixes come first', () =>
    expectGolden(buildCommentBody(failingReport(), { key: 'default', fullReportUrl: 'https://github.test/o/r/actions/runs/42' }), 'failing-comment.md'))
  it('table: the example PR at 80 columns', () => expectGolden(renderReport(exampleReport(), 'table', { width: 80 }), 'example-diff-80.txt'))
  it('table: the example PR at 120 columns', () => expectGolden(renderReport(exampleReport(), 'table', { width: 120 }), 'example-diff-120.txt'))
  it('table: a failing config at 80 columns', () => expectGolden(renderReport(failingReport(), 'table', { width: 80 }), 'failing-80.txt'))
  it('the PR comment of the other-vendors example: provider/model names, the per-provider table, another vendor marked', () =>
    expectGolden(buildCommentBody(providersReport(), { key: 'default', fullReportUrl: 'https://github.test/o/r/actions/runs/42' }), 'providers-comment.md'))
  it('table: the example PR with every unchanged workload listed', () =>
    expectGolden(renderReport(exampleReport(), 'table', { showUnchanged: true }), 'example-diff-unchanged.txt'))
})

describe('table report', () => {
  const lines = (text: string) => text.split('\n')

  it('folds unchanged workloads into one row with their count and totals, and lists them on request', () => {
    const report = exampleReport()
    const diff = report.diff
    if (!diff) throw new Error('no diff')
    const unchanged = diff.workloads.filter((d) => d.change === 'unchanged')
    expect(unchanged.length).toBeGreaterThan(1)
    const sum = (key: 'base_monthly_usd' | 'head_monthly_usd') => unchanged.reduce((total, d) => total + d[key], 0)

    // Wide enough that no column is shortened (the 80 and 120 column goldens cover fitting).
    const folded = renderReport(report, 'table', { width: 200 })
    for (const d of unchanged) expect(lines(folded).some((l) => l.startsWith(`${d.name} `))).toBe(false)
    const row = lines(folded).find((l) => l.startsWith(`(${unchanged.length} unchanged)`))
    expect(row?.split(/ {2,}/)).toEqual([`(${unchanged.length} unchanged)`, usd(sum('base_monthly_usd')), usd(sum('head_monthly_usd')), '$0.00', 'unchanged; --show-unchanged lists them'])
    for (const d of diff.workloads.filter((w) => w.change !== 'unchanged')) expect(lines(folded).some((l) => l.startsWith(`${d.name} `))).toBe(true)

    const listed = renderReport(report, 'table', { showUnchanged: true, width: 200 })
    for (const d of unchanged) expect(lines(listed).some((l) => l.startsWith(`${d.name} `) && l.endsWith('unchanged'))).toBe(true)
    expect(listed).not.toMatch(/\(\d+ unchanged\)/)
  })

  it('has no folded row when nothing is unchanged, and none without a base', () => {
    expect(renderReport(failingReport(), 'table')).not.toMatch(/unchanged/)
  })

  it('states each assumption once, with every workload it applies to, wrapped under it', () => {
    const names = Array.from({ length: 30 }, (_, i) => `team-${i}-thumbnails`)
    const yaml = ['version: 1', 'workloads:', ...names.map((n) => `  - { name: ${n}, model: gpt-image-2, quality: medium, size: 1024x1024, images_per_month: 100 }`)].join('\n')
    const report = buildReport(evaluate({ head: load(yaml, 'many.yml'), date: TODAY }))
    const sentences = report.workloads[0]?.assumptions ?? []
    expect(sentences.length).toBeGreaterThan(0)
    const text = lines(renderReport(report, 'table', { width: 400 }))
    const section = text.slice(text.indexOf('ASSUMPTIONS') + 1, text.indexOf('', text.indexOf('ASSUMPTIONS')))
    for (const sentence of sentences) {
      expect(section.filter((l) => l === `  ${sentence}`)).toHaveLength(1)
      const start = section.indexOf(`  ${sentence}`) + 1
      const under: string[] = []
      for (let i = start; i < section.length && (section[i] as string).startsWith('    '); i++) under.push(section[i] as string)
      expect(under.length).toBeGreaterThan(1)
      for (const l of under) expect(l.length).toBeLessThanOrEqual(400)
      expect(under.join(' ').trim().split(/,? +/)).toEqual(names)
    }
  })
})

describe('JSON report', () => {
  const report = JSON.parse(renderReport(exampleReport(), 'json')) as Extract<ParsedJsonReport, { alternatives_form: 'compact' }>

  it('has the documented top-level fields', () => {
    expect(Object.keys(report)).toEqual(
      expect.arrayContaining(['schema_version', 'evaluated_on', 'catalog', 'currency', 'status', 'total_monthly_usd', 'models', 'workloads', 'findings', 'base', 'diff'])
    )
    expect(report).toMatchObject({ schema_version: 2, evaluated_on: TODAY, catalog: { as_of: '2026-12-01' }, currency: 'USD', status: 'pass' })
  })

  it('has cost components that sum to each workload\'s monthly figure, and workloads that sum to the total', () => {
    let total = 0
    for (const w of report.workloads) {
      const { image_output_usd, text_input_usd, image_input_usd, text_output_usd } = w.cost
      // Every number is written with 12 significant digits: sums agree to far below a cent.
      expect(image_output_usd + text_input_usd + image_input_usd + text_output_usd).toBeCloseTo(w.monthly_usd, 7)
      expect(Object.keys(w)).toEqual(
        expect.arrayContaining(['name', 'model', 'quality', 'size', 'images_per_month', 'billed_images_per_month', 'monthly_usd', 'cost', 'batch_savings_usd', 'assumptions'])
      )
      total += w.monthly_usd
    }
    expect(total).toBeCloseTo(report.total_monthly_usd, 7)
  })

  it('says each fact once: base records and diff rows only where they differ, each assumption once, replacements by name', () => {
    const full = exampleReport()
    const head = new Map(full.workloads.map((w) => [w.name, w]))
    // A base record left out is the head's record (its line aside); every one kept differs.
    const kept = new Set(report.base?.workloads.map((w) => w.name))
    expect(kept.size + (report.base?.workloads_same_as_head ?? 0)).toBe(full.base?.workloads.length)
    expect(report.base?.workloads_same_as_head).toBeGreaterThan(0)
    for (const b of full.base?.workloads ?? []) {
      const h = head.get(b.name)
      const { line: _line, ...fields } = b
      const same = h !== undefined && Object.entries(fields).every(([key, value]) => JSON.stringify(value) === JSON.stringify(h[key as keyof typeof h]))
      expect([b.name, kept.has(b.name)]).toEqual([b.name, !same])
    }
    // The diff keeps the rows that moved, and counts the rest.
    const moved = full.diff?.workloads.filter((w) => w.change !== 'unchanged' || w.delta_usd !== 0) ?? []
    expect(report.diff?.workloads.map((w) => w.name)).toEqual(moved.map((w) => w.name))
    expect(report.diff?.unchanged_workloads).toBe((full.diff?.workloads.length ?? 0) - moved.length)
    // Each sentence once; a workload's indices give back its sentences in order.
    expect(new Set(report.assumptions).size).toBe(report.assumptions.length)
    for (const w of report.workloads) expect(w.assumptions.map((i) => report.assumptions[i])).toEqual(head.get(w.name)?.assumptions)
    // A replacement is named; its cost is in the workload's alternatives.
    const retiring = `version: 1
workloads:
  - name: old
    model: gpt-image-1.5
    quality: medium
    size: 1024x1024
    images_per_month: 1000
`
    const migrating = (JSON.parse(renderReport(buildReport(run(retiring)), 'json')) as typeof report).workloads
    expect(migrating[0]?.migration?.replacements.length).toBeGreaterThan(0)
    for (const model of migrating[0]?.migration?.replacements ?? []) expect(migrating[0]?.alternatives.map((a) => a.model)).toContain(model)
    // Only the workload's own model is marked current.
    for (const w of report.workloads) expect(w.alternatives.filter((a) => a.current).map((a) => a.model)).toEqual([w.model])
  })

  it('is one line for a file or a pipe, indented for a terminal, with the same content', () => {
    const line = renderReport(exampleReport(), 'json')
    const indented = renderReport(exampleReport(), 'json', { jsonIndent: 2 })
    expect(line.split('\n')).toEqual([expect.any(String), ''])
    expect(indented.split('\n').length).toBeGreaterThan(100)
    expect(JSON.parse(indented)).toEqual(JSON.parse(line))
  })

  it('has a base and a diff with the documented fields', () => {
    expect(Object.keys(report.base ?? {})).toEqual(expect.arrayContaining(['total_monthly_usd', 'models', 'workloads']))
    expect(report.diff?.workloads[0]).toEqual(
      expect.objectContaining({ name: 'product-thumbnails', change: 'changed', base_monthly_usd: expect.any(Number), head_monthly_usd: expect.any(Number), delta_usd: expect.any(Number) })
    )
    expect(typeof report.diff?.total_delta_percent).toBe('number')
  })

  it('has null base and diff without a base', () => {
    const alone = failingReport()
    expect([alone.base, alone.diff, alone.status]).toEqual([null, null, 'fail'])
  })
})

describe('markdown safety', () => {
  it('escapes names so they cannot break the table, run HTML, ping people or link issues', () => {
    const hostile = `version: 1
defaults: { model: gpt-image-2, quality: low, size: 1024x1024, images_per_month: 10 }
workloads:
  - name: "a | b"
  - name: "<script>alert(1)</script>"
  - name: "@octocat fixes #123"
  - name: "line\\nbreak \`code\`"
`
    const md = renderMarkdown(buildReport(run(hostile)))
    expectSafeMarkdown(md)
    expect(md).not.toMatch(/<script>/)
    expect(decodeEntities(md)).toContain('@\u200Boctocat fixes #\u200B123') // the text reads the same
    expect(md).toContain('a &#124; b')
    const tableRows = md.split('\n').filter((l) => l.startsWith('| ') && l.includes('low · 1024x1024'))
    expect(tableRows).toHaveLength(4)
    for (const row of tableRows) expect(row.split(' | ')).toHaveLength(5)
  })
})
