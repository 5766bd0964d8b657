import { describe, expect, it } from '@jest/globals'
import { BUILTIN_CATALOG, BUILTIN_CATALOG_FILE } from '../src/catalog/data.js'
import { loadParsedConfig } from '../src/config/load.js'
import { evaluate } from '../src/evaluate.js'
import { priceWorkloads } from '../src/pricing/engine.js'
import { alternativeOn, routeWorkloads, type Alternative, type WorkloadRouting } from '../src/routing/route.js'
import { renderMarkdown } from '../src/report/markdown.js'
import { buildReport } from '../src/report/report.js'
import { load, loadErrors, oneWorkload, parseYamlNow, run, TODAY } from './helpers.js'

/** Before gpt-image-1-mini and 1.5 were deprecated, and after gpt-image-2's release. */
const SPRING = '2026-05-01'

function route(fields: string, date = SPRING, models?: string[]): WorkloadRouting {
  const loaded = load(oneWorkload(fields))
  const estimate = priceWorkloads(loaded.workloads, loaded.pricing.catalog)
  const routed = routeWorkloads(estimate, BUILTIN_CATALOG, date, models ? { models } : {}).workloads[0]
  if (!routed) throw new Error('no routing')
  return routed
}
const alt = (r: WorkloadRouting, model: string): Alternative => {
  const found = r.alternatives.find((a) => a.model === model)
  if (!found) throw new Error(`no alternative ${model}`)
  return found
}

describe('routing: eligibility', () => {
  it('never suggests a model without text output for a workload that needs it', () => {
    const r = route('model: gpt-image-1.5\nquality: medium\nsize: 1024x1024\nimages_per_month: 1000\ntext_output_tokens: 80')
    for (const model of ['gpt-image-1-mini', 'gpt-image-2', 'gpt-image-1']) {
      expect(alt(r, model)).toMatchObject({ eligible: false, monthly_usd: null })
    }
    expect(alt(r, 'gpt-image-1-mini').reason).toBe('gpt-image-1-mini does not output text [seed-mini-review, official]')
    expect(alt(r, 'gpt-image-2').reason).toBe('gpt-image-2 does not output text [openai-pricing, official]')
    expect(['gpt-image-1.5', 'chatgpt-image-latest']).toContain(r.cheapest?.model)
    // The same holds later, when only the gpt-image-2 family is active: nothing eligible is left.
    const late = route('model: gpt-image-1.5\nquality: medium\nsize: 1024x1024\nimages_per_month: 1000\ntext_output_tokens: 80', '2026-11-21')
    expect(late.cheapest).toBeNull()
    expect(late.alternatives.filter((a) => a.eligible)).toEqual([])
  })

  it('checks multi-image fidelity against how many inputs each model preserves', () => {
    const three = route('model: gpt-image-1.5\nquality: low\nsize: 1024x1024\nimages_per_month: 100\ninput_images: 3\nrequires: [multi_image_fidelity]')
    expect(alt(three, 'gpt-image-1-mini')).toMatchObject({ eligible: false, reason: expect.stringMatching(/keeps only the first input image at high fidelity; 3 needed/) })
    expect(alt(three, 'gpt-image-1.5').eligible).toBe(true)
    expect(alt(three, 'gpt-image-2').eligible).toBe(true)
    const eight = route('model: gpt-image-2\nquality: low\nsize: 1024x1024\nimages_per_month: 100\ninput_images: 8\nrequires: [multi_image_fidelity]')
    expect(alt(eight, 'gpt-image-1.5').reason).toMatch(/keeps only the first 5 input images at high fidelity; 8 needed/)
  })

  it('excludes models without a transparent background, citing the source', () => {
    const r = route('model: gpt-image-1.5\nquality: low\nsize: 1024x1024\nimages_per_month: 100\nrequires: [transparent_background]', '2026-11-21')
    expect(alt(r, 'gpt-image-2').reason).toBe('gpt-image-2 has no transparent background [community-transparent-background, community]')
    expect(alt(r, 'gpt-image-2.5-flare').eligible).toBe(true)
  })

  it('keeps Batch workloads on Batch-capable models, and skips retired, deprecated and unreleased models', () => {
    const r = route('model: gpt-image-1-mini\nquality: low\nsize: 1024x1024\nimages_per_month: 100\nbatch: true', '2026-11-21')
    expect(alt(r, 'dall-e-3').reason).toBe('retired on 2026-05-12')
    expect(alt(r, 'gpt-image-1-mini')).toMatchObject({ current: true, eligible: false, reason: 'deprecated: shuts down on 2026-12-01', monthly_usd: expect.any(Number) })
    expect(alt(route('model: gpt-image-2\nquality: low\nsize: 1024x1024\nimages_per_month: 100', SPRING), 'gpt-image-2.5-flare').reason).toBe('not released until 2026-09-08')
  })
})

describe('routing: the cheapest successful model', () => {
  const fields = (mini: number) =>
    `model: gpt-image-1-mini\nquality: medium\nsize: 1024x1024\nimages_per_month: 1000\nretry_rate: { default: 0.05, gpt-image-1-mini: ${mini} }`

  it('suggests the pricier-per-image model when retries make it cheaper per delivered image', () => {
    const models = ['gpt-image-1-mini', 'gpt-image-1.5']
    const low = route(fields(0.2), SPRING, models)
    expect(low.cheapest?.model).toBe('gpt-image-1-mini')
    const high = route(fields(0.7), SPRING, models)
    expect(high.cheapest?.model).toBe('gpt-image-1.5')
    const mini = alt(high, 'gpt-image-1-mini')
    const flagship = alt(high, 'gpt-image-1.5')
    // $0.011 per generation on mini, $0.034 on 1.5; per delivered image 0.011/0.3 vs 0.034/0.95.
    expect(mini.per_generation_usd).toBeCloseTo(0.011, 12)
    expect(mini.per_delivered_image_usd).toBeCloseTo(0.011 / 0.3, 12)
    expect(flagship).toMatchObject({ retry_rate: 0.05, eligible: true })
    expect(flagship.per_delivered_image_usd).toBeCloseTo(0.034 / 0.95, 12)
    expect(high.cheapest?.saving_usd).toBeCloseTo(1000 * (0.011 / 0.3 - 0.034 / 0.95), 9)
  })

  it('shows the arithmetic in the report\'s cheaper options', () => {
    const config = `version: 1\nworkloads:\n  - name: stickers\n    ${fields(0.7).split('\n').join('\n    ')}\n`
    const md = renderMarkdown(buildReport(run(config, { date: SPRING })))
    expect(md).toMatch(/<details><summary>Cheaper options: 1 workload could save \$\d+\.\d\d\/month on another model<\/summary>/)
    expect(md).toContain('`gpt-image-1-mini` $0.011 ÷ (1 − 0.7) = $0.03667')
  })

  it('maps a size or quality the model lacks to the nearest one and says so', () => {
    const r = route('model: gpt-image-2\nquality: medium\nsize: 2048x2048\nimages_per_month: 100', SPRING)
    expect(alt(r, 'gpt-image-1.5')).toMatchObject({ size: '1024x1024', notes: ['size 2048x2048 → 1024x1024 (nearest gpt-image-1.5 size)'] })
    const wide = route('model: gpt-image-2\nquality: low\nsize: 2048x1152\nimages_per_month: 100', SPRING)
    expect(alt(wide, 'gpt-image-1-mini').size).toBe('1536x1024')
    const xhigh = route('model: gpt-image-2.6-sunburst\nquality: xhigh\nsize: 1024x1024\nimages_per_month: 100', '2026-11-21')
    expect(alt(xhigh, 'gpt-image-2')).toMatchObject({ quality: 'high', notes: ['quality xhigh → high (gpt-image-2 has no xhigh)'] })
  })

  it('totals what the config would cost if every workload moved to its cheapest eligible model', () => {
    const evaluation = run(`version: 1
defaults: { quality: medium, size: 1024x1024 }
workloads:
  - { name: a, model: gpt-image-2, images_per_month: 1000 }
  - { name: b, model: gpt-image-2.5-flare, images_per_month: 1000 }
`)
    const { if_cheapest } = evaluation.routing
    const sum = evaluation.routing.workloads.reduce((t, w) => t + (w.cheapest?.monthly_usd ?? w.monthly_usd), 0)
    expect(if_cheapest.total_monthly_usd).toBeCloseTo(sum, 12)
    expect(if_cheapest.saving_usd).toBeCloseTo(evaluation.head.estimate.total_monthly_usd - sum, 12)
  })
})

describe('routing: migration off retiring models', () => {
  it('prices the named replacements with the shutdown date and days left, in the finding and the report', () => {
    const evaluation = run(oneWorkload('model: gpt-image-1-mini\nquality: medium\nsize: 1024x1024\nimages_per_month: 10000'), { date: '2026-11-21' })
    const migration = evaluation.routing.workloads[0]?.migration
    expect(migration).toMatchObject({ model: 'gpt-image-1-mini', status: 'deprecated', shutdown_date: '2026-12-01', days_left: 10 })
    expect(migration?.replacements.map((r) => r.model)).toEqual(['gpt-image-2.6-sunburst', 'gpt-image-2.6-flare'])
    const finding = evaluation.findings.find((f) => f.rule === 'model.deprecated')
    expect(finding?.message).toBe('gpt-image-1-mini shuts down on 2026-12-01 (10 days left)')
    expect(finding?.fix).toMatch(/^move "w" to gpt-image-2.6-sunburst \(\$\d[\d,]*\.\d\d\/month, \+\$\d[\d,]*\.\d\d\) or gpt-image-2.6-flare/)
    const md = renderMarkdown(buildReport(evaluation))
    expect(md).toMatch(/#### Before 2026-12-01 \(10 days left\)/)
    expect(md).toMatch(/\| w \| `gpt-image-1-mini` \| \$110.00 \| `gpt-image-2.6-sunburst` \| \$[\d,.]+ \| \+\$[\d,.]+ \|/)
  })

  it('names a model only when it is an option: with none, says which requirement nothing meets and what to change', () => {
    const evaluation = run(oneWorkload('model: gpt-image-1.5\nquality: low\nsize: 1024x1024\nimages_per_month: 100\ntext_output_tokens: 20'), { date: '2026-11-21' })
    const fix = evaluation.findings.find((f) => f.rule === 'model.deprecated')?.fix ?? ''
    expect(fix).toBe('no active model offers text_output. To keep "w" running, set text_output_tokens to 0 (and drop text_output from requires), or add a model that has it with a team catalog (docs/catalog.md)')
    for (const id of ['gpt-image-2.6-sunburst', 'gpt-image-2.6-flare', 'gpt-image-2']) expect(fix).not.toContain(id)
    const md = renderMarkdown(buildReport(evaluation))
    expect(md).toContain('| w | `gpt-image-1.5` | $')
    expect(md).toContain('none is an option (see the fix above)')
    expect(md).not.toMatch(/not an option: gpt-image-2.6/)
  })

  it('moves to the cheapest eligible model when the listed replacements are not options but another model is', () => {
    // A catalog where neither of gpt-image-1's listed replacements keeps a transparent background.
    const file = structuredClone(BUILTIN_CATALOG_FILE)
    const sunburst = file.providers?.openai?.models?.['gpt-image-2.5-sunburst']
    if (!sunburst?.capabilities?.transparent_background) throw new Error('the catalog changed shape')
    sunburst.capabilities.transparent_background.value = false
    const text = oneWorkload('model: gpt-image-1\nquality: low\nsize: 1024x1024\nimages_per_month: 100\nrequires: [transparent_background]')
    const parsed = parseYamlNow(text, 'image-cost.yml')
    if (!parsed.ok) throw new Error('expected valid YAML')
    const loaded = loadParsedConfig(parsed.value, 'image-cost.yml', { catalogs: { file, applied: [] } })
    if (!loaded.ok) throw new Error(loaded.errors.map((e) => e.message).join('; '))
    const evaluation = evaluate({ head: loaded.value, base: null, date: TODAY })
    const cheapest = evaluation.routing.workloads[0]?.cheapest
    expect(cheapest?.model).toMatch(/^gpt-image-2\.(5-flare|6-flare|6-sunburst)$/)
    const fix = evaluation.findings.find((f) => f.rule === 'model.retired')?.fix ?? ''
    expect(fix).toMatch(new RegExp(`^move "w" to ${cheapest?.model.replace(/\./g, '\\.')} \\(\\$[\\d.]+/month, [-+]\\$[\\d.]+\\), the cheapest eligible model \\(its listed replacements are not options for it: gpt-image-2.5-sunburst: .*; gpt-image-2: `))
  })

  it('lists the alternatives and the cheapest option per workload in the JSON report', () => {
    const report = buildReport(run(oneWorkload('model: gpt-image-2\nquality: low\nsize: 1024x1024\nimages_per_month: 100')))
    const w = report.workloads[0]
    expect(w?.alternatives.length).toBe(BUILTIN_CATALOG.models.filter((m) => m.provider === 'openai').length)
    expect(w?.alternatives[0]).toEqual(expect.objectContaining({ model: expect.any(String), eligible: true, monthly_usd: expect.any(Number), delta_usd: expect.any(Number) }))
    expect(w?.cheapest).toEqual({ model: expect.any(String), monthly_usd: expect.any(Number), saving_usd: expect.any(Number) })
  })
})

describe('config: per-model retry rates and requirements', () => {
  it('uses the rate for the model being priced', () => {
    const [w] = load(oneWorkload('model: gpt-image-1-mini\nquality: low\nsize: 1024x1024\nimages_per_month: 100\nretry_rate: { default: 0.1, gpt-image-1-mini: 0.35 }')).workloads
    expect(w?.retry_rate).toBe(0.35)
    const [d] = load(oneWorkload('model: gpt-image-2\nquality: low\nsize: 1024x1024\nimages_per_month: 100\nretry_rate: { default: 0.1, gpt-image-1-mini: 0.35 }')).workloads
    expect(d?.retry_rate).toBe(0.1)
  })

  it('reports bad entries inside a retry-rate map at their line', () => {
    const errors = loadErrors(`version: 1
workloads:
  - name: w
    model: gpt-image-2
    quality: low
    size: 1024x1024
    images_per_month: 100
    retry_rate:
      default: 1.2
      gpt-image-1-mni: 0.3
`)
    expect(errors.map((e) => [e.line, e.path, e.message.split(';')[0]])).toEqual([
      [9, 'workloads[0].retry_rate.default', 'expected a number < 1, found number 1.2'],
      [10, 'workloads[0].retry_rate["gpt-image-1-mni"]', 'unknown model "gpt-image-1-mni"']
    ])
    expect(loadErrors(oneWorkload(`${'model: gpt-image-2\nquality: low\nsize: 1024x1024\nimages_per_month: 100'}\nretry_rate: lots`))[0]?.message).toBe(
      'expected a number 0 <= r < 1 or a map of model id (or default) to such a number, found "lots"'
    )
  })

  it('rejects a requirement the workload\'s own model does not meet', () => {
    const [e] = loadErrors(oneWorkload('model: gpt-image-1-mini\nquality: low\nsize: 1024x1024\nimages_per_month: 100\nrequires: [text_output]'))
    expect(e).toMatchObject({ line: 8, path: 'workloads[0].requires' })
    expect(e?.message).toBe('requires text_output, but gpt-image-1-mini does not output text [seed-mini-review, official]; expected a model that has it')
  })
})

describe('routing: workloads that price alike but route apart', () => {
  const LATE = '2026-11-21'
  const PLAIN = '{ name: plain, model: gpt-image-1.5, quality: low, size: 1024x1024, images_per_month: 100, retry_rate: 0.1 }'
  const PICKY = '{ name: picky, model: gpt-image-1.5, quality: low, size: 1024x1024, images_per_month: 300, retry_rate: 0.1, requires: [transparent_background] }'
  const RATES = '{ name: rates, model: gpt-image-1.5, quality: low, size: 1024x1024, images_per_month: 200, retry_rate: { default: 0.1, gpt-image-2: 0.5 } }'
  const routeAll = (items: string[]) => {
    const loaded = load(['version: 1', 'workloads:', ...items.map((i) => `  - ${i}`)].join('\n'))
    const estimate = priceWorkloads(loaded.workloads, loaded.pricing.catalog)
    return { estimate, routing: routeWorkloads(estimate, BUILTIN_CATALOG, LATE) }
  }
  const json = (value: unknown) => JSON.parse(JSON.stringify(value)) as unknown

  it('routes each workload as if it were alone, whichever comes first', () => {
    const alone = new Map([PLAIN, PICKY, RATES].map((item) => [item, json(routeAll([item]).routing.workloads[0])]))
    for (const order of [[PLAIN, PICKY, RATES], [PICKY, RATES, PLAIN], [RATES, PLAIN, PICKY]]) {
      const { routing } = routeAll(order)
      order.forEach((item, i) => expect(json(routing.workloads[i])).toEqual(alone.get(item)))
    }
    const { routing } = routeAll([PLAIN, PICKY, RATES])
    const [plain, picky, rates] = routing.workloads
    expect(plain?.alternatives.find((a) => a.model === 'gpt-image-2')?.eligible).toBe(true)
    expect(picky?.alternatives.find((a) => a.model === 'gpt-image-2')).toMatchObject({ eligible: false, reason: expect.stringMatching(/no transparent background/) })
    expect(rates?.alternatives.find((a) => a.model === 'gpt-image-2')?.retry_rate).toBe(0.5)
    expect(plain?.alternatives.find((a) => a.model === 'gpt-image-2')?.retry_rate).toBe(0.1)
  })

  it('looks up one model\'s alternative as the full list holds it, a migration replacement included', () => {
    const { routing } = routeAll([PLAIN, PICKY])
    for (const r of routing.workloads) {
      const replacements = r.migration?.replacements ?? []
      expect(replacements.length).toBeGreaterThan(0)
      for (const a of replacements) expect(alternativeOn(r, a.model)).toEqual(a)
      for (const a of r.alternatives) expect(alternativeOn(r, a.model)).toEqual(a)
      expect(alternativeOn(r, 'no-such-model')).toBeUndefined()
    }
  })
})

describe('routing: one alternative looked up after the whole list was built', () => {
  it('still finds a replacement that is not among the candidates', () => {
    const r = route('model: gpt-image-1.5\nquality: low\nsize: 1024x1024\nimages_per_month: 100', '2026-11-21', ['gpt-image-2'])
    const replacements = r.migration?.replacements ?? []
    const outside = replacements.filter((a) => !r.alternatives.some((b) => b.model === a.model))
    expect(outside.length).toBeGreaterThan(0)
    for (const a of outside) expect(alternativeOn(r, a.model)).toEqual(a)
    for (const a of r.alternatives) expect(alternativeOn(r, a.model)).toBe(a)
  })
})
