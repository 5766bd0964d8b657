/**
 * Other vendors: Black Forest Labs, Ideogram, Recraft, Google and Stability priced from the
 * catalog (figures from providers.md), their models named provider/model, their sizes, qualities
 * and capabilities checked, their concurrency limits gated, and routing across vendors only when a
 * config opts in.
 */
import { readFileSync } from 'node:fs'
import { describe, expect, it } from '@jest/globals'
import { BUILTIN_CATALOG } from '../src/catalog/data.js'
import { priceWorkloads } from '../src/pricing/engine.js'
import { buildReport } from '../src/report/report.js'
import { renderMarkdown } from '../src/report/markdown.js'
import { renderTable } from '../src/report/table.js'
import { evaluate } from '../src/evaluate.js'
import { cents, load, loadErrors, oneWorkload, price, run, runCliCapturing } from './helpers.js'

describe('providers: the worked examples of providers.md', () => {
  it('FLUX.2 [pro]: 1,000 1-MP images are $30, and edits with one 1-MP input $45', () => {
    const t2i = price('provider: bfl\nmodel: flux-2-pro\nsize: 1024x1024\nimages_per_month: 1000')
    expect(t2i.workload.model).toBe('bfl/flux-2-pro')
    expect(t2i.output_pricing).toEqual({ method: 'megapixels', usd_per_image: 0.03, megapixels_per_image: 1 })
    expect(cents(t2i.monthly_usd)).toBe(30)
    const edit = price('provider: bfl\nmodel: flux-2-pro\nsize: 1024x1024\nimages_per_month: 1000\ninput_images: 1')
    expect(cents(edit.monthly_usd)).toBe(45)
    expect(cents(edit.cost.image_input_usd)).toBe(15)
  })

  it('prices every FLUX.2 model by its first and further megapixels, in and out, as the table gives them', () => {
    // providers.md: text-to-image 1 MP, and an edit of 1 MP in + 1 MP out, in USD.
    const table: [string, number, number][] = [
      ['flux-2-klein-4b', 0.014, 0.015],
      ['flux-2-klein-9b', 0.015, 0.017],
      ['flux-2-pro', 0.03, 0.045],
      ['flux-2-flex', 0.05, 0.1],
      ['flux-2-max', 0.07, 0.1]
    ]
    for (const [model, t2i, edit] of table) {
      expect([model, cents(price(`model: bfl/${model}\nsize: 1024x1024\nimages_per_month: 100`).monthly_usd)]).toEqual([model, cents(t2i * 100)])
      expect([model, cents(price(`model: bfl/${model}\nsize: 1024x1024\nimages_per_month: 100\ninput_images: 1`).monthly_usd)]).toEqual([model, cents(edit * 100)])
    }
  })

  it('bills a part of a megapixel as a whole one, and each input megapixel at the further rate', () => {
    // 1920x1080 is 1.98 MP: billed as 2 (3 + 1.5 cents); a 2048x2048 input is 4 MP (4 x 1.5 cents).
    const wide = price('model: bfl/flux-2-pro\nsize: 1920x1080\nimages_per_month: 1000')
    expect(wide.output_pricing.megapixels_per_image).toBe(2)
    expect(cents(wide.monthly_usd)).toBe(45)
    expect(wide.assumptions.some((a) => a.includes('a part of a megapixel is billed as a whole one'))).toBe(true)
    const bigInput = price('model: bfl/flux-2-pro\nsize: 1024x1024\nimages_per_month: 1000\ninput_images: 1\ninput_image_size: 2048x2048')
    expect(cents(bigInput.cost.image_input_usd)).toBe(60)
  })

  it('FLUX.1: flat prices per image', () => {
    const flat: [string, number][] = [
      ['flux-kontext-pro', 40],
      ['flux-kontext-max', 80],
      ['flux-pro-1.1', 40],
      ['flux-pro-1.1-ultra', 60],
      ['flux-pro-1.0-fill', 50]
    ]
    for (const [model, usd] of flat) {
      expect([model, cents(price(`provider: bfl\nmodel: ${model}\nsize: 1024x768\nimages_per_month: 1000`).monthly_usd)]).toEqual([model, usd])
    }
  })

  it('Ideogram 4.5 medium is $60 per 1,000; low, medium and high are its TURBO, DEFAULT and QUALITY prices', () => {
    const at = (model: string, quality: string) => cents(price(`provider: ideogram\nmodel: ${model}\nquality: ${quality}\nsize: 1024x1024\nimages_per_month: 1000`).monthly_usd)
    expect(at('ideogram-4.5', 'medium')).toBe(60)
    expect([at('ideogram-4.5', 'low'), at('ideogram-4.5', 'high')]).toEqual([30, 100])
    expect([at('ideogram-4.0', 'high'), at('ideogram-3.0', 'high')]).toEqual([100, 90])
  })

  it('Recraft V4.1 is $35 per 1,000; V3 vector output is $80 per 1,000, raster $40', () => {
    expect(cents(price('provider: recraft\nmodel: recraftv4_1\nsize: 1024x1024\nimages_per_month: 1000').monthly_usd)).toBe(35)
    expect(cents(price('provider: recraft\nmodel: recraftv4_1_pro\nsize: 1024x1024\nimages_per_month: 1000').monthly_usd)).toBe(210)
    expect(cents(price('provider: recraft\nmodel: recraftv3\nsize: 1024x1024\nimages_per_month: 1000').monthly_usd)).toBe(40)
    expect(cents(price('provider: recraft\nmodel: recraftv3\nsize: 1024x1024\noutput_format: svg\nimages_per_month: 1000').monthly_usd)).toBe(80)
    // Vector output on V4.1 is not documented.
    expect(loadErrors(oneWorkload('provider: recraft\nmodel: recraftv4_1\nsize: 1024x1024\noutput_format: svg\nimages_per_month: 1')).map((e) => e.path)).toEqual(['workloads[0].output_format'])
  })

  it('Google: per-image prices by resolution (relay), text output at its token rate, Batch at half', () => {
    const pro = (size: string) => price(`provider: google\nmodel: gemini-3-pro-image\nsize: ${size}\nimages_per_month: 1000`)
    expect([cents(pro('1K').monthly_usd), cents(pro('2K').monthly_usd), cents(pro('4K').monthly_usd)]).toEqual([134, 134, 240])
    expect(pro('4K').assumptions.some((a) => a.includes("an aggregator's quote of the list price"))).toBe(true)
    const banana = (size: string) => cents(price(`provider: google\nmodel: gemini-nano-banana-2.1\nsize: ${size}\nimages_per_month: 1000`).monthly_usd)
    expect([banana('1K'), banana('4K')]).toEqual([33.6, 113.4])
    // 1,000 requests x 1,000 text-output tokens at $12 per 1M.
    expect(cents(price('provider: google\nmodel: gemini-3-pro-image\nsize: 1K\nimages_per_month: 1000\ntext_output_tokens: 1000').cost.text_output_usd)).toBe(12)
    expect(cents(price('provider: google\nmodel: gemini-3-pro-image\nsize: 1K\nimages_per_month: 1000\nbatch: true').monthly_usd)).toBe(67)
  })

  it('Stability: the secondary tables\' prices, said to be a third party\'s', () => {
    const ultra = price('provider: stability\nmodel: stable-image-ultra\nsize: 1024x1024\nimages_per_month: 1000')
    expect(cents(ultra.monthly_usd)).toBe(80)
    expect(ultra.assumptions.some((a) => a.includes("a third party's figure"))).toBe(true)
    expect(cents(price('model: stability/sd3.5-medium\nsize: 1024x1024\nimages_per_month: 1000').monthly_usd)).toBe(35)
  })

  it('leaves OpenAI\'s figures as they were: plain ids, its seed prices', () => {
    expect(cents(price('model: gpt-image-1-mini\nquality: medium\nsize: 1024x1024\nimages_per_month: 1000').monthly_usd)).toBe(11)
    expect(BUILTIN_CATALOG.models.filter((m) => m.provider === 'openai').every((m) => !m.id.includes('/'))).toBe(true)
  })
})

describe('providers: the retired Google models', () => {
  it('fails a workload on Imagen 4 or Gemini 2.5 Flash Image: shut down, and counted at $0 (the sources give no price)', () => {
    for (const [model, day] of [
      ['imagen-4.0-generate-001', '2026-08-17'],
      ['gemini-2.5-flash-image', '2026-10-02']
    ]) {
      const evaluation = run(oneWorkload(`provider: google\nmodel: ${model}\nsize: 1024x1024\nimages_per_month: 500`), { date: '2026-12-01' })
      const retired = evaluation.findings.find((f) => f.rule === 'model.retired')
      expect([model, retired?.message]).toEqual([model, `google/${model} was shut down on ${day}; requests to it fail`])
      expect(retired?.line).toBe(5)
      const cost = evaluation.head.estimate.workloads[0]
      expect(cost?.output_pricing.method).toBe('unpriced')
      expect(cost?.monthly_usd).toBe(0)
      expect(cost?.assumptions.some((a) => a.includes('has no price in the catalog\'s sources'))).toBe(true)
    }
  })

  it('warns on gemini-3.1-flash-image while deprecated, and fails it after its shutdown date (a relay\'s date)', () => {
    const config = oneWorkload('provider: google\nmodel: gemini-3.1-flash-image\nsize: 1024x1024\nimages_per_month: 500')
    const before = run(config, { date: '2026-10-20' }).findings.find((f) => f.model === 'google/gemini-3.1-flash-image')
    expect(before).toMatchObject({ rule: 'model.deprecated', severity: 'warning', message: 'google/gemini-3.1-flash-image shuts down on 2026-10-29 (9 days left)' })
    const after = run(config, { date: '2026-11-01' }).findings.find((f) => f.model === 'google/gemini-3.1-flash-image')
    expect(after?.rule).toBe('model.retired')
    // The fix names an active Gemini model that is an option.
    expect(before?.fix).toMatch(/^move "w" to google\/gemini-/)
  })

  it('refuses a model the sources give no price for, naming what to set', () => {
    const errors = loadErrors(oneWorkload('provider: google\nmodel: gemini-3.1-flash-lite-image\nsize: 1K\nimages_per_month: 5'))
    expect(errors.map((e) => [e.path, e.message])).toEqual([
      [
        'workloads[0].size',
        "no price for 1K on google/gemini-3.1-flash-lite-image: the pricing section removed it, or the catalog's sources give none; expected pricing.google/gemini-3.1-flash-lite-image.image_prices.any or token_rates.image_output"
      ]
    ])
  })
})

describe('providers: a team\'s own price where the sources give none', () => {
  it('prices gemini-3.1-flash-lite-image from pricing.<id>.image_prices.any, and names the override', () => {
    const cost = price(
      'provider: google\nmodel: gemini-3.1-flash-lite-image\nsize: 1K\nimages_per_month: 1000',
      'pricing:\n  google/gemini-3.1-flash-lite-image:\n    image_prices:\n      any: { 1K: 0.02 }\n    source: our invoice\n'
    )
    expect(cents(cost.monthly_usd)).toBe(20)
    expect(cost.assumptions.some((a) => a.startsWith('image_prices.any.1K overridden in config: 0.02'))).toBe(true)
    const wrong = loadErrors(oneWorkload('model: bfl/flux-pro-1.1\nsize: 1024x1024\nimages_per_month: 1', 'pricing:\n  bfl/flux-pro-1.1:\n    image_prices:\n      high: { 1024x1024: 0.05 }\n'))
    expect(wrong.map((e) => [e.path, e.message])).toEqual([['pricing["bfl/flux-pro-1.1"].image_prices.high', 'bfl/flux-pro-1.1 has no quality setting; expected one of any']])
  })
})

describe('providers: a team catalog gives a vendor model the size rule the sources lack', () => {
  const team = JSON.stringify({
    schema_version: 1,
    as_of: '2026-12-01',
    sources: { 'acme-tests': { title: "Acme's own requests to BFL's API", via: 'Acme test log' } },
    providers: {
      bfl: {
        models: {
          'flux-2-pro': {
            sizes: {
              value: { kind: 'flexible', multiple_of: 16, max_edge: 2048, max_aspect_ratio: 4, min_pixels: 4096, max_pixels: 4194304, experimental_above_pixels: 4194304 },
              provenance: { source: 'acme-tests', checked_on: '2026-11-30', confidence: 'measured' }
            }
          }
        }
      }
    }
  })
  const files: Record<string, string> = { 'team.json': team }
  const readText = (path: string) => (path in files ? { ok: true as const, text: files[path] as string } : { ok: false as const, message: 'file not found' })
  const check = (size: string) => {
    files['c.yml'] = oneWorkload(`provider: bfl\nmodel: flux-2-pro\nsize: ${size}\nimages_per_month: 10`)
    return runCliCapturing(['check', '--config', 'c.yml', '--catalog', 'team.json'], readText)
  }

  it('then checks sizes against it, and no longer says they were not checked', async () => {
    const wide = await check('4096x1024')
    expect(wide.code).toBe(2)
    expect(wide.stderr).toContain('bfl/flux-2-pro does not offer size "4096x1024"; expected WxH with both edges multiples of 16, each edge <= 2048')
    const ok = await check('2048x1024')
    expect(ok.code).toBe(0)
    expect(ok.stdout).not.toContain('priced but not checked')
  })
})

describe('providers: sizes, qualities and capabilities per model', () => {
  it('checks fixed sizes and takes no quality where the model has none', () => {
    const errors = loadErrors(`version: 1
defaults:
  quality: medium
workloads:
  - name: a
    provider: google
    model: gemini-3-pro-image
    size: 8K
    images_per_month: 1
  - name: b
    provider: bfl
    model: flux-2-pro
    quality: high
    size: 1024x1024
    images_per_month: 1
  - name: c
    provider: ideogram
    model: ideogram-4.5
    quality: xhigh
    size: 1024x1024
    images_per_month: 1
`)
    expect(errors.map((e) => [e.line, e.path, e.message])).toEqual([
      [8, 'workloads[0].size', 'google/gemini-3-pro-image does not offer size "8K"; expected one of 1K, 2K, 4K'],
      [13, 'workloads[1].quality', 'bfl/flux-2-pro has no quality setting; expected the field left out'],
      [19, 'workloads[2].quality', 'ideogram/ideogram-4.5 does not offer quality "xhigh"; expected one of low, medium, high']
    ])
  })

  it('lets a default quality pass a model with none, saying so', () => {
    const loaded = load(oneWorkload('provider: bfl\nmodel: flux-2-pro\nsize: 1024x1024\nimages_per_month: 10', 'defaults:\n  quality: medium\n'))
    expect(loaded.workloads[0]?.quality).toBeNull()
    const cost = priceWorkloads(loaded.workloads, loaded.pricing.catalog).workloads[0]
    expect(cost?.assumptions).toContain('defaults.quality does not apply: bfl/flux-2-pro has no quality setting')
  })

  it('makes a capability no source states an error with "not documented"', () => {
    const errors = loadErrors(`version: 1
workloads:
  - name: a
    provider: bfl
    model: flux-2-pro
    size: 1024x1024
    images_per_month: 1
    batch: true
  - name: b
    provider: bfl
    model: flux-2-pro
    size: 1024x1024
    images_per_month: 1
    input_images: 2
  - name: c
    provider: bfl
    model: flux-kontext-pro
    size: 1024x1024
    images_per_month: 1
    input_images: 1
`)
    expect(errors.map((e) => [e.path, e.message])).toEqual([
      ['workloads[0].batch', "bfl/flux-2-pro: a batch API is not documented in the catalog's sources; expected batch: false"],
      ['workloads[1].input_images', "bfl/flux-2-pro: several input images per request is not documented in the catalog's sources; expected at most 1"],
      ['workloads[2].input_images', "bfl/flux-kontext-pro: input images (edits) is not documented in the catalog's sources; expected 0"]
    ])
  })

  it('names a provider that serves another\'s models, and an unknown vendor model, at their lines', () => {
    const errors = loadErrors(oneWorkload('provider: azure\nmodel: gpt-image-2\nquality: low\nsize: 1024x1024\nimages_per_month: 1'))
    expect(errors.map((e) => [e.line, e.path])).toEqual([[4, 'workloads[0].provider']])
    expect(errors[0]?.message).toMatch(/^provider azure serves another provider's models and is chosen with organization.provider/)
    const unknown = loadErrors(oneWorkload('provider: bfl\nmodel: flux-2-prp\nsize: 1024x1024\nimages_per_month: 1'))
    expect(unknown.map((e) => [e.line, e.path])).toEqual([[5, 'workloads[0].model']])
    expect(unknown[0]?.message).toMatch(/unknown model "bfl\/flux-2-prp".*Did you mean "bfl\/flux-2-pro"/)
  })
})

describe('providers: concurrency limits', () => {
  const config = (peaks: [string, number, number][]) =>
    `version: 1\nworkloads:\n${peaks
      .map(
        ([provider, peak, n], i) =>
          `  - name: w${i}\n    provider: ${provider}\n    model: ${provider === 'bfl' ? 'flux-2-pro' : 'ideogram-4.5'}\n${provider === 'ideogram' ? '    quality: low\n' : ''}    size: 1024x1024\n    images_per_month: 100\n    images_per_request: ${n}\n    peak_concurrent_requests: ${peak}\n`
      )
      .join('')}`

  it('fails when the summed peak passes Black Forest Labs\' 24 concurrent requests, pointing at the first workload\'s peak', () => {
    expect(run(config([['bfl', 12, 1], ['bfl', 12, 1]])).findings.filter((f) => f.rule === 'provider.concurrency')).toEqual([])
    const over = run(config([['bfl', 12, 1], ['bfl', 13, 1]])).findings.filter((f) => f.rule === 'provider.concurrency')
    expect(over).toHaveLength(1)
    expect(over[0]?.message).toMatch(/^peak 25 concurrent requests on Black Forest Labs \(w0 12, w1 13\) exceeds its published limit of 24/)
    expect(over[0]?.line).toBe(9)
  })

  it('counts Ideogram\'s limit in images: requests in progress times images per request', () => {
    expect(run(config([['ideogram', 2, 5]])).findings.filter((f) => f.rule === 'provider.concurrency')).toEqual([])
    const over = run(config([['ideogram', 3, 4]])).findings.find((f) => f.rule === 'provider.concurrency')
    expect(over?.message).toMatch(/^peak 12 images in progress on Ideogram \(w0 12\) exceeds its published limit of 10/)
  })

  it('leaves the OpenAI monthly usage limit to OpenAI\'s spend', () => {
    const evaluation = run(`version: 1
organization:
  monthly_usage_limit_usd: 100
workloads:
  - name: openai
    model: gpt-image-1-mini
    quality: low
    size: 1024x1024
    images_per_month: 10000
  - name: flux
    provider: bfl
    model: flux-2-pro
    size: 1024x1024
    images_per_month: 10000
`)
    // $50 on OpenAI, $300 on BFL: under OpenAI's $100 limit.
    expect(evaluation.findings.filter((f) => f.rule === 'tier.monthly_usage_limit')).toEqual([])
  })
})

describe('providers: routing across vendors only when the config opts in', () => {
  const workload = 'model: gpt-image-2\nquality: medium\nsize: 1024x1024\nimages_per_month: 1000'

  it('offers only the workload\'s own vendor\'s models by default', () => {
    const routing = run(oneWorkload(workload)).routing.workloads[0]
    expect(routing?.alternatives.every((a) => !a.model.includes('/'))).toBe(true)
  })

  it('adds the opted-in vendors\' models, marked as another vendor\'s, and the comment says so', () => {
    const evaluation = run(oneWorkload('model: gpt-image-2\nquality: high\nsize: 1024x1024\nimages_per_month: 1000', 'routing:\n  providers: [bfl, stability]\n'))
    const alternatives = evaluation.routing.workloads[0]?.alternatives ?? []
    const flux = alternatives.find((a) => a.model === 'bfl/flux-2-klein-4b')
    expect(flux).toMatchObject({ eligible: true, cross_vendor: true, monthly_usd: 14 })
    expect(flux?.notes).toContain('another vendor (bfl): moving there is a migration')
    expect(alternatives.some((a) => a.model.startsWith('ideogram/'))).toBe(false)
    expect(alternatives.find((a) => a.model === 'gpt-image-1-mini')?.cross_vendor).toBeUndefined()
    const md = renderMarkdown(buildReport(evaluation))
    expect(md).toMatch(/\| `bfl\/flux-2-klein-4b` \(quality high → none \(bfl\/flux-2-klein-4b has no quality setting\); another vendor \(bfl\): moving there is a migration\) \| \$14\.00 \|/)
  })

  it('makes a model ineligible for a need no source states, with the reason "not documented"', () => {
    const evaluation = run(oneWorkload('model: gpt-image-1.5\nquality: medium\nsize: 1024x1024\nimages_per_month: 1000\nrequires: [transparent_background]', 'routing:\n  providers: [bfl]\n'))
    const flux = evaluation.routing.workloads[0]?.alternatives.find((a) => a.model === 'bfl/flux-2-pro')
    expect(flux).toMatchObject({ eligible: false, reason: "bfl/flux-2-pro: a transparent background is not documented in the catalog's sources" })
  })
})

describe('providers: the report names models with their provider and adds per-provider totals', () => {
  const head = readFileSync('examples/providers/image-cost.yml', 'utf8')
  const base = readFileSync('examples/providers/image-cost.base.yml', 'utf8')
  const report = buildReport(evaluate({ head: load(head, 'examples/providers/image-cost.yml'), base: load(base, 'examples/providers/image-cost.base.yml'), date: '2026-12-02' }))

  it('sums each side per provider', () => {
    const byProvider = Object.fromEntries(report.providers.map((p) => [p.provider, cents(p.monthly_usd)]))
    expect(byProvider).toEqual({ bfl: 735, recraft: 80, ideogram: 30 })
    expect(cents(report.total_monthly_usd)).toBe(845)
    expect(report.base?.providers.map((p) => p.provider).sort()).toEqual(['google', 'openai'])
    expect(report.workloads.map((w) => [w.model, w.provider])).toEqual([
      ['bfl/flux-2-pro', 'bfl'],
      ['bfl/flux-2-pro', 'bfl'],
      ['ideogram/ideogram-4.5', 'ideogram'],
      ['recraft/recraftv3', 'recraft']
    ])
  })

  it('renders a per-provider table in markdown and text, only when several providers appear', () => {
    const md = renderMarkdown(report)
    expect(md).toContain('#### Per provider')
    expect(md).toContain('| Black Forest Labs | $0.00 | $735.00 | +$735.00 |')
    expect(md).toContain('| OpenAI | $1,160.26 | $0.00 | -$1,160.26 |')
    expect(renderTable(report)).toMatch(/PROVIDER +BASE +HEAD +DELTA/)
    const single = buildReport(run(oneWorkload('model: gpt-image-2\nquality: low\nsize: 1024x1024\nimages_per_month: 10')))
    expect(renderMarkdown(single)).not.toContain('Per provider')
    // Without a base: one column.
    const noBase = buildReport(run(`version: 1\nworkloads:\n  - { name: a, model: gpt-image-2, quality: low, size: 1024x1024, images_per_month: 10 }\n  - { name: b, model: bfl/flux-2-pro, size: 1024x1024, images_per_month: 10 }\n`))
    expect(renderMarkdown(noBase)).toContain('| Provider | Monthly |\n| --- | ---: |\n| Black Forest Labs | $0.30 |')
    expect(renderTable(noBase)).toMatch(/PROVIDER +MONTHLY\nBlack Forest Labs +\$0\.30/)
  })

  it('says Azure\'s pricing note only of Azure\'s workloads', () => {
    const evaluation = run(`version: 1\norganization:\n  provider: azure\nworkloads:\n  - { name: a, model: gpt-image-1-mini, quality: low, size: 1024x1024, images_per_month: 10 }\n  - { name: b, model: bfl/flux-2-pro, size: 1024x1024, images_per_month: 10 }\n`, { date: '2026-12-02' })
    const [a, b] = evaluation.head.estimate.workloads
    expect(a?.assumptions.some((x) => x.startsWith('Azure OpenAI is priced at OpenAI\'s list prices'))).toBe(true)
    expect(b?.assumptions.some((x) => x.startsWith('Azure OpenAI'))).toBe(false)
  })
})
