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
}

/** The part of @actions/github's context the action reads. */
export interface EventContext {
  eventName: string
  sha: string
  payload: { pull_request?: unknown }
}

/**
 * The event; a malformed payload counts as an event without one. `repository` is owner/name
 * (GITHUB_REPOSITORY; the context's own `repo` throws outside a runner).
 */
export function workflowEvent(context: EventContext, repository: string): WorkflowEvent {
  const [owner = '', repo = ''] = repository.split('/', 2)
  const event: WorkflowEvent = { name: context.eventName ?? '', repo: { owner, repo }, sha: context.sha ?? '' }
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
