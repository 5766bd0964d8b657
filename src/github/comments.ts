/** One sticky comment per key: found by its exact marker and its author, edited in place. */
import type { GitHubApi, IssueComment, RepoRef } from './api.js'

export const COMMENT_MODES = ['update', 'new', 'off'] as const
export type CommentMode = (typeof COMMENT_MODES)[number]

export interface StickyCommentInput {
  api: GitHubApi
  repo: RepoRef
  issueNumber: number
  body: string
  /** The hidden first line that identifies the comment (see commentMarker). */
  marker: string
  /** Login that posts with this token; a marker in anybody else's comment is ignored. */
  author: string
  mode: CommentMode
}

export interface StickyCommentResult {
  action: 'created' | 'updated' | 'unchanged' | 'skipped'
  url?: string
  /** Requests made, for the log. */
  requests: number
}

export function isOurComment(comment: IssueComment, marker: string, author: string): boolean {
  const firstLine = comment.body.split(/\r?\n/, 1)[0]
  return firstLine === marker && comment.author?.toLowerCase() === author.toLowerCase()
}

export async function upsertStickyComment(input: StickyCommentInput): Promise<StickyCommentResult> {
  const { api, repo, issueNumber, body, marker, author, mode } = input
  if (mode === 'off') return { action: 'skipped', requests: 0 }

  const ours = (await api.listIssueComments(repo, issueNumber)).filter((c) => isOurComment(c, marker, author))
  let requests = 1
  if (mode === 'new') {
    // A fresh comment at the bottom of the conversation; the previous one goes, so one remains per key.
    const created = await api.createIssueComment(repo, issueNumber, body)
    requests += 1
    for (const old of ours) {
      await api.deleteIssueComment(repo, old.id)
      requests += 1
    }
    return { action: 'created', url: created.url, requests }
  }

  const existing = ours[0]
  if (!existing) {
    const created = await api.createIssueComment(repo, issueNumber, body)
    return { action: 'created', url: created.url, requests: requests + 1 }
  }
  if (existing.body === body) return { action: 'unchanged', url: existing.url, requests }
  const updated = await api.updateIssueComment(repo, existing.id, body)
  return { action: 'updated', url: updated.url, requests: requests + 1 }
}
