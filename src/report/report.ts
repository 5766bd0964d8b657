/**
 * The report: one plain object that every renderer (JSON, markdown, table) reads. Its shape is the
 * documented `--format json` output.
 */
import { daysBetween, modelIndex, modelStatus, type ModelStatus } from '../catalog/lookup.js'
import type { Catalog } from '../catalog/types.js'
import type { CostDiff } from '../diff/diff.js'
import type { PricedConfig, Evaluation, ThresholdsFrom } from '../evaluate.js'
import { STALE_AFTER_DAYS, type Finding, type Status } from '../gate/gate.js'
import type { CostComponents, WorkloadCost } from '../pricing/engine.js'
import type { OverriddenFigure } from '../pricing/overrides.js'
import type { Alternative, Cheapest, Migration, Routing, WorkloadRouting } from '../routing/route.js'
import { effectiveRequirements } from '../catalog/capabilities.js'

export const REPORT_SCHEMA_VERSION = 1

export interface ReportWorkload {
  name: string
  model: string
  model_status: ModelStatus
  quality: string
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
  status: ModelStatus
  shutdown_date: string | null
  monthly_usd: number
  billed_images_per_month: number
  workloads: number
}

export interface ReportSide {
  config_path: string
  total_monthly_usd: number
  models: ReportModel[]
  workloads: ReportWorkload[]
}

export interface Report {
  schema_version: number
  evaluated_on: string
  catalog: { as_of: string; stale: boolean }
  currency: 'USD'
  status: Status
  config_path: string
  thresholds_from: ThresholdsFrom
  total_monthly_usd: number
  models: ReportModel[]
  workloads: HeadWorkload[]
  /** What the config would cost if every workload moved to its cheapest eligible model. */
  routing: { if_cheapest: Routing['if_cheapest'] }
  findings: Finding[]
  overrides: OverriddenFigure[]
  base: ReportSide | null
  diff: CostDiff | null
}

/** A head workload whose matrix of alternatives is built only when a renderer reads it (large configs). */
class RoutedWorkload implements HeadWorkload {
  name!: string
  model!: string
  model_status!: ModelStatus
  quality!: string
  size!: string
  images_per_month!: number
  billed_images_per_month!: number
  requests_per_month!: number
  retry_rate!: number
  batch!: boolean
  monthly_usd!: number
  cost!: CostComponents
  batch_savings_usd!: number
  output_pricing!: WorkloadCost['output_pricing']
  assumptions!: string[]
  line!: number | null
  readonly cheapest: Cheapest | null
  readonly migration: Migration | null

  constructor(
    workload: ReportWorkload,
    readonly requires: string[],
    private readonly routing: WorkloadRouting | undefined
  ) {
    Object.assign(this, workload)
    this.cheapest = routing?.cheapest ?? null
    this.migration = routing?.migration ?? null
  }

  get alternatives(): Alternative[] {
    return this.routing?.alternatives ?? []
  }

  toJSON(): HeadWorkload {
    const { routing: _routing, ...fields } = this
    return { ...fields, alternatives: this.alternatives } as HeadWorkload
  }
}

export function buildReport(evaluation: Evaluation): Report {
  const head = side(evaluation.head, evaluation.date)
  const catalog = evaluation.head.loaded.pricing.catalog
  return {
    schema_version: REPORT_SCHEMA_VERSION,
    evaluated_on: evaluation.date,
    catalog: { as_of: catalog.as_of, stale: daysBetween(catalog.as_of, evaluation.date) > STALE_AFTER_DAYS },
    currency: 'USD',
    status: evaluation.status,
    config_path: head.config_path,
    thresholds_from: evaluation.thresholds_from,
    total_monthly_usd: head.total_monthly_usd,
    models: head.models,
    workloads: head.workloads.map((w, i) => {
      const resolved = evaluation.head.estimate.workloads[i]?.workload
      return new RoutedWorkload(w, resolved ? effectiveRequirements(resolved) : [], evaluation.routing.workloads[i])
    }),
    routing: { if_cheapest: evaluation.routing.if_cheapest },
    findings: evaluation.findings,
    overrides: evaluation.head.loaded.pricing.overridden,
    base: evaluation.base ? side(evaluation.base, evaluation.date) : null,
    diff: evaluation.diff
  }
}

function side(priced: PricedConfig, date: string): ReportSide {
  const { loaded, estimate } = priced
  const catalog: Catalog = loaded.pricing.catalog
  const index = modelIndex(catalog)
  const lifecycle = (id: string) => {
    const model = index.get(id)
    return {
      status: model ? modelStatus(model, date) : ('active' as const),
      shutdown_date: model?.lifecycle.value.shutdown_date ?? null
    }
  }
  return {
    config_path: loaded.file,
    total_monthly_usd: estimate.total_monthly_usd,
    models: estimate.models.map((m) => ({
      model: m.model,
      ...lifecycle(m.model),
      monthly_usd: m.monthly_usd,
      billed_images_per_month: m.billed_images_per_month,
      workloads: m.workloads
    })),
    workloads: estimate.workloads.map((c) => {
      const w = c.workload
      return {
        name: w.name,
        model: w.model,
        model_status: lifecycle(w.model).status,
        quality: w.quality,
        size: w.size,
        images_per_month: w.images_per_month,
        billed_images_per_month: c.billed_images_per_month,
        requests_per_month: c.requests_per_month,
        retry_rate: w.retry_rate,
        batch: w.batch,
        monthly_usd: c.monthly_usd,
        cost: c.cost,
        batch_savings_usd: c.batch_savings_usd,
        output_pricing: c.output_pricing,
        assumptions: c.assumptions,
        line: loaded.locator.locate(['workloads', w.index])?.line ?? null
      }
    })
  }
}
