/**
 * Action entry: @actions/core, the event payload, the workspace, the GitHub client and the clock
 * are wired to the action's logic here and nowhere else.
 */
import * as core from '@actions/core'
import { context } from '@actions/github'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { parseActionInputs, InputError } from './action/inputs.js'
import { runAction, type PullRequestInfo } from './action/run.js'
import { readConfigFile } from './io/read-config-file.js'
import type { GitHubApi } from './github/api.js'
import type { RunStamp } from './report/comment.js'
import { createOctokitApi } from './github/octokit.js'

function pullRequestOf(): PullRequestInfo | undefined {
  if (context.eventName !== 'pull_request' && context.eventName !== 'pull_request_target') return undefined
  const pr = context.payload.pull_request as { number?: number; base?: { sha?: string }; head?: { sha?: string } } | undefined
  if (!pr?.number || !pr.base?.sha) return undefined
  return { number: pr.number, baseSha: pr.base.sha, headSha: pr.head?.sha ?? '' }
}

/** The workflow run, from the runner's environment; undefined outside a runner. */
function runStamp(runId: string | undefined, attempt: string | undefined, sha: string | undefined): RunStamp | undefined {
  const id = Number(runId)
  if (!runId || !Number.isSafeInteger(id) || id <= 0) return undefined
  const n = Number(attempt)
  return { runId: id, attempt: Number.isSafeInteger(n) && n > 0 ? n : 1, sha: sha ?? '' }
}

export async function run(): Promise<void> {
  const workspace = process.env.GITHUB_WORKSPACE ?? process.cwd()
  let inputs
  try {
    inputs = parseActionInputs((name) => core.getInput(name), workspace)
  } catch (error) {
    core.setFailed(error instanceof InputError ? `image-cost-gate: ${error.message}` : String(error))
    return
  }
  if (inputs.token) core.setSecret(inputs.token)

  let api: GitHubApi | undefined
  const serverUrl = process.env.GITHUB_SERVER_URL ?? 'https://github.com'
  const runId = process.env.GITHUB_RUN_ID
  const repo = process.env.GITHUB_REPOSITORY ? context.repo : { owner: '', repo: '' }
  const pullRequest = pullRequestOf()
  const run = runStamp(runId, process.env.GITHUB_RUN_ATTEMPT, pullRequest?.headSha ?? context.sha)

  await runAction({
    inputs,
    eventName: context.eventName,
    ...(pullRequest ? { pullRequest } : {}),
    ...(run ? { run } : {}),
    repo,
    readWorkspaceFile: (path) =>
      readConfigFile(
        resolve(workspace, path),
        'file not found in the workspace; expected the config at this path (check the config input and that the repository is checked out)'
      ),
    github: () =>
      (api ??= createOctokitApi({
        token: inputs.token,
        baseUrl: process.env.GITHUB_API_URL ?? 'https://api.github.com',
        log: (message) => core.info(message)
      })),
    today: () => new Date().toISOString().slice(0, 10),
    ...(runId && process.env.GITHUB_REPOSITORY ? { runUrl: `${serverUrl}/${process.env.GITHUB_REPOSITORY}/actions/runs/${runId}` } : {}),
    info: (message) => core.info(message),
    warning: (message) => core.warning(message),
    annotate: (level, message, where) => (level === 'error' ? core.error(message, where) : core.warning(message, where)),
    writeSummary: async (markdown) => {
      await core.summary.addRaw(markdown, true).write()
    },
    writeReportFile: (json) => {
      const dir = mkdtempSync(join(process.env.RUNNER_TEMP ?? tmpdir(), 'image-cost-gate-'))
      const path = join(dir, 'report.json')
      writeFileSync(path, json)
      return path
    },
    setOutput: (name, value) => core.setOutput(name, value),
    setFailed: (message) => core.setFailed(message)
  })
}
