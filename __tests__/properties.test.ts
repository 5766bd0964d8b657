/**
 * Property-based tests (fast-check) over generated configs: every config the schema accepts is
 * priced, gated, diffed and rendered without a crash; costs are monotonic in volume, retries and
 * tokens; Batch halves every component; totals are the sums of their parts; a config compared with
 * itself has a zero diff; rendered tables keep their shape whatever the names. And the loader's
 * YAML reading (js-yaml, with the yaml package for what it refuses) agrees with the yaml package.
 */
import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { stringify } from 'yaml'
import { BUILTIN_CATALOG } from '../src/catalog/data.js'
import { checkSize } from '../src/catalog/rules.js'
import type { ModelEntry } from '../src/catalog/types.js'
import { renderReport } from '../src/cli/run.js'
import type { PathSegment } from '../src/config/errors.js'
import { parseYamlFully } from '../src/config/yaml-full.js'
import { evaluate } from '../src/evaluate.js'
import { buildCommentBody } from '../src/report/comment.js'
import { buildReport } from '../src/report/report.js'
import { compareModels } from '../src/report/compare.js'
import { renderComparisonMarkdown, renderComparisonTable } from '../src/report/compare.js'
import { load, parseYamlNow } from './helpers.js'
import { expectSafeMarkdown } from './markdown-safety.js'

/** Runs per property; docs/reliability.md quotes these counts. */
export const RUNS = { pipeline: 300, monotonic: 200, batch: 200, sums: 200, selfDiff: 200, names: 300, yaml: 2000, yamlMutations: 3000 }

type Workload = Record<string, unknown> & { name: string; model: string; images_per_month: number }

function sizeArb(model: ModelEntry): fc.Arbitrary<string> {
  const rule = model.sizes.value
  if (rule.kind === 'fixed') return fc.constantFrom(...rule.sizes)
  return fc
    .tuple(fc.integer({ min: 32, max: 240 }), fc.integer({ min: 32, max: 240 }))
    .map(([w, h]) => `${w * 16}x${h * 16}`)
    .filter((size) => checkSize(rule, size).ok)
}

/** Models a workload can be priced on: a price of some kind, or a shutdown (counted at $0). */
const PRICEABLE = BUILTIN_CATALOG.models.filter(
  (m) => m.image_prices || m.megapixel_prices || (m.output_tokens && m.token_rates?.value.image_output != null) || m.lifecycle.value.shutdown_date
)

/** A workload the schema and the model accept; optional fields are sometimes left out. */
function workloadArb(name: fc.Arbitrary<string>): fc.Arbitrary<Workload> {
  return fc.constantFrom(...PRICEABLE).chain((m) => {
    const caps = m.capabilities
    const qualities = m.qualities.value
    return fc.record(
      {
        name,
        model: fc.constantFrom(m.id, ...m.aliases),
        quality: qualities.length > 0 ? fc.constantFrom(...qualities) : fc.constant(undefined),
        size: sizeArb(m),
        images_per_month: fc.double({ min: 0, max: 1e7, noNaN: true, noDefaultInfinity: true }),
        images_per_request: fc.integer({ min: 1, max: 10 }),
        prompt_tokens: fc.nat(5000),
        cached_prompt_share: fc.double({ min: 0, max: 1, noNaN: true }),
        input_images: caps.edits.value ? fc.nat(caps.multi_image_input && !caps.multi_image_input.value ? 1 : 4) : fc.constant(0),
        input_fidelity: caps.input_fidelity_parameter.value ? fc.constantFrom('low', 'high') : fc.constant(undefined),
        partial_images: caps.partial_images.value ? fc.nat(3) : fc.constant(0),
        text_output_tokens: caps.text_output.value ? fc.nat(500) : fc.constant(0),
        retry_rate: fc.double({ min: 0, max: 0.95, noNaN: true }),
        batch: caps.batch.value ? fc.boolean() : fc.constant(false),
        peak_images_per_minute: fc.double({ min: 0, max: 500, noNaN: true }),
        budget_usd: fc.double({ min: 0, max: 1e6, noNaN: true })
      },
      { requiredKeys: ['name', 'model', 'quality', 'size', 'images_per_month'] as const }
    ).map((w) => Object.fromEntries(Object.entries(w).filter(([, v]) => v !== undefined))) as fc.Arbitrary<Workload>
  })
}

const plainName = fc.stringMatching(/^[a-z][a-z0-9-]{0,20}$/)

/** Names with everything a PR author might put in one: markup, HTML, mentions, references, control characters, any unicode. */
const hostileName = fc
  .array(
    fc.oneof(
      fc.string({ unit: 'grapheme', maxLength: 6 }),
      fc.string({ unit: 'binary-ascii', maxLength: 6 }),
      fc.constantFrom('|', '`', '<script>', '</td>', '@octocat', '#12', 'GH-3', 'https://x.test', '[a](b)', '**', '\n', '\r\n', '\t', '\u001b[31m', '\u009b', '<!--', '-->', '\\', '&amp;', '&#64;')
    ),
    { minLength: 1, maxLength: 6 }
  )
  .map((parts) => parts.join(''))
  .filter((s) => s.length > 0)

function configArb(name: fc.Arbitrary<string> = plainName, maxWorkloads = 6) {
  return fc.record(
    {
      organization: fc.record({ tier: fc.constantFrom('free', 1, 2, 3, 4, 5) }),
      budget: fc.record(
        {
          monthly_usd: fc.double({ min: 0, max: 1e5, noNaN: true }),
          warn_at_percent: fc.double({ min: 1, max: 100, noNaN: true }),
          max_increase_usd: fc.double({ min: 0, max: 1e4, noNaN: true }),
          max_increase_percent: fc.double({ min: 0, max: 500, noNaN: true })
        },
        { requiredKeys: [] }
      ),
      workloads: fc.uniqueArray(workloadArb(name), { maxLength: maxWorkloads, selector: (w) => w.name })
    },
    { requiredKeys: ['workloads'] }
  )
}

const toYaml = (config: object) => stringify({ version: 1, ...config })
const dateArb = fc.date({ min: new Date('2025-01-01T00:00:00Z'), max: new Date('2028-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10))

/** How many input images a model takes per request, as the catalog says (several where it leaves that to edits). */
function maxInputImages(model: string): number {
  const multi = BUILTIN_CATALOG.models.find((m) => m.id === model || m.aliases.includes(model))?.capabilities.multi_image_input
  return multi === undefined || multi.value === true ? Infinity : 1
}

function price(workload: Workload) {
  const loaded = load(toYaml({ workloads: [workload] }))
  const evaluation = evaluate({ head: loaded, date: '2026-11-21' })
  const cost = evaluation.head.estimate.workloads[0]
  if (!cost) throw new Error('no cost')
  return cost
}

describe('properties of the pipeline', () => {
  it('prices, gates, diffs and renders every config the schema accepts, with finite figures', () => {
    fc.assert(
      fc.property(configArb(), configArb(), dateArb, fc.constantFrom('head', 'base') as fc.Arbitrary<'head' | 'base'>, (head, base, date, thresholdsFrom) => {
        const evaluation = evaluate({ head: load(toYaml(head)), base: load(toYaml(base), 'base.yml'), date, thresholdsFrom })
        const report = buildReport(evaluation)
        const json = renderReport(report, 'json')
        const numbers: number[] = []
        JSON.parse(json, (_k, v: unknown) => (typeof v === 'number' ? (numbers.push(v), v) : v))
        expect(numbers.every(Number.isFinite)).toBe(true)
        expect(renderReport(report, 'table')).toMatch(/^image-cost-gate: (PASS|WARN|FAIL)/)
        expect(buildCommentBody(report, { key: 'k' }).length).toBeLessThanOrEqual(65_536)
        const comparison = compareModels(evaluation.head.loaded, date)
        expect(renderComparisonTable(comparison)).toContain('cheapest eligible')
        expect(renderComparisonMarkdown(comparison)).toMatch(/^### Model comparison/)
      }),
      { numRuns: RUNS.pipeline }
    )
  })

  it('never lowers a cost when volume, retries or tokens go up', () => {
    const knobs = ['images_per_month', 'retry_rate', 'prompt_tokens', 'input_images', 'text_output_tokens', 'partial_images'] as const
    fc.assert(
      fc.property(workloadArb(plainName), fc.constantFrom(...knobs), fc.double({ min: 0, max: 1, noNaN: true }), (w, knob, step) => {
        const before = price(w)
        const current = Number(w[knob] ?? 0)
        const raised: Record<(typeof knobs)[number], number> = {
          images_per_month: current * (1 + step) + step,
          retry_rate: Math.min(0.99, current + step * (0.99 - current)),
          prompt_tokens: current + Math.round(step * 1000),
          // A model that takes one input image per request (or whose sources do not say it takes more) stays at one.
          input_images: Math.min(maxInputImages(w.model), current + (before.workload.input_images === 0 && w.input_images === undefined ? 0 : Math.round(step * 3))),
          text_output_tokens: current + (w.text_output_tokens === undefined || w.text_output_tokens === 0 ? 0 : Math.round(step * 100)),
          partial_images: Math.min(3, current + Math.round(step * 3))
        }
        // Only raise what the model allows (a model without edits or text output keeps 0).
        const allowed = knob === 'input_images' || knob === 'text_output_tokens' || knob === 'partial_images' ? w[knob] !== undefined && w[knob] !== 0 : true
        const after = price({ ...w, [knob]: allowed ? raised[knob] : current })
        for (const part of ['image_output_usd', 'text_input_usd', 'image_input_usd', 'text_output_usd'] as const) {
          expect(after.cost[part]).toBeGreaterThanOrEqual(before.cost[part])
        }
        expect(after.monthly_usd).toBeGreaterThanOrEqual(before.monthly_usd)
      }),
      { numRuns: RUNS.monotonic }
    )
  })

  it('halves every component on Batch', () => {
    const batchable = workloadArb(plainName).filter((w) => BUILTIN_CATALOG.models.find((m) => m.id === w.model || m.aliases.includes(w.model))?.capabilities.batch.value === true)
    fc.assert(
      fc.property(batchable, (w) => {
        const direct = price({ ...w, batch: false })
        const batched = price({ ...w, batch: true })
        // Exact but for rounding where a cost falls into subnormal numbers (volumes near 1e-320 images).
        for (const part of ['image_output_usd', 'text_input_usd', 'image_input_usd', 'text_output_usd'] as const) {
          expect(Math.abs(batched.cost[part] - direct.cost[part] / 2)).toBeLessThanOrEqual(1e-12 * direct.cost[part] + Number.MIN_VALUE)
        }
        expect(batched.batch_savings_usd).toBeCloseTo(direct.monthly_usd / 2, 6)
      }),
      { numRuns: RUNS.batch }
    )
  })

  it('makes every total the sum of its parts', () => {
    fc.assert(
      fc.property(configArb(plainName, 12), (config) => {
        const { estimate } = evaluate({ head: load(toYaml(config)), date: '2026-11-21' }).head
        const close = (a: number, b: number) => expect(Math.abs(a - b)).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(b)))
        for (const w of estimate.workloads) close(w.cost.image_output_usd + w.cost.text_input_usd + w.cost.image_input_usd + w.cost.text_output_usd, w.monthly_usd)
        close(estimate.workloads.reduce((s, w) => s + w.monthly_usd, 0), estimate.total_monthly_usd)
        close(estimate.models.reduce((s, m) => s + m.monthly_usd, 0), estimate.total_monthly_usd)
        for (const m of estimate.models) {
          close(estimate.workloads.filter((w) => w.workload.model === m.model).reduce((s, w) => s + w.monthly_usd, 0), m.monthly_usd)
        }
      }),
      { numRuns: RUNS.sums }
    )
  })

  it('gives a zero diff for a config compared with itself', () => {
    fc.assert(
      fc.property(configArb(), (config) => {
        const text = toYaml(config)
        const evaluation = evaluate({ head: load(text), base: load(text, 'base.yml'), date: '2026-11-21' })
        const diff = evaluation.diff
        expect(diff?.total_delta_usd).toBe(0)
        expect(diff?.workloads.every((w) => w.change === 'unchanged' && w.delta_usd === 0)).toBe(true)
        expect(diff?.models.every((m) => m.delta_usd === 0)).toBe(true)
        expect(diff?.setting_changes).toEqual([])
        expect(evaluation.findings.filter((f) => f.rule.startsWith('budget.increase'))).toEqual([])
      }),
      { numRuns: RUNS.selfDiff }
    )
  })

  it('keeps every markdown table row at its header\'s cell count, and every name inert, whatever the names hold', () => {
    fc.assert(
      fc.property(configArb(hostileName, 4), configArb(hostileName, 4), (head, base) => {
        const report = buildReport(evaluate({ head: load(toYaml(head)), base: load(toYaml(base), 'base.yml'), date: '2026-11-21' }))
        expectSafeMarkdown(renderReport(report, 'markdown'))
        // eslint-disable-next-line no-control-regex
        expect(renderReport(report, 'table')).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/)
        // Nothing is lost: the JSON report keeps each name exactly as written.
        expect(report.workloads.map((w) => w.name)).toEqual(head.workloads.map((w) => w.name))
      }),
      { numRuns: RUNS.names }
    )
  })
})

/** Every path to a value in the data. */
function paths(value: unknown, prefix: PathSegment[] = []): PathSegment[][] {
  const out: PathSegment[][] = [prefix]
  if (Array.isArray(value)) value.forEach((v, i) => out.push(...paths(v, [...prefix, i])))
  else if (value !== null && typeof value === 'object') for (const [k, v] of Object.entries(value)) out.push(...paths(v, [...prefix, k]))
  return out
}

function expectFastAgrees(text: string): void {
  const read = parseYamlNow(text, 'f.yml')
  // The loader reads a file without its leading byte order mark.
  const full = parseYamlFully(text.replace(/^\uFEFF/, ''), 'f.yml')
  // The loader never accepts a text the yaml package rejects...
  expect([text, read.ok && !full.ok]).toEqual([text, false])
  if (!read.ok || !full.ok) return
  // ...and reads the same data, with the same positions.
  expect(read.value.data).toEqual(full.value.data)
  for (const path of paths(full.value.data)) {
    expect([text, path, read.value.locator.locate(path)]).toEqual([text, path, full.value.locator.locate(path)])
  }
}

const yamlKey = fc.oneof(fc.constantFrom('version', 'workloads', 'name', 'model', 'size', 'retry_rate', 'gpt-image-2', 'a b', 'x:y', 'on', 'null', '1e3', 'true', '-', '#', "it's", '"q"'), fc.string({ maxLength: 5 }))
const yamlScalar = fc.oneof(
  fc.integer({ min: -1e6, max: 1e6 }),
  fc.double({ noNaN: false }),
  fc.boolean(),
  fc.constant(null),
  fc.constantFrom('yes', 'no', '~', '0x1F', '0o7', '012', '1_000', '.5', '1.', '+1', '-.inf', '.NaN', '2026-01-01', '1024x1024', 'a: b', 'a #b', 'a#b', '- x', '[x]', '{x}', "'", '"', '', ' ', 'é'),
  fc.string({ maxLength: 8 })
)
const yamlValue = fc.letrec((tie) => ({
  value: fc.oneof({ depthSize: 'small', withCrossShrink: true }, yamlScalar, tie('list'), tie('map')),
  list: fc.array(tie('value'), { maxLength: 4 }),
  map: fc.dictionary(yamlKey, tie('value'), { maxKeys: 4 })
})).map
const yamlDocument = fc
  .tuple(
    fc.dictionary(yamlKey, yamlValue, { minKeys: 1, maxKeys: 5 }),
    fc.record({
      collectionStyle: fc.constantFrom('any', 'block', 'flow') as fc.Arbitrary<'any' | 'block' | 'flow'>,
      defaultStringType: fc.constantFrom('PLAIN', 'QUOTE_DOUBLE', 'QUOTE_SINGLE') as fc.Arbitrary<'PLAIN' | 'QUOTE_DOUBLE' | 'QUOTE_SINGLE'>,
      indentSeq: fc.boolean(),
      indent: fc.integer({ min: 1, max: 4 }),
      flowCollectionPadding: fc.boolean(),
      lineWidth: fc.constantFrom(0, 20, 80)
    }),
    fc.boolean()
  )
  .map(([data, options, crlf]) => {
    const text = stringify(data, options)
    return crlf ? text.replace(/\n/g, '\r\n') : text
  })

/** Generated documents: arbitrary YAML in every style, and configs shaped like real ones (which the fast reader mostly reads). */
/** A config with one flow mapping per workload line, as generated configs are written (the fast reader's JSON.parse path). */
const toFlowLines = (config: { workloads: unknown[] }) => {
  const { workloads, ...rest } = config
  const lines = workloads.map((w) => `  - ${stringify(w, { collectionStyle: 'flow', lineWidth: 0 }).trim()}`)
  return `${toYaml(rest)}workloads:\n${lines.join('\n')}\n`
}
const anyDocument = fc.oneof(yamlDocument, configArb(hostileName, 5).map(toYaml), configArb(plainName, 8).map(toFlowLines), configArb(hostileName, 5).map(toFlowLines))

describe('the loader\'s YAML reading against the yaml package', () => {
  it('reads every generated document exactly as the yaml package does, positions included', () => {
    fc.assert(fc.property(anyDocument, expectFastAgrees), { numRuns: RUNS.yaml })
  })

  it('agrees on the counterexamples earlier runs found', () => {
    // Text after a document end marker on its line: js-yaml reads it, YAML forbids it.
    for (const text of ['... "": {}\n', 'version: 1\n... x: 1\n', 'version: 1\n...\n']) expectFastAgrees(text)
  })

  it('agrees on mappings large enough to be looked up through an index, and on keys and missing paths', () => {
    const keys = Array.from({ length: 40 }, (_, i) => `key-${i}: ${i % 2 ? `{ inner: ${i} }` : `[${i}, "x"]`}`)
    const text = `${keys.join('\n')}\nlist:\n${Array.from({ length: 40 }, (_, i) => `  - name: w${i}\n    n: ${i}`).join('\n')}\n`
    expectFastAgrees(text)
    const read = parseYamlNow(text, 'f.yml')
    if (!read.ok) throw new Error('expected the text to load')
    const { locator } = read.value
    expect(locator.locateKey([], 'key-35')).toEqual({ line: 36, column: 1 })
    expect(locator.locateKey(['list', 39], 'n')).toEqual({ line: 43 + 39 * 2, column: 5 })
    // A path past the document stops at the deepest node on the way.
    expect(locator.locate(['list', 40, 'n'])).toEqual(locator.locate(['list']))
    expect(locator.locate(['key-35', 'missing'])).toEqual(locator.locate(['key-35']))
    expect(locator.locate(['list', -1])).toEqual(locator.locate(['list']))
  })

  it('never accepts a mutated document the yaml package reads differently or rejects', () => {
    const piece = fc.constantFrom(' ', '  ', '\n', '\r', '\t', '#', ' #', ':', ': ', '-', '- ', "'", '"', '[', ']', '{', '}', ',', '?', '&a', '*a', '!', '|', '>', '%', '@', '`', '\\', '---', '...', '\u0085', '\u2028', '\uFEFF', 'x')
    const mutated = fc
      .tuple(anyDocument, fc.array(fc.tuple(fc.nat(), piece, fc.nat(2)), { minLength: 1, maxLength: 4 }))
      .map(([text, edits]) => {
        let out = text
        for (const [at, insert, removeCount] of edits) {
          const i = at % (out.length + 1)
          out = out.slice(0, i) + insert + out.slice(i + removeCount)
        }
        return out
      })
    fc.assert(fc.property(mutated, expectFastAgrees), { numRuns: RUNS.yamlMutations })
  })
})
