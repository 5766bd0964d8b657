/**
 * A run over several config files (projects): each priced and gated on its own budget, the
 * organization limits checked on the sums, a repository-wide cap on the grand total. Pure.
 */
import { append } from '../util/array.js'
import type { ConfigError, Result } from '../config/errors.js'
import type { LoadedConfig } from '../config/load.js'
import { evaluate, type Evaluation, type ThresholdsFrom } from '../evaluate.js'
import { checksTierRates, statusOf, type Finding, type Status } from '../gate/gate.js'
import { changesAnything } from '../diff/diff.js'
import { budgetFix } from '../gate/fixes.js'
import { percentOfBase } from '../util/percent.js'
import { usd } from '../util/format.js'
import type { UsageComparison } from '../usage/projection.js'
import type * as Projection from '../usage/projection.js'
import type { OrganizationGroup } from './organizations.js'
import { poolHeads } from './pool.js'

/** What the change does to a config file; null when there is no base to compare with. */
export type ProjectChange = 'added' | 'removed' | 'changed' | 'unchanged'

export interface ProjectInput {
  /** The file's path, as reports show it. */
  config: string
  /** The file in the change; null when the change deletes it (or renames it away). */
  head: LoadedConfig | null
  /** The file at the base; null when it does not exist there or there is no base. */
  base: LoadedConfig | null
  /** There is a base to compare with, and the file is not in it: it is added. */
  baseMissing?: boolean
  /** There is a base, but this file's version of it could not be read or is invalid: why. */
  baseUnavailable?: string
}

export interface ProjectsInput {
  projects: readonly ProjectInput[]
  /** YYYY-MM-DD (UTC), the day lifecycle rules are judged on. */
  date: string
  thresholdsFrom?: ThresholdsFrom
  /** A cap on the monthly total of every project together. */
  totalBudgetUsd?: number
}

export interface ProjectEvaluation {
  config: string
  change: ProjectChange | null
  evaluation: Evaluation
}

export interface ProjectsEvaluation {
  date: string
  projects: ProjectEvaluation[]
  /** Findings of the run as a whole: organization limits on sums, the total budget. */
  findings: Finding[]
  /** Over every project's findings and the run's. */
  status: Status
  total_monthly_usd: number
  /** null when no project has a base to compare with. */
  base_total_monthly_usd: number | null
  total_budget_usd: number | null
  /** With several configs: the usage snapshot against their sum (one config has it in its own evaluation). */
  usage: UsageComparison | null
}

/** A deleted file: priced as its base against an empty head, so every workload shows as removed. */
function emptied(base: LoadedConfig, file: string): LoadedConfig {
  return { ...base, file, config: { version: base.config.version, workloads: [] }, workloads: [] }
}

function changeOf(input: ProjectInput, evaluation: Evaluation): ProjectChange | null {
  if (!input.head) return 'removed'
  if (input.baseMissing) return 'added'
  if (!evaluation.diff) return null
  return changesAnything(evaluation.diff) ? 'changed' : 'unchanged'
}

/**
 * Async only to load what a run needs: the organization sums for several configs, the usage code
 * for configs that name usage files. Still pure: no I/O, no clock.
 */
export async function evaluateProjects(input: ProjectsInput): Promise<Result<ProjectsEvaluation>> {
  const several = input.projects.length > 1
  const heads = input.projects.flatMap((p) => (p.head ? [{ config: p.config, loaded: p.head }] : []))
  const organizations = several ? await import('./organizations.js') : undefined
  const projection = heads.some((h) => h.loaded.usage) ? await import('../usage/projection.js') : undefined
  const { groups, errors } = organizations ? organizations.groupOrganizations(heads) : { groups: [] as OrganizationGroup[], errors: [] as ConfigError[] }
  if (errors.length > 0) return { ok: false, errors }
  const tierChecked = new Map(groups.map((g) => [g.id, checksTierRates(g.organization)]))

  const projects: ProjectEvaluation[] = []
  const byConfig = new Map<string, Evaluation>()
  for (const p of input.projects) {
    const head = p.head ?? (p.base ? emptied(p.base, p.config) : null)
    if (!head) continue
    const evaluation = evaluate({
      head,
      base: p.base,
      baseMissing: p.baseMissing === true,
      date: input.date,
      thresholdsFrom: p.head ? input.thresholdsFrom : 'head',
      ...(p.baseUnavailable !== undefined ? { baseUnavailable: p.baseUnavailable } : {}),
      // Several configs: the organization's limits are checked once, on the sum, below.
      ...(several ? { organizationChecks: false, usageChecks: false } : {}),
      ...(several && p.head ? { tierChecks: tierChecked.get(p.head.config.organization?.id ?? '') ?? false } : {}),
      ...(projection ? { projection } : {})
    })
    projects.push({ config: p.config, change: changeOf(p, evaluation), evaluation })
    if (p.head) byConfig.set(p.config, evaluation)
  }

  const findings: Finding[] = []
  for (const group of groups) if (organizations) append(findings, organizations.summedOrganizationFindings(group, byConfig))
  const usage = several && projection ? summedUsage(projection, heads, byConfig, input.date, findings) : null

  const total = projects.reduce((sum, p) => sum + p.evaluation.head.estimate.total_monthly_usd, 0)
  const compared = projects.some((p) => p.evaluation.diff !== null)
  const baseTotal = compared ? projects.reduce((sum, p) => sum + (p.evaluation.diff?.base_total_usd ?? 0), 0) : null
  if (input.totalBudgetUsd !== undefined && total > input.totalBudgetUsd) {
    // Moves across every project, each workload named with its config.
    const routings = projects.flatMap((p) => (several ? p.evaluation.routing.workloads.map((r) => ({ ...r, name: `${r.name} (${p.config})` })) : p.evaluation.routing.workloads))
    findings.push({
      rule: 'budget.total',
      severity: 'error',
      message: `projected ${usd(total)}/month${several ? ` across ${projects.length} configs` : ''} exceeds the total budget of ${usd(input.totalBudgetUsd)} by ${usd(total - input.totalBudgetUsd)}`,
      ...budgetFix(routings, total - input.totalBudgetUsd, { setting: 'total-budget-usd', to: usd(total) })
    })
  }

  const all = [...findings, ...projects.flatMap((p) => p.evaluation.findings)]
  return {
    ok: true,
    value: {
      date: input.date,
      projects,
      findings,
      status: statusOf(all),
      total_monthly_usd: total,
      base_total_monthly_usd: baseTotal,
      total_budget_usd: input.totalBudgetUsd ?? null,
      usage
    }
  }
}

/**
 * A usage snapshot covers the organization, so with several configs it is compared once, with the
 * sum of their workloads: the snapshot of the first config that names one (each config's measured
 * tokens still price its own workloads).
 */
function summedUsage(
  projection: typeof Projection,
  heads: readonly { config: string; loaded: LoadedConfig }[],
  evaluations: ReadonlyMap<string, Evaluation>,
  date: string,
  findings: Finding[]
): UsageComparison | null {
  const named = heads.find((h) => h.loaded.usage?.snapshot)
  const usage = named?.loaded.usage
  if (!named || !usage) return null
  const pool = poolHeads(heads, evaluations)
  const catalog = named.loaded.pricing.catalog
  const comparison = projection.compareUsage(usage, pool, catalog, catalog.hours_per_month.value)
  if (!comparison) return null
  append(findings, projection.usageFindings(comparison, usage, pool, date, (c, field) => pool.at(c.workload, field)))
  return comparison
}

/** The total's change in percent of the base total (null when there is none, or it is under half a cent). */
export function totalDeltaPercent(evaluation: Pick<ProjectsEvaluation, 'total_monthly_usd' | 'base_total_monthly_usd'>): number | null {
  return evaluation.base_total_monthly_usd === null ? null : percentOfBase(evaluation.total_monthly_usd - evaluation.base_total_monthly_usd, evaluation.base_total_monthly_usd)
}
