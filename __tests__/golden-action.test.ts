/**
 * Golden files for what the action publishes on the example PR: the JSON report, the PR comment's
 * body and the job summary. UPDATE_GOLDEN=1 npm test rewrites them after a deliberate change.
 */
import { describe, expect, it } from '@jest/globals'
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { runAction, type ActionPorts } from '../src/action/run.js'
import { FakeGitHub } from './fake-github.js'
import { TODAY } from './helpers.js'

const CONFIG = '.github/image-cost.yml'
const BASE_SHA = 'b'.repeat(40)

function expectGolden(actual: string, name: string): void {
  const path = `__tests__/golden/${name}`
  if (process.env.UPDATE_GOLDEN === '1') writeFileSync(path, actual)
  if (!existsSync(path)) throw new Error(`missing golden file ${path}; run UPDATE_GOLDEN=1 npm test and review it`)
  expect(actual).toBe(readFileSync(path, 'utf8'))
}

/**
 * Runs the action on pull request #7 (run `runId`) with these workspace files and inputs,
 * recording what it publishes.
 */
async function pullRequestRun(github: FakeGitHub, workspace: Record<string, string>, inputs: Partial<ActionPorts['inputs']>, runId: number) {
  const published = { report: '', summary: '', outputs: {} as Record<string, string> }
  const ports: ActionPorts = {
    inputs: { configs: [CONFIG], catalogs: [], token: 't', comment: 'update', commentKey: 'default', commentAuthor: 'github-actions[bot]', failOn: 'error', thresholdsFrom: 'head', date: TODAY, ...inputs },
    eventName: 'pull_request',
    pullRequest: { number: 7, baseSha: BASE_SHA, headSha: 'c'.repeat(40) },
    run: { runId, attempt: 1, sha: 'c'.repeat(40) },
    repo: { owner: 'o', repo: 'r' },
    listWorkspaceFiles: async () => Object.keys(workspace),
    readWorkspaceFile: (path) => (path in workspace ? { ok: true, text: workspace[path] as string } : { ok: false, missing: true, message: 'file not found' }),
    github: () => github,
    today: () => TODAY,
    runUrl: `https://github.test/o/r/actions/runs/${runId}`,
    info: () => undefined,
    warning: () => undefined,
    annotate: () => undefined,
    writeSummary: async (markdown) => void (published.summary += markdown),
    writeReportFile: (write) => {
      write((text) => void (published.report += text))
      return '/tmp/report.json'
    },
    setOutput: (name, value) => void (published.outputs[name] = value),
    setFailed: () => undefined
  }
  const outcome = await runAction(ports)
  return { outcome, github, published }
}

/** The action on the example PR (examples/image-cost.yml against examples/image-cost.base.yml), run 42. */
async function examplePullRequest() {
  const github = new FakeGitHub()
  github.files.set(`${BASE_SHA}:${CONFIG}`, readFileSync('examples/image-cost.base.yml', 'utf8'))
  return pullRequestRun(github, { [CONFIG]: readFileSync('examples/image-cost.yml', 'utf8') }, { thresholdsFrom: 'base' }, 42)
}

describe('golden files of the example PR as the action publishes it', () => {
  it('the JSON report', async () => {
    const { published } = await examplePullRequest()
    // The file is one line; the golden file holds it indented, so a change reads as a diff.
    expect(published.report.split('\n')).toEqual([expect.any(String), ''])
    expectGolden(JSON.stringify(JSON.parse(published.report), null, 2) + '\n', 'example-report.json')
  })

  it('the PR comment body', async () => {
    const { github, published } = await examplePullRequest()
    expect(github.comments).toHaveLength(1)
    expect(github.comments[0]?.body).toBe(published.outputs['comment-body'])
    expectGolden(`${github.comments[0]?.body ?? ''}\n`, 'example-comment.md')
  })

  it('the job summary', async () => {
    const { outcome, published } = await examplePullRequest()
    expect(outcome.failed).toBe(false)
    expectGolden(published.summary, 'example-summary.md')
  })
})

/**
 * The action on a monorepo PR (examples/monorepo/): search's volume goes up, newsletter is added,
 * legacy is deleted, avatars and thumbnails are unchanged; one comment for all of them.
 */
async function monorepoPullRequest() {
  const github = new FakeGitHub()
  const dir = 'examples/monorepo/'
  const heads = ['search', 'avatars', 'thumbnails', 'newsletter'].map((s) => `services/${s}/image-cost.yml`)
  const text = (path: string) => readFileSync(`${dir}${path}`, 'utf8')
  github.files.set(`${BASE_SHA}:services/search/image-cost.yml`, text('services/search/image-cost.yml').replace('40000', '25000'))
  github.files.set(`${BASE_SHA}:services/avatars/image-cost.yml`, text('services/avatars/image-cost.yml'))
  github.files.set(`${BASE_SHA}:services/thumbnails/image-cost.yml`, text('services/thumbnails/image-cost.yml'))
  github.files.set(`${BASE_SHA}:services/legacy/image-cost.yml`, text('services/avatars/image-cost.yml').replace('profile-avatars', 'legacy-stickers').replace('2000', '1500'))
  github.pullFiles.set(7, [
    { filename: 'services/search/image-cost.yml', status: 'modified' },
    { filename: 'services/newsletter/image-cost.yml', status: 'added' },
    { filename: 'services/legacy/image-cost.yml', status: 'removed' }
  ])
  return pullRequestRun(github, Object.fromEntries(heads.map((path) => [path, text(path)])), { configs: ['services/*/image-cost.yml'], totalBudgetUsd: 1000 }, 43)
}

describe('golden file of a monorepo PR: several configs, one comment', () => {
  it('the PR comment body', async () => {
    const { github, outcome } = await monorepoPullRequest()
    // The organization's tier 3 limit (50 IPM on gpt-image-2) is hit only by the sum of the files (40 + 10 + 5).
    expect(outcome.failed).toBe(true)
    expect(github.comments).toHaveLength(1)
    expectGolden(`${github.comments[0]?.body ?? ''}\n`, 'monorepo-comment.md')
  })
})
