/**
 * The parser generated from the zod schema (src/config/config-parser.generated.ts) must accept
 * exactly what the schema accepts and return what zod returns (it returns the parsed data itself,
 * whose keys may stand in another order): valid files never load zod, so a difference would let a
 * wrong config through or misread a right one.
 */
import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { readdirSync, readFileSync } from 'node:fs'
import { INVALID, parseConfigFast } from '../src/config/config-parser.generated.js'
import { parseValidConfig } from '../src/config/load.js'
import { generateParserSource } from '../src/config/parser-codegen.js'
import { CONFIG_PARSER_FILE, configParserSource } from '../src/config/parser-source.js'
import { configSchema } from '../src/config/schema.js'
import { parseYaml } from '../src/config/yaml.js'
import { parseYamlFully } from '../src/config/yaml-full.js'
import * as z from 'zod/mini'

export const MUTATION_RUNS = Number(process.env.MUTATION_RUNS ?? 3000)

/** Whether the loader's fast path and zod agree on `data`, and on the value when both accept it. */
function expectAgreement(data: unknown): void {
  const zod = configSchema.safeParse(data)
  const fast = parseValidConfig(data)
  expect({ accepted: fast !== undefined }).toEqual({ accepted: zod.success })
  if (zod.success && fast) {
    expect(canonical(fast)).toBe(canonical(zod.data))
    expect(fast).toBe(data)
  }
}

/** JSON with every object's keys sorted: the same value in any key order gives the same text. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) =>
    inner !== null && typeof inner === 'object' && !Array.isArray(inner)
      ? Object.fromEntries(Object.entries(inner).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : inner
  )
}

/** A config touching every section and field kind of the schema. */
const BASE = {
  version: 1,
  organization: { tier: 3, limits: { 'gpt-image-2': { images_per_minute: 400, tokens_per_minute: 12000000 } }, monthly_usage_limit_usd: 20000 },
  budget: { monthly_usd: 2000, warn_at_percent: 80, max_increase_usd: 250, max_increase_percent: 20, models: { 'gpt-image-2': 1500 } },
  defaults: { quality: 'medium', size: '1024x1024', retry_rate: { default: 0.1, 'gpt-image-1-mini': 0.35 }, requires: ['edits'] },
  pricing: {
    'gpt-image-2': { token_rates: { text_input: 5, cached_text_input: null, image_output: 30 }, image_prices: { low: { '1024x1024': 0.01 } }, source: 'invoice' }
  },
  workloads: [
    {
      name: 'a',
      model: 'gpt-image-2',
      images_per_month: 40000,
      images_per_request: 2,
      prompt_tokens: 120,
      cached_prompt_share: 0.5,
      input_images: 1,
      input_image_size: '1024x1536',
      input_fidelity: 'high',
      input_image_tokens: 900,
      partial_images: 1,
      text_output_tokens: 0,
      retry_rate: 0.15,
      batch: true,
      peak_images_per_minute: 12,
      budget_usd: 500
    },
    { name: 'b', model: 'gpt-image-1.5', images_per_day: 100, quality: 'high', requires: ['text_output'] }
  ]
}

type Path = (string | number)[]

function pathsOf(value: unknown, prefix: Path = []): Path[] {
  const out: Path[] = [prefix]
  if (Array.isArray(value)) value.forEach((v, i) => out.push(...pathsOf(v, [...prefix, i])))
  else if (value !== null && typeof value === 'object') for (const [k, v] of Object.entries(value)) out.push(...pathsOf(v, [...prefix, k]))
  return out
}
const PATHS = pathsOf(BASE).filter((p) => p.length > 0)

const TRICKY = [
  -1, 0, 0.5, 1, 2, 3, 1.5, 16, 1000, 1001, 1e8, 1e8 + 1, 1e12, 1e15, 1e300, -0, Number.MAX_SAFE_INTEGER + 2, NaN, Infinity, -Infinity,
  '', 'x', '1', 'low', 'medium', 'high', 'hd', 'free', 'default', 'gpt-image-2', 'gpt-image-1-mini', 'dall-e-3', 'gpt-image-9', '1024x1024', '0x1024', '1024X1024',
  'edits', 'teleport', true, false, null, [], {}, ['edits', 'edits'], [1], { low: 1 }, { default: 0.2 }, { 'gpt-image-9': 0.1 }, { name: 'c' }
]

function mutate(config: unknown, mutations: { path: Path; op: 'set' | 'delete' | 'add'; value: unknown }[]): unknown {
  const copy = structuredClone(config) as Record<string, unknown>
  for (const { path, op, value } of mutations) {
    let parent: unknown = copy
    for (const segment of path.slice(0, -1)) {
      if (parent === null || typeof parent !== 'object') break
      parent = (parent as Record<string | number, unknown>)[segment]
    }
    if (parent === null || typeof parent !== 'object') continue
    const key = path[path.length - 1] as string | number
    const target = parent as Record<string | number, unknown>
    if (op === 'delete') {
      if (Array.isArray(target) && typeof key === 'number') target.splice(key, 1)
      else delete target[key]
    } else if (op === 'add' && !Array.isArray(target)) target[`extra_${String(key)}`] = value
    else target[key] = structuredClone(value)
  }
  return copy
}

describe('the generated config parser', () => {
  it('is what the generator makes of the current schema (run npm run build after changing the schema)', () => {
    expect(readFileSync(CONFIG_PARSER_FILE, 'utf8')).toBe(configParserSource())
  })

  it('agrees with zod on the base config and on every file of the hostile corpus', () => {
    expectAgreement(BASE)
    const dir = '__tests__/fixtures/hostile'
    let compared = 0
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.yml'))) {
      const text = readFileSync(`${dir}/${file}`, 'utf8')
      const parsed = parseYaml(text.replace(/^\uFEFF/, ''), file, parseYamlFully)
      if (!parsed.ok) continue
      expectAgreement(parsed.value.data)
      compared++
    }
    expect(compared).toBeGreaterThan(60)
  })

  it('agrees with zod on configs with fields changed, removed or added at random', () => {
    const mutation = fc.record({
      path: fc.constantFrom(...PATHS),
      op: fc.constantFrom('set' as const, 'set' as const, 'delete' as const, 'add' as const),
      value: fc.oneof(fc.constantFrom(...TRICKY), fc.double(), fc.integer(), fc.string({ maxLength: 4 }))
    })
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 3 }), (mutations) => expectAgreement(mutate(BASE, mutations))),
      { numRuns: MUTATION_RUNS }
    )
  })

  it('returns INVALID rather than a value for anything that is not a config', () => {
    for (const input of [undefined, null, 1, 'version: 1', [], [BASE], Object.create({ version: 1 })]) expect(parseConfigFast(input)).toBe(INVALID)
  })

  it('refuses to mirror what it cannot check, so a schema change fails the build instead of passing unchecked', () => {
    expect(() => generateParserSource(z.object({ a: z.string() }), { customChecksRunBy: {} })).toThrow('only strict objects')
    expect(() => generateParserSource(z.strictObject({ a: z.string().check(z.email()) }), { customChecksRunBy: {} })).toThrow('not supported')
    expect(() => generateParserSource(z.strictObject({ a: z.array(z.string()).check(z.refine(() => true)) }), { customChecksRunBy: {} })).toThrow(
      'custom check'
    )
    expect(() => generateParserSource(z.strictObject({ a: z.date() }), { customChecksRunBy: {} })).toThrow('"date" is not supported')
  })
})
