/**
 * The built-in catalog as data: every figure carries its provenance, and every figure traces to a
 * row of the project's pricing facts (docs/sources/pricing-facts.md, a copy of the team's shared
 * facts) without claiming more confidence than that row gives.
 */
import { describe, expect, it } from '@jest/globals'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import data from '../src/catalog/catalog.json' with { type: 'json' }
import { BUILTIN_CATALOG, BUILTIN_CATALOG_FILE } from '../src/catalog/data.js'
import { catalogFileSchema } from '../src/catalog/schema.js'
import { incompleteness } from '../src/catalog/completeness.js'
import { CONFIDENCES, PROVIDERS, type Confidence } from '../src/catalog/vocabulary.js'
import { catalogJsonSchema } from '../src/config/json-schema.js'

const FACTS = readFileSync('docs/sources/pricing-facts.md', 'utf8')
const PROVIDERS_FACTS = readFileSync('docs/sources/providers.md', 'utf8')
const SHARED = '../shared'

interface Figure {
  path: string
  provenance: { source: string; checked_on: string; confidence: Confidence; ref?: string; note?: string }
}

/** Every `{ value, provenance }` group in the data file, with its path. */
function figures(value: unknown, path = ''): Figure[] {
  if (value === null || typeof value !== 'object') return []
  const record = value as Record<string, unknown>
  if ('provenance' in record && 'value' in record) return [{ path, provenance: record.provenance as Figure['provenance'] }]
  return Object.entries(record).flatMap(([k, v]) => (k === 'sources' && path === '' ? [] : figures(v, path ? `${path}.${k}` : k)))
}

/** The text a ref points at: a numbered row of §8 (its source cell), a whole section, a seed article or a providers.md section. */
function unitOf(ref: string): string | undefined {
  const row = /^§8 #(\d+)$/.exec(ref)
  if (row) {
    // The row's "source (date), confidence" cell: the "what the catalog must do" cell names confidences it moves away from.
    const line = FACTS.slice(FACTS.indexOf('\n## 8.')).split('\n').find((l) => l.startsWith(`| ${row[1]} |`))
    return line?.split('|')[3]
  }
  const section = /^§(\d)$/.exec(ref)
  if (section) {
    const start = FACTS.indexOf(`\n## ${section[1]}.`)
    if (start < 0) return undefined
    const end = FACTS.indexOf('\n## ', start + 1)
    return FACTS.slice(start, end < 0 ? undefined : end)
  }
  if (/^seed \d{3}$/.test(ref)) return 'official' // the seeds quote OpenAI's pages (pricing-facts.md, its header)
  const provider = /^providers\.md (.+)$/.exec(ref)
  if (provider) {
    const start = PROVIDERS_FACTS.indexOf(`\n## ${provider[1]}`)
    if (start < 0) return undefined
    const end = PROVIDERS_FACTS.indexOf('\n## ', start + 1)
    return PROVIDERS_FACTS.slice(start, end < 0 ? undefined : end)
  }
  return undefined
}

/** official > derived > community, relay, secondary > estimate: how much a figure may claim. */
const RANK: Record<Confidence, number> = { official: 4, derived: 3, community: 2, relay: 2, secondary: 2, measured: 2, estimate: 1, override: 0 }

/** The most a unit vouches for: the best confidence word it uses (a unit naming none states plain arithmetic: derived). */
function unitRank(unit: string): number {
  const lowered = unit.toLowerCase()
  const named = CONFIDENCES.filter((c) => c !== 'override' && new RegExp(`\\b${c}\\b`).test(lowered))
  return named.length === 0 ? RANK.derived : Math.max(...named.map((c) => RANK[c]))
}

/** Figures whose source lies outside the shared facts, reviewed one by one: they must stay this list. */
const EXTERNAL = { source: 'community-transparent-background', path: /^providers\.openai\.models\.[a-z0-9.-]+\.capabilities\.transparent_background$/ }

describe('the built-in catalog data file', () => {
  const all = figures(data)

  it('validates against the catalog schema and is what the bundles load', () => {
    expect(catalogFileSchema.safeParse(data).success).toBe(true)
    expect(BUILTIN_CATALOG_FILE).toEqual(data)
    expect(all.length).toBeGreaterThan(150)
  })

  it('gives every figure a known source, a checked-on date, a confidence and the row it comes from', () => {
    const sources = Object.keys(data.sources)
    const missing = all.filter(({ provenance: p }) => !sources.includes(p.source) || !/^\d{4}-\d{2}-\d{2}$/.test(p.checked_on) || !CONFIDENCES.includes(p.confidence) || !p.ref)
    expect(missing.map((f) => f.path)).toEqual([])
  })

  it('traces every figure to a row of the pricing facts, claiming no more confidence than the row gives', () => {
    const problems: string[] = []
    for (const { path, provenance } of all) {
      const ref = provenance.ref as string
      if (ref === 'external') {
        if (provenance.source !== EXTERNAL.source || !EXTERNAL.path.test(path)) problems.push(`${path}: an untraced figure`)
        continue
      }
      const unit = unitOf(ref)
      if (unit === undefined) problems.push(`${path}: ${ref} is no row of the pricing facts`)
      else if (RANK[provenance.confidence] > unitRank(unit)) problems.push(`${path}: ${provenance.confidence}, more than ${ref} gives`)
    }
    expect(problems).toEqual([])
  })

  it('fails the trace for a figure that claims more than its row', () => {
    // §8 #8 calls the tile rule community: claiming official must be caught.
    const unit = unitOf('§8 #8') as string
    expect(RANK.official > unitRank(unit)).toBe(true)
    expect(RANK.community > unitRank(unit)).toBe(false)
  })

  it('applies the re-check of 2026-12-01 (pricing-facts §8)', () => {
    const openai = data.providers.openai.models
    const ref = (group: { provenance: { ref?: string; confidence: string } }) => [group.provenance.ref, group.provenance.confidence]
    expect(ref(openai['gpt-image-2.6-flare'].output_tokens)).toEqual(['§8 #2', 'estimate'])
    expect(ref(openai['gpt-image-2.5-flare'].output_tokens)).toEqual(['§8 #3', 'community'])
    expect(openai['gpt-image-2.6-flare'].aliases.value).toEqual([])
    expect(openai['gpt-image-2.6-sunburst'].aliases.value).toEqual([])
    expect(openai['gpt-image-2.5-sunburst'].aliases.value).toEqual(['gpt-image-2.5-sunburst-2026-09-08'])
    expect(ref(openai['gpt-image-2.6-flare'].lifecycle)).toEqual(['§8 #5', 'official'])
    expect(openai['gpt-image-2'].input_images.value).toMatchObject({ min_long_side_px: 1024, max_aspect_ratio: 3 })
    expect(ref(openai['gpt-image-1'].input_images)).toEqual(['§8 #8', 'community'])
    expect(ref(openai['gpt-image-2'].tier_limits.tokens_per_minute)).toEqual(['§8 #9', 'estimate'])
    expect(openai['gpt-image-2'].capabilities.text_output.provenance.note).toMatch(/disputed/)
    expect(openai['gpt-image-2.6-sunburst'].complexity?.value).toMatchObject({ extra_cost: false })
    expect(openai['gpt-image-2.6-sunburst'].output_formats?.value.not_priced).toEqual(['gif', 'svg'])
    expect(data.providers.azure.models['gpt-image-1-mini'].lifecycle.value.shutdown_date).toBe('2027-04-07')
  })

  it('keeps its copy of the pricing facts equal to the shared one', () => {
    if (!existsSync(`${SHARED}/pricing-facts.md`)) return // a clone without the team's shared folder
    expect(FACTS).toBe(readFileSync(`${SHARED}/pricing-facts.md`, 'utf8'))
    expect(PROVIDERS_FACTS).toBe(readFileSync(`${SHARED}/providers.md`, 'utf8'))
    // The seed articles the refs name exist.
    const seeds = readdirSync(`${SHARED}/seeds`)
    for (const { provenance } of all) {
      const seed = /^seed (\d{3})$/.exec(provenance.ref ?? '')?.[1]
      if (seed) expect(seeds.some((f) => f.startsWith(`${seed}_`))).toBe(true)
    }
  })

  it('has a view per provider with every model complete (a run trusts this and does not check again)', () => {
    for (const provider of PROVIDERS) expect([provider, incompleteness(BUILTIN_CATALOG_FILE, provider)]).toEqual([provider, undefined])
    expect(BUILTIN_CATALOG.models.map((m) => m.id)).toContain('gpt-image-2.6-sunburst')
    // The check sees a missing group, however deep the model sits.
    const file = structuredClone(BUILTIN_CATALOG_FILE)
    delete (file.providers?.openai?.models?.['gpt-image-2'] as Record<string, unknown>).qualities
    expect(incompleteness(file, 'azure')).toMatch(/^providers\.azure\.models\.gpt-image-2 is incomplete \(qualities: /)
    delete (file as Record<string, unknown>).batch_discount
    expect(incompleteness(file, 'openai')).toMatch(/^the catalog lacks batch_discount/)
  })

  it('matches the committed schema/catalog.schema.json (run npm run build to refresh it)', () => {
    expect(JSON.parse(readFileSync('schema/catalog.schema.json', 'utf8'))).toEqual(catalogJsonSchema())
  })
})
