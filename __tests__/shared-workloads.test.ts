/**
 * The base is loaded and priced beside the head: a one-line workload the head also holds is read
 * once, and a workload that reads the same in both (same index, fields, defaults and catalog) is
 * resolved and priced once and shared. Sharing must never change a figure or a word of the report.
 */
import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { stringify } from 'yaml'
import { renderReport } from '../src/cli/run.js'
import { loadConfig, type LoadedConfig } from '../src/config/load.js'
import { validateConfig } from '../src/config/validate.js'
import { parseYamlFully } from '../src/config/yaml-full.js'
import { evaluate } from '../src/evaluate.js'
import { buildReport } from '../src/report/report.js'
import { load, TODAY } from './helpers.js'

/** Runs of the property below; docs/reliability.md quotes the count. */
export const SHARING_RUNS = 300

function loadBeside(text: string, head: LoadedConfig): LoadedConfig {
  const result = loadConfig(text, 'base.yml', parseYamlFully, validateConfig, { other: head })
  if (!result.ok) throw new Error(result.errors.map((e) => e.message).join('\n'))
  return result.value
}

const config = (defaults: string, workloads: string[], header = 'organization: { tier: 3 }\n') =>
  `version: 1\n${header}defaults: ${defaults}\nworkloads:\n${workloads.map((w) => `  - ${w}\n`).join('')}`

const KEPT = '{ name: kept, model: gpt-image-2, images_per_month: 1000 }'
const MOVED = '{ name: moved, model: gpt-image-1-mini, images_per_month: 1000 }'
const DEFAULTS = '{ quality: medium, size: 1024x1024 }'

describe('workloads shared between the base and the head', () => {
  const head = load(config(DEFAULTS, [KEPT, MOVED]))

  it('shares a workload that reads the same at the same index, and resolves one that changed', () => {
    const base = loadBeside(config(DEFAULTS, [KEPT, MOVED.replace('1000', '2000')]), head)
    expect(base.workloads[0]).toBe(head.workloads[0])
    expect(base.workloads[1]).not.toBe(head.workloads[1])
    expect(base.workloads[1]?.images_per_month).toBe(2000)
  })

  it('shares a workload whose fields are written in another order', () => {
    const base = loadBeside(config(DEFAULTS, ['{ images_per_month: 1000, model: gpt-image-2, name: kept }', MOVED]), head)
    expect(base.workloads[0]).toBe(head.workloads[0])
  })

  it('shares nothing at an index whose workload moved, when the defaults differ, or when a value differs only in sign or order', () => {
    const shifted = loadBeside(config(DEFAULTS, [MOVED, KEPT]), head)
    expect(shifted.workloads.some((w, i) => w === head.workloads[i])).toBe(false)
    const otherDefaults = loadBeside(config('{ size: 1024x1024, quality: medium }', [KEPT, MOVED]), head)
    expect(otherDefaults.workloads.some((w, i) => w === head.workloads[i])).toBe(false)

    const zero = load(config(DEFAULTS, ['{ name: kept, model: gpt-image-2, images_per_month: 1000, retry_rate: 0 }']))
    const negativeZero = loadBeside(config(DEFAULTS, ['{ name: kept, model: gpt-image-2, images_per_month: 1000, retry_rate: -0 }']), zero)
    expect(negativeZero.workloads[0]).not.toBe(zero.workloads[0])
    expect(Object.is(negativeZero.workloads[0]?.retry_rate, -0)).toBe(true)

    const rates = (order: string) => config(DEFAULTS, [`{ name: kept, model: gpt-image-2, images_per_month: 1000, retry_rate: ${order} }`])
    const mapHead = load(rates('{ default: 0.1, gpt-image-2: 0.2 }'))
    const reordered = loadBeside(rates('{ gpt-image-2: 0.2, default: 0.1 }'), mapHead)
    expect(reordered.workloads[0]).not.toBe(mapHead.workloads[0])
    const same = loadBeside(rates('{ default: 0.1, gpt-image-2: 0.2 }'), mapHead)
    expect(same.workloads[0]).toBe(mapHead.workloads[0])
  })

  it('shares nothing when either file overrides a price', () => {
    const pricing = 'pricing:\n  gpt-image-2: { token_rates: { image_output: 40 } }\norganization: { tier: 3 }\n'
    const overridden = loadBeside(config(DEFAULTS, [KEPT, MOVED], pricing), head)
    expect(overridden.workloads.some((w, i) => w === head.workloads[i])).toBe(false)
    const overriddenHead = load(config(DEFAULTS, [KEPT, MOVED], pricing))
    expect(loadBeside(config(DEFAULTS, [KEPT, MOVED]), overriddenHead).workloads.some((w, i) => w === overriddenHead.workloads[i])).toBe(false)
  })

  it('prices a shared workload alike in both files, each with a cost record of its own, and only when both are priced with the same options', () => {
    const base = loadBeside(config(DEFAULTS, [KEPT, MOVED]), head)
    const shared = evaluate({ head, base, date: TODAY })
    expect(shared.base?.estimate.workloads[0]).toEqual(shared.head.estimate.workloads[0])
    // Plain data: nothing in the report is shared between base and head.
    expect(shared.base?.estimate.workloads[0]).not.toBe(shared.head.estimate.workloads[0])

    // Without an organization section the tier checks are off, and the assumptions say less.
    const noTier = loadBeside(config(DEFAULTS, [KEPT, MOVED], ''), head)
    expect(noTier.workloads[0]).toBe(head.workloads[0])
    const evaluation = evaluate({ head, base: noTier, date: TODAY })
    expect(evaluation.base?.estimate.workloads[0]).not.toBe(evaluation.head.estimate.workloads[0])
    expect(evaluation.base?.estimate.workloads[0]?.assumptions).toEqual(evaluate({ head: noTier, date: TODAY }).head.estimate.workloads[0]?.assumptions)
  })

  it('gives the same report, word for word, as a base loaded on its own', () => {
    const workload = fc.record(
      {
        model: fc.constantFrom('gpt-image-2', 'gpt-image-1-mini', 'gpt-image-1.5', 'gpt-image-1'),
        images_per_month: fc.integer({ min: 1, max: 100_000 }),
        retry_rate: fc.oneof(fc.constantFrom(0, -0, 0.25), fc.constant({ default: 0.1, 'gpt-image-1-mini': 0.3 })),
        batch: fc.boolean(),
        input_images: fc.nat(2),
        budget_usd: fc.constantFrom(5, 500)
      },
      { requiredKeys: ['model', 'images_per_month'] }
    )
    const configArb = fc.record({
      tier: fc.boolean(),
      quality: fc.constantFrom('low', 'high'),
      workloads: fc.array(workload, { minLength: 1, maxLength: 6 })
    })
    // The base: the head with some workloads edited, dropped or moved, and maybe other defaults or settings.
    const edits = fc.record({
      edit: fc.array(fc.constantFrom('keep', 'keep', 'volume', 'model', 'drop'), { minLength: 6, maxLength: 6 }),
      rotate: fc.boolean(),
      tier: fc.boolean(),
      quality: fc.constantFrom('low', 'high')
    })
    type Generated = { tier: boolean; quality: string; workloads: Record<string, unknown>[] }
    // One-line workloads ("- { name: w0, ... }") as generated configs write them: the base then reuses the head's lines.
    const flowValue = (v: unknown): string =>
      v !== null && typeof v === 'object' ? `{ ${Object.entries(v).map(([k, x]) => `${k}: ${flowValue(x)}`).join(', ')} }` : Object.is(v, -0) ? '-0' : String(v)
    const toYaml = (c: Generated, oneLine: boolean) => {
      const header = {
        version: 1,
        ...(c.tier ? { organization: { tier: 3 } } : {}),
        defaults: { quality: c.quality, size: '1024x1024' }
      }
      if (!oneLine || c.workloads.length === 0) return stringify({ ...header, workloads: c.workloads })
      return `${stringify(header)}workloads:\n${c.workloads.map((w) => `  - ${flowValue(w)}\n`).join('')}`
    }
    fc.assert(
      fc.property(configArb, edits, fc.boolean(), (generated, e, oneLine) => {
        const named = generated.workloads.map((w, i) => ({ name: `w${i}`, ...w }))
        let baseWorkloads = named.flatMap((w, i) => {
          const edit = e.edit[i]
          if (edit === 'drop') return []
          if (edit === 'volume') return [{ ...w, images_per_month: (w.images_per_month as number) + 1 }]
          if (edit === 'model') return [{ ...w, model: 'gpt-image-2' }]
          return [w]
        })
        if (e.rotate) baseWorkloads = [...baseWorkloads.slice(1), ...baseWorkloads.slice(0, 1)]
        const headText = toYaml({ ...generated, workloads: named }, oneLine)
        const baseText = toYaml({ tier: e.tier, quality: e.quality, workloads: baseWorkloads }, oneLine)
        const head = load(headText)
        const alone = buildReport(evaluate({ head, base: load(baseText, 'base.yml'), date: TODAY }))
        const beside = buildReport(evaluate({ head, base: loadBeside(baseText, head), date: TODAY }))
        for (const format of ['json', 'table', 'markdown'] as const) expect(renderReport(beside, format)).toBe(renderReport(alone, format))
      }),
      { numRuns: SHARING_RUNS }
    )
  })
})
