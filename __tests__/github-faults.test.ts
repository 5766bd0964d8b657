/**
 * The GitHub API fault matrix: the action's logic with the real Octokit client (retries,
 * throttling, timeouts) against the API stand-in on 127.0.0.1, which injects each fault. In every
 * case the summary and outputs are written, the gate decides as it does with a healthy API, the log
 * says what happened once, and the token appears nowhere.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import type { ActionInputs } from '../src/action/inputs.js'
import { OUTPUT_NAMES, runAction, type ActionPorts } from '../src/action/run.js'
import { createOctokitApi } from '../src/github/octokit.js'
import { commentMarker } from '../src/report/comment.js'
import { GitHubStandIn, type Fault } from './github-stand-in.js'
import { TODAY } from './helpers.js'

const TOKEN = 'ghs_faultMatrixToken0123456789abcdef'
const CONFIG = '.github/image-cost.yml'
const BASE_SHA = 'b'.repeat(40)
const HEAD_SHA = 'c'.repeat(40)
const BASE = 'version: 1\nbudget: { monthly_usd: 100 }\nworkloads:\n  - { name: thumbs, model: gpt-image-2, quality: low, size: 1024x1024, images_per_month: 1000 }\n'
const CONFIGS = {
  passing: BASE.replace('1000', '2000'), // $11.76/month, under budget
  failing: BASE.replace('1000', '20000') // $117.60/month, over the $100 budget
}
/** Attempt timeout for these tests; the stand-in's slow answers take longer. */
const TIMEOUT_MS = 300

interface Run {
  failed: boolean
  status: string
  logs: string[]
  warnings: string[]
  outputs: Record<string, string>
  summary: string[]
  everything: string
}

const api = new GitHubStandIn()
let apiUrl = ''
beforeAll(async () => {
  apiUrl = await api.start()
})
afterAll(() => api.stop())
beforeEach(() => {
  api.faults = []
  api.comments = []
  api.requests = []
  api.files = new Map([[`${BASE_SHA}:${CONFIG}`, BASE]])
  api.beforeAnswer = undefined
})

async function runWith(head: string, inputs: Partial<ActionInputs> = {}, maxRateLimitWaitS?: number): Promise<Run> {
  const logs: string[] = []
  const warnings: string[] = []
  const outputs: Record<string, string> = {}
  const summary: string[] = []
  const failedWith: string[] = []
  const annotations: string[] = []
  let report = ''
  const ports: ActionPorts = {
    inputs: { configs: [CONFIG], catalogs: [], token: TOKEN, comment: 'update', commentKey: 'default', commentAuthor: 'github-actions[bot]', failOn: 'error', thresholdsFrom: 'head', date: TODAY, ...inputs },
    eventName: 'pull_request',
    pullRequest: { number: 7, baseSha: BASE_SHA, headSha: HEAD_SHA },
    repo: { owner: 'o', repo: 'r' },
    run: { runId: 500, attempt: 1, sha: HEAD_SHA },
    listWorkspaceFiles: async () => [],
    readWorkspaceFile: () => ({ ok: true, text: head }),
    github: () =>
      createOctokitApi({ token: TOKEN, baseUrl: apiUrl, log: (m) => logs.push(m), retryBaseMs: 5, timeoutMs: TIMEOUT_MS, minWriteIntervalMs: 0, ...(maxRateLimitWaitS !== undefined ? { maxRateLimitWaitS } : {}) }),
    today: () => TODAY,
    runUrl: 'https://github.test/o/r/actions/runs/500',
    info: (m) => void logs.push(m),
    warning: (m) => {
      logs.push(m)
      warnings.push(m)
    },
    annotate: (_level, message, where) => void annotations.push(`${message} ${JSON.stringify(where)}`),
    writeSummary: async (md) => void summary.push(md),
    writeReportFile: (write) => {
      let json = ''
      write((text) => void (json += text))
      report = json
      return '/tmp/report.json'
    },
    setOutput: (name, value) => void (outputs[name] = value),
    setFailed: (m) => void failedWith.push(m)
  }
  const outcome = await runAction(ports)
  const posted = api.comments.map((c) => c.body)
  const everything = [...logs, ...Object.values(outputs), ...summary, ...failedWith, ...annotations, report, ...posted].join('\n')
  return { failed: outcome.failed, status: outcome.status, logs, warnings, outputs, summary, everything }
}

interface Scenario {
  name: string
  faults?: Fault[]
  noBaseFile?: boolean
  /** Each must match exactly one log line. */
  log: RegExp[]
  /** Whether a comment ends up on the pull request. */
  commented: boolean
  /** Whether the report compares with the base. */
  compared: boolean
}

const LIST = /^\/repos\/o\/r\/issues\/7\/comments$/
const CONTENTS = /^\/repos\/o\/r\/contents\//
const SCENARIOS: Scenario[] = [
  { name: 'a healthy API', log: [/^Comment created/], commented: true, compared: true },
  {
    name: 'HTTP 500 twice on the base file, then an answer',
    faults: [{ method: 'GET', path: CONTENTS, times: 2, status: 500 }],
    log: [/^GitHub API: reading \.github\/image-cost\.yml at bbbbbbbbbbbb: HTTP 500 twice; succeeded after retrying\.$/],
    commented: true,
    compared: true
  },
  {
    name: 'HTTP 502 listing the comments, then an answer',
    faults: [{ method: 'GET', path: LIST, times: 1, status: 502 }],
    log: [/^GitHub API: listing the comments of #7: HTTP 502; succeeded after retrying\.$/],
    commented: true,
    compared: true
  },
  {
    name: 'HTTP 503 posting the comment, then an answer',
    faults: [{ method: 'POST', path: LIST, times: 1, status: 503 }],
    log: [/^GitHub API: commenting on #7: HTTP 503; succeeded after retrying\.$/],
    commented: true,
    compared: true
  },
  {
    name: 'a secondary rate limit with retry-after',
    faults: [{ method: 'POST', path: LIST, times: 1, status: 403, headers: { 'retry-after': '1' }, message: 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.' }],
    log: [/^GitHub API: commenting on #7: rate limited \(retry after 1 s\); succeeded after retrying\.$/],
    commented: true,
    compared: true
  },
  {
    name: 'a secondary rate limit that never lifts (403 with retry-after)',
    faults: [{ method: 'POST', path: LIST, times: 99, status: 403, headers: { 'retry-after': '1' }, message: 'You have exceeded a secondary rate limit.' }],
    // Said as a rate limit, never as the read-only token of a fork.
    log: [/^Could not post the comment: commenting on #7 failed: GitHub's rate limit held it back past the waits allowed \(.*rate limited \(retry after 1 s\) 4 times; gave up after 4 attempts\)\)\. The summary, outputs and gate are unaffected\.$/],
    commented: false,
    compared: true
  },
  {
    name: 'a dropped connection on every attempt',
    faults: [{ method: 'GET', path: CONTENTS, times: 99, reset: true }],
    // No HTTP status was answered: the message must not say "HTTP 500".
    log: [/^Could not read the base config: reading .* failed: (?!.*HTTP 500).*connection failed \(.+\) 4 times; gave up after 4 attempts\)\. The report has no comparison/],
    commented: true,
    compared: false
  },
  {
    name: 'HTTP 401 (a rejected token)',
    faults: [{ path: /./, times: 99, status: 401, message: 'Bad credentials' }],
    log: [/^Could not read the base config: .*token was rejected \(401\)/, /^Could not post the comment: .*token was rejected \(401\)/],
    commented: false,
    compared: false
  },
  {
    name: 'HTTP 403 on commenting (the read-only token of a fork)',
    faults: [{ method: 'POST', path: LIST, times: 99, status: 403, message: 'Resource not accessible by integration' }],
    log: [/cannot comment on this pull request \(403\).*pull-requests: write.*workflow_run/],
    commented: false,
    compared: true
  },
  {
    name: 'HTTP 404 for the base file (the file is new in this pull request)',
    noBaseFile: true,
    log: [/does not exist at the base commit bbbbbbbbbbbb: every workload is new/],
    commented: true,
    compared: true
  },
  {
    name: 'HTTP 404 for the pull request',
    faults: [{ method: 'GET', path: LIST, times: 99, status: 404 }],
    log: [/^Could not post the comment: listing the comments of #7 failed: not found \(404\), or the token cannot see it\. The summary, outputs and gate are unaffected\.$/],
    commented: false,
    compared: true
  },
  {
    name: 'HTTP 422 (body too long) on the first post',
    faults: [{ method: 'POST', path: LIST, times: 1, status: 422, message: 'Validation Failed: body is too long (maximum is 65536 characters)' }],
    log: [/^GitHub refused the comment \(422: .*body is too long.*\); posting a shorter version/],
    commented: true,
    compared: true
  },
  {
    name: 'a connection reset reading the base file',
    faults: [{ method: 'GET', path: CONTENTS, times: 1, reset: true }],
    log: [/^GitHub API: reading \.github\/image-cost\.yml at bbbbbbbbbbbb: connection failed \(.+\); succeeded after retrying\.$/],
    commented: true,
    compared: true
  },
  {
    name: 'a slow answer past the timeout, then a prompt one',
    faults: [{ method: 'GET', path: LIST, times: 1, delayMs: TIMEOUT_MS * 2 }],
    log: [/^GitHub API: listing the comments of #7: no response within 0\.3 s; succeeded after retrying\.$/],
    commented: true,
    compared: true
  },
  {
    name: 'no answer within the timeout on any attempt',
    faults: [{ method: 'GET', path: CONTENTS, times: 99, delayMs: TIMEOUT_MS * 2 }],
    log: [/^Could not read the base config: reading .* failed: .*no response within 0\.3 s 4 times; gave up after 4 attempts\)\. The report has no comparison; no rule of this config needs the base/],
    commented: true,
    compared: false
  }
]

describe('GitHub API fault matrix', () => {
  const healthy: Record<string, Run> = {}
  beforeAll(async () => {
    for (const [kind, head] of Object.entries(CONFIGS)) {
      api.files = new Map([[`${BASE_SHA}:${CONFIG}`, BASE]])
      api.comments = []
      healthy[kind] = await runWith(head)
    }
  })

  it('has a passing and a failing baseline', () => {
    expect([healthy.passing?.failed, healthy.failing?.failed]).toEqual([false, true])
  })

  for (const scenario of SCENARIOS) {
    for (const kind of Object.keys(CONFIGS) as (keyof typeof CONFIGS)[]) {
      it(`${scenario.name}: ${kind} config`, async () => {
        if (scenario.noBaseFile) api.files.clear()
        api.faults = (scenario.faults ?? []).map((f) => ({ ...f }))
        const run = await runWith(CONFIGS[kind])
        const baseline = healthy[kind] as Run

        // The gate decides as it does with a healthy API.
        expect({ failed: run.failed, status: run.status }).toEqual({ failed: baseline.failed, status: baseline.status })
        // The summary and every output are written.
        expect(run.summary).toHaveLength(1)
        expect(run.summary[0]).toMatch(/^### (✅|❌) Image generation cost: \$/)
        expect(Object.keys(run.outputs).sort()).toEqual([...OUTPUT_NAMES].sort())
        expect(run.outputs['total-monthly-usd']).toBe(baseline.outputs['total-monthly-usd'])
        expect(run.outputs['base-total-monthly-usd'] !== '').toBe(scenario.compared)
        // The log says what happened, once each, and repeats nothing.
        for (const pattern of scenario.log) expect([pattern, run.logs.filter((l) => pattern.test(l)).length]).toEqual([pattern, 1])
        expect(new Set(run.logs).size).toBe(run.logs.length)
        expect(run.logs.join('\n')).not.toMatch(/\n\s+at |Error: /) // no stack traces
        // One comment at most, and only when it could be posted.
        expect(api.comments.filter((c) => c.body.startsWith(commentMarker('default')))).toHaveLength(scenario.commented ? 1 : 0)
        expect(run.outputs['comment-url'] !== '').toBe(scenario.commented)
        // The token appears nowhere: logs, outputs, summary, failure message, annotations, report, comment.
        expect(run.everything).not.toContain(TOKEN)
        // ...though every request carried it.
        expect(api.requests.every((r) => r.authorization === `token ${TOKEN}`)).toBe(true)
      })
    }
  }

  it('fails rather than passes unchecked when the base cannot be read and max_increase rules need it', async () => {
    api.faults = [{ method: 'GET', path: CONTENTS, times: 99, status: 503 }]
    const run = await runWith(CONFIGS.passing.replace('monthly_usd: 100', 'monthly_usd: 100, max_increase_usd: 5'))
    expect(run.failed).toBe(true)
    expect(run.warnings).toEqual([expect.stringMatching(/HTTP 503 4 times; gave up after 4 attempts\).*Without it budget\.max_increase_usd cannot be checked, so the step fails/)])
    expect(run.summary).toHaveLength(1)
    expect(run.outputs.status).toBe('fail')
  })

  it('caps the time it waits for rate limits in all, then proceeds as for an unreachable API and says so', async () => {
    // The primary rate limit: no requests left until the reset, one second away.
    api.faults = [{ method: 'GET', path: CONTENTS, times: 99, status: 403, headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(Math.ceil(Date.now() / 1000) + 1) }, message: 'API rate limit exceeded' }]
    const reads = () => api.requests.filter((r) => r.path.startsWith('/repos/o/r/contents/')).length
    const capped = await runWith(CONFIGS.passing, {}, 1)
    // The reset is a second or two away: a wait that long passes a cap of 1 s before the retries run out.
    expect(reads()).toBeLessThan(4)
    expect(capped.logs.filter((l) => /^Could not read the base config: .*rate-limit waits would pass the cap of 1 s/.test(l))).toHaveLength(1)
    expect(capped.outputs.status).toBe(capped.failed ? 'fail' : 'pass')
    expect(capped.summary).toHaveLength(1)
    // Under the default cap the same limit is waited out for every retry.
    api.requests = []
    api.faults = [{ method: 'GET', path: CONTENTS, times: 99, status: 403, headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(Math.ceil(Date.now() / 1000) + 1) }, message: 'API rate limit exceeded' }]
    const waited = await runWith(CONFIGS.passing)
    expect(reads()).toBe(4)
    expect(waited.logs.filter((l) => /^Could not read the base config: .*GitHub's rate limit held it back/.test(l))).toHaveLength(1)
  })

  it('two runs for the same pull request at once end with one comment, holding the newer run\'s report', async () => {
    // Hold both first listings until both have arrived, so both runs find no comment and create one.
    let held: (() => void)[] = []
    let listings = 0
    api.beforeAnswer = async (method, path) => {
      if (method !== 'GET' || !LIST.test(path) || ++listings > 2) return
      await new Promise<void>((resolve) => {
        held.push(resolve)
        if (held.length === 2) {
          held.forEach((r) => r())
          held = []
        }
      })
    }
    const runAs = async (runId: number, head: string) => {
      const logs: string[] = []
      return runAction({
        inputs: { configs: [CONFIG], catalogs: [], token: TOKEN, comment: 'update', commentKey: 'default', commentAuthor: 'github-actions[bot]', failOn: 'error', thresholdsFrom: 'head', date: TODAY },
        eventName: 'pull_request',
        pullRequest: { number: 7, baseSha: BASE_SHA, headSha: HEAD_SHA },
        repo: { owner: 'o', repo: 'r' },
        run: { runId, attempt: 1, sha: HEAD_SHA },
        listWorkspaceFiles: async () => [],
    readWorkspaceFile: () => ({ ok: true, text: head }),
        github: () => createOctokitApi({ token: TOKEN, baseUrl: apiUrl, log: (m) => logs.push(m), retryBaseMs: 5, timeoutMs: 5000, minWriteIntervalMs: 0 }),
        today: () => TODAY,
        info: (m) => void logs.push(m),
        warning: (m) => void logs.push(m),
        annotate: () => undefined,
        writeSummary: async () => undefined,
        writeReportFile: () => '/tmp/r.json',
        setOutput: () => undefined,
        setFailed: () => undefined
      })
    }
    // Both runs are real runs of the repository, as the API confirms when one meets the other's stamp.
    api.runs.set(601, 1)
    api.runs.set(602, 1)
    await Promise.all([runAs(601, CONFIGS.passing), runAs(602, CONFIGS.passing.replace('2000', '3000'))])
    expect(api.requests.filter((r) => r.method === 'POST')).toHaveLength(2) // both did create one
    expect(api.comments).toHaveLength(1)
    expect(api.comments[0]?.body).toContain('id=602')
    expect(api.comments[0]?.body).toContain('$17.64/month')
    api.beforeAnswer = undefined

    // Over HTTP: a newer stamp counts only once the API confirms the run; a planted one does not.
    const comment = api.comments[0] as (typeof api.comments)[number]
    comment.body = comment.body.replace('id=602', 'id=900000000000')
    await runAs(603, CONFIGS.passing)
    expect(api.requests.some((r) => r.method === 'GET' && r.path === '/repos/o/r/actions/runs/900000000000')).toBe(true)
    expect(comment.body).toContain('id=603')
    api.runs.set(604, 1)
    comment.body = comment.body.replace('id=603', 'id=604')
    await runAs(603, CONFIGS.passing.replace('2000', '3000'))
    expect(comment.body).toContain('id=604') // the real newer run's report stays
  })
})
