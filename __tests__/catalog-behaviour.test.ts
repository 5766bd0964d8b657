/**
 * What the catalog decides: gpt-image-2.6's own token rule, the gpt-image-2 input rule, release
 * dates in every command, Azure OpenAI's lifecycle, team catalogs, and the catalog commands.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { BUILTIN_CATALOG, BUILTIN_CATALOG_FILE } from '../src/catalog/data.js'
import { modelIndex } from '../src/catalog/lookup.js'
import { inputImageTokens, outputTokensPerImage } from '../src/catalog/rules.js'
import type { ModelEntry, OutputTokenRule } from '../src/catalog/types.js'
import { loadErrors, oneWorkload, run, runCliCapturing } from './helpers.js'

const index = modelIndex(BUILTIN_CATALOG)
const model = (id: string) => index.get(id) as ModelEntry
const tokens = (id: string, quality: 'low' | 'medium' | 'high' | 'xhigh' | 'max', size: string) =>
  outputTokensPerImage(model(id).output_tokens?.value as OutputTokenRule, quality, size)

/** The CLI logic against an in-memory file system, with an environment and Node's fetch. */
function cli(argv: string[], files: Record<string, string> = {}, env: Record<string, string> = {}) {
  const readText = (path: string) => (path in files ? { ok: true as const, text: files[path] as string } : { ok: false as const, message: 'file not found' })
  return runCliCapturing(argv, readText, { env, fetch: (url, init) => fetch(url, init) })
}

const workload = (modelId: string, extra = '') =>
  `version: 1\nworkloads:\n  - { name: w, model: ${modelId}, quality: medium, size: 1024x1024, images_per_month: 1000${extra} }\n`

describe('gpt-image-2.6 against gpt-image-2.5', () => {
  it('uses 3-4x the output tokens at low and medium, the same at high and above', () => {
    // Measured at 1536x1024: low 664 tokens where the 2.5 rule gives 158.
    expect(tokens('gpt-image-2.5-flare', 'low', '1536x1024')).toBe(158)
    expect(tokens('gpt-image-2.6-flare', 'low', '1536x1024')).toBe(664)
    expect(tokens('gpt-image-2.5-sunburst', 'medium', '1024x1024')).toBe(439)
    expect(tokens('gpt-image-2.6-sunburst', 'medium', '1024x1024')).toBe(Math.ceil(439 * 3.5))
    for (const quality of ['high', 'xhigh', 'max'] as const) {
      expect([quality, tokens('gpt-image-2.6-flare', quality, '1536x1024')]).toEqual([quality, tokens('gpt-image-2.5-flare', quality, '1536x1024')])
    }
    expect(tokens('gpt-image-2.6-flare', 'high', '1536x1024')).toBe(1372) // measured 1,353
  })

  it('prices a move to 2.6 at its own rate and says the figure is an estimate', () => {
    const on25 = run(workload('gpt-image-2.5-flare')).head.estimate.workloads[0]
    const on26 = run(workload('gpt-image-2.6-flare')).head.estimate.workloads[0]
    expect(on26?.monthly_usd).toBeCloseTo((on25?.monthly_usd ?? 0) * (1537 / 439), 6)
    expect(on26?.assumptions.join('\n')).toMatch(/output tokens per image \(1537\) is an estimate: low and medium use 3-4x/)
  })

  it('keeps the seed articles\' tables exactly', () => {
    const square = (id: string, quality: string) => run(workload(id).replace('medium', quality), { date: '2026-05-01' }).head.estimate.total_monthly_usd
    expect(['low', 'medium', 'high'].map((q) => square('gpt-image-1-mini', q))).toEqual([5, 11, 36].map((n) => expect.closeTo(n, 9)))
    expect(['low', 'medium', 'high'].map((q) => square('gpt-image-1.5', q))).toEqual([9, 34, 133].map((n) => expect.closeTo(n, 9)))
    expect(['low', 'medium', 'high'].map((q) => square('gpt-image-1', q))).toEqual([11, 42, 167].map((n) => expect.closeTo(n, 9)))
  })
})

describe('input images on the gpt-image-2 family', () => {
  const rule = model('gpt-image-2').input_images.value

  it('scales inputs whose long side is under 1024 px up to it before counting 32-px patches', () => {
    expect(inputImageTokens(rule, '1024x1024', 'high')).toBe(1024)
    expect(inputImageTokens(rule, '512x512', 'high')).toBe(1024)
    expect(inputImageTokens(rule, '256x256', 'high')).toBe(1024)
    expect(inputImageTokens(rule, '512x256', 'high')).toBe(32 * 16)
    // Large inputs are capped at the 1,536-patch budget, as before.
    expect(inputImageTokens(rule, '2048x2048', 'high')).toBe(1536)
  })

  it('clamps the aspect ratio to 3:1 (the short side is raised)', () => {
    // 1024x256 is 4:1: read as 1024x341.3, so 32 x 11 patches.
    expect(inputImageTokens(rule, '1024x256', 'high')).toBe(32 * 11)
    expect(inputImageTokens(rule, '1024x342', 'high')).toBe(32 * 11)
  })

  it('leaves the gpt-image-1 tile rule as it was', () => {
    expect(inputImageTokens(model('gpt-image-1').input_images.value, '512x512', 'low')).toBe(65 + 129)
    expect(inputImageTokens(model('gpt-image-1').input_images.value, '1024x1536', 'low')).toBe(323)
  })

  it('refuses input_fidelity on gpt-image-2 models, which take none', () => {
    const errors = loadErrors(oneWorkload('model: gpt-image-2\nquality: low\nsize: 1024x1024\nimages_per_month: 1\ninput_images: 1\ninput_fidelity: high'))
    expect(errors.map((e) => [e.path, e.message.split(' (')[0]])).toEqual([['workloads[0].input_fidelity', 'gpt-image-2 takes no input_fidelity']])
  })
})

describe('2.6 settings and outputs', () => {
  it('accepts complexity on gpt-image-2.6 at no cost, and nowhere else', () => {
    const plain = run(workload('gpt-image-2.6-flare')).head.estimate.workloads[0]
    const complex = run(workload('gpt-image-2.6-flare', ', complexity: low')).head.estimate.workloads[0]
    expect(complex?.monthly_usd).toBe(plain?.monthly_usd)
    expect(complex?.assumptions).toContain('complexity low has no extra charge on gpt-image-2.6-flare (OpenAI image guide)')
    expect(loadErrors(workload('gpt-image-2', ', complexity: low'))[0]?.message).toMatch(/^gpt-image-2 has no complexity setting/)
  })

  it('makes GIF and SVG output an explicit "not priced" error, never a silent zero', () => {
    for (const format of ['gif', 'svg']) {
      const [error] = loadErrors(workload('gpt-image-2.6-sunburst', `, output_format: ${format}`))
      expect(error).toMatchObject({ line: 3, path: 'workloads[0].output_format' })
      expect(error?.message).toMatch(new RegExp(`^${format} output on gpt-image-2.6-sunburst is not priced: OpenAI does not publish`))
    }
    expect(loadErrors(workload('gpt-image-2', ', output_format: svg'))[0]?.message).toMatch(/^gpt-image-2 does not output svg; expected one of png, jpeg, webp/)
    expect(run(workload('gpt-image-2', ', output_format: webp')).findings).toEqual([])
  })

  it('points a dated 2.6 id no source lists at the undated one', () => {
    const [error] = loadErrors(workload('gpt-image-2.6-flare-2026-11-04'))
    expect(error?.message).toBe('unknown model "gpt-image-2.6-flare-2026-11-04"; expected a catalog model id (see `image-cost-gate models`). Did you mean "gpt-image-2.6-flare"?')
    // 2.5's dated aliases are sourced and still resolve.
    expect(run(workload('gpt-image-2.5-flare-2026-09-08')).head.estimate.workloads[0]?.workload.model).toBe('gpt-image-2.5-flare')
  })
})

describe('release dates, in every command', () => {
  const before = '2026-10-01'

  it('check: a workload on a model before its release is an error finding model.unreleased', async () => {
    const r = await cli(['check', '--config', 'c.yml', '--date', before, '--format', 'json'], { 'c.yml': workload('gpt-image-2.6-flare') })
    expect(r.code).toBe(1)
    const report = JSON.parse(r.stdout) as { findings: { rule: string; message: string; line?: number }[]; workloads: { model_status: string }[] }
    expect(report.findings).toEqual([expect.objectContaining({ rule: 'model.unreleased', line: 3, message: expect.stringMatching(/not released until 2026-11-04/) })])
    expect(report.workloads[0]?.model_status).toBe('unreleased')
  })

  it('models: shows it as not released', async () => {
    const r = await cli(['models', '--date', before])
    expect(r.stdout).toMatch(/gpt-image-2\.6-flare\s+not released \(until 2026-11-04\)/)
    const json = JSON.parse((await cli(['models', '--date', before, '--format', 'json'])).stdout) as { models: { id: string; status: string }[] }
    expect(json.models.find((m) => m.id === 'gpt-image-2.6-sunburst')?.status).toBe('unreleased')
  })

  it('compare and the routing never offer it', async () => {
    const r = await cli(['compare', '--config', 'c.yml', '--date', before, '--format', 'json'], { 'c.yml': workload('gpt-image-2') })
    const json = JSON.parse(r.stdout) as { workloads: { cheapest: { model: string }; alternatives: { model: string; eligible: boolean; reason?: string }[] }[] }
    const on26 = json.workloads[0]?.alternatives.filter((a) => a.model.startsWith('gpt-image-2.6'))
    expect(on26).toHaveLength(2)
    expect(on26?.every((a) => !a.eligible && a.reason === 'not released until 2026-11-04')).toBe(true)
    expect(json.workloads[0]?.cheapest.model.startsWith('gpt-image-2.6')).toBe(false)
    const evaluation = run(workload('gpt-image-1-mini'), { date: before })
    const replacements = evaluation.routing.workloads[0]?.migration?.replacements ?? []
    expect(replacements.map((a) => [a.model, a.eligible])).toEqual([
      ['gpt-image-2.6-sunburst', false],
      ['gpt-image-2.6-flare', false]
    ])
  })
})

describe('Azure OpenAI', () => {
  const azure = (modelId: string) => workload(modelId).replace('version: 1\n', 'version: 1\norganization:\n  provider: azure\n')

  it('keeps gpt-image-1-mini running on 2026-12-01, the day OpenAI shuts it down', () => {
    expect(run(workload('gpt-image-1-mini')).findings.map((f) => f.rule)).toEqual(['model.retired'])
    const onAzure = run(azure('gpt-image-1-mini'))
    expect(onAzure.findings).toEqual([])
    expect(onAzure.head.estimate.workloads[0]?.assumptions).toContain(
      "Azure OpenAI is priced at OpenAI's list prices: Azure's own image meters were not found (Global Standard appears to mirror OpenAI's list; Data Zone deployments cost about 10-20% more)"
    )
    expect(onAzure.head.estimate.total_monthly_usd).toBeCloseTo(11, 9)
  })

  it('retires each model on Azure\'s own dates', () => {
    // These dates are months after the catalog was checked: catalog.stale fires too, and is left out here.
    const rules = (modelId: string, date: string) => run(azure(modelId), { date }).findings.map((f) => f.rule).filter((r) => r !== 'catalog.stale')
    expect(rules('gpt-image-1-mini', '2027-04-06')).toEqual([])
    expect(rules('gpt-image-1-mini', '2027-04-07')).toEqual(['model.retired'])
    expect(rules('gpt-image-1.5', '2027-06-15')).toEqual([])
    expect(rules('gpt-image-1.5', '2027-06-16')).toEqual(['model.retired'])
    expect(rules('gpt-image-2', '2027-10-20')).toEqual([])
    expect(rules('gpt-image-2', '2027-10-21')).toEqual(['model.retired'])
    expect(rules('gpt-image-1', '2026-12-01')).toEqual(['model.retired'])
  })

  it('makes a model Azure does not offer an error finding that says so, and never an option there', () => {
    const e = run(azure('gpt-image-2.6-flare'))
    expect(e.findings).toEqual([expect.objectContaining({ rule: 'model.unavailable', severity: 'error', line: 5, message: expect.stringMatching(/^gpt-image-2\.6-flare is not offered on Azure OpenAI/) })])
    const alternatives = run(azure('gpt-image-2')).routing.workloads[0]?.alternatives ?? []
    // Only what Azure offers and still runs: not 2.5/2.6, chatgpt-image-latest or dall-e, nor the retired gpt-image-1.
    expect(alternatives.filter((a) => a.eligible).map((a) => a.model).sort()).toEqual(['gpt-image-1-mini', 'gpt-image-1.5', 'gpt-image-2'])
    expect(alternatives.find((a) => a.model === 'gpt-image-2.5-flare')?.reason).toBe('gpt-image-2.5-flare is not offered on Azure OpenAI')
  })
})

/** A model the team adds: gpt-image-2's groups, under its own id and without gpt-image-2's snapshot alias. */
const acmeModel = structuredClone(BUILTIN_CATALOG_FILE.providers?.openai?.models?.['gpt-image-2']) as { aliases: { value: string[] } }
acmeModel.aliases.value = []

const TEAM = JSON.stringify({
  schema_version: 1,
  as_of: '2026-11-30',
  title: 'Acme prices',
  sources: { contract: { title: "Acme's order form", via: 'procurement' } },
  providers: {
    openai: {
      models: {
        'gpt-image-2': {
          token_rates: { value: { image_output: 24 }, provenance: { source: 'contract', checked_on: '2026-11-30', confidence: 'official' } }
        },
        'acme-image-1': acmeModel
      }
    }
  }
})

describe('team catalogs', () => {
  const config = `version: 1
workloads:
  - { name: a, model: gpt-image-2, quality: medium, size: 1024x1024, images_per_month: 1000 }
  - { name: b, model: acme-image-1, quality: low, size: 1024x1024, images_per_month: 1000 }
`

  it('changes one rate and adds one model, and the report lists each change', async () => {
    const r = await cli(['check', '--config', 'c.yml', '--catalog', 'team.json', '--format', 'json'], { 'c.yml': config, 'team.json': TEAM })
    expect(r.stderr).toBe('')
    expect(r.code).toBe(0)
    const report = JSON.parse(r.stdout) as {
      workloads: { name: string; monthly_usd: number }[]
      catalog: { applied: { path: string; as_of: string; changes: { model: string; figure: string; from: unknown; to: unknown }[] }[] }
    }
    // 1,756 medium tokens x $24 per 1M instead of $30.
    expect(report.workloads[0]?.monthly_usd).toBeCloseTo((1000 * 1756 * 24) / 1e6, 9)
    expect(report.workloads[1]?.monthly_usd).toBeCloseTo((1000 * 196 * 30) / 1e6, 9)
    expect(report.catalog.applied).toEqual([
      {
        path: 'team.json',
        title: 'Acme prices',
        as_of: '2026-11-30',
        stale: false,
        changes: [
          { provider: 'openai', model: 'gpt-image-2', figure: 'token_rates.image_output', from: 30, to: 24 },
          { provider: 'openai', model: 'acme-image-1', figure: '(model)', from: null, to: 'added' }
        ]
      }
    ])
    const markdown = (await cli(['check', '--config', 'c.yml', '--catalog', 'team.json', '--format', 'markdown'], { 'c.yml': config, 'team.json': TEAM })).stdout
    expect(markdown).toContain('Team catalog `team.json` (Acme prices), checked on **2026-11-30**: 2 figures changed.')
    expect(markdown).toContain('- `openai/gpt-image-2` `token_rates.image_output`: `30` → `24`')
  })

  it('is named by the config too (pricing.catalog, relative to the config file)', async () => {
    const named = config.replace('version: 1\n', 'version: 1\npricing:\n  catalog: prices/team.json\n')
    const r = await cli(['check', '--config', 'team/image-cost.yml', '--format', 'json'], { 'team/image-cost.yml': named, 'team/prices/team.json': TEAM })
    expect(r.code).toBe(0)
    expect((JSON.parse(r.stdout) as { catalog: { applied: { path: string }[] } }).catalog.applied.map((a) => a.path)).toEqual(['team/prices/team.json'])
  })

  it('warns when a team catalog is more than 90 days old', async () => {
    const files = { 'c.yml': config, 'team.json': TEAM }
    const late = await cli(['check', '--config', 'c.yml', '--catalog', 'team.json', '--date', '2027-03-01', '--format', 'json'], files)
    const findings = (JSON.parse(late.stdout) as { findings: { rule: string; message: string }[] }).findings
    expect(findings).toEqual([expect.objectContaining({ rule: 'catalog.stale', message: expect.stringMatching(/^the team catalog team\.json was checked on 2026-11-30, 91 days before 2027-03-01/) })])
  })

  it('locates errors in a team catalog by line and field, and refuses an incomplete new model', async () => {
    const broken = TEAM.replace('"image_output":24', '"image_output":"cheap"')
    const r = await cli(['catalog', 'validate', 'team.json'], { 'team.json': broken })
    expect(r.code).toBe(2)
    expect(r.stderr).toMatch(/^team\.json:1:\d+: providers\.openai\.models\["gpt-image-2"\]\.token_rates\.value\.image_output: expected a finite number, found "cheap"/)
    const partialModel = JSON.stringify({ schema_version: 1, as_of: '2026-11-30', providers: { openai: { models: { 'new-model': { qualities: { value: ['low'], provenance: { source: 's', checked_on: '2026-11-30', confidence: 'estimate' } } } } } } }, null, 2)
    const incomplete = await cli(['catalog', 'validate', 'new.json'], { 'new.json': partialModel })
    expect(incomplete.code).toBe(2)
    expect(incomplete.stderr).toMatch(/^new\.json:7:\d+: providers\.openai\.models\["new-model"\]\.aliases: missing required field; expected a mapping \(a model the catalog adds must give every group\)$/m)
  })

  it('export then validate passes; a file diffed with itself is empty; a diff names each figure', async () => {
    const exported = (await cli(['catalog', 'export'])).stdout
    expect((await cli(['catalog', 'validate', 'c.json'], { 'c.json': exported })).code).toBe(0)
    const same = await cli(['catalog', 'diff', 'c.json', 'c.json', '--format', 'json'], { 'c.json': exported })
    expect(JSON.parse(same.stdout)).toMatchObject({ changes: [] })
    const diff = await cli(['catalog', 'diff', 'c.json', 'team.json'], { 'c.json': exported, 'team.json': TEAM })
    expect(diff.stdout).toMatch(/openai\/gpt-image-2\s+token_rates\.image_output\s+30 -> 24/)
    expect(diff.stdout).toMatch(/openai\/acme-image-1\s+\(model\)\s+added/)
  })
})

describe('catalog lifecycle: the shutdown dates OpenAI\'s models list gives', () => {
  let server: Server
  let base = ''
  let answer: { status: number; body: string } = { status: 200, body: '{}' }
  const seen: string[] = []
  const KEY = 'sk-test-do-not-print-0123456789'

  beforeAll(async () => {
    server = createServer((req, res) => {
      seen.push(`${req.method} ${req.url} ${req.headers.authorization}`)
      res.writeHead(answer.status, { 'content-type': 'application/json' })
      res.end(answer.body)
    })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`
  })
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())))

  const list = (models: object[]) => ({ status: 200, body: JSON.stringify({ object: 'list', data: models }) })
  const lifecycle = (extra: string[] = []) => cli(['catalog', 'lifecycle', ...extra], {}, { OPENAI_API_KEY: KEY, OPENAI_BASE_URL: base })

  it('exits 0 when every date matches, and asks GET /v1/models with the key', async () => {
    answer = list([
      { id: 'gpt-image-1-mini', shutdown_date: '2026-12-01' },
      { id: 'gpt-image-2', shutdown_date: null },
      { id: 'gpt-image-1.5-2025-12-16', shutdown_date: '2026-12-01' },
      { id: 'gpt-4o' }
    ])
    const r = await lifecycle()
    expect([r.code, r.stderr]).toEqual([0, ''])
    expect(r.stdout).toMatch(/^Every shutdown date OpenAI's models list gives matches the catalog/)
    expect(seen.at(-1)).toBe(`GET /v1/models Bearer ${KEY}`)
  })

  it('exits 1 and lists every model whose shutdown date differs', async () => {
    answer = list([
      { id: 'gpt-image-2', shutdown_date: '2027-06-30' },
      { id: 'gpt-image-1-mini', shutdown_date: '2026-12-15' },
      { id: 'gpt-image-3' }
    ])
    const r = await lifecycle(['--format', 'json'])
    expect(r.code).toBe(1)
    expect(JSON.parse(r.stdout)).toMatchObject({
      differences: [
        { model: 'gpt-image-2', listed_id: 'gpt-image-2', catalog_shutdown_date: null, api_shutdown_date: '2027-06-30' },
        { model: 'gpt-image-1-mini', listed_id: 'gpt-image-1-mini', catalog_shutdown_date: '2026-12-01', api_shutdown_date: '2026-12-15' }
      ],
      not_in_catalog: ['gpt-image-3']
    })
  })

  it('compares with a team catalog\'s dates when one is given', async () => {
    const team = JSON.stringify({
      schema_version: 1,
      as_of: '2026-12-01',
      sources: { s: { title: 't', via: 'v' } },
      providers: { openai: { models: { 'gpt-image-2': { lifecycle: { value: { shutdown_date: '2027-06-30' }, provenance: { source: 's', checked_on: '2026-12-01', confidence: 'official' } } } } } }
    })
    answer = list([{ id: 'gpt-image-2', shutdown_date: '2027-06-30' }])
    const r = await cli(['catalog', 'lifecycle', '--catalog', 'team.json'], { 'team.json': team }, { OPENAI_API_KEY: KEY, OPENAI_BASE_URL: base })
    expect(r.code).toBe(0)
  })

  it('exits 2 on a refused key or a broken answer, said plainly, and never prints the key', async () => {
    const outcomes: [number, string][] = []
    for (const a of [
      { status: 401, body: '{"error":{"message":"Incorrect API key provided: sk-test-do-not-print-0123456789"}}' },
      { status: 200, body: 'not json' },
      { status: 200, body: '{"data": [{"name": "x"}]}' },
      { status: 200, body: '{"data": [{"id": "gpt-image-2", "shutdown_date": "soon"}]}' },
      { status: 503, body: '{}' }
    ]) {
      answer = a
      const r = await lifecycle()
      outcomes.push([r.code, r.stderr.trim()])
      expect(r.stdout + r.stderr).not.toContain(KEY)
    }
    expect(outcomes).toEqual([
      [2, 'image-cost-gate: OpenAI refused the key (HTTP 401); expected a valid API key in OPENAI_API_KEY'],
      [2, `image-cost-gate: the answer from ${base}/models is not JSON`],
      [2, `image-cost-gate: model 0 in the answer from ${base}/models has no string "id"`],
      [2, `image-cost-gate: model gpt-image-2 in the answer from ${base}/models has a shutdown_date that is neither YYYY-MM-DD nor null`],
      [2, `image-cost-gate: OpenAI answered HTTP 503 for ${base}/models`]
    ])
    const noKey = await cli(['catalog', 'lifecycle'], {}, {})
    expect([noKey.code, noKey.stderr.trim()]).toEqual([2, 'image-cost-gate: OPENAI_API_KEY is not set; expected an OpenAI API key that can list models'])
  })
})
