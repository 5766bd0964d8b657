import { describe, expect, it } from '@jest/globals'
import { evaluateGate, gateFails, statusOf, type Finding, type RuleId } from '../src/gate/gate.js'
import { run } from './helpers.js'

/** mini medium square = $0.011 per image: n images cost n x 0.011. */
function config(opts: { header?: string; workloads?: string }): string {
  return `version: 1
${opts.header ?? ''}defaults:
  quality: medium
  size: 1024x1024
workloads:
${opts.workloads ?? '  - { name: thumbs, model: gpt-image-2, images_per_month: 1000 }'}
`
}
const mini = (name: string, images: number, extra = '') => `  - { name: ${name}, model: gpt-image-1-mini, images_per_month: ${images}${extra} }\n`
const rules = (findings: Finding[]) => findings.map((f) => f.rule)
const find = (findings: Finding[], rule: RuleId) => findings.find((f) => f.rule === rule)
// Mini is deprecated from 2026-06-02; judge budget rules before that so only they fire.
const EARLY = '2026-05-01'

describe('gate: budget rules', () => {
  it('budget.monthly: above the cap is an error, at the cap is only a warning', () => {
    const over = run(config({ header: 'budget:\n  monthly_usd: 100\n', workloads: mini('a', 10000) }), { date: EARLY })
    expect(rules(over.findings)).toEqual(['budget.monthly'])
    expect(find(over.findings, 'budget.monthly')).toMatchObject({ severity: 'error', line: 3 })
    expect(find(over.findings, 'budget.monthly')?.message).toBe('projected $110.00/month exceeds the monthly budget of $100.00 by $10.00')
    const at = run(config({ header: 'budget:\n  monthly_usd: 110\n', workloads: mini('a', 10000) }), { date: EARLY })
    expect(rules(at.findings)).toEqual(['budget.warn'])
  })

  it('budget.warn: at or above warn_at_percent (default 80) of the budget', () => {
    const at80 = run(config({ header: 'budget:\n  monthly_usd: 137.5\n', workloads: mini('a', 10000) }), { date: EARLY })
    expect(find(at80.findings, 'budget.warn')).toMatchObject({ severity: 'warning', message: expect.stringContaining('80% of the monthly budget') })
    const below = run(config({ header: 'budget:\n  monthly_usd: 138\n', workloads: mini('a', 10000) }), { date: EARLY })
    expect(below.findings).toEqual([])
    const custom = run(config({ header: 'budget:\n  monthly_usd: 200\n  warn_at_percent: 50\n', workloads: mini('a', 10000) }), { date: EARLY })
    expect(find(custom.findings, 'budget.warn')).toMatchObject({ line: 4 })
  })

  it('budget.workload: a workload above its budget_usd', () => {
    const e = run(config({ workloads: mini('a', 10000, ', budget_usd: 100') + mini('b', 100, ', budget_usd: 100') }), { date: EARLY })
    expect(e.findings).toEqual([
      expect.objectContaining({ rule: 'budget.workload', severity: 'error', workload: 'a', model: 'gpt-image-1-mini', line: 6 })
    ])
  })

  it('budget.model: a model total above its cap, with aliases resolved', () => {
    const text = config({
      header: 'budget:\n  models: { gpt-image-1.5-2025-12-16: 30, gpt-image-1-mini: 1000 }\n',
      workloads: '  - { name: a, model: gpt-image-1.5, images_per_month: 500 }\n  - { name: b, model: gpt-image-1.5, images_per_month: 500 }\n'
    })
    const e = run(text, { date: EARLY })
    expect(e.findings).toEqual([expect.objectContaining({ rule: 'budget.model', model: 'gpt-image-1.5', line: 3 })])
    expect(e.findings[0]?.message).toBe('gpt-image-1.5 is projected at $34.00/month, above its cap of $30.00')
  })

  it('budget.increase_usd and budget.increase_percent compare head with base', () => {
    const header = 'budget:\n  max_increase_usd: 50\n  max_increase_percent: 20\n'
    const base = config({ header, workloads: mini('a', 10000) })
    const small = run(config({ header, workloads: mini('a', 11000) }), { base, date: EARLY }) // +$11, +10%
    expect(small.findings).toEqual([])
    const big = run(config({ header, workloads: mini('a', 16000) }), { base, date: EARLY }) // +$66, +60%
    expect(rules(big.findings)).toEqual(['budget.increase_usd', 'budget.increase_percent'])
    expect(find(big.findings, 'budget.increase_percent')?.message).toMatch(/by 60% \(\$110.00 -> \$176.00\)/)
  })

  it('budget.increase_percent is skipped when the base total is 0', () => {
    const header = 'budget:\n  max_increase_percent: 20\n'
    const e = run(config({ header, workloads: mini('a', 100) }), { base: 'version: 1\nworkloads: []\n', date: EARLY })
    expect(e.findings).toEqual([])
  })

  it('thresholds-from base enforces the base file\'s budget', () => {
    const base = config({ header: 'budget:\n  monthly_usd: 50\n', workloads: mini('a', 1000) })
    const head = config({ header: 'budget:\n  monthly_usd: 500\n', workloads: mini('a', 10000) })
    expect(run(head, { base, date: EARLY }).findings).toEqual([])
    const strict = run(head, { base, date: EARLY, thresholdsFrom: 'base' })
    expect(rules(strict.findings)).toEqual(['budget.monthly'])
    expect(strict.findings[0]?.line).toBeUndefined()
  })
})

describe('gate: tier rules', () => {
  it('tier.unavailable: gpt-image models are not offered on the free tier', () => {
    const e = run(config({ header: 'organization:\n  tier: free\n' }))
    expect(e.findings).toEqual([expect.objectContaining({ rule: 'tier.unavailable', severity: 'error', workload: 'thumbs', line: 8 })])
  })

  it('tier.ipm: the sum of non-Batch peak rates on one model against the tier ladder', () => {
    const workloads =
      '  - { name: a, model: gpt-image-2, images_per_month: 1000, peak_images_per_minute: 30 }\n' +
      '  - { name: b, model: gpt-image-2, images_per_month: 1000, peak_images_per_minute: 25 }\n' +
      '  - { name: c, model: gpt-image-2, images_per_month: 1000, peak_images_per_minute: 900, batch: true }\n'
    const tier3 = run(config({ header: 'organization:\n  tier: 3\n', workloads }))
    expect(rules(tier3.findings)).toEqual(['tier.ipm'])
    expect(tier3.findings[0]?.message).toBe("peak 55 images/min on gpt-image-2 (a 30, b 25) exceeds tier 3's limit of 50 IPM")
    expect(run(config({ header: 'organization:\n  tier: 4\n', workloads })).findings).toEqual([])
    const custom = run(config({ header: 'organization:\n  tier: 3\n  limits:\n    gpt-image-2: { images_per_minute: 60 }\n', workloads }))
    expect(custom.findings).toEqual([])
  })

  it('tier.tpm: prompt, input-image and output-image tokens per minute', () => {
    // 20 images/min x 1,756 medium tokens = 35,120; + 20 requests x (1,000 prompt + 2 x 1,024 input) = 60,960 more
    const workloads = '  - { name: a, model: gpt-image-2, images_per_month: 1000, peak_images_per_minute: 20, prompt_tokens: 1000, input_images: 2 }\n'
    const custom = (tpm: number) => `organization:\n  tier: 5\n  limits:\n    gpt-image-2: { tokens_per_minute: ${tpm} }\n`
    expect(run(config({ header: custom(96080), workloads })).findings).toEqual([])
    const over = run(config({ header: custom(96079), workloads }))
    expect(rules(over.findings)).toEqual(['tier.tpm'])
    expect(over.findings[0]?.message).toMatch(/peak 96,080 tokens\/min on gpt-image-2/)
  })

  it('tier.monthly_usage_limit: the tier\'s limit, or the organization\'s own', () => {
    const workloads = mini('a', 10000) // $110
    expect(rules(run(config({ header: 'organization:\n  tier: 1\n', workloads }), { date: EARLY }).findings)).toEqual(['tier.monthly_usage_limit'])
    expect(run(config({ header: 'organization:\n  tier: 2\n', workloads }), { date: EARLY }).findings).toEqual([])
    const own = run(config({ header: 'organization:\n  tier: 2\n  monthly_usage_limit_usd: 100\n', workloads }), { date: EARLY })
    expect(own.findings[0]?.message).toMatch(/exceeds the organization's monthly usage limit of \$100.00/)
  })
})

describe('gate: lifecycle rules', () => {
  it('model.deprecated: a warning with the date, days left and replacement', () => {
    const e = run(config({ workloads: mini('a', 10) }), { date: '2026-11-21' })
    expect(e.findings).toEqual([
      expect.objectContaining({
        rule: 'model.deprecated',
        severity: 'warning',
        workload: 'a',
        line: 6,
        message: 'gpt-image-1-mini shuts down on 2026-12-01 (10 days left)',
        fix: 'move "a" to gpt-image-2.6-sunburst ($0.46/month, +$0.35) or gpt-image-2.6-flare ($0.46/month, +$0.35)'
      })
    ])
  })

  it('prices each deprecated workload\'s replacements from its own routing, in whatever order routing lists them', () => {
    const e = run(config({ workloads: mini('a', 10) + mini('b', 1000) }), { date: '2026-11-21' })
    const fixes = e.findings.map((f) => f.fix)
    // 2.6 medium square: 439 tokens (the 2.5 rule) x 3.5 = 1,537 tokens x $30/1M = $0.04611 per image.
    expect(fixes[0]).toMatch(/sunburst \(\$0\.46\/month/)
    expect(fixes[1]).toMatch(/sunburst \(\$46\.11\/month/)
    const reversed = { ...e.routing, workloads: [...e.routing.workloads].reverse() }
    const again = evaluateGate({ head: e.head.estimate, catalog: e.head.loaded.pricing.catalog, date: e.date, routing: reversed })
    expect(again.map((f) => f.fix)).toEqual(fixes)
  })

  it('model.retired: an error on and after the shutdown date', () => {
    expect(rules(run(config({ workloads: mini('a', 10) }), { date: '2026-12-01' }).findings)).toEqual(['model.retired'])
    const old = run(config({ workloads: '  - { name: a, model: gpt-image-1, images_per_month: 10 }\n' }), { date: '2026-11-21' })
    expect([old.findings[0]?.message, old.findings[0]?.fix]).toEqual([
      'gpt-image-1 was shut down on 2026-10-23; requests to it fail',
      'move "a" to gpt-image-2.5-sunburst ($0.13/month, -$0.29) or gpt-image-2 ($0.53/month, +$0.11)'
    ])
  })

  it('points at the model where it was written: the workload, or the default it took', () => {
    const text = `version: 1
defaults:
  model: gpt-image-1
  quality: medium
  size: 1024x1024
workloads:
  - { name: from-default, images_per_month: 10 }
  - name: own
    model: gpt-image-1
    images_per_month: 10
`
    const findings = run(text, { date: '2026-11-21' }).findings.filter((f) => f.rule === 'model.retired')
    expect(findings.map((f) => [f.workload, f.line])).toEqual([
      ['from-default', 3],
      ['own', 9]
    ])
  })

  it('--date can look back: before the notice date the model is active', () => {
    expect(run(config({ workloads: mini('a', 10) }), { date: '2026-06-01' }).findings).toEqual([])
  })

  it('catalog.stale: a warning more than 90 days after the catalog was checked', () => {
    expect(rules(run(config({}), { date: '2027-03-01' }).findings)).toEqual([])
    expect(rules(run(config({}), { date: '2027-03-02' }).findings)).toEqual(['catalog.stale'])
  })
})

describe('gate: status and fail-on', () => {
  const warning: Finding = { rule: 'budget.warn', severity: 'warning', message: '' }
  const error: Finding = { rule: 'budget.monthly', severity: 'error', message: '' }
  it('derives the status from the worst finding', () => {
    expect([statusOf([]), statusOf([warning]), statusOf([warning, error])]).toEqual(['pass', 'warn', 'fail'])
  })
  it('fails by the chosen threshold', () => {
    expect([gateFails([warning], 'error'), gateFails([warning], 'warning'), gateFails([error], 'never'), gateFails([error], 'error')]).toEqual([false, true, false, true])
  })
})

describe('gate: settings without effect', () => {
  it('warns, at the setting, about warn_at_percent without a monthly budget and a default no workload takes', () => {
    const text = 'version: 1\nbudget:\n  warn_at_percent: 70\ndefaults:\n  quality: low\n  size: 1024x1024\n  images_per_month: 5\nworkloads:\n  - name: a\n    model: gpt-image-2\n    quality: medium\n    images_per_day: 1\n  - name: b\n    model: gpt-image-2\n    quality: high\n'
    const findings = run(text).findings.filter((f) => f.rule === 'config.no_effect')
    expect(findings.map((f) => [f.line, f.message])).toEqual([
      [3, 'budget.warn_at_percent has no effect without budget.monthly_usd: it is a share of the monthly budget'],
      [5, 'defaults.quality has no effect: every workload sets its own quality']
    ])
    // size and the volume are taken by some workload: no warning for them.
    expect(findings.every((f) => f.severity === 'warning' && f.fix)).toBe(true)
    expect(run(text.replace('  warn_at_percent: 70\n', '  warn_at_percent: 70\n  monthly_usd: 100\n').replace('    quality: high\n', '')).findings.filter((f) => f.rule === 'config.no_effect')).toEqual([])
  })
})

