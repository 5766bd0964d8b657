/** Actual usage: usage sync against a stand-in for OpenAI's Usage and Costs APIs, usage import, and projected against actual in check. */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { runCli, type CliPorts } from '../src/cli/run.js'
import { readConfigFile } from '../src/io/read-config-file.js'
import { writeFileAtomic } from '../src/io/write-file.js'
import { backoff } from '../src/openai/usage-api.js'
import { syncWindow } from '../src/usage/sync.js'
import { VERSION } from '../src/version.js'
import { TODAY } from './helpers.js'

const ADMIN_KEY = 'sk-admin-standInKey0123456789'
const DAY = 86_400

interface Scripted {
  status: number
  body?: string
  headers?: Record<string, string>
}

/** OpenAI's organization usage and costs endpoints on 127.0.0.1, with pages and scripted answers. */
class OpenAiStandIn {
  requests: { path: string; query: URLSearchParams; authorization: string | undefined }[] = []
  /** Buckets each endpoint serves, two buckets a page. */
  images: unknown[] = []
  costs: unknown[] = []
  /** Answers given instead of the normal one, in order, per endpoint. */
  script: Record<'images' | 'costs', Scripted[]> = { images: [], costs: [] }
  private server: Server | undefined

  async start(): Promise<string> {
    this.server = createServer((req, res) => this.handle(req, res))
    await new Promise<void>((resolve) => this.server?.listen(0, '127.0.0.1', resolve))
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/v1`
  }

  stop(): Promise<void> {
    return new Promise((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()))
  }

  reset(): void {
    this.requests = []
    this.images = []
    this.costs = []
    this.script = { images: [], costs: [] }
  }

  private handle(req: IncomingMessage, res: ServerResponse): void {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1')
    this.requests.push({ path: url.pathname, query: url.searchParams, authorization: req.headers.authorization })
    const which = url.pathname === '/v1/organization/usage/images' ? 'images' : url.pathname === '/v1/organization/costs' ? 'costs' : undefined
    if (!which) return this.send(res, { status: 404, body: '{"error":{"message":"no such route"}}' })
    const scripted = this.script[which].shift()
    if (scripted) return this.send(res, scripted)
    const buckets = this[which]
    const start = Number(url.searchParams.get('page')?.replace('page_', '') ?? 0)
    const slice = buckets.slice(start, start + 2)
    const more = start + 2 < buckets.length
    this.send(res, { status: 200, body: JSON.stringify({ object: 'page', data: slice, has_more: more, next_page: more ? `page_${start + 2}` : null }) })
  }

  private send(res: ServerResponse, answer: Scripted): void {
    res.writeHead(answer.status, { 'content-type': 'application/json', ...answer.headers })
    res.end(answer.body ?? '{}')
  }
}

const WINDOW = syncWindow(TODAY, 30)
const imageBucket = (day: number, results: object[]) => ({ object: 'bucket', start_time: WINDOW.startTime + day * DAY, end_time: WINDOW.startTime + (day + 1) * DAY, results })
const imageResult = (model: string, images: number, project = 'proj_web') => ({
  object: 'organization.usage.images.result',
  images,
  num_model_requests: images / 2,
  model,
  size: '1024x1024',
  source: 'image.generation',
  project_id: project,
  user_id: null,
  api_key_id: null
})
const costBucket = (day: number, results: object[]) => ({ object: 'bucket', start_time: WINDOW.startTime + day * DAY, end_time: WINDOW.startTime + (day + 1) * DAY, results })
const costResult = (usd: number, project = 'proj_web', lineItem = 'Image models') => ({ object: 'organization.costs.result', amount: { value: usd, currency: 'usd' }, line_item: lineItem, project_id: project })

describe('usage sync', () => {
  const api = new OpenAiStandIn()
  let baseUrl = ''
  let dir = ''
  beforeAll(async () => {
    baseUrl = await api.start()
    dir = mkdtempSync(join(tmpdir(), 'icg-usage-'))
    writeFileSync(join(dir, 'image-cost.yml'), 'version: 1\nusage:\n  snapshot: usage/snapshot.json\nworkloads: []\n')
    mkdirSync(join(dir, 'usage'))
  })
  afterAll(() => api.stop())

  async function sync(args: string[] = [], env: Record<string, string> = { OPENAI_ADMIN_KEY: ADMIN_KEY }) {
    let stdout = ''
    let stderr = ''
    const slept: number[] = []
    const ports: CliPorts = {
      readText: (path) => readConfigFile(path, 'file not found'),
      writeFileAtomic,
      env: { OPENAI_BASE_URL: baseUrl, ...env },
      fetch: (url, init) => fetch(url, init),
      today: () => TODAY,
      now: () => `${TODAY}T06:00:00.123Z`,
      sleep: async (ms) => void slept.push(ms),
      stdout: (t) => void (stdout += t),
      stderr: (t) => void (stderr += t),
      version: VERSION
    }
    const code = await runCli(['usage', 'sync', '--config', join(dir, 'image-cost.yml'), '--date', TODAY, ...args], ports)
    return { code, stdout, stderr, slept }
  }
  const snapshotPath = () => join(dir, 'usage/snapshot.json')
  const snapshot = () => JSON.parse(readFileSync(snapshotPath(), 'utf8')) as { window: unknown; fetched_at: string; images: { model: string; images: number; requests: number; project_id: string }[]; costs: { project_id: string; line_item: string; usd: number }[] }

  it('reads every page of both endpoints for the window and writes the sums where the config says', async () => {
    api.reset()
    api.images = [0, 1, 2, 3, 4].map((d) => imageBucket(d, [imageResult('gpt-image-2', 100), imageResult('gpt-image-1-mini', 10, 'proj_batch')]))
    api.costs = [0, 1, 2].map((d) => costBucket(d, [costResult(1.5), costResult(0.25, 'proj_batch'), costResult(3, 'proj_web', 'GPT-5 input')]))
    const r = await sync()
    expect(r.stderr).toBe('')
    expect(r.code).toBe(0)
    // Five image buckets over three pages, three cost buckets over two.
    expect(api.requests.map((q) => `${q.path.replace('/v1/organization/', '')}${q.query.get('page') ? ` ${q.query.get('page')}` : ''}`)).toEqual([
      'usage/images',
      'usage/images page_2',
      'usage/images page_4',
      'costs',
      'costs page_2'
    ])
    const first = api.requests[0]?.query
    expect(first?.get('start_time')).toBe(String(WINDOW.startTime))
    expect(first?.get('end_time')).toBe(String(Date.parse(`${TODAY}T00:00:00Z`) / 1000))
    expect(first?.get('bucket_width')).toBe('1d')
    expect(first?.getAll('group_by')).toEqual(['model', 'size', 'source', 'project_id'])
    expect(api.requests[3]?.query.getAll('group_by')).toEqual(['project_id', 'line_item'])
    expect(api.requests.every((q) => q.authorization === `Bearer ${ADMIN_KEY}`)).toBe(true)
    const s = snapshot()
    expect(s).toMatchObject({ schema_version: 1, fetched_at: `${TODAY}T06:00:00Z`, window: { start: '2026-11-01', end: TODAY, days: 30 } })
    expect(s.images).toEqual([
      { model: 'gpt-image-2', size: '1024x1024', source: 'image.generation', project_id: 'proj_web', images: 500, requests: 250 },
      { model: 'gpt-image-1-mini', size: '1024x1024', source: 'image.generation', project_id: 'proj_batch', images: 50, requests: 25 }
    ])
    expect(s.costs).toEqual([
      { project_id: 'proj_web', line_item: 'GPT-5 input', usd: 9 },
      { project_id: 'proj_web', line_item: 'Image models', usd: 4.5 },
      { project_id: 'proj_batch', line_item: 'Image models', usd: 0.75 }
    ])
    expect(`${r.stdout}${r.stderr}`).not.toContain(ADMIN_KEY)
  })

  it('an empty window gives an empty snapshot', async () => {
    api.reset()
    const r = await sync(['--days', '7'])
    expect(r.code).toBe(0)
    expect(snapshot()).toMatchObject({ window: { start: '2026-11-24', end: TODAY, days: 7 }, images: [], costs: [] })
    expect(api.requests[0]?.query.get('limit')).toBe('7')
  })

  it('waits as Retry-After says on 429, retries a 500, and then succeeds', async () => {
    api.reset()
    api.images = [imageBucket(0, [imageResult('gpt-image-2', 4)])]
    api.script.images = [{ status: 429, headers: { 'retry-after': '2' }, body: '{"error":{"message":"slow down"}}' }, { status: 500 }]
    const r = await sync()
    expect(r.code).toBe(0)
    expect(r.slept).toEqual([2000, 2000])
    expect(r.stderr).toContain('OpenAI answered HTTP 429')
    expect(r.stderr).toContain('OpenAI answered HTTP 500')
    expect(snapshot().images[0]?.images).toBe(4)
    // A Retry-After past the cap waits only the cap.
    expect(backoff(1, '3600', 60_000)).toBe(60_000)
    expect(backoff(3, null, 60_000)).toBe(4000)
  })

  it('on 401 and 403 says an admin key is needed, never prints the key, and leaves the previous snapshot untouched', async () => {
    const before = readFileSync(snapshotPath(), 'utf8')
    for (const status of [401, 403]) {
      api.reset()
      api.script.images = [{ status, body: '{"error":{"message":"insufficient permissions"}}' }]
      const r = await sync()
      expect(r.code).toBe(2)
      expect(r.stderr).toContain(`OpenAI refused the key (HTTP ${status})`)
      expect(r.stderr).toContain('need an Admin API key')
      expect(r.stderr).toContain('is left as it was')
      expect(`${r.stdout}${r.stderr}`).not.toContain(ADMIN_KEY)
      expect(readFileSync(snapshotPath(), 'utf8')).toBe(before)
    }
    const missing = await sync([], {})
    expect(missing.code).toBe(2)
    expect(missing.stderr).toContain('OPENAI_ADMIN_KEY is not set')
  })

  it('a malformed answer is a clear error, and the previous snapshot stays', async () => {
    const before = readFileSync(snapshotPath(), 'utf8')
    api.reset()
    api.images = [imageBucket(0, [imageResult('gpt-image-2', 4)])]
    api.script.costs = [{ status: 200, body: JSON.stringify({ object: 'page', data: [{ results: [{ amount: { value: 'lots' } }] }], has_more: false }) }]
    const r = await sync()
    expect(r.code).toBe(2)
    expect(r.stderr).toContain('the answer from /organization/costs (page 1): bucket 0, result 0: "amount.value" is not a number')
    expect(readFileSync(snapshotPath(), 'utf8')).toBe(before)
    api.reset()
    api.script.images = [{ status: 200, body: 'not json' }]
    expect((await sync()).stderr).toContain('is not JSON')
    expect(readFileSync(snapshotPath(), 'utf8')).toBe(before)
    expect(existsSync(join(dir, 'usage/.snapshot.json.tmp'))).toBe(false)
  })

  it('gives up after its attempts on a server that keeps failing', async () => {
    api.reset()
    api.script.images = Array.from({ length: 5 }, () => ({ status: 503 }))
    const r = await sync()
    expect(r.code).toBe(2)
    expect(r.stderr).toContain('OpenAI answered HTTP 503 for ')
    expect(r.stderr).toContain('gave up after 5 attempts')
    expect(r.slept).toEqual([1000, 2000, 4000, 8000])
  })
})

/** The CLI over an in-memory file system that records what it writes. */
async function cliWith(argv: string[], files: Record<string, string>) {
  let stdout = ''
  let stderr = ''
  const code = await runCli(argv, {
    readText: (path) => (path in files ? { ok: true, text: files[path] as string } : { ok: false, missing: true, message: 'file not found' }),
    writeFileAtomic: (path, text) => {
      files[path] = text
      return { ok: true }
    },
    now: () => `${TODAY}T06:00:00Z`,
    today: () => TODAY,
    stdout: (t) => void (stdout += t),
    stderr: (t) => void (stderr += t),
    version: VERSION
  })
  return { code, stdout, stderr }
}

const call = (quality: string, output: number, n = 1, imageTokens = 0) =>
  JSON.stringify({ model: 'gpt-image-2', quality, size: '1024x1024', n, usage: { input_tokens: 50 + imageTokens, input_tokens_details: { text_tokens: 50, image_tokens: imageTokens }, output_tokens: output } })

describe('usage import', () => {
  it('writes measured tokens per image for each model, quality and size: calls, mean, p90, input-image tokens', async () => {
    const lines = [call('low', 200), call('low', 400, 2, 100), call('low', 260), call('medium', 1500), '']
    const files: Record<string, string> = { 'calls.jsonl': lines.join('\n') }
    const r = await cliWith(['usage', 'import', '--jsonl', 'calls.jsonl', '--out', 'measured.json'], files)
    expect(r.stderr).toBe('')
    expect(r.code).toBe(0)
    const measured = JSON.parse(files['measured.json'] as string) as { entries: unknown[] }
    expect(measured).toMatchObject({ schema_version: 1, source: 'calls.jsonl' })
    expect(measured.entries).toEqual([
      // 200 + 400 + 260 tokens over 4 images; per call 200, 200, 260 a image.
      { model: 'gpt-image-2', quality: 'low', size: '1024x1024', calls: 3, images: 4, mean_output_tokens_per_image: 215, p90_output_tokens_per_image: 260, mean_input_image_tokens: 100 / 3 },
      { model: 'gpt-image-2', quality: 'medium', size: '1024x1024', calls: 1, images: 1, mean_output_tokens_per_image: 1500, p90_output_tokens_per_image: 1500, mean_input_image_tokens: 0 }
    ])
  })

  it('names the line and field of a call it cannot read, and writes nothing', async () => {
    const files: Record<string, string> = { 'calls.jsonl': `${call('low', 200)}\n{"model": "gpt-image-2", "quality": "low", "size": "1024x1024"}\nnot json\n` }
    const r = await cliWith(['usage', 'import', '--jsonl', 'calls.jsonl', '--out', 'measured.json'], files)
    expect(r.code).toBe(2)
    expect(r.stderr).toContain("calls.jsonl:2:1: usage: usage: expected the response's usage object")
    expect(r.stderr).toContain('calls.jsonl:3:1: not valid JSON; expected one JSON object per line')
    expect(files['measured.json']).toBeUndefined()
  })
})

describe('check: projected against actual', () => {
  // 30 days is 720 hours: actual figures are scaled by 730 / 720 to a month.
  const snapshot = (images: { model: string; images: number; project_id?: string }[], costs: { project_id: string; usd: number; line_item?: string }[] = [], fetched = `${TODAY}T06:00:00Z`) =>
    JSON.stringify({
      schema_version: 1,
      fetched_at: fetched,
      window: { start: '2026-11-01', end: TODAY, days: 30 },
      images: images.map((i) => ({ size: '1024x1024', source: 'image.generation', project_id: i.project_id ?? null, requests: i.images, ...i })),
      costs: costs.map((c) => ({ line_item: 'Image models', ...c }))
    })
  const config = (workloads: string, usage = 'usage:\n  snapshot: snapshot.json\n') => `version: 1\n${usage}workloads:\n${workloads}`
  const workload = (name: string, images: number, extra = '') => `  - name: ${name}\n    model: gpt-image-2\n    quality: low\n    size: 1024x1024\n    images_per_month: ${images}\n${extra}`
  const check = async (files: Record<string, string>, args: string[] = []) => {
    const r = await cliWith(['check', '--config', 'image-cost.yml', '--format', 'json', '--date', TODAY, ...args], files)
    return { ...r, report: r.stdout ? (JSON.parse(r.stdout) as { findings: { rule: string; message: string; line?: number; fix?: string }[]; usage: { models: { model: string; projected_images_per_month: number; actual_images_per_month: number; drift_percent: number }[]; projects: { project_id: string; projected_monthly_usd: number; actual_monthly_usd: number }[] } | null; assumptions: string[]; workloads: { assumptions: number[]; output_pricing: { tokens_per_image?: number; confidence?: string }; monthly_usd: number }[] }) : undefined }
  }

  it('within drift_warn_percent: the figures, no finding', async () => {
    const r = await check({ 'image-cost.yml': config(workload('thumbs', 10000)), 'snapshot.json': snapshot([{ model: 'gpt-image-2', images: 9000 }]) })
    expect(r.code).toBe(0)
    expect(r.report?.usage?.models).toEqual([{ model: 'gpt-image-2', projected_images_per_month: 10000, actual_images_per_month: (9000 * 730) / 720, drift_percent: expect.closeTo(((10000 - 9125) / 9125) * 100, 9) }])
    expect(r.report?.findings).toEqual([])
  })

  it('compares only the organization\'s provider\'s workloads: another vendor\'s are not in its usage', async () => {
    const flux = '  - name: flux\n    provider: bfl\n    model: flux-2-pro\n    size: 1024x1024\n    images_per_month: 5000\n'
    const r = await check({ 'image-cost.yml': config(workload('thumbs', 10000) + flux), 'snapshot.json': snapshot([{ model: 'gpt-image-2', images: 9000 }]) })
    expect(r.report?.usage?.models.map((m) => m.model)).toEqual(['gpt-image-2'])
    expect(r.report?.findings).toEqual([])
  })

  it('usage.drift both ways, naming the model, both figures and the workloads to update', async () => {
    const over = await check({ 'image-cost.yml': config(workload('thumbs', 10000)), 'snapshot.json': snapshot([{ model: 'gpt-image-2', images: 4000 }]) })
    expect(over.report?.findings).toEqual([
      expect.objectContaining({ rule: 'usage.drift', line: 9, message: 'gpt-image-2 is projected at 10,000 billed images/month, but the organization generated 4,056 (+146.6%, more than 25% either way)', fix: 'update images_per_month (or retry_rate) of "thumbs" to match, or explain the difference' })
    ])
    const under = await check({ 'image-cost.yml': config(workload('thumbs', 1000)), 'snapshot.json': snapshot([{ model: 'gpt-image-2', images: 4000 }]) })
    expect(under.report?.findings.map((f) => f.message)).toEqual(['gpt-image-2 is projected at 1,000 billed images/month, but the organization generated 4,056 (-75.3%, more than 25% either way)'])
    // A team's own threshold.
    const loose = await check({ 'image-cost.yml': config(workload('thumbs', 1000), 'usage:\n  snapshot: snapshot.json\n  drift_warn_percent: 80\n'), 'snapshot.json': snapshot([{ model: 'gpt-image-2', images: 4000 }]) })
    expect(loose.report?.findings).toEqual([])
  })

  it('usage.unmodelled: a model that spends but no workload uses, a project no workload names', async () => {
    const files = {
      'image-cost.yml': config(workload('thumbs', 1000, '    openai_project: proj_web\n')),
      'snapshot.json': snapshot([{ model: 'gpt-image-2', images: 1000 }, { model: 'gpt-image-1.5', images: 300 }], [{ project_id: 'proj_web', usd: 5.8 }, { project_id: 'proj_ghost', usd: 12 }])
    }
    const r = await check(files)
    expect(r.report?.findings.map((f) => `${f.rule}: ${f.message}`)).toEqual([
      expect.stringMatching(/^usage\.unmodelled: gpt-image-1\.5 generated 304 images\/month \(snapshot\.json, the 30 days from 2026-11-01 up to 2026-12-01\), but no workload uses it$/),
      'usage.unmodelled: project proj_ghost spent $12.17/month on images (snapshot.json), but no workload names it in openai_project'
    ])
  })

  it('ties workloads to projects: projected USD against the project\'s image costs (other line items are left out)', async () => {
    const files = {
      'image-cost.yml': config(workload('thumbs', 10000, '    openai_project: proj_web\n')),
      // $58.80 projected; $20 of images and $100 of chat spent in the window.
      'snapshot.json': snapshot([{ model: 'gpt-image-2', images: 10000 }], [{ project_id: 'proj_web', usd: 20 }, { project_id: 'proj_web', usd: 100, line_item: 'GPT-5 input' }])
    }
    const r = await check(files)
    expect(r.report?.usage?.projects).toEqual([{ project_id: 'proj_web', projected_monthly_usd: expect.closeTo(58.8, 9), actual_monthly_usd: expect.closeTo((20 * 730) / 720, 9), drift_percent: expect.any(Number) }])
    expect(r.report?.findings).toEqual([expect.objectContaining({ rule: 'usage.drift', line: 10, message: expect.stringMatching(/^project proj_web is projected at \$58\.80\/month, but it spent \$20\.28\/month on images/) })])
  })

  it('usage.stale when the snapshot is older than max_age_days; --usage names another snapshot', async () => {
    const files = { 'image-cost.yml': config(workload('thumbs', 1000)), 'snapshot.json': snapshot([{ model: 'gpt-image-2', images: 1000 }], [], '2026-11-10T00:00:00Z'), 'fresh.json': snapshot([{ model: 'gpt-image-2', images: 1000 }]) }
    expect((await check(files)).report?.findings).toEqual([expect.objectContaining({ rule: 'usage.stale', message: 'the usage snapshot snapshot.json was fetched on 2026-11-10, 21 days before 2026-12-01 (more than max_age_days 14)' })])
    expect((await check(files, ['--usage', 'fresh.json'])).report?.findings).toEqual([])
  })

  it('measured tokens replace the catalog\'s estimate for the model, quality and size measured', async () => {
    const measured = JSON.stringify({ schema_version: 1, imported_at: TODAY, source: 'calls.jsonl', entries: [{ model: 'gpt-image-2', quality: 'low', size: '1024x1024', calls: 120, images: 130, mean_output_tokens_per_image: 250, p90_output_tokens_per_image: 300, mean_input_image_tokens: 0 }] })
    const plain = await check({ 'image-cost.yml': config(workload('thumbs', 1000), '') })
    const files = { 'image-cost.yml': config(workload('thumbs', 1000), 'usage:\n  measured: measured.json\n'), 'measured.json': measured }
    const r = await check(files)
    const [before, after] = [plain.report?.workloads[0], r.report?.workloads[0]]
    expect(before?.output_pricing.confidence).toBeUndefined()
    expect(after?.output_pricing).toMatchObject({ tokens_per_image: 250, confidence: 'measured' })
    expect(after?.assumptions.map((i) => r.report?.assumptions[i])).toContain("output tokens per image measured: 120 calls, mean 250 tokens (the catalog's estimate is replaced)")
    // Linear in the tokens: the output cost moves by 250 / the estimate.
    expect(after?.monthly_usd).toBeCloseTo(((before?.monthly_usd ?? 0) * 250) / (before?.output_pricing.tokens_per_image ?? 1), 6)
    // A file the config names that is broken is an error at its line and field.
    const broken = await cliWith(['check', '--config', 'image-cost.yml'], { ...files, 'measured.json': measured.replace('"calls":120', '"calls":-1') })
    expect(broken.code).toBe(2)
    expect(broken.stderr).toMatch(/^measured\.json:1:\d+: entries\[0\]\.calls: expected a number >= 1, found number -1/)
  })

  it('with several configs, the snapshot is compared with their sum', async () => {
    const files = {
      'a/image-cost.yml': config(workload('thumbs', 5000), 'usage:\n  snapshot: ../snapshot.json\n'),
      'b/image-cost.yml': config(workload('heroes', 5000), ''),
      'snapshot.json': snapshot([{ model: 'gpt-image-2', images: 9900 }])
    }
    const alone = await cliWith(['check', '--config', 'a/image-cost.yml', '--format', 'json', '--date', TODAY], files)
    expect((JSON.parse(alone.stdout) as { findings: { rule: string }[] }).findings.map((f) => f.rule)).toEqual(['usage.drift'])
    const both = await cliWith(['check', '--config', 'a/image-cost.yml', '--config', 'b/image-cost.yml', '--format', 'json', '--date', TODAY], files)
    const report = JSON.parse(both.stdout) as { findings: unknown[]; usage: { models: { projected_images_per_month: number }[] }; projects: { usage: unknown }[] }
    expect(report.findings).toEqual([])
    expect(report.usage.models[0]?.projected_images_per_month).toBe(10000)
    expect(report.projects.map((p) => p.usage)).toEqual([null, null])
    const table = await cliWith(['check', '--config', 'a/image-cost.yml', '--config', 'b/image-cost.yml', '--date', TODAY], files)
    expect(table.stdout).toMatch(/PROJECTED VS ACTUAL \(the 30 days from 2026-11-01 up to 2026-12-01, per 730-hour month\)\nMODEL +PROJECTED IMAGES\/MO +ACTUAL IMAGES\/MO +DRIFT\ngpt-image-2 +10,000 +10,038 +-0\.4%/)
  })
})
