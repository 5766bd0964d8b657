/**
 * The real GitHubApi: @actions/github's Octokit (its proxy-aware fetch, REST methods and
 * pagination) with the retry plugin (5xx, connection failures, timeouts) and the throttling plugin
 * (primary and secondary rate limits). Each call logs what went wrong on the way once, in plain
 * words, whether it then succeeded or not.
 */
import { getOctokit } from '@actions/github'
import { defaults as actionsDefaults } from '@actions/github/lib/utils'
import { retry } from '@octokit/plugin-retry'
import { throttling } from '@octokit/plugin-throttling'
import Bottleneck from 'bottleneck/light.js'
import { GitHubApiError, type GitHubApi, type IssueComment, type RepoRef } from './api.js'

export interface OctokitApiOptions {
  token: string
  baseUrl: string
  /** Called with one plain-words line per call that needed retries. */
  log: (message: string) => void
  /** Per-attempt timeout in milliseconds (default 30 s). */
  timeoutMs?: number
  /** Retries after a 5xx, a connection failure, a timeout or a rate limit (default 3). */
  retries?: number
  /** Milliseconds per unit of retry back-off and of a retry-after header (default 1000; tests shrink it). */
  retryBaseMs?: number
  /**
   * Least milliseconds between two writes. Unset: the throttling plugin's spacing, which follows
   * GitHub's advice (1 s between writes, 3 s between writes that notify people, such as comments).
   */
  minWriteIntervalMs?: number
  /** The User-Agent header (default: Octokit's); @actions/github adds the runner's orchestration id. */
  userAgent?: string
  /**
   * Seconds the run may wait in all for rate limits (default 60). Past it a call fails as for an
   * unreachable API, and its message says the cap was reached.
   */
  maxRateLimitWaitS?: number
}

/** The default cap on the seconds one run waits for GitHub's rate limits, in all. */
export const MAX_RATE_LIMIT_WAIT_S = 60

type Fetch = typeof fetch

/**
 * The fetch @actions/github gives Octokit: through the runner's proxy (https_proxy, http_proxy,
 * no_proxy) for the API host of this run, as @actions/http-client decides.
 */
const libraryFetch = (actionsDefaults.request?.fetch as Fetch | undefined) ?? fetch

interface RawComment {
  id: number
  node_id?: string
  body?: string | null
  user?: { login: string } | null
  html_url: string
  created_at: string
}

interface RawPullFile {
  filename?: unknown
  status?: unknown
  previous_filename?: unknown
}

interface RawPull {
  number?: unknown
  base?: { sha?: unknown }
  head?: { sha?: unknown }
}

function toComment(raw: RawComment): IssueComment {
  return { id: raw.id, ...(raw.node_id ? { node_id: raw.node_id } : {}), body: raw.body ?? '', author: raw.user?.login ?? null, url: raw.html_url, created_at: raw.created_at }
}

/** Raised inside fetch when an attempt passes its deadline; Octokit then retries it like a dropped connection. */
class AttemptTimeout extends Error {}

export function createOctokitApi(options: OctokitApiOptions): GitHubApi {
  const retries = options.retries ?? 3
  const timeoutMs = options.timeoutMs ?? 30_000
  const retryBaseMs = options.retryBaseMs ?? 1000
  const maxWaitS = options.maxRateLimitWaitS ?? MAX_RATE_LIMIT_WAIT_S
  let waitedS = 0
  /** Whether to wait `retryAfter` seconds and retry: within the retries and the run's cap on waiting. */
  const waitForRateLimit = (retryAfter: number, retryCount: number): boolean => {
    if (retryCount >= retries) return false
    if (waitedS + retryAfter > maxWaitS) {
      trouble.push(`rate-limit waits would pass the cap of ${maxWaitS} s`)
      return false
    }
    waitedS += retryAfter
    return true
  }
  // What went wrong on the attempts of the call in progress (the action makes one call at a time).
  let trouble: string[] = []

  // Every attempt gets its own deadline.
  const timedFetch: Fetch = async (input, init) => {
    const deadline = AbortSignal.timeout(timeoutMs)
    const signal = init?.signal ? AbortSignal.any([init.signal, deadline]) : deadline
    try {
      const response = await libraryFetch(input, { ...init, signal })
      if (response.status >= 500) trouble.push(`HTTP ${response.status}`)
      else if (response.status === 429 || (response.status === 403 && (response.headers.has('retry-after') || response.headers.get('x-ratelimit-remaining') === '0'))) {
        trouble.push(`rate limited (retry after ${response.headers.get('retry-after') ?? '?'} s)`)
      }
      return response
    } catch (error) {
      if (deadline.aborted && !init?.signal?.aborted) {
        trouble.push(`no response within ${timeoutMs / 1000} s`)
        // A TypeError with a cause is how fetch reports a network failure: Octokit retries it.
        throw new TypeError('fetch failed', { cause: new AttemptTimeout(`no response within ${timeoutMs / 1000} s`) })
      }
      const cause = (error as { cause?: { code?: string; message?: string } }).cause
      trouble.push(`connection failed (${cause?.code ?? cause?.message ?? (error instanceof Error ? error.message : String(error))})`)
      throw error
    }
  }

  const octokit = getOctokit(
    options.token,
    {
    ...(options.userAgent ? { userAgent: options.userAgent } : {}),
    baseUrl: options.baseUrl,
    request: { fetch: timedFetch },
    retry: { retries, retryAfterBaseValue: retryBaseMs },
    throttle: {
      retryAfterBaseValue: retryBaseMs,
      ...(options.minWriteIntervalMs !== undefined
        ? {
            write: new Bottleneck.Group({ maxConcurrent: 1, minTime: options.minWriteIntervalMs }),
            notifications: new Bottleneck.Group({ maxConcurrent: 1, minTime: options.minWriteIntervalMs })
          }
        : {}),
      onRateLimit: (retryAfter: number, _request: unknown, _octokit: unknown, retryCount: number) => waitForRateLimit(retryAfter, retryCount),
      onSecondaryRateLimit: (retryAfter: number, _request: unknown, _octokit: unknown, retryCount: number) => waitForRateLimit(retryAfter, retryCount)
    }
    },
    retry,
    throttling
  )

  /** Runs one call; logs its troubles once, and turns a failure into a GitHubApiError. */
  async function call<T>(operation: string, fn: () => Promise<T>, accept?: (status: number | undefined) => { value: T } | undefined): Promise<T> {
    trouble = []
    try {
      const result = await fn()
      if (trouble.length > 0) options.log(`GitHub API: ${operation}: ${summarize(trouble)}; succeeded after retrying.`)
      return result
    } catch (error) {
      const status = typeof (error as { status?: unknown }).status === 'number' ? (error as { status: number }).status : undefined
      const accepted = accept?.(status)
      if (accepted) return accepted.value
      const message = error instanceof Error ? error.message : String(error)
      const attempts = trouble.length > 0 ? ` (${summarize(trouble)}; gave up after ${Math.min(trouble.length, retries + 1)} attempts)` : ''
      // A timeout or a dropped connection surfaces as a 500 from Octokit: report it as no HTTP status.
      const noAnswer = trouble.length > 0 && trouble.every((t) => t.startsWith('no response') || t.startsWith('connection failed'))
      const rateLimited = trouble.some((t) => t.startsWith('rate limited') || t.startsWith('rate-limit waits'))
      throw new GitHubApiError(`${message}${attempts}`, noAnswer ? undefined : status, operation, rateLimited)
    }
  }

  return {
    listPullRequestFiles(repo, pullNumber) {
      return call(`listing the files of #${pullNumber}`, async () => {
        const raw = (await octokit.paginate('GET /repos/{owner}/{repo}/pulls/{pull_number}/files', { ...repo, pull_number: pullNumber, per_page: 100 })) as RawPullFile[]
        return raw.flatMap((f) =>
          typeof f.filename === 'string' && typeof f.status === 'string'
            ? [{ filename: f.filename, status: f.status, ...(typeof f.previous_filename === 'string' ? { previous_filename: f.previous_filename } : {}) }]
            : []
        )
      })
    },
    listFilesAtRef(repo, ref) {
      return call(`listing the files at ${ref.slice(0, 12)}`, async () => {
        const response = await octokit.request('GET /repos/{owner}/{repo}/git/trees/{tree_sha}', { ...repo, tree_sha: ref, recursive: 'true' })
        const data = response.data as { tree?: { path?: unknown; type?: unknown }[]; truncated?: unknown }
        const paths = (data.tree ?? []).flatMap((e) => (e.type === 'blob' && typeof e.path === 'string' ? [e.path] : []))
        return { paths, truncated: data.truncated === true }
      })
    },
    getFileAtRef(repo: RepoRef, path: string, ref: string) {
      return call<string | null>(
        `reading ${path} at ${ref.slice(0, 12)}`,
        async () => {
          const response = await octokit.request('GET /repos/{owner}/{repo}/contents/{path}', { ...repo, path, ref, mediaType: { format: 'raw' } })
          return typeof response.data === 'string' ? response.data : JSON.stringify(response.data)
        },
        // 404: the file does not exist at that commit.
        (status) => (status === 404 ? { value: null } : undefined)
      )
    },
    listIssueComments(repo, issueNumber) {
      return call(`listing the comments of #${issueNumber}`, async () => {
        const raw = (await octokit.paginate('GET /repos/{owner}/{repo}/issues/{issue_number}/comments', {
          ...repo,
          issue_number: issueNumber,
          per_page: 100
        })) as RawComment[]
        return raw.map(toComment)
      })
    },
    createIssueComment(repo, issueNumber, body) {
      return call(`commenting on #${issueNumber}`, async () => {
        const response = await octokit.request('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', { ...repo, issue_number: issueNumber, body })
        return toComment(response.data as RawComment)
      })
    },
    updateIssueComment(repo, commentId, body) {
      return call(`updating comment ${commentId}`, async () => {
        const response = await octokit.request('PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}', { ...repo, comment_id: commentId, body })
        return toComment(response.data as RawComment)
      })
    },
    listOpenPullRequests(repo, label) {
      return call(`finding the open pull request of ${label}`, async () => {
        const raw = (await octokit.paginate('GET /repos/{owner}/{repo}/pulls', { ...repo, state: 'open', head: label, per_page: 100 })) as RawPull[]
        return raw.flatMap((p) => (typeof p.number === 'number' && typeof p.base?.sha === 'string' && typeof p.head?.sha === 'string' ? [{ number: p.number, baseSha: p.base.sha, headSha: p.head.sha }] : []))
      })
    },
    getWorkflowRun(repo, runId) {
      return call(
        `reading workflow run ${runId}`,
        async () => {
          const response = await octokit.request('GET /repos/{owner}/{repo}/actions/runs/{run_id}', { ...repo, run_id: runId })
          const attempt = (response.data as { run_attempt?: unknown }).run_attempt
          return { attempt: typeof attempt === 'number' && attempt > 0 ? attempt : 1 }
        },
        // No such run in this repository.
        (status) => (status === 404 ? { value: null } : undefined)
      )
    },
    minimizedComments(nodeIds) {
      return call('reading which earlier comments are hidden', async () => {
        const data = (await octokit.graphql('query($ids: [ID!]!) { nodes(ids: $ids) { ... on IssueComment { id isMinimized } } }', { ids: [...nodeIds] })) as {
          nodes?: ({ id?: string; isMinimized?: boolean } | null)[]
        }
        return new Set((data.nodes ?? []).filter((n) => n?.isMinimized && n.id).map((n) => n?.id as string))
      })
    },
    minimizeComment(nodeId) {
      return call('hiding the previous comment', async () => {
        await octokit.graphql('mutation($id: ID!) { minimizeComment(input: { subjectId: $id, classifier: OUTDATED }) { minimizedComment { isMinimized } } }', { id: nodeId })
      })
    },
    deleteIssueComment(repo, commentId) {
      return call(
        `deleting comment ${commentId}`,
        async () => {
          await octokit.request('DELETE /repos/{owner}/{repo}/issues/comments/{comment_id}', { ...repo, comment_id: commentId })
        },
        // Already gone (another run removed it): the goal is met.
        (status) => (status === 404 ? { value: undefined } : undefined)
      )
    }
  }
}

/** "HTTP 503 twice, then HTTP 502": the attempts' problems, repeats counted. */
function summarize(trouble: readonly string[]): string {
  const parts: string[] = []
  for (let i = 0; i < trouble.length; ) {
    let j = i
    while (j < trouble.length && trouble[j] === trouble[i]) j++
    const times = j - i
    parts.push(`${trouble[i]}${times === 1 ? '' : times === 2 ? ' twice' : ` ${times} times`}`)
    i = j
  }
  return parts.join(', then ')
}
