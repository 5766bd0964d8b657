/**
 * The report of a run over one or more config files: each file's own report (report/report.ts)
 * with a summary row, the grand totals and every finding. Plain data, like the report. Pure.
 */
import { statusOf, type Finding, type Status } from '../gate/gate.js'
import type { UsageComparison } from '../usage/projection.js'
import { buildReport, REPORT_SCHEMA_VERSION, type Report, type ReportCatalog } from './report.js'
import { totalDeltaPercent, type ProjectChange, type ProjectsEvaluation } from '../projects/evaluate.js'

/** One file's row: what it costs at the base and the head, and its verdict. */
export interface ProjectSummary {
  config: string
  /** added | removed | changed | unchanged; null when there is no base to compare with. */
  change: ProjectChange | null
  /** The file's own verdict (its findings; the run-wide ones are the run's). */
  status: Status
  total_monthly_usd: number
  base_total_monthly_usd: number | null
  delta_usd: number | null
  delta_percent: number | null
  finding_count: number
}

export interface ProjectReport {
  summary: ProjectSummary
  report: Report
}

export interface ProjectsReport {
  schema_version: number
  evaluated_on: string
  /** The first file's catalog (every file is priced with the run's catalogs). */
  catalog: ReportCatalog
  currency: 'USD'
  status: Status
  total_monthly_usd: number
  base_total_monthly_usd: number | null
  delta_usd: number | null
  delta_percent: number | null
  total_budget_usd: number | null
  /** Every finding of the run: the run-wide ones first, then each file's, each naming its file. */
  findings: Finding[]
  /** With several configs, projected against actual for their sum (one config: in its report). */
  usage: UsageComparison | null
  projects: ProjectReport[]
}

/** Findings that say the same of every file (a stale catalog) are listed once. */
function sameForEveryFile(f: Finding): boolean {
  return f.rule === 'catalog.stale'
}

export function buildProjectsReport(evaluation: ProjectsEvaluation): ProjectsReport {
  const single = evaluation.projects.length === 1
  const projects = evaluation.projects.map((p): ProjectReport => {
    const report = buildReport(p.evaluation)
    if (single && evaluation.findings.length > 0) {
      // One file: the run's findings (the total budget) are that file's report's too.
      report.findings = [...evaluation.findings, ...report.findings]
      report.status = statusOf(report.findings)
    }
    const diff = report.diff
    return {
      summary: {
        config: p.config,
        change: p.change,
        status: report.status,
        total_monthly_usd: report.total_monthly_usd,
        base_total_monthly_usd: diff ? diff.base_total_usd : null,
        delta_usd: diff ? diff.total_delta_usd : null,
        delta_percent: diff ? diff.total_delta_percent : null,
        finding_count: report.findings.length
      },
      report
    }
  })

  const findings: Finding[] = single ? [...(projects[0]?.report.findings ?? [])] : [...evaluation.findings]
  if (!single) {
    const said = new Set<string>()
    for (const p of projects) {
      for (const f of p.report.findings) {
        if (sameForEveryFile(f)) {
          if (said.has(f.message)) continue
          said.add(f.message)
          findings.push(f)
        } else findings.push({ ...f, config: p.summary.config })
      }
    }
  }
  const first = projects[0]?.report
  const base = evaluation.base_total_monthly_usd
  return {
    schema_version: REPORT_SCHEMA_VERSION,
    evaluated_on: evaluation.date,
    catalog: first ? first.catalog : { as_of: '', stale: false, provider: 'openai', pricing_note: null, applied: [] },
    currency: 'USD',
    status: single ? (first?.status ?? evaluation.status) : evaluation.status,
    total_monthly_usd: evaluation.total_monthly_usd,
    base_total_monthly_usd: base,
    delta_usd: base === null ? null : evaluation.total_monthly_usd - base,
    delta_percent: totalDeltaPercent(evaluation),
    total_budget_usd: evaluation.total_budget_usd,
    findings,
    usage: single ? null : evaluation.usage,
    projects
  }
}

/**
 * Files in the order a reviewer reads them: the ones the change touches first, then unchanged
 * ones with findings, each in the order given; unchanged files that pass last, to be folded into
 * one row.
 */
export function projectsInReadingOrder(report: ProjectsReport): { shown: ProjectReport[]; unchanged: ProjectReport[] } {
  const rank = (p: ProjectReport) => (p.summary.change !== 'unchanged' ? 0 : p.summary.status !== 'pass' ? 1 : 2)
  const ordered = [...report.projects].sort((a, b) => rank(a) - rank(b))
  return { shown: ordered.filter((p) => rank(p) < 2), unchanged: ordered.filter((p) => rank(p) === 2) }
}
