/**
 * The action's logic behind ports: inputs + event + workspace + GitHub API -> report, comment,
 * summary, annotations, outputs and the gate decision. src/main.ts wires the real ports.
 */
import type { ReadResult } from '../cli/run.js'
import { formatConfigError, type ConfigError } from '../config/errors.js'
import { loadConfigLazily, type LoadedConfig } from '../config/load.js'
import { evaluate } from '../evaluate.js'
import { gateFails, type Finding, type Status } from '../gate/gate.js'
import { explainApiError, GitHubApiError, type GitHubApi, type RepoRef } from '../github/api.js'
import { upsertStickyComment } from '../github/comments.js'
import { buildCommentBody, commentMarker } from '../report/comment.js'
import { mdText } from '../report/escape.js'
import { renderMarkdown } from '../report/markdown.js'
import { buildReport, type Report } from '../report/report.js'
import type { ActionInputs } from './inputs.js'

/** GitHub shows at most this many annotations of each kind per step. */
export const MAX_ANNOTATIONS = 10

export interface PullRequestInfo {
  number: number
  baseSha: string
  headSha: string
}

export interface Annotation {
  title: string
  file: string
  startLine?: number
  startColumn?: number
}

export interface ActionPorts {
  inputs: ActionInputs
  eventName: string
  /** Present on pull_request and pull_request_target events. */
  pullRequest?: PullRequestInfo
  repo: RepoRef
  /** Reads a repo-relative file from the workspace (the PR's head checkout). */
  readWorkspaceFile(path: string): ReadResult
  /** Created only when the run needs the API. */
  github(): GitHubApi
  today(): string
  /** Link to this run, where the job summary is. */
  runUrl?: string
  info(message: string): void
  warning(message: string): void
  annotate(level: 'error' | 'warning', message: string, where: Annotation): void
  writeSummary(markdown: string): Promise<void>
  /** Writes the JSON report and returns its path. */
  writeReportFile(json: string): string
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
  report?: Report
}

const FORK_HINT =
  'The token cannot comment on this pull request (403), as on pull requests from forks, whose token is read-only. ' +
  'Give the job `permissions: pull-requests: write`, or post the `comment-body` output from a separate workflow_run workflow ' +
  '(see examples/workflows/image-cost-fork-safe.yml and image-cost-comment.yml). The summary, outputs and gate are unaffected.'

const money = (n: number) => n.toFixed(2)

export async function runAction(ports: ActionPorts): Promise<ActionOutcome> {
  const { inputs } = ports
  const configPath = inputs.config
  const notes: string[] = []

  const head = await loadFrom(ports.readWorkspaceFile(configPath), configPath)
  if (!head.ok) return failOnConfigErrors(ports, head.errors)

  let base: LoadedConfig | null = null
  let baseMissing = false
  const pr = ports.pullRequest
  if (pr) {
    const fetched = await fetchBase(ports, pr)
    if (fetched.kind === 'missing') {
      baseMissing = true
      ports.info(`${configPath} does not exist at the base commit ${pr.baseSha.slice(0, 12)}: every workload is new.`)
    } else if (fetched.kind === 'failed') {
      notes.push(`The base config could not be read (${fetched.reason}); the report has no comparison and the step fails, since the budget.increase rules could not be checked.`)
    } else {
      const loaded = await loadFrom({ ok: true, text: fetched.text }, `${configPath}@base`)
      if (loaded.ok) base = loaded.value
      else {
        const message = `The base version of ${configPath} is not a valid config (${loaded.errors.length} error${loaded.errors.length === 1 ? '' : 's'}, first: ${formatConfigError(loaded.errors[0] as ConfigError)}); the report has no comparison.`
        ports.warning(message)
        notes.push(message)
      }
    }
  } else {
    ports.info(`Event ${ports.eventName}: pricing ${configPath} alone (a comparison needs a pull_request event).`)
  }

  const evaluation = evaluate({
    head: head.value,
    base,
    baseMissing,
    date: inputs.date ?? ports.today(),
    thresholdsFrom: inputs.thresholdsFrom
  })
  const report = buildReport(evaluation)
  const baseUnreadable = notes.some((n) => n.startsWith('The base config could not be read'))

  const body = buildCommentBody(report, { key: inputs.commentKey, ...(ports.runUrl ? { fullReportUrl: ports.runUrl } : {}) })
  setOutputs(ports, report, body)

  let commentUrl = ''
  if (pr && inputs.comment !== 'off') {
    try {
      const result = await upsertStickyComment({
        api: ports.github(),
        repo: ports.repo,
        issueNumber: pr.number,
        body,
        marker: commentMarker(inputs.commentKey),
        author: inputs.commentAuthor,
        mode: inputs.comment
      })
      ports.info(`Comment ${result.action}${result.url ? `: ${result.url}` : ''}`)
      commentUrl = result.url ?? ''
    } catch (error) {
      const message = error instanceof GitHubApiError && error.status === 403 ? FORK_HINT : `Could not post the comment: ${explainApiError(error)}`
      ports.warning(message)
      notes.push(message)
    }
  }
  ports.setOutput('comment-url', commentUrl)

  const overflow = annotateFindings(ports, report.findings, configPath)
  if (overflow) notes.push(overflow)
  await writeSummary(ports, renderMarkdown(report), notes)

  const failed = gateFails(report.findings, inputs.failOn) || baseUnreadable
  if (baseUnreadable) ports.setFailed(notes.find((n) => n.startsWith('The base config')) ?? 'The base config could not be read.')
  else if (failed) ports.setFailed(failureMessage(report, inputs.failOn))
  return { status: report.status, failed, report }
}

async function loadFrom(read: ReadResult, file: string): Promise<{ ok: true; value: LoadedConfig } | { ok: false; errors: ConfigError[] }> {
  if (!read.ok) return { ok: false, errors: [{ file, path: '', message: read.message }] }
  return loadConfigLazily(read.text, file)
}

type BaseFetch = { kind: 'found'; text: string } | { kind: 'missing' } | { kind: 'failed'; reason: string }

async function fetchBase(ports: ActionPorts, pr: PullRequestInfo): Promise<BaseFetch> {
  try {
    const text = await ports.github().getFileAtRef(ports.repo, ports.inputs.config, pr.baseSha)
    return text === null ? { kind: 'missing' } : { kind: 'found', text }
  } catch (error) {
    const reason = explainApiError(error)
    ports.warning(`Could not read the base config: ${reason}`)
    return { kind: 'failed', reason }
  }
}

function setOutputs(ports: ActionPorts, report: Report, body: string): void {
  ports.setOutput('status', report.status)
  ports.setOutput('total-monthly-usd', money(report.total_monthly_usd))
  ports.setOutput('base-total-monthly-usd', report.diff ? money(report.diff.base_total_usd) : '')
  ports.setOutput('delta-usd', report.diff ? money(report.diff.total_delta_usd) : '')
  ports.setOutput('delta-percent', report.diff?.total_delta_percent == null ? '' : report.diff.total_delta_percent.toFixed(2))
  ports.setOutput('report-json', ports.writeReportFile(JSON.stringify(report, null, 2) + '\n'))
  ports.setOutput('comment-body', body)
}

/** Annotates the first findings of each severity; returns a note about the rest, if any. */
function annotateFindings(ports: ActionPorts, findings: readonly Finding[], file: string): string | undefined {
  const skipped = { error: 0, warning: 0 }
  const shown = { error: 0, warning: 0 }
  for (const f of findings) {
    if (shown[f.severity] >= MAX_ANNOTATIONS) {
      skipped[f.severity] += 1
      continue
    }
    shown[f.severity] += 1
    ports.annotate(f.severity, f.message, {
      title: `image-cost-gate ${f.rule}`,
      file,
      ...(f.line ? { startLine: f.line } : {}),
      ...(f.column ? { startColumn: f.column } : {})
    })
  }
  if (skipped.error + skipped.warning === 0) return undefined
  return `GitHub shows ${MAX_ANNOTATIONS} annotations of each kind per step: ${skipped.error} more error${skipped.error === 1 ? '' : 's'} and ${skipped.warning} more warning${skipped.warning === 1 ? '' : 's'} are listed in the findings above.`
}

async function writeSummary(ports: ActionPorts, markdown: string, notes: readonly string[]): Promise<void> {
  const text = notes.length > 0 ? `${markdown}\n${notes.map((n) => `> [!WARNING]\n> ${mdText(n)}\n`).join('\n')}` : markdown
  try {
    await ports.writeSummary(text)
  } catch (error) {
    ports.warning(`Could not write the job summary: ${error instanceof Error ? error.message : String(error)}`)
  }
}

function failureMessage(report: Report, failOn: ActionInputs['failOn']): string {
  const counted = report.findings.filter((f) => failOn === 'warning' || f.severity === 'error')
  const first = counted.slice(0, 3).map((f) => `${f.rule}: ${f.message}`)
  const more = counted.length > 3 ? ` (+${counted.length - 3} more)` : ''
  return `image-cost-gate: ${counted.length} finding${counted.length === 1 ? '' : 's'} at or above fail-on=${failOn}. ${first.join(' | ')}${more}`
}

async function failOnConfigErrors(ports: ActionPorts, errors: readonly ConfigError[]): Promise<ActionOutcome> {
  for (const e of errors.slice(0, MAX_ANNOTATIONS)) {
    ports.annotate('error', e.path ? `${e.path}: ${e.message}` : e.message, {
      title: 'image-cost-gate config error',
      file: e.file,
      ...(e.line ? { startLine: e.line } : {}),
      ...(e.column ? { startColumn: e.column } : {})
    })
  }
  const list = errors.map((e) => `- ${mdText(formatConfigError(e))}`).join('\n')
  await writeSummary(ports, `### ❌ Image generation cost: invalid config\n\n${errors.length} error${errors.length === 1 ? '' : 's'}; nothing was priced.\n\n${list}\n`, [])
  ports.setOutput('status', 'fail')
  ports.setFailed(`image-cost-gate: ${errors.length} config error${errors.length === 1 ? '' : 's'}:\n${errors.map(formatConfigError).join('\n')}`)
  return { status: 'fail', failed: true }
}
