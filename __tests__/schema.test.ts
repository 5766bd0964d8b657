import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { configJsonSchema } from '../src/config/json-schema.js'

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
})
