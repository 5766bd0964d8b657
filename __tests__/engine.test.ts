import { describe, expect, it } from '@jest/globals'
import { BUILTIN_CATALOG } from '../src/catalog/data.js'
import { priceWorkloads } from '../src/pricing/engine.js'
import { cents, load, oneWorkload, price } from './helpers.js'

describe('engine: the seeds\' monthly budget tables come out exactly', () => {
  // "GPT Image 1 Mini pricing in 2026" (seeds/002): 1,000 square outputs a month.
  const table: [string, string, number][] = [
    ['gpt-image-1-mini', 'low', 5],
    ['gpt-image-1-mini', 'medium', 11],
    ['gpt-image-1-mini', 'high', 36],
    ['gpt-image-1.5', 'low', 9],
    ['gpt-image-1.5', 'medium', 34],
    ['gpt-image-1.5', 'high', 133],
    ['gpt-image-1', 'low', 11],
    ['gpt-image-1', 'medium', 42],
    ['gpt-image-1', 'high', 167]
  ]
  for (const [model, quality, usd] of table) {
    it(`${model} ${quality}: 1,000 images = $${usd}, 10,000 = $${usd * 10}`, () => {
      const one = price(`model: ${model}\nquality: ${quality}\nsize: 1024x1024\nimages_per_month: 1000`)
      const ten = price(`model: ${model}\nquality: ${quality}\nsize: 1024x1024\nimages_per_month: 10000`)
      expect(cents(one.monthly_usd)).toBe(usd)
      expect(cents(ten.monthly_usd)).toBe(usd * 10)
      expect(one.output_pricing.method).toBe('list_price')
    })
  }

  it('prices portrait and landscape from the larger ladder', () => {
    expect(cents(price('model: gpt-image-1-mini\nquality: high\nsize: 1024x1536\nimages_per_month: 1000').monthly_usd)).toBe(52)
    expect(cents(price('model: gpt-image-1.5\nquality: high\nsize: 1536x1024\nimages_per_month: 1000').monthly_usd)).toBe(200)
  })
})

describe('engine components', () => {
  it('bills retries: billed = delivered / (1 - retry_rate), requests = billed / n', () => {
    const c = price('model: gpt-image-1-mini\nquality: medium\nsize: 1024x1024\nimages_per_month: 850\nretry_rate: 0.15\nimages_per_request: 4')
    expect(c.billed_images_per_month).toBeCloseTo(1000, 9)
    expect(c.requests_per_month).toBeCloseTo(250, 9)
    expect(c.monthly_usd).toBeCloseTo(11, 9)
  })

  it('prices gpt-image-2 output as tokens x the image-output rate', () => {
    const c = price('model: gpt-image-2\nquality: medium\nsize: 1024x1024\nimages_per_month: 1000')
    expect(c.output_pricing).toEqual({ method: 'tokens', usd_per_image: (1756 * 30) / 1e6, tokens_per_image: 1756 })
    expect(c.monthly_usd).toBeCloseTo(52.68, 9)
    expect(c.assumptions.join('\n')).toMatch(/output tokens per image \(1756\) is a community measurement/)
  })

  it('prices chatgpt-image-latest from gpt-image-1.5 token counts (derived)', () => {
    const c = price('model: chatgpt-image-latest\nquality: high\nsize: 1024x1024\nimages_per_month: 1000')
    expect(c.monthly_usd).toBeCloseTo((4160 * 32) / 1e6 * 1000, 9)
    expect(c.assumptions.join('\n')).toMatch(/derived/)
  })

  it('splits prompt tokens into cached and uncached', () => {
    const c = price('model: gpt-image-1.5\nquality: low\nsize: 1024x1024\nimages_per_month: 1000\nprompt_tokens: 1000\ncached_prompt_share: 0.25')
    // 1,000 requests x 1,000 tokens: 750k at $5/1M + 250k at $1.25/1M
    expect(c.cost.text_input_usd).toBeCloseTo(0.75 * 5 + 0.25 * 1.25, 9)
  })

  it('bills input images by the tile rule at the image-input rate', () => {
    const low = price('model: gpt-image-1\nquality: low\nsize: 1024x1024\nimages_per_month: 1000\ninput_images: 2')
    expect(low.input_image_tokens_each).toBe(194)
    expect(low.cost.image_input_usd).toBeCloseTo((1000 * 2 * 194 * 10) / 1e6, 9)
    const high = price('model: gpt-image-1\nquality: low\nsize: 1024x1024\nimages_per_month: 1000\ninput_images: 1\ninput_fidelity: high\ninput_image_size: 1024x1536')
    expect(high.input_image_tokens_each).toBe(323 + 6240)
  })

  it('uses input_image_tokens when given, and says so', () => {
    const c = price('model: gpt-image-2\nquality: low\nsize: 1024x1024\nimages_per_month: 100\ninput_images: 1\ninput_image_tokens: 900')
    expect(c.cost.image_input_usd).toBeCloseTo((100 * 900 * 8) / 1e6, 9)
    expect(c.assumptions.join('\n')).toMatch(/input_image_tokens 900/)
  })

  it('bills text output at the text-out rate', () => {
    const c = price('model: gpt-image-1.5\nquality: low\nsize: 1024x1024\nimages_per_month: 1000\ntext_output_tokens: 500')
    expect(c.cost.text_output_usd).toBeCloseTo((1000 * 500 * 10) / 1e6, 9)
  })

  it('bills 100 image-output tokens per partial image', () => {
    const none = price('model: gpt-image-1-mini\nquality: low\nsize: 1024x1024\nimages_per_month: 1000')
    const two = price('model: gpt-image-1-mini\nquality: low\nsize: 1024x1024\nimages_per_month: 1000\npartial_images: 2')
    expect(two.cost.image_output_usd - none.cost.image_output_usd).toBeCloseTo((1000 * 200 * 8) / 1e6, 9)
  })

  it('halves every component on Batch and reports the saving', () => {
    const fields = 'model: gpt-image-1.5\nquality: medium\nsize: 1024x1024\nimages_per_month: 1000\nprompt_tokens: 300\ninput_images: 1\ntext_output_tokens: 50'
    const live = price(fields)
    const batch = price(`${fields}\nbatch: true`)
    for (const key of ['image_output_usd', 'text_input_usd', 'image_input_usd', 'text_output_usd'] as const) {
      expect(batch.cost[key]).toBeCloseTo(live.cost[key] / 2, 12)
    }
    expect(batch.batch_savings_usd).toBeCloseTo(live.monthly_usd / 2, 12)
    expect(live.batch_savings_usd).toBe(0)
  })

  it('keeps the four components summing to the monthly figure', () => {
    const c = price('model: gpt-image-2\nquality: high\nsize: 1536x1024\nimages_per_month: 777\nprompt_tokens: 91\ninput_images: 3\nretry_rate: 0.33\nbatch: true')
    const { image_output_usd, text_input_usd, image_input_usd, text_output_usd } = c.cost
    expect(image_output_usd + text_input_usd + image_input_usd + text_output_usd).toBeCloseTo(c.monthly_usd, 12)
  })

  it('prices auto quality as high and lists the assumption', () => {
    const auto = price('model: gpt-image-1-mini\nquality: auto\nsize: 1024x1024\nimages_per_month: 1000')
    expect(cents(auto.monthly_usd)).toBe(36)
    expect(auto.assumptions.join('\n')).toMatch(/quality auto is priced as high/)
  })

  it('converts images_per_day with 30.4167 days a month', () => {
    const c = price('model: gpt-image-1-mini\nquality: low\nsize: 1024x1024\nimages_per_day: 100')
    expect(c.workload.images_per_month).toBeCloseTo(3041.6667, 3)
    expect(c.assumptions.join('\n')).toMatch(/images_per_day/)
  })

  it('defaults the peak rate to billed images / 43,800 minutes', () => {
    const c = price('model: gpt-image-1-mini\nquality: low\nsize: 1024x1024\nimages_per_month: 43800')
    expect(c.peak_images_per_minute).toBeCloseTo(1, 12)
    expect(c.peak_from).toBe('average')
  })

  it('uses pricing overrides and names them', () => {
    const c = price(
      'model: gpt-image-1-mini\nquality: medium\nsize: 1024x1024\nimages_per_month: 1000',
      'pricing:\n  gpt-image-1-mini:\n    image_prices: { medium: { 1024x1024: 0.02 } }\n    source: invoice 2026-11\n'
    )
    expect(cents(c.monthly_usd)).toBe(20)
    expect(c.assumptions.join('\n')).toMatch(/image_prices.medium.1024x1024 overridden in config: 0.02 \(catalog 0.011; invoice 2026-11\)/)
    const other = price(
      'model: gpt-image-1-mini\nquality: low\nsize: 1024x1024\nimages_per_month: 1000',
      'pricing:\n  gpt-image-1-mini:\n    image_prices: { medium: { 1024x1024: 0.02 } }\n'
    )
    expect(cents(other.monthly_usd)).toBe(5)
    expect(other.assumptions.join('\n')).not.toMatch(/overridden/)
  })

  it('uses overridden token rates', () => {
    const c = price(
      'model: gpt-image-2\nquality: medium\nsize: 1024x1024\nimages_per_month: 1000',
      'pricing:\n  gpt-image-2:\n    token_rates: { image_output: 15 }\n'
    )
    expect(c.monthly_usd).toBeCloseTo((1756 * 15) / 1e6 * 1000, 9)
    expect(c.assumptions.join('\n')).toMatch(/token_rates.image_output overridden in config: 15 \(catalog 30; config pricing section\)/)
  })

  it('totals per model and overall equal the sum of workloads', () => {
    const loaded = load(`version: 1
defaults: { quality: low, size: 1024x1024 }
workloads:
  - { name: a, model: gpt-image-1-mini, images_per_month: 1000 }
  - { name: b, model: gpt-image-1-mini, images_per_month: 3000 }
  - { name: c, model: gpt-image-1.5, images_per_month: 1000 }
`)
    const estimate = priceWorkloads(loaded.workloads, BUILTIN_CATALOG)
    expect(estimate.models.map((m) => [m.model, cents(m.monthly_usd), m.workloads])).toEqual([
      ['gpt-image-1-mini', 20, 2],
      ['gpt-image-1.5', 9, 1]
    ])
    expect(cents(estimate.total_monthly_usd)).toBe(29)
  })
})
