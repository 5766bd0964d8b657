/**
 * The real GitHubApi: Octokit with retries (5xx, connection failures, timeouts) and throttling
 * (primary and secondary rate limits). Each call logs what went wrong on the way once, in plain
 * words, whether it then succeeded or not.
 */
import { getProxyUrl } from '@actions/http-client/lib/proxy'
import { Octokit as OctokitCore } from '@octokit/core'
import { paginateRest } from '@octokit/plugin-paginate-rest'
import { retry } from '@octokit/plugin-retry'
import { throttling } from '@octokit/plugin-throttling'
import Bottleneck from 'bottleneck/light.js'
import { startWithoutTimerFloor } from './bottleneck-timers.js'
import { GitHubApiError, type GitHubApi, type IssueComment, type RepoRef } from './api.js'
import { httpFetch, type HttpFetch } from './http-fetch.js'

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
  /** The User-Agent header (default: Octokit's). */
  userAgent?: string
}

const ImageCostOctokit = OctokitCore.plugin(paginateRest, retry, throttling)
type Octokit = InstanceType<typeof ImageCostOctokit>

/**
 * The fetch over node:http(s) (./http-fetch.ts), or the runner's proxy-aware one when a proxy is
 * configured for the API host. The proxy-aware fetch lives in a bundled HTTP client that takes tens
 * of milliseconds to load, so it is imported only when a proxy needs it.
 */
function fetchFor(baseUrl: string): HttpFetch {
  let proxied: boolean
  try {
    proxied = getProxyUrl(new URL(baseUrl)) !== undefined
  } catch {
    proxied = false
  }
  if (!proxied) return httpFetch
  let proxyFetch: Promise<typeof fetch> | undefined
  return async (input, init) => {
    proxyFetch ??= import('@actions/github/lib/utils').then(({ defaults }) => (defaults.request?.fetch as typeof fetch | undefined) ?? fetch)
    return (await proxyFetch)(input, init)
  }
}

interface RawComment {
  id: number
  body?: string | null
  user?: { login: string } | null
  html_url: string
  created_at: string
}

function toComment(raw: RawComment): IssueComment {
  return { id: raw.id, body: raw.body ?? '', author: raw.user?.login ?? null, url: raw.html_url, created_at: raw.created_at }
}

/** Raised inside fetch when an attempt passes its deadline; Octokit then retries it like a dropped connection. */
class AttemptTimeout extends Error {}

export function createOctokitApi(options: OctokitApiOptions): GitHubApi {
  startWithoutTimerFloor()
  const retries = options.retries ?? 3
  const timeoutMs = options.timeoutMs ?? 30_000
  const retryBaseMs = options.retryBaseMs ?? 1000
  // What went wrong on the attempts of the call in progress (the action makes one call at a time).
  let trouble: string[] = []

  // Every attempt gets its own deadline.
  const baseFetch = fetchFor(options.baseUrl)
  const timedFetch: HttpFetch = async (input, init) => {
    const deadline = AbortSignal.timeout(timeoutMs)
    const signal = init?.signal ? AbortSignal.any([init.signal, deadline]) : deadline
    try {
      const response = await baseFetch(input, { ...init, signal })
      if (response.status >= 500) trouble.push(`HTTP ${response.status}`)
      else if (response.status === 429 || (response.status === 403 && response.headers.has('retry-after'))) {
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

  const octokit: Octokit = new ImageCostOctokit({
    auth: options.token,
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
      onRateLimit: (_retryAfter: number, _request: unknown, _octokit: unknown, retryCount: number) => retryCount < retries,
      onSecondaryRateLimit: (_retryAfter: number, _request: unknown, _octokit: unknown, retryCount: number) => retryCount < retries
    }
  })

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
      // A timeout surfaces as a 500 from Octokit: report it as no HTTP status.
      const timedOut = trouble.length > 0 && trouble.every((t) => t.startsWith('no response'))
      throw new GitHubApiError(`${message}${attempts}`, timedOut ? undefined : status, operation)
    }
  }

  return {
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
