/**
 * The workflow event, from the runner's environment and event file. Read directly rather than
 * through @actions/github's context, whose module graph loads an HTTP client at start-up.
 */
import type { PullRequestInfo } from '../action/run.js'
import type { RepoRef } from './api.js'

export interface WorkflowEvent {
  name: string
  repo: RepoRef
  /** The commit the workflow runs on (GITHUB_SHA). */
  sha: string
  /** Set on pull_request and pull_request_target events with a usable payload. */
  pullRequest?: PullRequestInfo
}

type Env = Readonly<Record<string, string | undefined>>

/** Reads the event; an unreadable or malformed event file counts as an event without a payload. */
export function readWorkflowEvent(env: Env, readFile: (path: string) => string): WorkflowEvent {
  const name = env.GITHUB_EVENT_NAME ?? ''
  const [owner = '', repo = ''] = (env.GITHUB_REPOSITORY ?? '').split('/', 2)
  const event: WorkflowEvent = { name, repo: { owner, repo }, sha: env.GITHUB_SHA ?? '' }
  if (name !== 'pull_request' && name !== 'pull_request_target') return event
  const pr = pullRequestPayload(env.GITHUB_EVENT_PATH, readFile)
  if (pr) event.pullRequest = pr
  return event
}

function pullRequestPayload(path: string | undefined, readFile: (path: string) => string): PullRequestInfo | undefined {
  if (!path) return undefined
  let payload: unknown
  try {
    payload = JSON.parse(readFile(path))
  } catch {
    return undefined
  }
  const pr = (payload as { pull_request?: unknown } | null)?.pull_request as
    | { number?: unknown; base?: { sha?: unknown }; head?: { sha?: unknown } }
    | undefined
  if (typeof pr?.number !== 'number' || typeof pr.base?.sha !== 'string' || pr.base.sha === '') return undefined
  return { number: pr.number, baseSha: pr.base.sha, headSha: typeof pr.head?.sha === 'string' ? pr.head.sha : '' }
}
