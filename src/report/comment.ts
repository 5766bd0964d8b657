/** The PR comment: a hidden marker that identifies it, and a body that fits GitHub's size limit. */
import { renderMarkdown } from './markdown.js'
import type { Report } from './report.js'

/** GitHub rejects issue comments longer than this many characters. */
export const COMMENT_LIMIT = 65_536

/** The hidden first line that identifies this tool's comment for one key. */
export function commentMarker(key: string): string {
  // The key is the user's text: keep it from closing the HTML comment early.
  const safeKey = key.replace(/--/g, '- -').replace(/>/g, '&gt;').replace(/\r?\n/g, ' ')
  return `<!-- image-cost-gate:comment key=${JSON.stringify(safeKey)} -->`
}

/** Which workflow run wrote a comment: GitHub's run ids grow with time, attempts within a run. */
export interface RunStamp {
  runId: number
  attempt: number
  sha: string
}

/** Run ids and attempts as GitHub writes them: positive integers, the id a safe one (up to 16 digits). */
export const STAMP_PATTERN = /^<!-- image-cost-gate:run id=([1-9][0-9]{0,15}) attempt=([1-9][0-9]{0,3}) sha=([0-9a-f]{0,64}) -->$/

export function stampLine(stamp: RunStamp): string {
  return `<!-- image-cost-gate:run id=${stamp.runId} attempt=${stamp.attempt} sha=${stamp.sha.replace(/[^0-9a-f]/gi, '').toLowerCase()} -->`
}

/** The stamp on a comment's second line, if it has one. */
export function readStamp(body: string): RunStamp | undefined {
  const second = body.split(/\r?\n/, 2)[1] ?? ''
  const match = STAMP_PATTERN.exec(second)
  const runId = Number(match?.[1])
  return match && Number.isSafeInteger(runId) ? { runId, attempt: Number(match[2]), sha: match[3] ?? '' } : undefined
}

export interface CommentOptions {
  key: string
  /** The run that writes the comment, as a hidden second line (see github/comments.ts). */
  stamp?: RunStamp
  /** Where the full report lives when the comment has to be shortened (the run's job summary). */
  fullReportUrl?: string
  limit?: number
}

/**
 * The comment body: the full report when it fits; otherwise unchanged workloads are folded,
 * then the details are dropped, then the text is cut, each time with a visible note.
 */
export function buildCommentBody(report: Report, options: CommentOptions): string {
  const limit = options.limit ?? COMMENT_LIMIT
  const marker = options.stamp ? `${commentMarker(options.key)}\n${stampLine(options.stamp)}` : commentMarker(options.key)
  const where = options.fullReportUrl ? `[the run's job summary](${options.fullReportUrl})` : "the run's job summary"
  const compose = (markdown: string, note?: string) => [marker, note ? `> [!NOTE]\n> ${note}\n` : '', markdown].filter(Boolean).join('\n')

  const full = compose(renderMarkdown(report))
  if (full.length <= limit) return full

  const folded = compose(
    renderMarkdown(report, { collapseUnchanged: true }),
    `Shortened to fit GitHub's comment size limit: unchanged workloads are folded into one row. The full report is in ${where}.`
  )
  if (folded.length <= limit) return folded

  const brief = compose(
    renderMarkdown(report, { collapseUnchanged: true, details: false }),
    `Shortened to fit GitHub's comment size limit: unchanged workloads are folded and the details are left out. The full report is in ${where}.`
  )
  if (brief.length <= limit) return brief

  const note = `Cut to fit GitHub's comment size limit. The full report is in ${where}.`
  const head = compose('', note)
  const room = limit - head.length - 1
  const text = renderMarkdown(report, { collapseUnchanged: true, details: false })
  const cut = text.slice(0, room)
  const lastLine = cut.lastIndexOf('\n')
  return `${head}\n${lastLine > 0 ? cut.slice(0, lastLine + 1) : cut}`
}
