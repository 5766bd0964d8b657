/**
 * The report as `--format json` and the action's `report-json` write it, saying each fact once:
 * - every assumption sentence once per report, in `assumptions`; a workload lists indices into it;
 * - `base.workloads` only where the base record differs from the head's (removed and changed
 *   workloads), `base.workloads_same_as_head` counting the others;
 * - `diff.workloads` only for workloads whose fields or cost moved, `diff.unchanged_workloads`
 *   counting the others.
 * Alternatives are compact by default: per workload only the models that are options for it,
 * with their cost and delta, and every model that is not an option listed once per report with its
 * reasons. `full` keeps the whole matrix (every model for every workload, with the reason and the
 * per-image figures). Pure.
 */
import { isDeepStrictEqual } from 'node:util'
import { isOption, type Alternative, type Migration } from '../routing/route.js'
import type { CostDiff, WorkloadDiff } from '../diff/diff.js'
import type { HeadWorkload, Report, ReportSide, ReportWorkload } from './report.js'
import type { ProjectsReport, ProjectSummary } from './projects.js'
import { writeJson, type JsonIndent } from './json.js'

export const ALTERNATIVES_FORMS = ['compact', 'full'] as const
export type AlternativesForm = (typeof ALTERNATIVES_FORMS)[number]

/** An option for a workload: its model and what the workload would cost there. */
export interface CompactAlternative {
  model: string
  /** Set on the workload's own model only. */
  current?: true
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

/** A workload's assumptions as indices into the report's `assumptions`. */
type Indexed<W extends ReportWorkload> = Omit<W, 'assumptions'> & { assumptions: number[] }

export type CompactHeadWorkload = Omit<Indexed<HeadWorkload>, 'alternatives' | 'migration'> & {
  alternatives: CompactAlternative[]
  /** `replacements` names the options; their costs are in `alternatives`. */
  migration: (Omit<Migration, 'replacements'> & { replacements: string[] }) | null
}

export type JsonSide = Omit<ReportSide, 'workloads'> & { workloads: Indexed<ReportWorkload>[]; workloads_same_as_head: number }
export type JsonDiff = Omit<CostDiff, 'workloads'> & { workloads: WorkloadDiff[]; unchanged_workloads: number }

type JsonCommon = Omit<Report, 'workloads' | 'base' | 'diff'> & { assumptions: string[]; base: JsonSide | null; diff: JsonDiff | null }

export type JsonReport =
  | (JsonCommon & { alternatives_form: 'full'; workloads: Indexed<HeadWorkload>[] })
  | (JsonCommon & { alternatives_form: 'compact'; workloads: CompactHeadWorkload[]; ineligible_models: IneligibleModel[] })

function compact(alt: Alternative): CompactAlternative {
  const out: CompactAlternative = { model: alt.model, ...(alt.current ? { current: true as const } : {}), monthly_usd: alt.monthly_usd, delta_usd: alt.delta_usd }
  if (alt.cross_vendor) out.cross_vendor = true
  if (alt.notes.length > 0) out.notes = [...alt.notes]
  return out
}

/** Kept per workload: the models it can move to, and its own. */
const kept = (alt: Alternative) => alt.current || isOption(alt)

/** Every assumption sentence once, in first-seen order; `index` gives a sentence's place. */
function assumptionList() {
  const indices = new Map<string, number>()
  const index = <W extends ReportWorkload>(w: W): Indexed<W> => ({
    ...w,
    assumptions: w.assumptions.map((text) => {
      let at = indices.get(text)
      if (at === undefined) indices.set(text, (at = indices.size))
      return at
    })
  })
  return { index, texts: () => [...indices.keys()] }
}

/** The head record's fields a base record has; `line` is left out, since inserting a workload above moves every line. */
function sameAsHead(base: ReportWorkload, head: HeadWorkload | undefined): boolean {
  if (!head) return false
  for (const key of Object.keys(base) as (keyof ReportWorkload)[]) {
    if (key !== 'line' && !isDeepStrictEqual(base[key], head[key])) return false
  }
  return true
}

function jsonSide(side: ReportSide, head: ReadonlyMap<string, HeadWorkload>, index: <W extends ReportWorkload>(w: W) => Indexed<W>): JsonSide {
  const differing = side.workloads.filter((w) => !sameAsHead(w, head.get(w.name)))
  return { ...side, workloads: differing.map(index), workloads_same_as_head: side.workloads.length - differing.length }
}

function jsonDiff(diff: CostDiff): JsonDiff {
  const moved = diff.workloads.filter((w) => w.change !== 'unchanged' || w.delta_usd !== 0)
  return { ...diff, workloads: moved, unchanged_workloads: diff.workloads.length - moved.length }
}

export function jsonReport(report: Report, form: AlternativesForm = 'compact'): JsonReport {
  const { index, texts } = assumptionList()
  const byName = new Map(report.workloads.map((w) => [w.name, w]))
  const indexedHead = report.workloads.map(index)
  // The base after the head, so the head's sentences come first in `assumptions`.
  const common = { ...report, base: report.base && jsonSide(report.base, byName, index), diff: report.diff && jsonDiff(report.diff) }
  if (form === 'full') return { ...common, assumptions: texts(), alternatives_form: 'full', workloads: indexedHead }
  // model -> reason -> workloads
  const ineligible = new Map<string, Map<string, number>>()
  const note = (alt: Alternative) => {
    if (kept(alt)) return
    const reasons = ineligible.get(alt.model) ?? new Map<string, number>()
    const reason = alt.reason ?? 'not an option'
    reasons.set(reason, (reasons.get(reason) ?? 0) + 1)
    ineligible.set(alt.model, reasons)
  }
  const workloads = indexedHead.map((w): CompactHeadWorkload => {
    for (const alt of w.alternatives) note(alt)
    const { alternatives, migration, ...fields } = w
    return {
      ...fields,
      alternatives: alternatives.filter(kept).map(compact),
      migration: migration ? { ...migration, replacements: migration.replacements.filter(kept).map((alt) => alt.model) } : null
    }
  })
  return {
    ...common,
    assumptions: texts(),
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

/**
 * Writes the run's JSON in pieces (report/json.ts), on one line unless `indent` is 2; a run over
 * several files streams each file's workloads too.
 */
export function writeRunJson(run: ProjectsReport, form: AlternativesForm | undefined, emit: (text: string) => void, indent: JsonIndent = 0): void {
  writeJson(runJsonReport(run, form), emit, { indent, streamedDepth: run.projects.length > 1 ? 4 : 3 })
}
