import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { Ajv } from 'ajv'
import { configJsonSchema } from '../src/config/json-schema.js'
import { loadParsedConfig } from '../src/config/load.js'
import { parseYamlNow } from './helpers.js'

type JsonSchema = { description?: string; properties?: Record<string, JsonSchema>; [key: string]: unknown }

/** Every named property anywhere in the schema, with its path. */
function properties(schema: unknown, path = '$'): [string, JsonSchema][] {
  if (schema === null || typeof schema !== 'object') return []
  const node = schema as JsonSchema
  const own = Object.entries(node.properties ?? {}).map(([k, v]) => [`${path}.${k}`, v] as [string, JsonSchema])
  const nested = Object.entries(node).flatMap(([k, v]) =>
    k === 'properties'
      ? Object.entries(v as Record<string, unknown>).flatMap(([pk, pv]) => properties(pv, `${path}.${pk}`))
      : typeof v === 'object'
        ? properties(v, `${path}/${k}`)
        : []
  )
  return [...own, ...nested]
}

describe('JSON Schema', () => {
  const generated = configJsonSchema()

  it('is draft-07', () => {
    expect(generated.$schema).toBe('http://json-schema.org/draft-07/schema#')
  })

  it('matches the committed schema/image-cost.schema.json (run npm run build to refresh it)', () => {
    const committed = JSON.parse(readFileSync('schema/image-cost.schema.json', 'utf8')) as unknown
    expect(committed).toEqual(generated)
  })

  it('describes every field', () => {
    const all = properties(generated)
    expect(all.length).toBeGreaterThan(40)
    const undescribed = all.filter(([, p]) => !p.description).map(([path]) => path)
    expect(undescribed).toEqual([])
  })

  it('lists the catalog models for editors to complete', () => {
    const text = JSON.stringify(generated)
    expect(text).toContain('"gpt-image-2.6-sunburst"')
    expect(text).toContain('"gpt-image-1.5-2025-12-16"')
  })

  it('knows each model\'s qualities and sizes, so an editor flags what the CLI flags', () => {
    const ajv = new Ajv({ strict: false, allErrors: true })
    const validate = ajv.compile(generated)
    const config = (workload: Record<string, unknown>) => ({ version: 1, workloads: [{ name: 'a', images_per_month: 10, ...workload }] })
    const valid = (workload: Record<string, unknown>) => validate(config(workload))
    expect(valid({ model: 'gpt-image-2', quality: 'low', size: '1024x1024' })).toBe(true)
    // xhigh is a gpt-image-2.5/2.6 quality; dall-e-3 has fixed sizes and its own qualities.
    expect(valid({ model: 'gpt-image-2', quality: 'xhigh', size: '1024x1024' })).toBe(false)
    expect(valid({ model: 'gpt-image-2.5-flare', quality: 'xhigh', size: '1024x1024' })).toBe(true)
    expect(valid({ model: 'dall-e-3', quality: 'hd', size: '1024x1024' })).toBe(true)
    expect(valid({ model: 'dall-e-3', quality: 'hd', size: '1536x1024' })).toBe(false)
    expect(valid({ model: 'dall-e-3', quality: 'low', size: '1024x1024' })).toBe(false)
    // A dated alias is the same model.
    expect(valid({ model: 'gpt-image-1.5-2025-12-16', quality: 'xhigh', size: '1024x1024' })).toBe(false)
    // Other vendors: written provider/model or with provider; a model with no quality setting takes none.
    expect(valid({ model: 'bfl/flux-2-pro', size: '1024x1024' })).toBe(true)
    expect(valid({ provider: 'bfl', model: 'flux-2-pro', size: '1024x1024' })).toBe(true)
    expect(valid({ provider: 'bfl', model: 'flux-2-pro', quality: 'high', size: '1024x1024' })).toBe(false)
    expect(valid({ provider: 'ideogram', model: 'ideogram-4.5', quality: 'xhigh', size: '1024x1024' })).toBe(false)
    expect(valid({ provider: 'google', model: 'gemini-3-pro-image', size: '2K' })).toBe(true)
    expect(valid({ provider: 'google', model: 'gemini-3-pro-image', size: '8K' })).toBe(false)
    // The CLI agrees on each of them.
    for (const [workload, ok] of [
      [{ provider: 'bfl', model: 'flux-2-pro', size: '1024x1024' }, true],
      [{ provider: 'bfl', model: 'flux-2-pro', quality: 'high', size: '1024x1024' }, false],
      [{ provider: 'ideogram', model: 'ideogram-4.5', quality: 'xhigh', size: '1024x1024' }, false],
      [{ provider: 'google', model: 'gemini-3-pro-image', size: '8K' }, false],
      [{ model: 'gpt-image-2', quality: 'xhigh', size: '1024x1024' }, false],
      [{ model: 'dall-e-3', quality: 'hd', size: '1536x1024' }, false],
      [{ model: 'gpt-image-2.5-flare', quality: 'xhigh', size: '1024x1024' }, true]
    ] as const) {
      const yaml = `version: 1\nworkloads:\n  - ${JSON.stringify({ name: 'a', images_per_month: 10, ...workload })}\n`
      const parsed = parseYamlNow(yaml, 'c.yml')
      const loaded = parsed.ok ? loadParsedConfig(parsed.value, 'c.yml') : parsed
      expect([workload, loaded.ok]).toEqual([workload, ok])
    }
  })
})
