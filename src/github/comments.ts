/**
 * One sticky comment per key: found by its exact marker and its author, edited in place.
 *
 * Two runs for the same pull request can overlap (two pushes in quick succession). Each comment
 * carries a run stamp (the workflow run id and attempt, and the head commit), and:
 * - after creating a comment, the run lists the comments again; when both runs created one, the
 *   oldest comment stays, the others are deleted, and the stay-behind holds the newest run's report;
 * - a run never overwrites a comment that a newer run wrote.
 * A stamp counts only in the token's own comment, and only when it names a run of this repository
 * at an attempt that run has reached (checked through the API, which needs `actions: read`): a
 * stamp that was copied, made up or cannot be checked never holds a comment back from an update.
 */
import { readStamp, STAMP_PATTERN, type RunStamp } from '../report/comment.js'
import type { GitHubApi, IssueComment, RepoRef } from './api.js'

export const COMMENT_MODES = ['update', 'new', 'hide-and-new', 'off'] as const
export type CommentMode = (typeof COMMENT_MODES)[number]

/** Whether run `a` started after run `b`. */
export function isNewerRun(a: RunStamp, b: RunStamp): boolean {
  return a.runId > b.runId || (a.runId === b.runId && a.attempt > b.attempt)
}

/** The body without its run stamp: what decides whether an edit is needed. */
function content(body: string): string {
  const lines = body.split(/\r?\n/)
  if (lines.length > 1 && STAMP_PATTERN.test(lines[1] ?? '')) lines.splice(1, 1)
  return lines.join('\n')
}

export interface StickyCommentInput {
  api: GitHubApi
  repo: RepoRef
  issueNumber: number
  /** The body, starting with the marker line (and the stamp line when there is a stamp). */
  body: string
  /** The hidden first line that identifies the comment (see commentMarker). */
  marker: string
  /** Login that posts with this token; a marker in anybody else's comment is ignored. */
  author: string
  mode: CommentMode
  /** This run's stamp; without one, no ordering between runs is enforced. */
  stamp?: RunStamp
  /**
   * False when this run's report need not be posted (comment-on, minimum-change-usd): an existing
   * comment is still brought up to date, so it never goes stale, but none is created.
   */
  createIfMissing?: boolean
}

export interface StickyCommentResult {
  /** skipped-newer: a newer run's report is already there and stays; not-wanted: no comment yet, and none was needed. */
  action: 'created' | 'updated' | 'unchanged' | 'skipped' | 'skipped-newer' | 'not-wanted'
  url?: string
  /** Duplicate comments (from an overlapping run) that were deleted. */
  removedDuplicates: number
  /** Earlier comments hidden as outdated (comment: hide-and-new). */
  hidden?: number
  /** Requests made, for the log. */
  requests: number
}

export function isOurComment(comment: IssueComment, marker: string, author: string): boolean {
  const firstLine = comment.body.split(/\r?\n/, 1)[0]
  return firstLine === marker && comment.author?.toLowerCase() === author.toLowerCase()
}

const oldestFirst = (a: IssueComment, b: IssueComment) => a.id - b.id

export async function upsertStickyComment(input: StickyCommentInput): Promise<StickyCommentResult> {
  const { api, repo, issueNumber, body, marker, author, mode, stamp } = input
  if (mode === 'off') return { action: 'skipped', removedDuplicates: 0, requests: 0 }
  let requests = 0
  const listOurs = async () => {
    requests += 1
    return (await api.listIssueComments(repo, issueNumber)).filter((c) => isOurComment(c, marker, author)).sort(oldestFirst)
  }
  const remove = async (comments: readonly IssueComment[]) => {
    for (const c of comments) {
      requests += 1
      await api.deleteIssueComment(repo, c.id)
    }
    return comments.length
  }
  const verified = new Map<string, Promise<boolean>>()
  /** Whether a stamp names a real run of this repository; an unanswerable question counts as no. */
  const isReal = (theirs: RunStamp): Promise<boolean> => {
    const key = `${theirs.runId}.${theirs.attempt}`
    let answer = verified.get(key)
    if (!answer) {
      requests += 1
      answer = api.getWorkflowRun(repo, theirs.runId).then(
        (run) => run !== null && theirs.attempt <= run.attempt,
        () => false
      )
      verified.set(key, answer)
    }
    return answer
  }
  /** Hides the comments not hidden yet (one query for all, then one mutation each). */
  const hide = async (comments: readonly IssueComment[]) => {
    const ids = comments.map((c) => c.node_id).filter((id): id is string => id !== undefined)
    if (ids.length === 0) return 0
    requests += 1
    const already = await api.minimizedComments(ids)
    let hidden = 0
    for (const id of ids) {
      if (already.has(id)) continue
      requests += 1
      await api.minimizeComment(id)
      hidden += 1
    }
    return hidden
  }
  /** Whether `comment` holds a newer run's report than this run's. */
  const newerThanUs = async (comment: IssueComment) => {
    const theirs = readStamp(comment.body)
    return stamp !== undefined && theirs !== undefined && isNewerRun(theirs, stamp) && (await isReal(theirs))
  }

  const createIfMissing = input.createIfMissing ?? true
  if (!createIfMissing) {
    // Nothing new to say: only an existing comment is brought up to date (the newest, in the modes that post anew).
    const ours = await listOurs()
    const existing = mode === 'update' ? ours[0] : ours[ours.length - 1]
    if (!existing) return { action: 'not-wanted', removedDuplicates: 0, requests }
    return bringUpToDate(existing, 0)
  }

  if (mode === 'new' || mode === 'hide-and-new') {
    // A fresh comment at the bottom of the conversation. Afterwards only the newest run's comment
    // stays (hide-and-new: the others are hidden as outdated rather than deleted): every run that
    // overlaps computes the same survivor, so they never delete each other's.
    requests += 1
    const created = await api.createIssueComment(repo, issueNumber, body)
    const ours = await listOurs()
    if (!ours.some((c) => c.id === created.id)) ours.push(created)
    // A comment whose stamp is not real counts as unstamped.
    const stamps = new Map<number, RunStamp | undefined>()
    for (const c of ours) {
      const theirs = readStamp(c.body)
      stamps.set(c.id, theirs && (c.id === created.id || (await isReal(theirs))) ? theirs : undefined)
    }
    const survivor = ours.reduce((best, c) => (isNewerComment(c, best, stamps) ? c : best))
    const others = ours.filter((c) => c.id !== survivor.id)
    const action = survivor.id === created.id ? 'created' : 'skipped-newer'
    if (mode === 'hide-and-new') return { action, url: survivor.url, removedDuplicates: 0, hidden: await hide(others), requests }
    const removed = await remove(others)
    return { action, url: survivor.url, removedDuplicates: removed, requests }
  }

  const ours = await listOurs()
  const existing = ours[0]
  if (!existing) {
    requests += 1
    const created = await api.createIssueComment(repo, issueNumber, body)
    // Another run may have created one at the same moment: list again, keep the oldest.
    const again = await listOurs()
    const kept = again[0] ?? created
    const removed = await remove(again.slice(1))
    if (kept.id === created.id) return { action: 'created', url: created.url, removedDuplicates: removed, requests }
    return bringUpToDate(kept, removed)
  }

  // Duplicates left by an earlier overlap: the oldest stays.
  return bringUpToDate(existing, await remove(ours.slice(1)))

  /** Edits the comment that stays, unless a newer run wrote it or it already says the same. */
  async function bringUpToDate(kept: IssueComment, removed: number): Promise<StickyCommentResult> {
    if (await newerThanUs(kept)) return { action: 'skipped-newer', url: kept.url, removedDuplicates: removed, requests }
    if (content(kept.body) === content(body)) return { action: 'unchanged', url: kept.url, removedDuplicates: removed, requests }
    requests += 1
    const updated = await api.updateIssueComment(repo, kept.id, body)
    return { action: 'updated', url: updated.url, removedDuplicates: removed, requests }
  }
}

/** Newest run first; without stamps, the later comment. */
function isNewerComment(a: IssueComment, b: IssueComment, stamps: ReadonlyMap<number, RunStamp | undefined>): boolean {
  const sa = stamps.get(a.id)
  const sb = stamps.get(b.id)
  if (sa && sb && (isNewerRun(sa, sb) || isNewerRun(sb, sa))) return isNewerRun(sa, sb)
  return a.id > b.id
}
