/**
 * Action entry: the runner's workflow commands, the event payload, the workspace, the GitHub client and the clock
 * are wired to the action's logic here and nowhere else.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { parseActionInputs, InputError } from './action/inputs.js'
import { runAction } from './action/run.js'
import { readConfigFile } from './io/read-config-file.js'
import type { GitHubApi } from './github/api.js'
import type { RunStamp } from './report/comment.js'
import { readWorkflowEvent } from './github/event.js'
import { createOctokitApi } from './github/octokit.js'
import { WorkflowCommands } from './github/workflow-commands.js'
import { VERSION } from './version.js'

/** The workflow run, from the runner's environment; undefined outside a runner. */
function runStamp(runId: string | undefined, attempt: string | undefined, sha: string | undefined): RunStamp | undefined {
  const id = Number(runId)
  if (!runId || !Number.isSafeInteger(id) || id <= 0) return undefined
  const n = Number(attempt)
  return { runId: id, attempt: Number.isSafeInteger(n) && n > 0 ? n : 1, sha: sha ?? '' }
}

/** Our name and version, tagged with the runner's orchestration id as @actions/github does. */
function userAgent(orchestrationId: string | undefined): string {
  const id = orchestrationId?.trim()
  return id ? `image-cost-gate/${VERSION} actions_orchestration_id/${id.replace(/[^a-z0-9_.-]/gi, '_')}` : `image-cost-gate/${VERSION}`
}

export async function run(core: WorkflowCommands = new WorkflowCommands()): Promise<void> {
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
  const event = readWorkflowEvent(process.env, (path) => readFileSync(path, 'utf8'))
  const pullRequest = event.pullRequest
  const run = runStamp(runId, process.env.GITHUB_RUN_ATTEMPT, pullRequest?.headSha ?? event.sha)

  await runAction({
    inputs,
    eventName: event.name,
    ...(pullRequest ? { pullRequest } : {}),
    ...(run ? { run } : {}),
    repo: event.repo,
    readWorkspaceFile: (path) =>
      readConfigFile(
        resolve(workspace, path),
        'file not found in the workspace; expected the config at this path (check the config input and that the repository is checked out)'
      ),
    github: () =>
      (api ??= createOctokitApi({
        token: inputs.token,
        baseUrl: process.env.GITHUB_API_URL ?? 'https://api.github.com',
        userAgent: userAgent(process.env.ACTIONS_ORCHESTRATION_ID),
        log: (message) => core.info(message)
      })),
    today: () => new Date().toISOString().slice(0, 10),
    ...(runId && process.env.GITHUB_REPOSITORY ? { runUrl: `${serverUrl}/${process.env.GITHUB_REPOSITORY}/actions/runs/${runId}` } : {}),
    info: (message) => core.info(message),
    warning: (message) => core.warning(message),
    annotate: (level, message, where) => (level === 'error' ? core.error(message, where) : core.warning(message, where)),
    writeSummary: async (markdown) => core.appendSummary(markdown),
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
