/**
 * The action's logic behind ports: inputs + event + workspace + GitHub API -> report, comment,
 * summary, annotations, outputs and the gate decision. src/main.ts wires the real ports.
 */
import { formatConfigError, listedErrors, readFailure, type ConfigError, type ReadResult } from '../config/errors.js'
import { loadConfig, loadRunCatalog, type LoadedConfig, type LoadOptions } from '../config/load.js'
import type { RunCatalog } from '../catalog/run-catalog.js'
import { rulesNeedingBase } from '../evaluate.js'
import { evaluateProjects } from '../projects/evaluate.js'
import { gatherProjects, type BaseRead, type ProjectSource } from '../projects/gather.js'
import { buildProjectsReport, type ProjectsReport } from '../report/projects.js'
import { gateFails, type Finding, type Status } from '../gate/gate.js'
import { apiErrorClause, explainApiError, GitHubApiError, type GitHubApi, type RepoRef } from '../github/api.js'
import { upsertStickyComment } from '../github/comments.js'
import { whyNoNewComment } from './comment-policy.js'
import type { MergeGroupInfo, PullRequestInfo, PullRequestRun } from '../github/event.js'
import { buildCommentBody, buildSummary, commentMarker, SUMMARY_LIMIT_BYTES, type RunStamp } from '../report/comment.js'
import { mdText } from '../report/escape.js'
import { writeRunJson } from '../report/json-report.js'
import { printable } from '../util/text.js'
import type { ActionInputs } from './inputs.js'

/** GitHub shows at most this many annotations of each kind per step. */
export const MAX_ANNOTATIONS = 10

export type { PullRequestInfo }

export interface Annotation {
  title: string
  /** Absent for a finding about the run as a whole (the total budget of several configs). */
  file?: string
  startLine?: number
  startColumn?: number
}

export interface ActionPorts {
  inputs: ActionInputs
  eventName: string
  /** Present on pull_request and pull_request_target events. */
  pullRequest?: PullRequestInfo
  /** Present on a workflow_run event for a pull request's run: the pull request is found through the API. */
  pullRequestRun?: PullRequestRun
  /** Present on a merge_group event: the workspace holds the group's head, compared with its base commit. */
  mergeGroup?: MergeGroupInfo
  repo: RepoRef
  /** Reads a repo-relative file from the workspace (the PR's head checkout); `missing` when it is not there. */
  readWorkspaceFile(path: string): ReadResult
  /** The workspace's files that the config globs match, repo-relative (asked for only when a config input is a glob). */
  listWorkspaceFiles(patterns: readonly string[]): Promise<string[]>
  /** Created only when the run needs the API. */
  github(): GitHubApi
  today(): string
  /** Link to this run, where the job summary is. */
  runUrl?: string
  /** This workflow run, stamped on the comment so an older run never overwrites a newer one's. */
  run?: RunStamp
  info(message: string): void
  warning(message: string): void
  annotate(level: 'error' | 'warning', message: string, where: Annotation): void
  writeSummary(markdown: string): Promise<void>
  /** Writes the JSON report, handed over in pieces (see report/json.ts), and returns its path. */
  writeReportFile(write: (emit: (text: string) => void) => void): string
  setOutput(name: string, value: string): void
  setFailed(message: string): void
}

export const OUTPUT_NAMES = [
  'status',
  'total-monthly-usd',
  'base-total-monthly-usd',
  'delta-usd',
  'delta-percent',
  'report-json',
  'comment-body',
  'comment-url'
] as const

export interface ActionOutcome {
  status: Status
  failed: boolean
  report?: ProjectsReport
}

const FORK_HINT =
  'The token cannot comment on this pull request (403), as on pull requests from forks, whose token is read-only. ' +
  'Give the job `permissions: pull-requests: write`, or comment from a separate workflow_run workflow that runs this action ' +
  '(see examples/workflows/image-cost-fork-safe.yml and image-cost-comment.yml). The summary, outputs and gate are unaffected.'

const money = (n: number) => n.toFixed(2)
/** Bytes of the step summary kept for the run's notes (a few warnings) below the report. */
const SUMMARY_NOTES_RESERVE_BYTES = 16 * 1024

export async function runAction(ports: ActionPorts): Promise<ActionOutcome> {
  const { inputs } = ports
  const notes: string[] = []
  const found = ports.pullRequest ? { ok: true as const, pr: ports.pullRequest } : ports.pullRequestRun ? await findPullRequest(ports, ports.pullRequestRun) : { ok: true as const, pr: undefined }
  if (!found.ok) return found.outcome
  const pr = found.pr

  const catalogs = await loadRunCatalog(inputs.catalogs, async (path) => ports.readWorkspaceFile(path))
  if (!catalogs.ok) return failOnConfigErrors(ports, catalogs.errors)
  // A merge queue's group is compared with its base commit like a pull request, without a comment.
  const baseSha = pr?.baseSha ?? ports.mergeGroup?.baseSha
  if (!baseSha) {
    ports.info(`Event ${ports.eventName}: pricing ${inputs.configs.join(', ')} alone (a comparison needs a pull request or a merge group: a pull_request, pull_request_target, workflow_run or merge_group event).`)
  }
  const gathered = await gatherProjects(inputs.configs, projectSource(ports, pr, baseSha, catalogs.value))
  if (gathered.errors.length > 0) return failOnConfigErrors(ports, gathered.errors)

  for (const p of gathered.projects) {
    if (p.baseMissing && baseSha) ports.info(`${p.config} does not exist at the base commit ${baseSha.slice(0, 12)}: every workload is new.`)
  }
  // Without a file's base, the rules that compare with it cannot be checked: evaluate() then adds
  // an error finding, so the step, the status output, the report and the comment all say fail.
  // Every other rule needs only the head, so the decision stands without the base.
  for (const problem of gathered.baseProblems) {
    const head = gathered.projects.find((p) => p.config === problem.path)?.head
    const blocked = head ? rulesNeedingBase(head, inputs.thresholdsFrom) : []
    const what = problem.kind === 'unreadable' ? `Could not read the base config: ${problem.detail}.` : `The base version of ${problem.path} is not a valid config (${problem.detail}).`
    const consequence =
      blocked.length > 0
        ? `Without it ${blocked.join(' and ')} cannot be checked, so the step fails; ${problem.kind === 'unreadable' ? 're-run the job when GitHub answers again' : 'fix the config on the base branch'}.`
        : 'The report has no comparison; no rule of this config needs the base, so the gate is decided on the head alone.'
    ports.warning(`${what} ${consequence}`)
    notes.push(`${what} ${consequence}`)
  }
  for (const path of gathered.lost) {
    const message = `${path} is deleted by this pull request, but its base version could not be priced; the base total leaves it out.`
    ports.warning(message)
    notes.push(message)
  }

  const evaluated = await evaluateProjects({
    projects: gathered.projects,
    date: inputs.date ?? ports.today(),
    thresholdsFrom: inputs.thresholdsFrom,
    ...(inputs.totalBudgetUsd !== undefined ? { totalBudgetUsd: inputs.totalBudgetUsd } : {})
  })
  if (!evaluated.ok) return failOnConfigErrors(ports, evaluated.errors)
  const report = buildProjectsReport(evaluated.value)
  // Room left for the notes written below the report (warnings of this run: a few lines each).
  const summary = buildSummary(report, SUMMARY_LIMIT_BYTES - SUMMARY_NOTES_RESERVE_BYTES)

  const bodyFor = (limit?: number) =>
    buildCommentBody(report, {
      key: inputs.commentKey,
      ...(ports.run ? { stamp: ports.run } : {}),
      ...(ports.runUrl ? { fullReportUrl: ports.runUrl } : {}),
      summaryShortened: summary.shortened,
      ...(limit ? { limit } : {})
    })
  const body = bodyFor()
  setOutputs(ports, report, body)

  let commentUrl = ''
  if (pr && inputs.comment !== 'off') {
    const policy = { on: inputs.commentOn ?? 'always', ...(inputs.minimumChangeUsd !== undefined ? { minimumChangeUsd: inputs.minimumChangeUsd } : {}) }
    const comment = await postComment(ports, pr, body, () => bodyFor(SHORT_COMMENT_LIMIT), whyNoNewComment(report, policy))
    if (comment.url) commentUrl = comment.url
    if (comment.problem) notes.push(comment.problem)
  }
  ports.setOutput('comment-url', commentUrl)

  // One config: every finding is in it. Several: each names its file, or is about the run.
  const overflow = annotateFindings(ports, report.findings, report.projects.length === 1 ? report.projects[0]?.summary.config : undefined)
  if (overflow) notes.push(overflow)
  await writeSummary(ports, summary.text, notes)

  const failed = gateFails(report.findings, inputs.failOn)
  if (failed) ports.setFailed(failureMessage(report, inputs.failOn))
  return { status: report.status, failed, report }
}

/** A body GitHub should accept when it refused the full one as too long (422). */
const SHORT_COMMENT_LIMIT = 32_768

/** Posts or edits the sticky comment; a failure is logged once and never changes the gate. */
async function postComment(
  ports: ActionPorts,
  pr: PullRequestInfo,
  body: string,
  shorter: () => string,
  /** Why this report need not be posted as a new comment (comment-on, minimum-change-usd), if so. */
  notWanted: string | undefined
): Promise<{ url?: string; problem?: string }> {
  const { inputs } = ports
  const upsert = (text: string) =>
    upsertStickyComment({
      api: ports.github(),
      repo: ports.repo,
      issueNumber: pr.number,
      body: text,
      marker: commentMarker(inputs.commentKey),
      author: inputs.commentAuthor,
      mode: inputs.comment,
      ...(ports.run ? { stamp: ports.run } : {}),
      createIfMissing: notWanted === undefined
    })
  try {
    let result
    try {
      result = await upsert(body)
    } catch (error) {
      if (!(error instanceof GitHubApiError && error.status === 422)) throw error
      ports.info(`GitHub refused the comment (422: ${error.message}); posting a shorter version that links to the job summary.`)
      result = await upsert(shorter())
    }
    const duplicates =
      (result.removedDuplicates > 0 ? ` (removed ${result.removedDuplicates} duplicate${result.removedDuplicates === 1 ? '' : 's'} left by an overlapping run)` : '') +
      (result.hidden ? ` (hid ${result.hidden} earlier comment${result.hidden === 1 ? '' : 's'} as outdated)` : '')
    const what = {
      created: 'Comment created',
      updated: 'Comment updated',
      unchanged: 'Comment unchanged',
      skipped: 'Comment skipped',
      'not-wanted': `No comment: ${notWanted ?? 'not needed'}`,
      'skipped-newer': 'Comment left as is: a newer run of this workflow already wrote its report there'
    }[result.action]
    ports.info(`${what}${result.url ? `: ${result.url}` : ''}${duplicates}`)
    return result.url ? { url: result.url } : {}
  } catch (error) {
    // A 403 that is a rate limit is not the read-only token of a fork.
    const forbidden = error instanceof GitHubApiError && error.status === 403 && !error.rateLimited
    const problem = forbidden ? FORK_HINT : `Could not post the comment: ${apiErrorClause(error)}. The summary, outputs and gate are unaffected.`
    ports.warning(problem)
    return { problem }
  }
}

/**
 * On pull_request_target and workflow_run the workflow runs in the base repository's context and
 * the workspace holds the base branch (or nothing of the PR): the PR's files are read through the
 * API at its head commit, as data, never checked out or run.
 */
function readsHeadThroughApi(ports: ActionPorts): boolean {
  return ports.eventName === 'pull_request_target' || ports.eventName === 'workflow_run'
}

/**
 * The pull request of a workflow_run event, from trusted data only: the open pull requests whose
 * head is the run's head repository and branch, and of those the one at the run's head commit.
 * Nothing the run produced (artifacts, logs) is read.
 */
async function findPullRequest(ports: ActionPorts, run: PullRequestRun): Promise<{ ok: true; pr: PullRequestInfo | undefined } | { ok: false; outcome: ActionOutcome }> {
  let open
  try {
    open = await ports.github().listOpenPullRequests(ports.repo, run.headLabel)
  } catch (error) {
    const message = `image-cost-gate: could not find the pull request of the workflow run (head ${run.headLabel} at ${run.headSha.slice(0, 12)}): ${explainApiError(error)}`
    ports.setFailed(message)
    return { ok: false, outcome: { status: 'fail', failed: true } }
  }
  const pr = open.find((p) => p.headSha === run.headSha)
  if (pr) {
    ports.info(`Workflow run of pull request #${pr.number} (head ${run.headSha.slice(0, 12)}): pricing its config as data, read through the API.`)
    return { ok: true, pr }
  }
  ports.info(
    open.length > 0
      ? `The pull request of ${run.headLabel} has moved on from ${run.headSha.slice(0, 12)}; the run for its new head will report. Nothing to do.`
      : `No open pull request has the head ${run.headLabel} at ${run.headSha.slice(0, 12)}. Nothing to do.`
  )
  return { ok: false, outcome: { status: 'pass', failed: false } }
}

/**
 * Where the run's config files come from: the workspace (or, where the workspace is not the
 * PR's, the API at the PR's head commit), each file's base through the contents API at the base
 * commit (404: added), and the files the PR deletes or renames away from the PR's file list.
 */
function projectSource(ports: ActionPorts, pr: PullRequestInfo | undefined, baseSha: string | undefined, catalogs: RunCatalog): ProjectSource {
  const headSha = readsHeadThroughApi(ports) && pr?.headSha ? pr.headSha : undefined
  const readHeadCatalog = (path: string) => (headSha ? readAtRef(ports, path, headSha) : Promise.resolve(ports.readWorkspaceFile(path)))
  return {
    listHead: async () => {
      if (!headSha) return ports.listWorkspaceFiles(ports.inputs.configs)
      const tree = await ports.github().listFilesAtRef(ports.repo, headSha)
      if (tree.truncated) ports.warning(`GitHub cut the file list of ${headSha.slice(0, 12)} short; a config glob may miss files. Name the configs one per line instead.`)
      return tree.paths
    },
    readHead: async (path) => (headSha ? readAtHead(ports, path, headSha) : ports.readWorkspaceFile(path)),
    ...(baseSha
      ? {
          base: {
            read: (path: string) => fetchBase(ports, path, baseSha),
            removed: () => (pr ? removedInPullRequest(ports, pr) : Promise.resolve([])),
            label: (path: string) => `${path}@base`
          }
        }
      : {}),
    // The head's usage files are read as data like its team catalog; a base's are never needed.
    load: (text, file, side) => loadConfig(text, file, side === 'head' ? { catalogs, readCatalog: readHeadCatalog } : { catalogs, readCatalog: (path) => readAtRef(ports, path, baseSha ?? ''), readUsage: false })
  }
}

/** The PR's files that it deletes, or renames to another path: each existed at the base. */
async function removedInPullRequest(ports: ActionPorts, pr: PullRequestInfo): Promise<string[]> {
  try {
    const files = await ports.github().listPullRequestFiles(ports.repo, pr.number)
    return files.flatMap((f) => (f.status === 'removed' ? [f.filename] : f.status === 'renamed' && f.previous_filename ? [f.previous_filename] : []))
  } catch (error) {
    ports.warning(`Could not list the files of #${pr.number}, so configs it deletes are not shown: ${apiErrorClause(error)}.`)
    return []
  }
}

/** A config at the pull request's head commit, through the API, as data. */
async function readAtHead(ports: ActionPorts, path: string, headSha: string): Promise<ReadResult> {
  try {
    const text = await ports.github().getFileAtRef(ports.repo, path, headSha)
    if (text === null) return { ok: false, missing: true, message: `file not found at the pull request's head commit ${headSha.slice(0, 12)}; expected the config at this path (check the config input)` }
    return { ok: true, text }
  } catch (error) {
    return { ok: false, message: `could not read the file at the pull request's head commit: ${explainApiError(error)}` }
  }
}

async function loadFrom(read: ReadResult, file: string, options: LoadOptions): Promise<{ ok: true; value: LoadedConfig } | { ok: false; errors: ConfigError[] }> {
  if (!read.ok) return { ok: false, errors: [readFailure(file, read)] }
  return loadConfig(read.text, file, options)
}

/** A repository file at a commit, through the API, as data. */
async function readAtRef(ports: ActionPorts, path: string, ref: string): Promise<ReadResult> {
  try {
    const text = await ports.github().getFileAtRef(ports.repo, path, ref)
    return text === null ? { ok: false, message: `file not found at commit ${ref.slice(0, 12)}` } : { ok: true, text }
  } catch (error) {
    return { ok: false, message: `could not read the file at commit ${ref.slice(0, 12)}: ${explainApiError(error)}` }
  }
}

async function fetchBase(ports: ActionPorts, path: string, baseSha: string): Promise<BaseRead> {
  try {
    const text = await ports.github().getFileAtRef(ports.repo, path, baseSha)
    return text === null ? { kind: 'missing' } : { kind: 'found', text }
  } catch (error) {
    return { kind: 'failed', reason: apiErrorClause(error) }
  }
}

function setOutputs(ports: ActionPorts, report: ProjectsReport, body: string): void {
  ports.setOutput('status', report.status)
  ports.setOutput('total-monthly-usd', money(report.total_monthly_usd))
  ports.setOutput('base-total-monthly-usd', report.base_total_monthly_usd === null ? '' : money(report.base_total_monthly_usd))
  ports.setOutput('delta-usd', report.delta_usd === null ? '' : money(report.delta_usd))
  ports.setOutput('delta-percent', report.delta_percent === null ? '' : report.delta_percent.toFixed(2))
  ports.setOutput('report-json', ports.writeReportFile((emit) => writeRunJson(report, ports.inputs.alternatives, emit)))
  ports.setOutput('comment-body', body)
}

/** Annotates the first findings of each severity; returns a note about the rest, if any. */
function annotateFindings(ports: ActionPorts, findings: readonly Finding[], file: string | undefined): string | undefined {
  const skipped = { error: 0, warning: 0 }
  const shown = { error: 0, warning: 0 }
  for (const f of findings) {
    if (shown[f.severity] >= MAX_ANNOTATIONS) {
      skipped[f.severity] += 1
      continue
    }
    shown[f.severity] += 1
    ports.annotate(f.severity, printable(f.fix ? `${f.message}. Fix: ${f.fix}` : f.message), {
      title: `image-cost-gate ${f.rule}`,
      ...((f.config ?? file) !== undefined ? { file: f.config ?? file } : {}),
      ...(f.line ? { startLine: f.line } : {}),
      ...(f.column ? { startColumn: f.column } : {})
    })
  }
  if (skipped.error + skipped.warning === 0) return undefined
  return `GitHub shows ${MAX_ANNOTATIONS} annotations of each kind per step: ${skipped.error} more error${skipped.error === 1 ? '' : 's'} and ${skipped.warning} more warning${skipped.warning === 1 ? '' : 's'} are listed in the findings above.`
}

async function writeSummary(ports: ActionPorts, markdown: string, notes: readonly string[]): Promise<void> {
  let text = markdown
  for (const note of notes) {
    const next = `${text}\n> [!WARNING]\n> ${mdText(note)}\n`
    // A note that would push the summary past GitHub's limit is left to the log, where it also is.
    if (Buffer.byteLength(next, 'utf8') > SUMMARY_LIMIT_BYTES) break
    text = next
  }
  try {
    await ports.writeSummary(text)
  } catch (error) {
    ports.warning(`Could not write the job summary: ${error instanceof Error ? error.message : String(error)}`)
  }
}

function failureMessage(report: ProjectsReport, failOn: ActionInputs['failOn']): string {
  const counted = report.findings.filter((f) => failOn === 'warning' || f.severity === 'error')
  const first = counted.slice(0, 3).map((f) => `${f.rule}: ${f.message}`)
  const more = counted.length > 3 ? ` (+${counted.length - 3} more)` : ''
  return printable(`image-cost-gate: ${counted.length} finding${counted.length === 1 ? '' : 's'} at or above fail-on=${failOn}. ${first.join(' | ')}${more}`)
}

async function failOnConfigErrors(ports: ActionPorts, errors: readonly ConfigError[]): Promise<ActionOutcome> {
  for (const e of errors.slice(0, MAX_ANNOTATIONS)) {
    ports.annotate('error', printable(e.path ? `${e.path}: ${e.message}` : e.message), {
      title: 'image-cost-gate config error',
      file: e.file,
      ...(e.line ? { startLine: e.line } : {}),
      ...(e.column ? { startColumn: e.column } : {})
    })
  }
  const list = listedErrors(errors, (e) => `- ${mdText(formatConfigError(e))}`).join('\n')
  await writeSummary(ports, `### ❌ Image generation cost: invalid config\n\n${errors.length} error${errors.length === 1 ? '' : 's'}; nothing was priced.\n\n${list}\n`, [])
  ports.setOutput('status', 'fail')
  ports.setFailed(`image-cost-gate: ${errors.length} config error${errors.length === 1 ? '' : 's'}:\n${listedErrors(errors).join('\n')}`)
  return { status: 'fail', failed: true }
}
