/**
 * Action entry: the runner (through @actions/core), the event (through @actions/github's context),
 * the workspace, the GitHub client and the clock are wired to the action's logic here and nowhere else.
 */
import { closeSync, mkdtempSync, openSync, writeSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import * as core from '@actions/core'
import { context } from '@actions/github'
import { parseActionInputs, InputError } from './action/inputs.js'
import { IGNORED_DIRECTORIES } from './projects/glob-syntax.js'
import { runAction } from './action/run.js'
import { readConfigFile } from './io/read-config-file.js'
import type { GitHubApi } from './github/api.js'
import type { RunStamp } from './report/comment.js'
import { workflowEvent } from './github/event.js'
import { createOctokitApi } from './github/octokit.js'
import { VERSION } from './version.js'

/** The workflow run, from the runner's context; undefined outside a runner. */
function runStamp(runId: number, attempt: number, sha: string | undefined): RunStamp | undefined {
  if (!Number.isSafeInteger(runId) || runId <= 0) return undefined
  return { runId, attempt: Number.isSafeInteger(attempt) && attempt > 0 ? attempt : 1, sha: sha ?? '' }
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
  const event = workflowEvent(context, process.env.GITHUB_REPOSITORY ?? '')
  const pullRequest = event.pullRequest
  const run = runStamp(context.runId, context.runAttempt, pullRequest?.headSha ?? event.pullRequestRun?.headSha ?? event.sha)

  await runAction({
    inputs,
    eventName: event.name,
    ...(pullRequest ? { pullRequest } : {}),
    ...(event.pullRequestRun ? { pullRequestRun: event.pullRequestRun } : {}),
    ...(event.mergeGroup ? { mergeGroup: event.mergeGroup } : {}),
    ...(run ? { run } : {}),
    repo: event.repo,
    readWorkspaceFile: (path) =>
      readConfigFile(
        resolve(workspace, path),
        'file not found in the workspace; expected the config at this path (check the config input and that the repository is checked out)'
      ),
    listWorkspaceFiles: async (patterns) => (await import('tinyglobby')).glob([...patterns], { cwd: workspace, dot: true, onlyFiles: true, ignore: [...IGNORED_DIRECTORIES] }),
    github: () =>
      (api ??= createOctokitApi({
        token: inputs.token,
        baseUrl: context.apiUrl,
        userAgent: `image-cost-gate/${VERSION}`,
        log: (message) => core.info(message)
      })),
    today: () => new Date().toISOString().slice(0, 10),
    ...(context.runId > 0 && event.repo.owner ? { runUrl: `${context.serverUrl}/${event.repo.owner}/${event.repo.repo}/actions/runs/${context.runId}` } : {}),
    info: (message) => core.info(message),
    warning: (message) => core.warning(message),
    annotate: (level, message, where) => (level === 'error' ? core.error(message, where) : core.warning(message, where)),
    writeSummary: async (markdown) => {
      await core.summary.addRaw(markdown, true).write()
    },
    writeReportFile: (write) => {
      const dir = mkdtempSync(join(process.env.RUNNER_TEMP ?? tmpdir(), 'image-cost-gate-'))
      const path = join(dir, 'report.json')
      const fd = openSync(path, 'w')
      try {
        write((text) => writeSync(fd, text))
      } finally {
        closeSync(fd)
      }
      return path
    },
    setOutput: (name, value) => core.setOutput(name, value),
    setFailed: (message) => core.setFailed(message)
  })
}
