import { describe, expect, it } from '@jest/globals'
import type { ResolvedWorkload } from '../src/config/resolve.js'
import { ShapeTable } from '../src/pricing/shape.js'
import { load } from './helpers.js'

const base: ResolvedWorkload = (() => {
  const w = load('version: 1\nworkloads:\n  - { name: a, model: gpt-image-1.5, quality: low, size: 1024x1024, images_per_month: 10 }\n').workloads[0]
  if (!w) throw new Error('no workload')
  return w
})()

/** One change per pricing field, each to a value that prices differently. */
const changes: [string, Partial<ResolvedWorkload>][] = [
  ['quality', { quality: 'high' }],
  ['size', { size: '1024x1536' }],
  ['volume_from', { volume_from: 'images_per_day' }],
  ['images_per_request', { images_per_request: 2 }],
  ['prompt_tokens', { prompt_tokens: 0.5 }],
  ['cached_prompt_share', { cached_prompt_share: 0.25 }],
  ['input_images', { input_images: 1 }],
  ['input_image_size', { input_image_size: '512x512' }],
  ['input_fidelity', { input_fidelity: 'high' }],
  ['input_image_tokens', { input_image_tokens: 0 }],
  ['partial_images', { partial_images: 1 }],
  ['text_output_tokens', { text_output_tokens: 80 }],
  ['retry_rate', { retry_rate: 0.1 }],
  ['batch', { batch: true }],
  ['peak_images_per_minute', { peak_images_per_minute: 0 }]
]

describe('shape table: workloads that price alike', () => {
  it('finds a workload by its pricing fields, whatever its name, volume or budget', () => {
    const table = new ShapeTable<string>(true)
    table.set(base, 'unit')
    expect(table.get({ ...base, name: 'other', index: 7, images_per_month: 5000, budget_usd: 3 })).toBe('unit')
  })

  it.each(changes)('tells workloads apart by %s', (_field, change) => {
    const table = new ShapeTable<string>(true)
    table.set(base, 'first')
    const other = { ...base, ...change }
    expect(table.get(other)).toBeUndefined()
    table.set(other, 'second')
    expect(table.get(other)).toBe('second')
    expect(table.get(base)).toBe('first')
  })

  it('tells models and aliases apart only when the model is part of the key', () => {
    const alias = { ...base, model_alias: 'gpt-image-1.5-2025-12-16' }
    const mini = { ...base, model: 'gpt-image-1-mini' }
    const pricing = new ShapeTable<string>(true)
    pricing.set(base, 'unit')
    expect(pricing.get(alias)).toBeUndefined()
    expect(pricing.get(mini)).toBeUndefined()
    const intent = new ShapeTable<string>(false)
    intent.set(base, 'intent')
    expect(intent.get(alias)).toBe('intent')
    expect(intent.get(mini)).toBe('intent')
  })

  it('keeps workloads whose hashes collide apart, and finds each by its fields', () => {
    // A number hashes as the XOR of its two 32-bit halves: flipping the same bit in both keeps the hash.
    const float = new Float64Array([0.1])
    const halves = new Uint32Array(float.buffer)
    halves[0] = (halves[0] as number) ^ 1
    halves[1] = (halves[1] as number) ^ 1
    const twin = float[0] as number
    expect(twin).not.toBe(0.1)
    const table = new ShapeTable<string>(true)
    table.set({ ...base, retry_rate: 0.1 }, 'first')
    expect(table.get({ ...base, retry_rate: twin })).toBeUndefined()
    table.set({ ...base, retry_rate: twin }, 'twin')
    expect(table.get({ ...base, retry_rate: 0.1 })).toBe('first')
    expect(table.get({ ...base, retry_rate: twin })).toBe('twin')
  })
})
