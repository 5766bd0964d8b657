import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals'
import { spawn } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { GitHubStandIn } from './github-stand-in.js'

// Each test runs the bundle as one or more child processes, whose writes the throttling plugin
// spaces a second apart: more than jest's default 5 s on a busy machine.
jest.setTimeout(60_000)

const TOKEN = 'ghs_e2eTestToken0123456789'
const BASE_SHA = 'a'.repeat(40)
const HEAD_SHA = 'c'.repeat(40)
const CONFIG = '.github/image-cost.yml'
const BASE = `version: 1
budget:
  monthly_usd: 100
  max_increase_usd: 20
workloads:
  - { name: thumbs, model: gpt-image-2, quality: low, size: 1024x1024, images_per_month: 1000 }
`
const HEAD_OK = BASE.replace('1000', '2000') // +$5.88
const HEAD_TOO_DEAR = BASE.replace('1000', '5000') // +$23.52

interface RunResult {
  code: number | null
  stdout: string
  outputs: Record<string, string>
  summary: string
}

/** Reads GITHUB_OUTPUT's name<<delimiter blocks. */
function parseOutputs(text: string): Record<string, string> {
  const outputs: Record<string, string> = {}
  const lines = text.split('\n')
  for (let i = 0; i < lines.length; i++) {
    const match = /^([^<]+)<<(.+)$/.exec(lines[i] ?? '')
    if (!match) continue
    const [, name, delimiter] = match
    const value: string[] = []
    for (i++; i < lines.length && lines[i] !== delimiter; i++) value.push(lines[i] ?? '')
    outputs[name as string] = value.join('\n')
  }
  return outputs
}

describe('the action bundle (dist/index.js) on a pull_request event', () => {
  const api = new GitHubStandIn()
  let apiUrl = ''

  beforeAll(async () => {
    apiUrl = await api.start()
  })
  afterAll(() => api.stop())

  const PULL_REQUEST_EVENT = {
    name: 'pull_request',
    payload: { action: 'synchronize', number: 7, pull_request: { number: 7, base: { sha: BASE_SHA, ref: 'main' }, head: { sha: HEAD_SHA, ref: 'feature' } }, repository: { name: 'r', owner: { login: 'o' } } }
  }

  /** Runs the bundle with `headConfig` (or these files) in the workspace (the checkout a pull_request event has). */
  async function runAction(headConfig: string | Record<string, string>, inputs: Record<string, string> = {}, on: { name: string; payload: unknown } = PULL_REQUEST_EVENT): Promise<RunResult> {
    const dir = mkdtempSync(join(tmpdir(), 'icg-e2e-'))
    const workspace = join(dir, 'workspace')
    for (const [path, text] of Object.entries(typeof headConfig === 'string' ? { [CONFIG]: headConfig } : headConfig)) {
      mkdirSync(join(workspace, path, '..'), { recursive: true })
      writeFileSync(join(workspace, path), text)
    }
    const event = join(dir, 'event.json')
    writeFileSync(event, JSON.stringify(on.payload))
    const outputFile = join(dir, 'output')
    const summaryFile = join(dir, 'summary.md')
    writeFileSync(outputFile, '')
    writeFileSync(summaryFile, '')
    const env: Record<string, string> = {
      PATH: process.env.PATH ?? '',
      HOME: dir,
      GITHUB_ACTIONS: 'true',
      GITHUB_EVENT_NAME: on.name,
      GITHUB_EVENT_PATH: event,
      GITHUB_REPOSITORY: 'o/r',
      GITHUB_API_URL: apiUrl,
      GITHUB_SERVER_URL: 'https://github.test',
      GITHUB_RUN_ID: '42',
      GITHUB_WORKSPACE: workspace,
      GITHUB_OUTPUT: outputFile,
      GITHUB_STEP_SUMMARY: summaryFile,
      RUNNER_TEMP: dir,
      'INPUT_GITHUB-TOKEN': TOKEN,
      INPUT_CONFIG: CONFIG,
      INPUT_COMMENT: 'update',
      'INPUT_COMMENT-KEY': 'default',
      'INPUT_COMMENT-AUTHOR': 'github-actions[bot]',
      'INPUT_FAIL-ON': 'error',
      'INPUT_THRESHOLDS-FROM': 'head',
      INPUT_DATE: '2026-11-21',
      ...inputs
    }
    const child = spawn(process.execPath, ['dist/index.js'], { env, cwd: process.cwd() })
    let stdout = ''
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()))
    child.stderr.on('data', (d: Buffer) => (stdout += d.toString()))
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve))
    return { code, stdout, outputs: parseOutputs(readFileSync(outputFile, 'utf8')), summary: readFileSync(summaryFile, 'utf8') }
  }

  it('reads the base config at the base SHA, posts one comment, sets the outputs and summary, and passes', async () => {
    api.files.set(`${BASE_SHA}:${CONFIG}`, BASE)
    const result = await runAction(HEAD_OK)
    expect(result.code).toBe(0)
    expect(api.requests.map((r) => `${r.method} ${r.path}`)).toEqual([
      `GET /repos/o/r/contents/.github%2Fimage-cost.yml?ref=${BASE_SHA}`,
      'GET /repos/o/r/issues/7/comments?per_page=100',
      'POST /repos/o/r/issues/7/comments',
      // Listed again: an overlapping run may have created a comment at the same moment.
      'GET /repos/o/r/issues/7/comments?per_page=100'
    ])
    expect(api.requests[0]?.accept).toBe('application/vnd.github.v3.raw')
    expect(api.requests.every((r) => r.authorization === `token ${TOKEN}`)).toBe(true)
    expect(api.comments).toHaveLength(1)
    const comment = api.comments[0]
    expect(comment?.body.split('\n').slice(0, 2)).toEqual([
      '<!-- image-cost-gate:comment key="default" -->',
      `<!-- image-cost-gate:run id=42 attempt=1 sha=${HEAD_SHA} -->`
    ])
    expect(comment?.body).toContain('### ✅ Image generation cost: $11.76/month (+$5.88, +100.0%)')
    expect(result.outputs).toMatchObject({
      status: 'pass',
      'total-monthly-usd': '11.76',
      'base-total-monthly-usd': '5.88',
      'delta-usd': '5.88',
      'delta-percent': '100.00',
      'comment-url': `https://github.test/o/r/pull/7#issuecomment-${comment?.id}`
    })
    expect(result.outputs['comment-body']).toBe(comment?.body)
    const report = JSON.parse(readFileSync(result.outputs['report-json'] ?? '', 'utf8')) as { total_monthly_usd: number; diff: { total_delta_usd: number } }
    expect(report.total_monthly_usd).toBeCloseTo(11.76, 9)
    expect(result.summary).toContain('### ✅ Image generation cost: $11.76/month')
    // The only place the token may appear is the command that tells the runner to mask it.
    const log = result.stdout.split('\n').filter((line) => line !== `::add-mask::${TOKEN}`).join('\n')
    expect(result.stdout).toContain(`::add-mask::${TOKEN}`)
    expect(`${log}${result.summary}${JSON.stringify(result.outputs)}${comment?.body}`).not.toContain(TOKEN)
  })

  it('edits the same comment on the second run instead of posting another, and fails a PR over its limit', async () => {
    const before = api.comments.map((c) => c.id)
    api.requests = []
    const result = await runAction(HEAD_TOO_DEAR)
    expect(result.code).toBe(1)
    expect(api.comments.map((c) => c.id)).toEqual(before)
    expect(api.requests.map((r) => r.method)).toEqual(['GET', 'GET', 'PATCH'])
    expect(api.comments[0]?.body).toContain('### ❌ Image generation cost: $29.40/month (+$23.52, +400.0%)')
    expect(result.outputs.status).toBe('fail')
    expect(result.stdout).toContain('::error title=image-cost-gate budget.increase_usd,file=.github/image-cost.yml,line=4,col=21::this change adds $23.52/month')
    expect(result.stdout).toMatch(/::error::image-cost-gate: 1 finding at or above fail-on=error/)
  })

  it('skips the update when nothing changed, and finds its comment past the first page', async () => {
    for (let i = 0; i < 5; i++) api.addComment(7, `unrelated ${i}`, 'someone')
    api.comments.push(api.comments.shift() as (typeof api.comments)[number]) // ours is now on the last page
    api.perPage = 2
    api.requests = []
    const result = await runAction(HEAD_TOO_DEAR)
    expect(result.code).toBe(1)
    expect(api.requests.filter((r) => r.method !== 'GET')).toEqual([])
    expect(api.requests.filter((r) => r.path.includes('/comments')).map((r) => r.path)).toEqual([
      '/repos/o/r/issues/7/comments?per_page=100',
      '/repos/o/r/issues/7/comments?per_page=2&page=2',
      '/repos/o/r/issues/7/comments?per_page=2&page=3'
    ])
    expect(api.comments.filter((c) => c.body.startsWith('<!-- image-cost-gate'))).toHaveLength(1)
    api.perPage = undefined
  })

  describe('comment control', () => {
    const comments = () => api.comments.filter((c) => c.body.startsWith('<!-- image-cost-gate'))
    const fresh = () => {
      api.requests = []
      api.comments = []
      api.graphql = []
      api.minimized.clear()
      api.files.set(`${BASE_SHA}:${CONFIG}`, BASE)
    }

    it('comment-on: change posts nothing for a PR that changes no cost, posts for one that does, then keeps that comment up to date', async () => {
      fresh()
      const same = await runAction(BASE, { 'INPUT_COMMENT-ON': 'change' })
      expect(same.code).toBe(0)
      expect(comments()).toEqual([])
      expect(same.stdout).toContain('No comment: comment-on: change, and the pull request changes no cost and the check passes')
      const changed = await runAction(HEAD_OK, { 'INPUT_COMMENT-ON': 'change' })
      expect(changed.code).toBe(0)
      expect(comments()).toHaveLength(1)
      // Back to no change: the existing comment is edited, so it never goes stale.
      await runAction(BASE, { 'INPUT_COMMENT-ON': 'change' })
      expect(comments()).toHaveLength(1)
      expect(comments()[0]?.body).toContain('### ✅ Image generation cost: $5.88/month ($0.00, 0.0%)')
    })

    it('comment-on: failure posts only for a failing check', async () => {
      fresh()
      const passing = await runAction(HEAD_OK, { 'INPUT_COMMENT-ON': 'failure' })
      expect([passing.code, comments()]).toEqual([0, []])
      expect(passing.stdout).toContain('No comment: comment-on: failure, and the check passed')
      const failing = await runAction(HEAD_TOO_DEAR, { 'INPUT_COMMENT-ON': 'failure' })
      expect(failing.code).toBe(1)
      expect(comments()).toHaveLength(1)
      expect(comments()[0]?.body).toContain('### ❌')
    })

    it('minimum-change-usd: no new comment for a smaller change that passes; a failing one is posted whatever its size', async () => {
      fresh()
      const small = await runAction(HEAD_OK, { 'INPUT_MINIMUM-CHANGE-USD': '10' })
      expect([small.code, comments()]).toEqual([0, []])
      expect(small.stdout).toContain('No comment: minimum-change-usd: the total changes by $5.88/month, less than $10.00, and the check passes')
      const large = await runAction(HEAD_TOO_DEAR, { 'INPUT_MINIMUM-CHANGE-USD': '100' })
      expect(large.code).toBe(1)
      expect(comments()).toHaveLength(1)
      const bad = await runAction(HEAD_OK, { 'INPUT_MINIMUM-CHANGE-USD': 'five' })
      expect(bad.code).toBe(1)
      expect(bad.stdout).toContain('input minimum-change-usd must be a number of US dollars')
    })

    it('comment: hide-and-new posts a fresh comment and hides the previous one through GraphQL minimizeComment', async () => {
      fresh()
      await runAction(HEAD_OK, { INPUT_COMMENT: 'hide-and-new' })
      expect(comments()).toHaveLength(1)
      expect(api.graphql).toEqual([])
      const first = comments()[0]
      await runAction(HEAD_TOO_DEAR, { INPUT_COMMENT: 'hide-and-new' })
      expect(comments()).toHaveLength(2)
      const mutations = api.graphql.filter((g) => g.query.includes('minimizeComment'))
      expect(mutations).toHaveLength(1)
      expect(mutations[0]?.query).toContain('classifier: OUTDATED')
      expect(mutations[0]?.variables).toEqual({ id: `IC_${first?.id}` })
      expect(api.minimized).toEqual(new Set([`IC_${first?.id}`]))
      // A third run hides only the comment not hidden yet.
      const second = comments()[1]
      api.graphql = []
      await runAction(HEAD_OK, { INPUT_COMMENT: 'hide-and-new' })
      expect(api.graphql.filter((g) => g.query.includes('minimizeComment')).map((g) => g.variables)).toEqual([{ id: `IC_${second?.id}` }])
      expect(comments()).toHaveLength(3)
      // Three runs, each spacing its writes a second apart as GitHub asks (the throttling plugin).
    }, 60_000)
  })

  it('on merge_group: prices the workspace config against the group\'s base commit, and makes no comment', async () => {
    api.requests = []
    api.comments = []
    api.files.set(`${BASE_SHA}:${CONFIG}`, BASE)
    const result = await runAction(HEAD_TOO_DEAR, {}, { name: 'merge_group', payload: { merge_group: { base_sha: BASE_SHA, head_sha: HEAD_SHA, head_ref: 'refs/heads/gh-readonly-queue/main/pr-7', base_ref: 'refs/heads/main' } } })
    expect(result.code).toBe(1)
    expect(api.requests.map((r) => `${r.method} ${r.path}`)).toEqual([`GET /repos/o/r/contents/.github%2Fimage-cost.yml?ref=${BASE_SHA}`])
    expect(api.comments).toEqual([])
    expect(result.outputs).toMatchObject({ status: 'fail', 'delta-usd': '23.52', 'comment-url': '' })
    expect(result.summary).toContain('### ❌ Image generation cost: $29.40/month (+$23.52, +400.0%)')
  })

  describe('on workflow_run (the fork-safe comment workflow)', () => {
    const FORK_HEAD = 'd'.repeat(40)
    const workflowRun = (headSha: string) => ({
      name: 'workflow_run',
      payload: {
        action: 'completed',
        workflow_run: { id: 77, event: 'pull_request', head_sha: headSha, head_branch: 'feature', head_repository: { owner: { login: 'fork' } }, pull_requests: [] },
        repository: { name: 'r', owner: { login: 'o' } }
      }
    })
    // The workspace holds the default branch: whatever it says must not be what is priced.
    const DEFAULT_BRANCH = BASE.replace('1000', '999999')

    it('finds the pull request from the run\'s head, prices the head config read through the API, and comments', async () => {
      api.requests = []
      api.comments = []
      api.pulls = [{ number: 8, label: 'fork:feature', baseSha: BASE_SHA, headSha: FORK_HEAD }]
      api.files.set(`${FORK_HEAD}:${CONFIG}`, HEAD_OK)
      const result = await runAction(DEFAULT_BRANCH, {}, workflowRun(FORK_HEAD))
      expect(result.code).toBe(0)
      expect(api.requests.map((r) => `${r.method} ${r.path}`).slice(0, 3)).toEqual([
        'GET /repos/o/r/pulls?state=open&head=fork%3Afeature&per_page=100',
        `GET /repos/o/r/contents/.github%2Fimage-cost.yml?ref=${FORK_HEAD}`,
        `GET /repos/o/r/contents/.github%2Fimage-cost.yml?ref=${BASE_SHA}`
      ])
      expect(api.comments.map((c) => c.issue)).toEqual([8])
      const body = api.comments[0]?.body ?? ''
      expect(body.split('\n')[1]).toBe(`<!-- image-cost-gate:run id=42 attempt=1 sha=${FORK_HEAD} -->`)
      expect(body).toContain('### ✅ Image generation cost: $11.76/month (+$5.88, +100.0%)')
      expect(result.outputs.status).toBe('pass')
    })

    it('does nothing when the pull request has moved on to a newer head, or is closed', async () => {
      api.requests = []
      api.comments = []
      api.pulls = [{ number: 8, label: 'fork:feature', baseSha: BASE_SHA, headSha: 'e'.repeat(40) }]
      const moved = await runAction(DEFAULT_BRANCH, {}, workflowRun(FORK_HEAD))
      expect(moved.code).toBe(0)
      expect(moved.stdout).toContain('has moved on from dddddddddddd; the run for its new head will report')
      api.pulls = []
      const closed = await runAction(DEFAULT_BRANCH, {}, workflowRun(FORK_HEAD))
      expect(closed.code).toBe(0)
      expect(closed.stdout).toContain('No open pull request has the head fork:feature at dddddddddddd')
      expect(api.requests.map((r) => r.path).every((p) => p.startsWith('/repos/o/r/pulls'))).toBe(true)
      expect(api.comments).toEqual([])
    })

    it('fails, saying why, when the pull request cannot be looked up', async () => {
      api.faults = [{ path: /\/pulls$/, status: 401, times: 1 }]
      const result = await runAction(DEFAULT_BRANCH, {}, workflowRun(FORK_HEAD))
      expect(result.code).toBe(1)
      expect(result.stdout).toMatch(/::error::image-cost-gate: could not find the pull request of the workflow run \(head fork:feature at dddddddddddd\): .*the token was rejected \(401\)/)
      api.faults = []
    })
  })

  describe('several config files (a monorepo)', () => {
    const svc = (name: string) => `services/${name}/image-cost.yml`
    const workload = (name: string, images: number, peak = 2) =>
      `version: 1\nworkloads:\n  - name: ${name}\n    model: gpt-image-2\n    quality: low\n    size: 1024x1024\n    images_per_month: ${images}\n    peak_images_per_minute: ${peak}\n`
    // $5.88 per 1,000 low squares on gpt-image-2 (see BASE above).
    const API = workload('avatars', 1000)
    const WEB = workload('heroes', 2000)
    const OLD = workload('legacy', 500)
    const comments = () => api.comments.filter((c) => c.body.startsWith('<!-- image-cost-gate'))
    const fresh = () => {
      api.requests = []
      api.comments = []
      api.files.clear()
      api.pullFiles.clear()
      // At the base: api and web (to be changed), old (deleted by the PR); new is added by it.
      api.files.set(`${BASE_SHA}:${svc('api')}`, API)
      api.files.set(`${BASE_SHA}:${svc('web')}`, WEB)
      api.files.set(`${BASE_SHA}:${svc('old')}`, OLD)
      api.pullFiles.set(7, [
        { filename: svc('web'), status: 'modified' },
        { filename: svc('old'), status: 'removed' },
        { filename: svc('new'), status: 'added' },
        { filename: 'README.md', status: 'modified' }
      ])
    }
    const HEAD_FILES = { [svc('api')]: API, [svc('web')]: WEB.replace('2000', '3000'), [svc('new')]: workload('banners', 1000) }

    it('a changed, an unchanged, an added and a removed file give one comment, a row each and correct sums', async () => {
      fresh()
      api.perPage = 2 // the PR's files over two pages
      const result = await runAction(HEAD_FILES, { INPUT_CONFIG: 'services/*/image-cost.yml' })
      api.perPage = undefined
      expect(result.code).toBe(0)
      expect(api.requests.filter((r) => r.path.includes('/pulls/7/files')).map((r) => r.path)).toEqual([
        '/repos/o/r/pulls/7/files?per_page=100',
        '/repos/o/r/pulls/7/files?per_page=2&page=2'
      ])
      expect(comments()).toHaveLength(1)
      const body = comments()[0]?.body ?? ''
      // Base: 1,000 + 2,000 + 500 images; head: 1,000 + 3,000 + 1,000.
      expect(body).toContain('### ✅ Image generation cost: $29.40/month (+$8.82, +42.9%)')
      expect(body).toContain('4 configs · base $20.58 → head $29.40')
      expect(body).toMatch(/\| `services\/new\/image-cost.yml` \(added\) \| – \| \$5\.88 \| \+\$5\.88 \|/)
      expect(body).toMatch(/\| `services\/web\/image-cost.yml` \| \$11\.76 \| \$17\.64 \| \+\$5\.88 \|/)
      expect(body).toMatch(/\| `services\/old\/image-cost.yml` \(removed\) \| \$2\.94 \| – \| -\$2\.94 \|/)
      expect(body).toMatch(/\| \*1 unchanged\* \| \$5\.88 \| \$5\.88 \| \$0\.00 \|/)
      expect(result.outputs).toMatchObject({ status: 'pass', 'total-monthly-usd': '29.40', 'base-total-monthly-usd': '20.58', 'delta-usd': '8.82' })
      const report = JSON.parse(readFileSync(result.outputs['report-json'] ?? '', 'utf8')) as { projects: { config: string; change: string; total_monthly_usd: number; base_total_monthly_usd: number; workloads: unknown[] }[] }
      expect(report.projects.map((p) => [p.config, p.change])).toEqual([
        [svc('api'), 'unchanged'],
        [svc('new'), 'added'],
        [svc('web'), 'changed'],
        [svc('old'), 'removed']
      ])
      expect(report.projects.find((p) => p.change === 'removed')).toMatchObject({ total_monthly_usd: 0, workloads: [] })
      expect(report.projects.find((p) => p.change === 'removed')?.base_total_monthly_usd).toBeCloseTo(2.94, 9)
    })

    it('checks the organization limit on the sum of the files: each file alone is under it', async () => {
      fresh()
      // Tier 1 allows 5 images a minute on gpt-image-2: 2 + 2 + 2 at peak is over, any one file is not.
      const tiered = Object.fromEntries(Object.entries(HEAD_FILES).map(([path, text]) => [path, text.replace('version: 1\n', 'version: 1\norganization: { tier: 1 }\n')]))
      const alone = await runAction({ [svc('api')]: tiered[svc('api')] as string }, { INPUT_CONFIG: svc('api') })
      expect(alone.code).toBe(0)
      const together = await runAction(tiered, { INPUT_CONFIG: 'services/*/image-cost.yml' })
      expect(together.code).toBe(1)
      expect(together.stdout).toMatch(/::error title=image-cost-gate tier\.ipm,file=services\/api\/image-cost\.yml,line=\d+,col=\d+::peak 6 images\/min on gpt-image-2 \(avatars \(services\/api\/image-cost\.yml\) 2, banners \(services\/new\/image-cost\.yml\) 2, heroes \(services\/web\/image-cost\.yml\) 2\) exceeds tier 1's limit of 5 IPM/)
      // Different organizations: each is checked on its own.
      let n = 0
      const apart = Object.fromEntries(Object.entries(tiered).map(([path, text]) => [path, text.replace('organization: { tier: 1 }', `organization: { tier: 1, id: org-${n++} }`)]))
      expect((await runAction(apart, { INPUT_CONFIG: 'services/*/image-cost.yml' })).code).toBe(0)
    })

    it('a total-budget-usd over the grand total fails the run; paths one per line work like a glob', async () => {
      fresh()
      const result = await runAction(HEAD_FILES, { INPUT_CONFIG: `${svc('api')}\n${svc('web')}\n\n${svc('new')}\n`, 'INPUT_TOTAL-BUDGET-USD': '25' })
      expect(result.code).toBe(1)
      // Three files named, all present: no deleted file to look for.
      expect(api.requests.some((r) => r.path.includes('/files'))).toBe(false)
      expect(result.stdout).toContain('::error title=image-cost-gate budget.total::projected $29.40/month across 3 configs exceeds the total budget of $25.00 by $4.40')
      expect(comments()).toHaveLength(1)
    })
  })
})
