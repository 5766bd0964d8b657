import { describe, expect, it } from '@jest/globals'
import { BUILTIN_CATALOG } from '../src/catalog/data.js'
import { modelIndex, modelStatus } from '../src/catalog/lookup.js'
import { checkSize, inputImageTokens, outputTokensPerImage, parseSize } from '../src/catalog/rules.js'
import type { ModelEntry, OutputTokenRule } from '../src/catalog/types.js'

const index = modelIndex(BUILTIN_CATALOG)
const model = (id: string): ModelEntry => {
  const m = index.get(id)
  if (!m) throw new Error(`no model ${id}`)
  return m
}

/** Every object in the catalog that has a `provenance` key. */
function sourcedFigures(value: unknown, path = ''): { path: string; provenance: Record<string, unknown> }[] {
  if (value === null || typeof value !== 'object') return []
  const record = value as Record<string, unknown>
  if ('provenance' in record && 'value' in record) return [{ path, provenance: record.provenance as Record<string, unknown> }]
  return Object.entries(record).flatMap(([k, v]) => sourcedFigures(v, `${path}.${k}`))
}

describe('catalog', () => {
  it('has every model the project prices, and resolves dated snapshot aliases', () => {
    const ids = BUILTIN_CATALOG.models.filter((m) => m.provider === 'openai').map((m) => m.id).sort()
    expect(ids).toEqual(
      [
        'chatgpt-image-latest',
        'dall-e-2',
        'dall-e-3',
        'gpt-image-1',
        'gpt-image-1-mini',
        'gpt-image-1.5',
        'gpt-image-2',
        'gpt-image-2.5-flare',
        'gpt-image-2.5-sunburst',
        'gpt-image-2.6-flare',
        'gpt-image-2.6-sunburst'
      ].sort()
    )
    // Other vendors' models, named provider/model.
    const vendors = BUILTIN_CATALOG.models.filter((m) => m.provider !== 'openai').map((m) => m.id).sort()
    expect(vendors).toEqual(
      [
        'bfl/flux-2-klein-4b', 'bfl/flux-2-klein-9b', 'bfl/flux-2-pro', 'bfl/flux-2-flex', 'bfl/flux-2-max',
        'bfl/flux-kontext-pro', 'bfl/flux-kontext-max', 'bfl/flux-pro-1.1', 'bfl/flux-pro-1.1-ultra', 'bfl/flux-pro-1.0-fill',
        'ideogram/ideogram-3.0', 'ideogram/ideogram-4.0', 'ideogram/ideogram-4.5',
        'recraft/recraftv4_1', 'recraft/recraftv4_1_pro', 'recraft/recraftv3',
        'google/gemini-nano-banana-2.1', 'google/gemini-3-pro-image', 'google/gemini-3.1-flash-lite-image',
        'google/imagen-4.0-generate-001', 'google/gemini-2.5-flash-image', 'google/gemini-3.1-flash-image',
        'stability/stable-image-ultra', 'stability/sd3.5-large', 'stability/sd3.5-large-turbo', 'stability/sd3.5-medium', 'stability/stable-image-core'
      ].sort()
    )
    expect(model('gpt-image-1.5-2025-12-16').id).toBe('gpt-image-1.5')
    expect(model('gpt-image-2-2026-04-21').id).toBe('gpt-image-2')
  })

  it('gives every figure a known source, a checked-on date and a confidence', () => {
    const figures = BUILTIN_CATALOG.models.flatMap((m) => sourcedFigures(m, m.id))
    figures.push(...sourcedFigures({ ...BUILTIN_CATALOG, models: [] }, 'catalog'))
    expect(figures.length).toBeGreaterThan(100)
    for (const { path, provenance } of figures) {
      expect([path, Object.keys(BUILTIN_CATALOG.sources)]).toEqual([path, expect.arrayContaining([provenance.source])])
      expect(provenance.checked_on).toMatch(/^\d{4}-\d{2}-\d{2}$/)
      // Other vendors' figures keep the confidence providers.md gives them: some are an aggregator's (relay) or a third party's (secondary).
      const allowed = path.includes('/') ? ['official', 'derived', 'community', 'estimate', 'relay', 'secondary'] : ['official', 'derived', 'community', 'estimate']
      expect([path, allowed]).toEqual([path, expect.arrayContaining([provenance.confidence])])
    }
    // Model-level groups that must carry provenance.
    for (const m of BUILTIN_CATALOG.models) {
      for (const key of ['lifecycle', 'qualities', 'sizes', 'input_images'] as const) expect(m[key].provenance).toBeDefined()
    }
  })

  it('derives lifecycle status from the date', () => {
    const mini = model('gpt-image-1-mini')
    expect(modelStatus(mini, '2026-06-01')).toBe('active')
    expect(modelStatus(mini, '2026-06-02')).toBe('deprecated')
    expect(modelStatus(mini, '2026-11-30')).toBe('deprecated')
    expect(modelStatus(mini, '2026-12-01')).toBe('retired')
    expect(modelStatus(model('gpt-image-1'), '2026-11-21')).toBe('retired')
    expect(modelStatus(model('dall-e-3'), '2026-05-11')).toBe('deprecated')
    expect(modelStatus(model('dall-e-3'), '2026-05-12')).toBe('retired')
    expect(modelStatus(model('gpt-image-2'), '2030-01-01')).toBe('active')
  })

  it('reproduces the gpt-image-2 token examples OpenAI shows', () => {
    const rule = model('gpt-image-2').output_tokens?.value as OutputTokenRule
    const cases: [string, number, number, number][] = [
      ['1024x1024', 196, 1756, 7024],
      ['1536x1024', 158, 1372, 5488],
      ['2048x2048', 397, 3568, 14272]
    ]
    for (const [size, low, medium, high] of cases) {
      expect([size, outputTokensPerImage(rule, 'low', size), outputTokensPerImage(rule, 'medium', size), outputTokensPerImage(rule, 'high', size)]).toEqual([
        size,
        low,
        medium,
        high
      ])
    }
    expect(outputTokensPerImage(rule, 'auto', '1024x1024')).toBe(7024)
  })

  it('reads gpt-image-1 output tokens from the table', () => {
    const rule = model('gpt-image-1.5').output_tokens?.value as OutputTokenRule
    expect(outputTokensPerImage(rule, 'medium', '1024x1536')).toBe(1584)
    expect(outputTokensPerImage(rule, 'high', '1536x1024')).toBe(6208)
    expect(outputTokensPerImage(rule, 'low', '2048x2048')).toBeUndefined()
  })

  it('counts input-image tokens by 512 px tiles, plus the high-fidelity surcharge', () => {
    const rule = model('gpt-image-1').input_images.value
    expect(inputImageTokens(rule, '1024x1024', 'low')).toBe(194)
    expect(inputImageTokens(rule, '1024x1536', 'low')).toBe(323)
    expect(inputImageTokens(rule, '1024x1024', 'high')).toBe(194 + 4160)
    expect(inputImageTokens(rule, '1536x1024', 'high')).toBe(323 + 6240)
  })

  it('estimates gpt-image-2 input images as 32 px patches capped at 1,536', () => {
    const rule = model('gpt-image-2').input_images.value
    expect(inputImageTokens(rule, '1024x1024', 'low')).toBe(1024)
    expect(inputImageTokens(rule, '2048x2048', 'high')).toBe(1536)
  })

  it('validates gpt-image-2 sizes by its rules', () => {
    const rule = model('gpt-image-2').sizes.value
    expect(checkSize(rule, '1024x1024')).toEqual({ ok: true, experimental: false })
    expect(checkSize(rule, '2560x1440')).toEqual({ ok: true, experimental: false })
    expect(checkSize(rule, '3840x2160')).toEqual({ ok: true, experimental: true })
    expect(checkSize(rule, '1000x1000').ok).toBe(false) // not a multiple of 16
    expect(checkSize(rule, '3072x960').ok).toBe(false) // wider than 3:1
    expect(checkSize(rule, '512x512').ok).toBe(false) // too few pixels
    expect(checkSize(rule, '4096x2048').ok).toBe(false) // edge over 3840
  })

  it('judges each size against its own rule, however often and in whatever order it is asked', () => {
    const flexible = model('gpt-image-2').sizes.value
    const fixed = model('gpt-image-1').sizes.value
    for (let round = 0; round < 2; round++) {
      expect(checkSize(fixed, '2560x1440').ok).toBe(false)
      expect(checkSize(flexible, '2560x1440')).toEqual({ ok: true, experimental: false })
      expect(checkSize(fixed, '1024x1024')).toEqual({ ok: true, experimental: false })
    }
    // Results are shared between callers, so they cannot be changed.
    expect(Object.isFrozen(checkSize(flexible, '2560x1440'))).toBe(true)
    expect(Object.isFrozen(parseSize('2560x1440'))).toBe(true)
    expect(parseSize('2560x1440')).toEqual({ width: 2560, height: 1440 })
    expect(parseSize('2560x')).toBeUndefined()
    expect(parseSize('2560x')).toBeUndefined()
  })

  it('lists the dall-e-3 qualities it defines and no Batch', () => {
    expect(model('dall-e-3').qualities.value).toEqual(['standard', 'hd'])
    expect(model('dall-e-3').capabilities.batch.value).toBe(false)
  })
})
