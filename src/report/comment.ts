/** The PR comment: a hidden marker that identifies it, and a body that fits GitHub's size limit. */
import { renderMarkdown, type MarkdownOptions } from './markdown.js'
import { renderProjectsMarkdown } from './projects-md.js'
import type { ProjectsReport } from './projects.js'
import type { Report } from './report.js'

/** A run's report: one file's, or the run over several files' (a one-file run renders as that file's). */
export type AnyReport = Report | ProjectsReport

function renderAny(report: AnyReport, options?: MarkdownOptions): string {
  return 'projects' in report ? renderProjectsMarkdown(report, options) : renderMarkdown(report, options)
}

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
  /** Whether the job summary had to be shortened too: the pointer to it then says so. */
  summaryShortened?: boolean
  limit?: number
}

/** GitHub drops a step summary larger than this many bytes (the runner says "supports content up to a size of 1024k"). */
export const SUMMARY_LIMIT_BYTES = 1024 * 1024

interface FitOptions {
  /** The most the text may measure. */
  limit: number
  measure: (text: string) => number
  /** Lines before the report (the comment's marker), kept whatever is cut. */
  prefix?: string
  /** What GitHub calls the limit, for the note: "comment", "step summary". */
  what: string
  /** Where the rest of the report is, for the note. */
  where: string
  /** The comment: unchanged workloads folded and the narrow table from the start, not only to fit (the summary). */
  foldFirst: boolean
}

/**
 * The report as markdown within a size limit: unchanged workloads folded into one row, then the
 * details left out, then the text cut at a line, each step with a visible note saying where the
 * rest is. `shortened` says whether anything the reader would otherwise see was left out.
 */
export function fitMarkdown(report: AnyReport, options: FitOptions): { text: string; shortened: boolean } {
  const compose = (markdown: string, note?: string) => [options.prefix ?? '', note ? `> [!NOTE]\n> ${note}\n` : '', markdown].filter(Boolean).join('\n')
  const fits = (text: string) => options.measure(text) <= options.limit

  const narrow = options.foldFirst
  if (!options.foldFirst) {
    const full = compose(renderAny(report))
    if (fits(full)) return { text: full, shortened: false }
  }
  const folded = renderAny(report, { collapseUnchanged: true, narrow })
  const unchanged = 'projects' in report && report.projects.length > 1 ? 'unchanged configs and workloads are' : 'unchanged workloads are'
  const foldNote = `Shortened to fit GitHub's ${options.what} size limit: ${unchanged} folded into one row. The full report is in ${options.where}.`
  const asFolded = compose(folded, options.foldFirst ? undefined : foldNote)
  if (fits(asFolded)) return { text: asFolded, shortened: !options.foldFirst }

  const briefMarkdown = renderAny(report, { collapseUnchanged: true, details: false, narrow })
  const brief = compose(briefMarkdown, `Shortened to fit GitHub's ${options.what} size limit: ${unchanged} folded and the details are left out. The full report is in ${options.where}.`)
  if (fits(brief)) return { text: brief, shortened: true }

  const head = compose('', `Cut to fit GitHub's ${options.what} size limit. The full report is in ${options.where}.`)
  // Cut by characters, then back off until the measure (bytes for the summary) fits.
  let room = options.limit - options.measure(head) - 1
  let cut = briefMarkdown.slice(0, Math.max(0, room))
  while (room > 0 && !fits(`${head}\n${cut}`)) {
    room = Math.floor(room * 0.9)
    cut = cut.slice(0, room)
  }
  const lastLine = cut.lastIndexOf('\n')
  return { text: `${head}\n${lastLine > 0 ? cut.slice(0, lastLine + 1) : cut}`, shortened: true }
}

/**
 * The comment body: the report with unchanged workloads folded into one row (the job summary
 * lists them), shortened further to fit GitHub's comment limit when it must.
 */
export function buildCommentBody(report: AnyReport, options: CommentOptions): string {
  const marker = options.stamp ? `${commentMarker(options.key)}\n${stampLine(options.stamp)}` : commentMarker(options.key)
  const summary = options.fullReportUrl ? `[the run's job summary](${options.fullReportUrl})` : "the run's job summary"
  const where = options.summaryShortened ? `${summary}, as far as its own size limit allows (the action's \`report-json\` output has all of it)` : summary
  return fitMarkdown(report, { limit: options.limit ?? COMMENT_LIMIT, measure: (t) => t.length, prefix: marker, what: 'comment', where, foldFirst: true }).text
}

/** The job summary: the whole report, shortened to fit GitHub's step summary limit when it must. */
export function buildSummary(report: AnyReport, limit = SUMMARY_LIMIT_BYTES): { text: string; shortened: boolean } {
  const where = "the JSON report (the action's `report-json` output), which lists every workload"
  return fitMarkdown(report, { limit, measure: (t) => Buffer.byteLength(t, 'utf8'), what: 'step summary', where, foldFirst: false })
}
