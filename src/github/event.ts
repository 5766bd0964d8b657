/** The workflow event as the action needs it, from @actions/github's context. */
import type { RepoRef } from './api.js'

export interface PullRequestInfo {
  number: number
  baseSha: string
  headSha: string
}

export interface WorkflowEvent {
  name: string
  repo: RepoRef
  /** The commit the workflow runs on (GITHUB_SHA). */
  sha: string
  /** Set on pull_request and pull_request_target events with a usable payload. */
  pullRequest?: PullRequestInfo
  /**
   * Set on a workflow_run event for a run of a pull_request workflow: the head GitHub recorded for
   * that run (trusted event data), from which the action finds the pull request through the API.
   */
  pullRequestRun?: PullRequestRun
  /** Set on a merge_group event with a usable payload. */
  mergeGroup?: MergeGroupInfo
}

/** A merge queue's group: its head (the workspace) and the commit it merges into. */
export interface MergeGroupInfo {
  baseSha: string
  headSha: string
}

export interface PullRequestRun {
  /** "owner:branch" of the head repository. */
  headLabel: string
  headSha: string
}

/** The part of @actions/github's context the action reads. */
export interface EventContext {
  eventName: string
  sha: string
  payload: { pull_request?: unknown; workflow_run?: unknown; merge_group?: unknown }
}

/**
 * The event; a malformed payload counts as an event without one. `repository` is owner/name
 * (GITHUB_REPOSITORY; the context's own `repo` throws outside a runner).
 */
export function workflowEvent(context: EventContext, repository: string): WorkflowEvent {
  const [owner = '', repo = ''] = repository.split('/', 2)
  const event: WorkflowEvent = { name: context.eventName ?? '', repo: { owner, repo }, sha: context.sha ?? '' }
  if (event.name === 'merge_group') {
    const group = context.payload?.merge_group as { base_sha?: unknown; head_sha?: unknown } | undefined
    if (typeof group?.base_sha === 'string' && group.base_sha !== '') event.mergeGroup = { baseSha: group.base_sha, headSha: typeof group.head_sha === 'string' ? group.head_sha : '' }
    return event
  }
  if (event.name === 'workflow_run') {
    const run = pullRequestRunPayload(context.payload?.workflow_run)
    if (run) event.pullRequestRun = run
    return event
  }
  if (event.name !== 'pull_request' && event.name !== 'pull_request_target') return event
  const pr = pullRequestPayload(context.payload?.pull_request)
  if (pr) event.pullRequest = pr
  return event
}

function pullRequestPayload(payload: unknown): PullRequestInfo | undefined {
  const pr = payload as { number?: unknown; base?: { sha?: unknown }; head?: { sha?: unknown } } | undefined
  if (typeof pr?.number !== 'number' || typeof pr.base?.sha !== 'string' || pr.base.sha === '') return undefined
  return { number: pr.number, baseSha: pr.base.sha, headSha: typeof pr.head?.sha === 'string' ? pr.head.sha : '' }
}

function pullRequestRunPayload(payload: unknown): PullRequestRun | undefined {
  const run = payload as { event?: unknown; head_sha?: unknown; head_branch?: unknown; head_repository?: { owner?: { login?: unknown } } } | undefined
  if (run?.event !== 'pull_request' && run?.event !== 'pull_request_target') return undefined
  const owner = run.head_repository?.owner?.login
  if (typeof run.head_sha !== 'string' || !/^[0-9a-f]{40}$/.test(run.head_sha) || typeof run.head_branch !== 'string' || typeof owner !== 'string') return undefined
  return { headLabel: `${owner}:${run.head_branch}`, headSha: run.head_sha }
}
