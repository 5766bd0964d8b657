/** The real GitHubApi: Octokit with retries (5xx) and throttling (primary and secondary rate limits). */
import { getOctokit } from '@actions/github'
import { defaults } from '@actions/github/lib/utils'
import { retry } from '@octokit/plugin-retry'
import { throttling } from '@octokit/plugin-throttling'
import { GitHubApiError, type GitHubApi, type IssueComment, type RepoRef } from './api.js'

export interface OctokitApiOptions {
  token: string
  baseUrl: string
  /** Called with a plain-words line when a call is retried or throttled. */
  log: (message: string) => void
  /** Per-request timeout in milliseconds. */
  timeoutMs?: number
  /** Retries after a 5xx or a rate limit before giving up. */
  retries?: number
}

type Octokit = ReturnType<typeof getOctokit>

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

async function call<T>(operation: string, fn: () => Promise<T>): Promise<T> {
  try {
    return await fn()
  } catch (error) {
    const status = typeof (error as { status?: unknown }).status === 'number' ? (error as { status: number }).status : undefined
    const message = error instanceof Error ? error.message : String(error)
    throw new GitHubApiError(message, status, operation)
  }
}

export function createOctokitApi(options: OctokitApiOptions): GitHubApi {
  const retries = options.retries ?? 3
  const timeoutMs = options.timeoutMs ?? 30_000
  // Keep the runner's proxy-aware fetch, and give every attempt its own deadline.
  const baseFetch: typeof fetch = (defaults.request?.fetch as typeof fetch | undefined) ?? fetch
  const timedFetch: typeof fetch = (input, init) => {
    const deadline = AbortSignal.timeout(timeoutMs)
    const signal = init?.signal ? AbortSignal.any([init.signal, deadline]) : deadline
    return baseFetch(input, { ...init, signal })
  }
  const octokit: Octokit = getOctokit(
    options.token,
    {
      baseUrl: options.baseUrl,
      request: { fetch: timedFetch },
      retry: { retries },
      throttle: {
        onRateLimit: (retryAfter: number, request: { method: string; url: string }, _octokit: unknown, retryCount: number) => {
          options.log(`GitHub rate limit hit on ${request.method} ${request.url}; retrying in ${retryAfter}s`)
          return retryCount < retries
        },
        onSecondaryRateLimit: (retryAfter: number, request: { method: string; url: string }, _octokit: unknown, retryCount: number) => {
          options.log(`GitHub secondary rate limit hit on ${request.method} ${request.url}; retrying in ${retryAfter}s`)
          return retryCount < retries
        }
      }
    },
    retry,
    throttling
  )

  return {
    async getFileAtRef(repo: RepoRef, path: string, ref: string) {
      try {
        const response = await octokit.request('GET /repos/{owner}/{repo}/contents/{path}', {
          ...repo,
          path,
          ref,
          mediaType: { format: 'raw' }
        })
        return typeof response.data === 'string' ? response.data : JSON.stringify(response.data)
      } catch (error) {
        if ((error as { status?: number }).status === 404) return null
        return call(`reading ${path} at ${ref.slice(0, 12)}`, () => Promise.reject(error))
      }
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
      return call(`deleting comment ${commentId}`, async () => {
        await octokit.request('DELETE /repos/{owner}/{repo}/issues/comments/{comment_id}', { ...repo, comment_id: commentId })
      })
    }
  }
}
