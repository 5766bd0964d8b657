import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { parseActionInputs, repoPath, InputError, type ActionInputs } from '../src/action/inputs.js'
import { runAction, type ActionPorts, type Annotation } from '../src/action/run.js'
import { commentMarker } from '../src/report/comment.js'
import { FakeGitHub } from './fake-github.js'
import { TODAY } from './helpers.js'

const CONFIG = '.github/image-cost.yml'
const BASE_SHA = 'b'.repeat(40)
const PASSING = 'version: 1\nbudget: { monthly_usd: 100, max_increase_usd: 5 }\nworkloads:\n  - { name: a, model: gpt-image-2, quality: low, size: 1024x1024, images_per_month: 1000 }\n'
const PRICIER = PASSING.replace('1000', '3000') // +$11.76/month

interface Harness {
  ports: ActionPorts
  github: FakeGitHub
  outputs: Record<string, string>
  annotations: { level: string; message: string; where: Annotation }[]
  warnings: string[]
  summary: string[]
  failed: string[]
  /** The JSON report the run wrote. */
  reportJson?: string
}

function harness(opts: { head?: string; base?: string | null; event?: string; inputs?: Partial<ActionInputs>; github?: FakeGitHub } = {}): Harness {
  const github = opts.github ?? new FakeGitHub()
  if (opts.base !== null && opts.base !== undefined) github.files.set(`${BASE_SHA}:${CONFIG}`, opts.base)
  const h: Omit<Harness, 'ports'> = { github, outputs: {}, annotations: [], warnings: [], summary: [], failed: [] }
  const event = opts.event ?? 'pull_request'
  const ports: ActionPorts = {
    inputs: { configs: [CONFIG], catalogs: [], token: 't', comment: 'update', commentKey: 'default', commentAuthor: 'github-actions[bot]', failOn: 'error', thresholdsFrom: 'head', date: TODAY, ...opts.inputs },
    eventName: event,
    ...(event.startsWith('pull_request') ? { pullRequest: { number: 7, baseSha: BASE_SHA, headSha: 'h'.repeat(40) } } : {}),
    repo: { owner: 'o', repo: 'r' },
    listWorkspaceFiles: async () => [],
    readWorkspaceFile: (path) => (path === CONFIG && opts.head !== undefined ? { ok: true, text: opts.head } : { ok: false, message: 'file not found' }),
    github: () => github,
    today: () => '2000-01-01',
    runUrl: 'https://github.test/o/r/actions/runs/1',
    info: () => undefined,
    warning: (m) => void h.warnings.push(m),
    annotate: (level, message, where) => void h.annotations.push({ level, message, where }),
    writeSummary: async (md) => void h.summary.push(md),
    writeReportFile: (write) => {
      let json = ''
      write((text) => void (json += text))
      h.reportJson = json
      return '/tmp/report.json'
    },
    setOutput: (name, value) => void (h.outputs[name] = value),
    setFailed: (m) => void h.failed.push(m)
  }
  return Object.assign(h, { ports })
}

describe('action: pull requests', () => {
  it('prices head against the base at the PR base SHA, comments once and passes', async () => {
    const h = harness({ head: PRICIER.replace('3000', '1100'), base: PASSING })
    const outcome = await runAction(h.ports)
    expect(outcome).toMatchObject({ status: 'pass', failed: false })
    // The second listing checks that no overlapping run created a comment at the same time.
    expect(h.github.calls).toEqual([`GET contents ${CONFIG}@${BASE_SHA}`, 'GET comments #7', 'POST comment #7', 'GET comments #7'])
    expect(h.outputs).toMatchObject({ status: 'pass', 'total-monthly-usd': '6.47', 'base-total-monthly-usd': '5.88', 'delta-usd': '0.59', 'delta-percent': '10.00', 'report-json': '/tmp/report.json' })
    expect(h.outputs['comment-url']).toBe('https://github.test/o/r/pull/7#issuecomment-100')
    expect(h.outputs['comment-body']?.startsWith(commentMarker('default'))).toBe(true)
    expect(h.github.comments[0]?.body).toBe(h.outputs['comment-body'])
    expect(h.summary[0]).toMatch(/^### ✅ Image generation cost: \$6.47\/month/)
    expect(h.failed).toEqual([])
  })

  it('edits the same comment on the next run instead of posting another', async () => {
    const github = new FakeGitHub()
    await runAction(harness({ head: PASSING, base: PASSING, github }).ports)
    await runAction(harness({ head: PRICIER.replace('3000', '1100'), base: PASSING, github }).ports)
    await runAction(harness({ head: PRICIER.replace('3000', '1100'), base: PASSING, github }).ports)
    expect(github.comments).toHaveLength(1)
    expect(github.calls.filter((c) => !c.startsWith('GET'))).toEqual(['POST comment #7', 'PATCH comment 100'])
  })

  it('fails the step when the gate fails, with the findings annotated at their lines', async () => {
    const h = harness({ head: PRICIER, base: PASSING })
    const outcome = await runAction(h.ports)
    expect(outcome).toMatchObject({ status: 'fail', failed: true })
    expect(h.annotations).toEqual([
      { level: 'error', message: expect.stringMatching(/^this change adds \$11.76\/month/), where: { title: 'image-cost-gate budget.increase_usd', file: CONFIG, startLine: 2, startColumn: 47 } }
    ])
    expect(h.failed[0]).toMatch(/^image-cost-gate: 1 finding at or above fail-on=error. budget.increase_usd: /)
    expect(h.github.comments).toHaveLength(1) // the comment is posted all the same
  })

  it('treats a 404 for the base file as a new file: base total 0', async () => {
    const h = harness({ head: PASSING, base: null })
    await runAction(h.ports)
    expect(h.outputs).toMatchObject({ 'base-total-monthly-usd': '0.00', 'delta-usd': '5.88', 'delta-percent': '' })
    expect(h.summary[0]).toContain('| added |')
  })

  it('enforces the base budget with thresholds-from base', async () => {
    const generous = PRICIER.replace('max_increase_usd: 5', 'max_increase_usd: 500')
    expect((await runAction(harness({ head: generous, base: PASSING }).ports)).failed).toBe(false)
    expect((await runAction(harness({ head: generous, base: PASSING, inputs: { thresholdsFrom: 'base' } }).ports)).failed).toBe(true)
  })

  it('on a read-only (fork) token: warns once with the fix, still writes the summary and outputs and applies the gate', async () => {
    const github = new FakeGitHub()
    github.failures.create = 403
    const h = harness({ head: PRICIER, base: PASSING, github })
    const outcome = await runAction(h.ports)
    expect(h.warnings).toHaveLength(1)
    expect(h.warnings[0]).toMatch(/403.*pull-requests: write.*workflow_run/)
    expect(h.summary).toHaveLength(1)
    expect(h.outputs.status).toBe('fail')
    expect(h.outputs['comment-url']).toBe('')
    expect(outcome.failed).toBe(true)
  })

  it('fails when the base config cannot be read and a rule needs it', async () => {
    const github = new FakeGitHub()
    github.failures.get = 500
    const h = harness({ head: PASSING, github })
    const outcome = await runAction(h.ports)
    expect(outcome.failed).toBe(true)
    expect(h.warnings).toEqual([expect.stringMatching(/^Could not read the base config: .*HTTP 500.*Without it budget.max_increase_usd cannot be checked, so the step fails/)])
    expect(h.failed).toEqual([expect.stringMatching(/^image-cost-gate: 1 finding at or above fail-on=error\. base\.unavailable: the base config cannot be evaluated \(reading .*HTTP 500/)])
    // The status output, the report and the headline say what the step says.
    expect(h.summary[0]).toMatch(/^### ❌ Image generation cost: \$5.88\/month/)
    expect(h.outputs).toMatchObject({ status: 'fail', 'total-monthly-usd': '5.88', 'base-total-monthly-usd': '' })
  })

  it('decides on the head alone when the base cannot be read and no rule needs it', async () => {
    const github = new FakeGitHub()
    github.failures.get = 500
    const h = harness({ head: PASSING.replace(', max_increase_usd: 5', ''), github })
    const outcome = await runAction(h.ports)
    expect(outcome.failed).toBe(false)
    expect(h.warnings).toEqual([expect.stringMatching(/no rule of this config needs the base, so the gate is decided on the head alone/)])
    expect(h.failed).toEqual([])
  })

  it('treats thresholds-from base as needing the base', async () => {
    const github = new FakeGitHub()
    github.failures.get = 401
    const h = harness({ head: PASSING.replace(', max_increase_usd: 5', ''), github, inputs: { thresholdsFrom: 'base' } })
    expect((await runAction(h.ports)).failed).toBe(true)
    expect(h.failed[0]).toMatch(/401.*the base budget \(thresholds-from: base\) cannot be checked/)
  })

  it('reads the head config through the API at the head commit on pull_request_target, never from the workspace', async () => {
    const github = new FakeGitHub()
    github.files.set(`${'h'.repeat(40)}:${CONFIG}`, PRICIER)
    const h = harness({ head: 'version: 1\nworkloads: []\n', base: PASSING, event: 'pull_request_target', github })
    await runAction(h.ports)
    expect(h.github.calls.slice(0, 2)).toEqual([`GET contents ${CONFIG}@${'h'.repeat(40)}`, `GET contents ${CONFIG}@${BASE_SHA}`])
    expect(h.outputs).toMatchObject({ 'total-monthly-usd': '17.64', 'base-total-monthly-usd': '5.88' })
  })

  it('on pull_request_target, matches config globs against the git tree of the head commit, read through the API', async () => {
    const github = new FakeGitHub()
    const HEAD = 'h'.repeat(40)
    github.files.set(`${HEAD}:svc/a/image-cost.yml`, PASSING)
    github.files.set(`${HEAD}:svc/b/image-cost.yml`, PRICIER)
    github.files.set(`${HEAD}:README.md`, '# not a config')
    github.files.set(`${BASE_SHA}:svc/a/image-cost.yml`, PASSING)
    const h = harness({ head: PASSING.replace('1000', '999999'), event: 'pull_request_target', github, inputs: { configs: ['svc/*/image-cost.yml'] } })
    h.ports.listWorkspaceFiles = async () => {
      throw new Error('the workspace is not the pull request\'s')
    }
    await runAction(h.ports)
    expect(github.calls.slice(0, 4)).toEqual([`GET tree ${HEAD}`, `GET contents svc/a/image-cost.yml@${HEAD}`, `GET contents svc/a/image-cost.yml@${BASE_SHA}`, `GET contents svc/b/image-cost.yml@${HEAD}`])
    // a: $5.88 at both; b: added at $17.64.
    expect(h.outputs).toMatchObject({ 'total-monthly-usd': '23.52', 'base-total-monthly-usd': '5.88', 'delta-usd': '17.64' })
  })

  it('reads the usage snapshot the config names from the workspace, as data, with no admin key', async () => {
    const snapshot = JSON.stringify({ schema_version: 1, fetched_at: `${TODAY}T00:00:00Z`, window: { start: '2026-11-01', end: TODAY, days: 30 }, images: [{ model: 'gpt-image-2', size: '1024x1024', source: 'image.generation', project_id: null, images: 300, requests: 300 }], costs: [] })
    const head = PASSING.replace('version: 1\n', 'version: 1\nusage: { snapshot: usage.json }\n')
    const h = harness({ head, base: PASSING })
    const files: Record<string, string> = { [CONFIG]: head, '.github/usage.json': snapshot }
    h.ports.readWorkspaceFile = (path) => (path in files ? { ok: true, text: files[path] as string } : { ok: false, missing: true, message: 'file not found' })
    await runAction(h.ports)
    const report = JSON.parse(h.reportJson ?? '{}') as { usage: { models: { model: string; actual_images_per_month: number }[] }; findings: { rule: string }[] }
    expect(report.usage.models).toEqual([expect.objectContaining({ model: 'gpt-image-2', actual_images_per_month: expect.closeTo((300 * 730) / 720, 9) })])
    // 1,000 projected against 304 used: a drift warning, on the comment too.
    expect(report.findings.map((f) => f.rule)).toEqual(['usage.drift'])
    expect(h.github.comments[0]?.body).toContain('#### Projected vs actual')
    // Only the config's base was read through the API; the snapshot came from the workspace.
    expect(h.github.calls.filter((c) => c.startsWith('GET contents'))).toEqual([`GET contents ${CONFIG}@${BASE_SHA}`])
  })

  it('reports a base config that is no longer valid without failing the PR that fixes it', async () => {
    const h = harness({ head: PASSING.replace(', max_increase_usd: 5', ''), base: 'version: 0\nworkloads: []\n' })
    const outcome = await runAction(h.ports)
    expect(outcome.failed).toBe(false)
    expect(h.warnings[0]).toMatch(/base version of .* is not a valid config .*unsupported version 0.*no rule of this config needs the base/)
    expect(h.outputs['base-total-monthly-usd']).toBe('')
  })

  it('fails, and says fail everywhere, when the base config is invalid and a rule compares with it', async () => {
    // The hole this closes: with the base unusable, an increase must not pass the max_increase rules unchecked.
    const h = harness({ head: PASSING, base: 'version: 0\nworkloads: []\n' })
    const outcome = await runAction(h.ports)
    expect(outcome.failed).toBe(true)
    expect(h.warnings[0]).toMatch(/is not a valid config .*Without it budget\.max_increase_usd cannot be checked, so the step fails; fix the config on the base branch/)
    expect(h.outputs.status).toBe('fail')
    expect(JSON.parse(h.reportJson ?? '{}')).toMatchObject({ status: 'fail', findings: [{ rule: 'base.unavailable', severity: 'error' }] })
    expect(h.outputs['comment-body']).toMatch(/### ❌ Image generation cost/)
    const thresholdsFromBase = harness({ head: PASSING.replace(', max_increase_usd: 5', ''), base: 'version: 0\nworkloads: []\n', inputs: { thresholdsFrom: 'base' } })
    expect((await runAction(thresholdsFromBase.ports)).failed).toBe(true)
  })

  it('locates an error of the base config at the base file\'s own line, past the end of the head file', async () => {
    const base = `${PASSING}${'\n'.repeat(40)}organization: { tier: 9 }\n`
    const h = harness({ head: PASSING, base })
    await runAction(h.ports)
    const line = base.split('\n').findIndex((l) => l.startsWith('organization')) + 1
    expect(line).toBeGreaterThan(PASSING.split('\n').length)
    expect(h.warnings[0]).toContain(`${CONFIG}@base:${line}:`)
  })

  it('makes no comment with comment: off', async () => {
    const h = harness({ head: PASSING, base: PASSING, inputs: { comment: 'off' } })
    await runAction(h.ports)
    expect(h.github.calls).toEqual([`GET contents ${CONFIG}@${BASE_SHA}`])
  })

  it('annotates at most 10 findings of each kind and counts the rest in the summary', async () => {
    const workloads = Array.from({ length: 12 }, (_, i) => `  - { name: w${i}, model: gpt-image-1-mini, quality: low, size: 1024x1024, images_per_month: 10, budget_usd: 0 }`).join('\n')
    const h = harness({ head: `version: 1\nworkloads:\n${workloads}\n`, base: null, inputs: { date: '2026-11-21' } })
    await runAction(h.ports)
    expect(h.annotations.filter((a) => a.level === 'error')).toHaveLength(10)
    expect(h.annotations.filter((a) => a.level === 'warning')).toHaveLength(10)
    expect(h.summary[0]).toMatch(/2 more errors and 2 more warnings are listed in the findings above/)
  })
})

describe('action: other events and bad input', () => {
  it('prices the workspace config alone on push, with no API call', async () => {
    const h = harness({ head: PASSING, event: 'push' })
    await runAction(h.ports)
    expect(h.github.calls).toEqual([])
    expect(h.outputs).toMatchObject({ status: 'pass', 'total-monthly-usd': '5.88', 'base-total-monthly-usd': '', 'delta-usd': '' })
  })

  it('annotates config errors at their line and fails with the message', async () => {
    const h = harness({ head: 'version: 1\nworkloads:\n  - { name: a, model: gpt-image-1-mni, quality: low, size: 1024x1024, images_per_month: 1 }\n', base: PASSING })
    const outcome = await runAction(h.ports)
    expect(outcome.failed).toBe(true)
    expect(h.annotations[0]).toMatchObject({ level: 'error', where: { file: CONFIG, startLine: 3, startColumn: 23 } })
    expect(h.annotations[0]?.message).toMatch(/workloads\[0\].model: unknown model "gpt-image-1-mni"/)
    expect(h.failed[0]).toMatch(/^image-cost-gate: 1 config error:\n\.github\/image-cost.yml:3:23: /)
    expect(h.summary[0]).toMatch(/invalid config/)
    expect(h.github.calls).toEqual([])
  })

  it('fails with a message when the config file is missing', async () => {
    const h = harness({ event: 'push' })
    await runAction(h.ports)
    expect(h.failed[0]).toMatch(/\.github\/image-cost.yml: file not found/)
  })
})

describe('action inputs', () => {
  const get = (values: Record<string, string>) => (name: string) => values[name] ?? ''
  it('applies the documented defaults', () => {
    expect(parseActionInputs(get({ 'github-token': 'x' }), '/ws')).toEqual({
      configs: ['.github/image-cost.yml'],
      catalogs: [],
      token: 'x',
      comment: 'update',
      commentOn: 'always',
      commentKey: 'default',
      commentAuthor: 'github-actions[bot]',
      failOn: 'error',
      thresholdsFrom: 'head'
    })
  })

  it('rejects values outside the documented choices', () => {
    expect(() => parseActionInputs(get({ comment: 'sometimes' }), '/ws')).toThrow(/input comment must be one of update, new, hide-and-new, off/)
    expect(() => parseActionInputs(get({ 'comment-on': 'sometimes' }), '/ws')).toThrow(/input comment-on must be one of always, change, failure/)
    expect(() => parseActionInputs(get({ 'fail-on': 'warn' }), '/ws')).toThrow(InputError)
    expect(() => parseActionInputs(get({ date: 'tomorrow' }), '/ws')).toThrow(/input date must be a calendar day/)
  })

  it('turns the config input into a repository path', () => {
    expect(repoPath('./config/costs.yml', '/ws')).toBe('config/costs.yml')
    expect(repoPath('/ws/config/costs.yml', '/ws')).toBe('config/costs.yml')
    expect(() => repoPath('../elsewhere.yml', '/ws')).toThrow(InputError)
    expect(() => repoPath('/etc/passwd', '/ws')).toThrow(InputError)
  })

  it('declares every input and output in action.yml with a description', async () => {
    const { parse } = await import('yaml')
    const action = parse(readFileSync('action.yml', 'utf8')) as { inputs: Record<string, { description?: string }>; outputs: Record<string, { description?: string }>; runs: Record<string, string> }
    expect(Object.keys(action.inputs).sort()).toEqual(['alternatives', 'catalog', 'comment', 'comment-author', 'comment-key', 'comment-on', 'config', 'date', 'fail-on', 'github-token', 'minimum-change-usd', 'thresholds-from', 'total-budget-usd'])
    const { OUTPUT_NAMES } = await import('../src/action/run.js')
    expect(Object.keys(action.outputs).sort()).toEqual([...OUTPUT_NAMES].sort())
    for (const entry of [...Object.values(action.inputs), ...Object.values(action.outputs)]) expect(entry.description).toBeTruthy()
    expect(action.runs).toEqual({ using: 'node24', main: 'dist/index.js' })
  })
})
