/**
 * The report as `--format json` and the action's `report-json` write it. Alternatives are compact
 * by default: per workload only the models that are options for it, with their cost and delta,
 * and every model that is not an option listed once per report with its reasons. `full` keeps
 * the whole matrix (every model for every workload, with the reason and the per-image figures).
 * Pure.
 */
import { isOption, type Alternative, type Migration } from '../routing/route.js'
import type { HeadWorkload, Report } from './report.js'
import type { ProjectsReport, ProjectSummary } from './projects.js'
import { writeJson } from './json.js'

export const ALTERNATIVES_FORMS = ['compact', 'full'] as const
export type AlternativesForm = (typeof ALTERNATIVES_FORMS)[number]

/** An option for a workload: its model and what the workload would cost there. */
export interface CompactAlternative {
  model: string
  current: boolean
  monthly_usd: number | null
  delta_usd: number | null
  /** Set when the option is another vendor's than the workload's: moving there is a migration. */
  cross_vendor?: true
  /** How quality or size were mapped, when they were. */
  notes?: string[]
}

/** A model that is not an option for some workloads: why, and for how many. */
export interface IneligibleModel {
  model: string
  reasons: { reason: string; workloads: number }[]
}

export type CompactHeadWorkload = Omit<HeadWorkload, 'alternatives' | 'migration'> & {
  alternatives: CompactAlternative[]
  migration: (Omit<Migration, 'replacements'> & { replacements: CompactAlternative[] }) | null
}

export type JsonReport =
  | (Report & { alternatives_form: 'full' })
  | (Omit<Report, 'workloads'> & { alternatives_form: 'compact'; workloads: CompactHeadWorkload[]; ineligible_models: IneligibleModel[] })

function compact(alt: Alternative): CompactAlternative {
  const out: CompactAlternative = { model: alt.model, current: alt.current, monthly_usd: alt.monthly_usd, delta_usd: alt.delta_usd }
  if (alt.cross_vendor) out.cross_vendor = true
  if (alt.notes.length > 0) out.notes = [...alt.notes]
  return out
}

/** Kept per workload: the models it can move to, and its own. */
const kept = (alt: Alternative) => alt.current || isOption(alt)

export function jsonReport(report: Report, form: AlternativesForm = 'compact'): JsonReport {
  if (form === 'full') return { ...report, alternatives_form: 'full' }
  // model -> reason -> workloads
  const ineligible = new Map<string, Map<string, number>>()
  const note = (alt: Alternative) => {
    if (kept(alt)) return
    const reasons = ineligible.get(alt.model) ?? new Map<string, number>()
    const reason = alt.reason ?? 'not an option'
    reasons.set(reason, (reasons.get(reason) ?? 0) + 1)
    ineligible.set(alt.model, reasons)
  }
  const workloads = report.workloads.map((w): CompactHeadWorkload => {
    for (const alt of w.alternatives) note(alt)
    const { alternatives, migration, ...rest } = w
    return {
      ...rest,
      alternatives: alternatives.filter(kept).map(compact),
      migration: migration ? { ...migration, replacements: migration.replacements.filter(kept).map(compact) } : null
    }
  })
  const { workloads: _full, ...rest } = report
  return {
    ...rest,
    alternatives_form: 'compact',
    workloads,
    ineligible_models: [...ineligible].map(([model, reasons]) => ({ model, reasons: [...reasons].map(([reason, count]) => ({ reason, workloads: count })) }))
  }
}

/** The run as JSON. One file: that file's report (today's fields) and a one-element `projects` of its summary. */
export type JsonRunReport =
  | (JsonReport & { projects: [ProjectSummary] })
  | (Omit<ProjectsReport, 'projects'> & { projects: (ProjectSummary & JsonReport)[] })

/**
 * One file: its report as before, plus `projects` with its summary (the report is the top level,
 * not written twice). Several: the run's totals and every finding at the top level, and each
 * file's summary and report in `projects`.
 */
export function runJsonReport(run: ProjectsReport, form: AlternativesForm = 'compact'): JsonRunReport {
  const [only, second] = run.projects
  if (only && !second) return { ...jsonReport(only.report, form), projects: [only.summary] }
  const { projects, ...totals } = run
  return { ...totals, projects: projects.map((p) => ({ ...p.summary, ...jsonReport(p.report, form) })) }
}

/** Writes the run's JSON in pieces (report/json.ts); a run over several files streams each file's workloads too. */
export function writeRunJson(run: ProjectsReport, form: AlternativesForm | undefined, emit: (text: string) => void): void {
  writeJson(runJsonReport(run, form), emit, run.projects.length > 1 ? 4 : 3)
}
