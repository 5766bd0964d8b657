/**
 * The report as `--format json` and the action's `report-json` write it, saying each fact once:
 * - every assumption sentence once per report, in `assumptions`; a workload lists indices into it;
 * - `base.workloads` only where the base record differs from the head's (removed and changed
 *   workloads), `base.workloads_same_as_head` counting the others;
 * - `diff.workloads` only for workloads whose fields or cost moved, `diff.unchanged_workloads`
 *   counting the others;
 * - numbers with at most 12 significant digits (json.ts `written`), rounded here, record by record,
 *   since a replacer in JSON.stringify made writing 100,000 workloads 1.5 s slower.
 * The long lists (head and base workloads) are `MappedList`s: each record is made as it is written
 * and dropped after, so the JSON form of 100,000 workloads is never held whole next to the report.
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
import { MappedList, writeJson, type Parsed, withOwnNumbersWritten, written, writtenDeep, writtenFields, type JsonIndent } from './json.js'

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

export type JsonSide = Omit<ReportSide, 'workloads'> & { workloads: MappedList<Indexed<ReportWorkload>, ReportWorkload>; workloads_same_as_head: number }
export type JsonDiff = Omit<CostDiff, 'workloads'> & { workloads: WorkloadDiff[]; unchanged_workloads: number }

type JsonCommon = Omit<Report, 'workloads' | 'base' | 'diff'> & { assumptions: string[]; base: JsonSide | null; diff: JsonDiff | null }

export type JsonReport =
  | (JsonCommon & { alternatives_form: 'full'; workloads: MappedList<Indexed<HeadWorkload>, HeadWorkload> })
  | (JsonCommon & { alternatives_form: 'compact'; workloads: MappedList<CompactHeadWorkload, HeadWorkload>; ineligible_models: IneligibleModel[] })

/** The JSON report as a reader parses it. */
export type ParsedJsonReport = Parsed<JsonReport>

function compact(alt: Alternative): CompactAlternative {
  const out: CompactAlternative = {
    model: alt.model,
    ...(alt.current ? { current: true as const } : {}),
    monthly_usd: alt.monthly_usd === null ? null : written(alt.monthly_usd),
    delta_usd: alt.delta_usd === null ? null : written(alt.delta_usd)
  }
  if (alt.cross_vendor) out.cross_vendor = true
  if (alt.notes.length > 0) out.notes = [...alt.notes]
  return out
}

/** Kept per workload: the models it can move to, and its own. */
const kept = (alt: Alternative) => alt.current || isOption(alt)

/**
 * A workload record as written, from a copy of it made for the JSON form: its numbers, its cost
 * components' and its output pricing's rounded, its assumptions as indices. Filled in place, keeping
 * the record's key order: one copy per record, where a copy per step made the JSON of 100,000
 * workloads about 0.4 s slower.
 */
function indexed<W extends ReportWorkload>(copy: W, sentences: ReadonlyMap<string, number>): Indexed<W> {
  const out: Omit<ReportWorkload, 'assumptions'> & { assumptions: unknown } = withOwnNumbersWritten(copy)
  out.cost = writtenFields(copy.cost)
  out.output_pricing = writtenFields(copy.output_pricing)
  out.assumptions = copy.assumptions.map((text) => sentences.get(text) as number)
  return out as Indexed<W>
}

/** Every assumption sentence of these workloads once, in first-seen order, with its place. */
function sentenceIndex(workloads: Iterable<ReportWorkload>): Map<string, number> {
  const indices = new Map<string, number>()
  for (const w of workloads) for (const text of w.assumptions) if (!indices.has(text)) indices.set(text, indices.size)
  return indices
}

/** The head record's fields a base record has; `line` is left out, since inserting a workload above moves every line. */
function sameAsHead(base: ReportWorkload, head: HeadWorkload | undefined): boolean {
  if (!head) return false
  for (const key of Object.keys(base) as (keyof ReportWorkload)[]) {
    if (key !== 'line' && !isDeepStrictEqual(base[key], head[key])) return false
  }
  return true
}

function jsonDiff(diff: CostDiff): JsonDiff {
  const moved = diff.workloads.filter((w) => w.change !== 'unchanged' || w.delta_usd !== 0)
  return {
    ...writtenFields(diff),
    workloads: moved.map(writtenFields),
    unchanged_workloads: diff.workloads.length - moved.length,
    models: diff.models.map(writtenFields),
    setting_changes: writtenDeep(diff.setting_changes)
  }
}

/** Model -> reason -> how many workloads have that model ruled out for that reason. */
function ineligibleModels(workloads: readonly HeadWorkload[]): IneligibleModel[] {
  const ineligible = new Map<string, Map<string, number>>()
  for (const w of workloads) {
    for (const alt of w.alternatives) {
      if (kept(alt)) continue
      const reasons = ineligible.get(alt.model) ?? new Map<string, number>()
      const reason = alt.reason ?? 'not an option'
      reasons.set(reason, (reasons.get(reason) ?? 0) + 1)
      ineligible.set(alt.model, reasons)
    }
  }
  return [...ineligible].map(([model, reasons]) => ({ model, reasons: [...reasons].map(([reason, count]) => ({ reason, workloads: count })) }))
}

/** A head record's routing as written: its cheapest option rounded, in the copy `out`. */
function withCheapestWritten<W extends { cheapest: HeadWorkload['cheapest'] }>(out: W): W {
  out.cheapest = out.cheapest && writtenFields(out.cheapest)
  return out
}

/** The compact form keeps a workload's options, after its other fields. */
function compactWorkload(w: HeadWorkload, sentences: ReadonlyMap<string, number>): CompactHeadWorkload {
  const { alternatives, migration, ...fields } = w
  return Object.assign(withCheapestWritten(indexed(fields, sentences)), {
    alternatives: alternatives.filter(kept).map(compact),
    migration: migration ? { ...migration, replacements: migration.replacements.filter(kept).map((alt) => alt.model) } : null
  })
}

function fullWorkload(w: HeadWorkload, sentences: ReadonlyMap<string, number>): Indexed<HeadWorkload> {
  const out = withCheapestWritten(indexed({ ...w }, sentences))
  out.alternatives = w.alternatives.map(writtenFields)
  out.migration = w.migration && { ...w.migration, replacements: w.migration.replacements.map(writtenFields) }
  return out
}

export function jsonReport(report: Report, form: AlternativesForm = 'compact'): JsonReport {
  const { workloads, base, diff, ...small } = report
  const byName = new Map(workloads.map((w) => [w.name, w]))
  const differingBase = base ? base.workloads.filter((w) => !sameAsHead(w, byName.get(w.name))) : []
  // The head's sentences first, then the base's.
  const sentences = sentenceIndex([...workloads, ...differingBase])
  const jsonSide = (reportSide: ReportSide): JsonSide => {
    const { workloads: all, ...totals } = reportSide
    const workloads = new MappedList(differingBase, (w) => indexed({ ...w }, sentences))
    return { ...writtenDeep(totals), workloads, workloads_same_as_head: all.length - differingBase.length }
  }
  // The small parts rounded at any depth; the report's own key order kept.
  const common = { ...report, ...writtenDeep(small), base: base && jsonSide(base), diff: diff && jsonDiff(diff), assumptions: [...sentences.keys()] }
  if (form === 'full') return { ...common, alternatives_form: 'full', workloads: new MappedList(workloads, (w) => fullWorkload(w, sentences)) }
  return {
    ...common,
    alternatives_form: 'compact',
    workloads: new MappedList(workloads, (w) => compactWorkload(w, sentences)),
    ineligible_models: ineligibleModels(workloads)
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
  if (only && !second) return { ...jsonReport(only.report, form), projects: [writtenDeep(only.summary)] }
  const { projects, ...totals } = run
  return { ...writtenDeep(totals), projects: projects.map((p) => ({ ...writtenDeep(p.summary), ...jsonReport(p.report, form) })) }
}

/**
 * Writes the run's JSON in pieces (report/json.ts), on one line unless `indent` is 2; a run over
 * several files streams each file's workloads too.
 */
export function writeRunJson(run: ProjectsReport, form: AlternativesForm | undefined, emit: (text: string) => void, indent: JsonIndent = 0): void {
  writeJson(runJsonReport(run, form), emit, { indent, streamedDepth: run.projects.length > 1 ? 4 : 3 })
}
