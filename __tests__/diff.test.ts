import { describe, expect, it } from '@jest/globals'
import type { ResolvedWorkload } from '../src/config/resolve.js'
import { COMPARED_FIELDS, diffCosts, sameWorkload } from '../src/diff/diff.js'
import type { CostEstimate, WorkloadCost } from '../src/pricing/engine.js'
import { buildReport } from '../src/report/report.js'
import { renderTable } from '../src/report/table.js'
import { run } from './helpers.js'

const BASE = `version: 1
budget: { monthly_usd: 500 }
organization: { tier: 3 }
defaults: { quality: medium, size: 1024x1024 }
workloads:
  - { name: kept, model: gpt-image-2, images_per_month: 1000 }
  - { name: moved, model: gpt-image-1-mini, images_per_month: 1000 }
  - { name: dropped, model: gpt-image-1.5, images_per_month: 1000 }
`
const HEAD = `version: 1
budget: { monthly_usd: 800, max_increase_usd: 100 }
organization: { tier: 3 }
defaults: { quality: medium, size: 1024x1024 }
workloads:
  - { name: kept, model: gpt-image-2, images_per_month: 1000 }
  - { name: moved, model: gpt-image-1.5, images_per_month: 2000 }
  - { name: fresh, model: gpt-image-1-mini, images_per_month: 1000 }
`

describe('diff', () => {
  const { diff } = run(HEAD, { base: BASE })
  if (!diff) throw new Error('no diff')

  it('classifies workloads as added, removed, changed or unchanged, with what changed', () => {
    expect(diff.workloads.map((w) => [w.name, w.change, w.changed_fields])).toEqual([
      ['kept', 'unchanged', []],
      ['moved', 'changed', ['model', 'images_per_month']],
      ['fresh', 'added', []],
      ['dropped', 'removed', []]
    ])
  })

  it('shows each row of the table with its own workload: the head\'s, or the base\'s for a removed one', () => {
    const table = renderTable(buildReport(run(HEAD, { base: BASE })), { showUnchanged: true })
    const rows = table.split('\n').filter((l) => /^(kept|moved|fresh|dropped) /.test(l)).map((l) => l.split(/ {2,}/).slice(0, 5))
    expect(rows).toEqual([
      ['kept', 'gpt-image-2', 'medium', '1024x1024', '1,000'],
      ['moved', 'gpt-image-1.5', 'medium', '1024x1024', '2,000'],
      ['fresh', 'gpt-image-1-mini', 'medium', '1024x1024', '1,000'],
      ['dropped', 'gpt-image-1.5', 'medium', '1024x1024', '1,000']
    ])
  })

  it('compares every listed field of a workload when telling unchanged ones apart', () => {
    const w = run(HEAD).head.estimate.workloads[0]?.workload
    if (!w) throw new Error('no workload')
    const record = w as unknown as Record<string, unknown>
    const different = (v: unknown): unknown =>
      typeof v === 'number' ? v + 1 : typeof v === 'string' ? `${v}x` : typeof v === 'boolean' ? !v : v === undefined ? 1 : { changed: true }
    expect(sameWorkload(w, { ...w })).toBe(true)
    for (const field of Object.keys(COMPARED_FIELDS)) {
      const changed = { ...record, [field]: different(record[field]) } as unknown as ResolvedWorkload
      expect([field, sameWorkload(w, changed)]).toEqual([field, false])
      expect([field, sameWorkload(changed, w)]).toEqual([field, false])
    }
    // Bookkeeping fields do not make a workload different.
    expect(sameWorkload(w, { ...w, index: w.index + 1, name: 'other', from_defaults: ['quality'] })).toBe(true)
  })

  it('matches workloads by name whatever their order: moved up or down, added anywhere, removed anywhere', () => {
    const template = run(HEAD).head.estimate.workloads[0]
    if (!template) throw new Error('no workload')
    const costOf = (name: string, monthly: number): WorkloadCost => ({ ...template, workload: { ...template.workload, name }, monthly_usd: monthly }) as WorkloadCost
    const estimate = (names: string[]): CostEstimate => ({ workloads: names.map((n) => costOf(n, n.length)), models: [], total_monthly_usd: 0 })
    const base = ['a', 'b', 'c', 'd', 'e', 'f']
    const heads = [
      base,
      ['new', ...base],
      ['a', 'b', 'x', 'c', 'd', 'e', 'f', 'y'],
      ['a', 'c', 'e'],
      ['f', 'e', 'd', 'c', 'b', 'a'],
      ['c', 'd', 'a', 'b', 'z', 'f'],
      []
    ]
    for (const head of heads) {
      const rows = diffCosts(estimate(base), estimate(head)).workloads.map((w) => [w.name, w.change])
      const expected = [
        ...head.map((n) => [n, base.includes(n) ? 'unchanged' : 'added']),
        ...base.filter((n) => !head.includes(n)).map((n) => [n, 'removed'])
      ]
      expect(rows).toEqual(expected)
    }
  })

  it('gives base, head and delta per workload', () => {
    const moved = diff.workloads.find((w) => w.name === 'moved')
    expect(moved?.base_monthly_usd).toBeCloseTo(11, 9)
    expect(moved?.head_monthly_usd).toBeCloseTo(68, 9)
    expect(moved?.delta_usd).toBeCloseTo(57, 9)
    const dropped = diff.workloads.find((w) => w.name === 'dropped')
    expect([dropped?.head_monthly_usd, dropped?.delta_usd]).toEqual([0, -(dropped?.base_monthly_usd ?? 0)])
  })

  it('gives base, head and delta per model', () => {
    const byModel = Object.fromEntries(diff.models.map((m) => [m.model, Math.round(m.delta_usd * 100) / 100]))
    expect(byModel).toEqual({ 'gpt-image-2': 0, 'gpt-image-1.5': 68 - 34, 'gpt-image-1-mini': 0 })
  })

  it('gives the total delta in USD and percent', () => {
    expect(diff.total_delta_usd).toBeCloseTo(diff.head_total_usd - diff.base_total_usd, 12)
    expect(diff.total_delta_percent).toBeCloseTo((diff.total_delta_usd / diff.base_total_usd) * 100, 12)
  })

  it('calls out threshold changes', () => {
    expect(diff.setting_changes).toEqual([
      { field: 'budget.max_increase_usd', base: null, head: 100 },
      { field: 'budget.monthly_usd', base: 500, head: 800 }
    ])
  })

  it('is empty when base equals head, and the percent is null when the base total is 0', () => {
    const same = run(HEAD, { base: HEAD }).diff
    expect(same?.total_delta_usd).toBe(0)
    expect(same?.workloads.every((w) => w.change === 'unchanged' && w.delta_usd === 0)).toBe(true)
    expect(run(HEAD, { base: 'version: 1\nworkloads: []\n' }).diff?.total_delta_percent).toBeNull()
  })

  it('marks a price change with identical fields as a pricing change', () => {
    const overridden = HEAD.replace('workloads:', 'pricing:\n  gpt-image-2: { token_rates: { image_output: 60 } }\nworkloads:')
    const d = run(overridden, { base: HEAD }).diff
    expect(d?.workloads.find((w) => w.name === 'kept')).toMatchObject({ change: 'changed', changed_fields: ['pricing'] })
  })

  it('treats a missing base file as an empty base', () => {
    const d = run(HEAD, { baseMissing: true }).diff
    expect(d?.workloads.every((w) => w.change === 'added')).toBe(true)
    expect(d?.base_total_usd).toBe(0)
  })
})

describe('percent of a base that shows as $0.00', () => {
  it('is null, never infinite, below half a cent, in the diff, the findings and the outputs\' source', async () => {
    const { percentOfBase, PERCENT_BASE_MIN_USD } = await import('../src/util/percent.js')
    expect(percentOfBase(5, 0)).toBeNull()
    expect(percentOfBase(1e300, 1e-300)).toBeNull()
    expect(percentOfBase(1, PERCENT_BASE_MIN_USD)).toBe(20000)
    // A base of one image on gpt-image-2 low at 1e-5 images a month: $0.0000000588, under half a cent.
    const tiny = 'version: 1\nbudget: { max_increase_percent: 10 }\nworkloads:\n  - { name: a, model: gpt-image-2, quality: low, size: 1024x1024, images_per_month: IPM }\n'
    const e = run(tiny.replace('IPM', '1000'), { base: tiny.replace('IPM', '0.00001') })
    expect(e.diff?.total_delta_percent).toBeNull()
    expect(e.findings.map((f) => f.rule)).toEqual([])
    const { buildReport } = await import('../src/report/report.js')
    const { renderMarkdown } = await import('../src/report/markdown.js')
    expect(renderMarkdown(buildReport(e))).toContain('(+$5.88, n/a)')
  })
})
