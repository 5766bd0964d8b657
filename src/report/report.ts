/**
 * The report: one plain object that every renderer (JSON, markdown, table) reads. Its shape is the
 * documented `--format json` output.
 */
import { daysBetween, modelIndex, modelStatus, providerOf, type ModelStatus } from '../catalog/lookup.js'
import type { AppliedCatalog, Catalog } from '../catalog/types.js'
import type { CostDiff, WorkloadDiff } from '../diff/diff.js'
import type { PricedConfig, Evaluation, ThresholdsFrom } from '../evaluate.js'
import { STALE_AFTER_DAYS, type Finding, type Status } from '../gate/gate.js'
import type { CostComponents, WorkloadCost } from '../pricing/engine.js'
import type { Locator } from '../config/yaml.js'
import type { OverriddenFigure } from '../config/overrides.js'
import type { Alternative, Cheapest, Migration, Routing, WorkloadRouting } from '../routing/route.js'
import { effectiveRequirements } from '../catalog/capabilities.js'
import type { UsageComparison } from '../usage/projection.js'

export const REPORT_SCHEMA_VERSION = 2

export interface ReportWorkload {
  name: string
  model: string
  model_status: ModelStatus
  /** Who serves the model (openai, azure, bfl, ...). */
  provider: string
  /** Null on a model with no quality setting. */
  quality: string | null
  size: string
  images_per_month: number
  billed_images_per_month: number
  requests_per_month: number
  retry_rate: number
  batch: boolean
  monthly_usd: number
  cost: CostComponents
  batch_savings_usd: number
  output_pricing: WorkloadCost['output_pricing']
  assumptions: string[]
  line: number | null
}

/** A head workload also carries its routing: the matrix, the cheapest option, the migration. */
export interface HeadWorkload extends ReportWorkload {
  requires: string[]
  alternatives: Alternative[]
  cheapest: Cheapest | null
  migration: Migration | null
}

export interface ReportModel {
  model: string
  provider: string
  status: ModelStatus
  shutdown_date: string | null
  monthly_usd: number
  billed_images_per_month: number
  workloads: number
}

/** One provider's share of a side's total. */
export interface ReportProvider {
  provider: string
  name: string
  monthly_usd: number
  workloads: number
}

export interface ReportSide {
  config_path: string
  total_monthly_usd: number
  /** Per provider, largest first: the config's own provider and each other vendor it uses. */
  providers: ReportProvider[]
  models: ReportModel[]
  workloads: ReportWorkload[]
}

/** The catalogs the report was priced with. */
export interface ReportCatalog {
  /** The built-in catalog's checked-on date. */
  as_of: string
  /** Whether the built-in catalog is more than 90 days older than evaluated_on. */
  stale: boolean
  provider: string
  /** Said of every price for this provider (Azure: prices follow OpenAI's list). */
  pricing_note: string | null
  /** Team catalogs applied over the built-in one, in order, with each figure they changed. */
  applied: (AppliedCatalog & { stale: boolean })[]
}

export interface Report {
  schema_version: number
  evaluated_on: string
  catalog: ReportCatalog
  currency: 'USD'
  status: Status
  config_path: string
  thresholds_from: ThresholdsFrom
  total_monthly_usd: number
  providers: ReportProvider[]
  models: ReportModel[]
  workloads: HeadWorkload[]
  /** What the config would cost if every workload moved to its cheapest eligible model. */
  routing: { if_cheapest: Routing['if_cheapest'] }
  findings: Finding[]
  overrides: OverriddenFigure[]
  base: ReportSide | null
  diff: CostDiff | null
  /** Projected against actual (a usage snapshot), or null without one. */
  usage: UsageComparison | null
}

/**
 * A priced workload as the report shows it: plain data. It holds its cost record's own objects
 * (each workload's are its own, and the base's and the head's are priced apart), not copies.
 */
function reportWorkload(priced: WorkloadCost, facts: ModelFacts, locator: Locator): ReportWorkload {
  const w = priced.workload
  return {
    name: w.name,
    model: w.model,
    model_status: facts.status,
    provider: facts.provider,
    quality: w.quality,
    size: w.size,
    images_per_month: w.images_per_month,
    billed_images_per_month: priced.billed_images_per_month,
    requests_per_month: priced.requests_per_month,
    retry_rate: w.retry_rate,
    batch: w.batch,
    monthly_usd: priced.monthly_usd,
    cost: priced.cost,
    batch_savings_usd: priced.batch_savings_usd,
    output_pricing: priced.output_pricing,
    assumptions: priced.assumptions,
    line: locator.locate(['workloads', w.index])?.line ?? null
  }
}

/** A head workload also carries its routing: the matrix, the cheapest option, the migration. */
function headWorkload(priced: WorkloadCost, facts: ModelFacts, locator: Locator, routing: WorkloadRouting | undefined): HeadWorkload {
  return {
    requires: effectiveRequirements(priced.workload),
    ...reportWorkload(priced, facts, locator),
    cheapest: routing?.cheapest ?? null,
    migration: routing?.migration ?? null,
    alternatives: routing?.alternatives ?? []
  }
}

export function buildReport(evaluation: Evaluation): Report {
  const head = side(evaluation.head, evaluation.date, (c, facts, locator, i) => headWorkload(c, facts, locator, evaluation.routing.workloads[i]))
  const catalog = evaluation.head.loaded.pricing.catalog
  return {
    schema_version: REPORT_SCHEMA_VERSION,
    evaluated_on: evaluation.date,
    catalog: {
      as_of: catalog.as_of,
      stale: daysBetween(catalog.as_of, evaluation.date) > STALE_AFTER_DAYS,
      provider: catalog.provider,
      pricing_note: catalog.pricing_note?.value ?? null,
      applied: catalog.applied.map((a) => ({ ...structuredClone(a), stale: daysBetween(a.as_of, evaluation.date) > STALE_AFTER_DAYS }))
    },
    currency: 'USD',
    status: evaluation.status,
    config_path: head.config_path,
    thresholds_from: evaluation.thresholds_from,
    total_monthly_usd: head.total_monthly_usd,
    providers: head.providers,
    models: head.models,
    workloads: head.workloads,
    routing: { if_cheapest: evaluation.routing.if_cheapest },
    findings: evaluation.findings,
    overrides: evaluation.head.loaded.pricing.overridden,
    base: evaluation.base ? side(evaluation.base, evaluation.date, (c, facts, locator) => reportWorkload(c, facts, locator)) : null,
    diff: evaluation.diff,
    usage: evaluation.usage
  }
}

/**
 * The workload each diff row is about: the head's (rows list the head's workloads in order, then the
 * removed ones), else the base's. Base workloads are looked up by name only when a row needs one.
 */
export function diffRowWorkloads(report: Report): (row: WorkloadDiff, index: number) => ReportWorkload | undefined {
  const head = report.workloads
  let byName: Map<string, ReportWorkload> | undefined
  return (row, index) => {
    const w = head[index]
    if (w !== undefined && w.name === row.name) return w
    if (!byName) {
      byName = new Map()
      for (const b of report.base?.workloads ?? []) byName.set(b.name, b)
      for (const h of head) byName.set(h.name, h)
    }
    return byName.get(row.name)
  }
}

/** What the report says of a workload's model: its status on the day and who serves it. */
interface ModelFacts {
  status: ModelStatus
  shutdown_date: string | null
  provider: string
}

type View<W extends ReportWorkload> = (priced: WorkloadCost, facts: ModelFacts, locator: Locator, index: number) => W

function side<W extends ReportWorkload>(priced: PricedConfig, date: string, view: View<W>): ReportSide & { workloads: W[] } {
  const { loaded, estimate } = priced
  const catalog: Catalog = loaded.pricing.catalog
  const index = modelIndex(catalog)
  // Judged once per model, not once per workload.
  const lifecycles = new Map<string, ModelFacts>()
  const lifecycle = (id: string) => {
    let known = lifecycles.get(id)
    if (!known) {
      const model = index.get(id)
      known = { status: model ? modelStatus(model, date) : 'active', shutdown_date: model?.lifecycle.value.shutdown_date ?? null, provider: providerOf(catalog, id) }
      lifecycles.set(id, known)
    }
    return known
  }
  return {
    config_path: loaded.file,
    total_monthly_usd: estimate.total_monthly_usd,
    providers: providerTotals(estimate.models, lifecycle, catalog),
    models: estimate.models.map((m) => ({
      model: m.model,
      ...lifecycle(m.model),
      monthly_usd: m.monthly_usd,
      billed_images_per_month: m.billed_images_per_month,
      workloads: m.workloads
    })),
    workloads: estimate.workloads.map((c, i) => view(c, lifecycle(c.workload.model), loaded.locator, i))
  }
}

/** The side's total per provider, from its per-model totals; largest first, the config's own provider winning a tie. */
function providerTotals(models: readonly { model: string; monthly_usd: number; workloads: number }[], facts: (id: string) => ModelFacts, catalog: Catalog): ReportProvider[] {
  const byProvider = new Map<string, ReportProvider>()
  for (const m of models) {
    const provider = facts(m.model).provider
    let entry = byProvider.get(provider)
    if (!entry) {
      const name = catalog.providers.find((p) => p.id === provider)?.name ?? provider
      byProvider.set(provider, (entry = { provider, name, monthly_usd: 0, workloads: 0 }))
    }
    entry.monthly_usd += m.monthly_usd
    entry.workloads += m.workloads
  }
  const own = (p: ReportProvider) => (p.provider === catalog.provider ? 0 : 1)
  return [...byProvider.values()].sort((a, b) => b.monthly_usd - a.monthly_usd || own(a) - own(b) || (a.provider < b.provider ? -1 : 1))
}
