/** A loaded config -> the comparison the `compare` command prints. Pure. */
import type { LoadedConfig } from '../config/load.js'
import { priceWorkloads } from '../pricing/engine.js'
import { REPORT_SCHEMA_VERSION } from '../report/report.js'
import type { Comparison } from '../report/compare.js'
import { modelIndex } from '../catalog/lookup.js'
import { routeWorkloads } from './route.js'

export function compareModels(loaded: LoadedConfig, date: string, models?: readonly string[]): Comparison {
  const { catalog, overridden } = loaded.pricing
  const estimate = priceWorkloads(loaded.workloads, catalog, { overridden })
  const routing = routeWorkloads(estimate, catalog, date, { overridden, ...(models ? { models } : {}) })
  const index = modelIndex(catalog)
  const compared = models ? [...new Set(models.map((id) => index.get(id)?.id ?? id))] : catalog.models.map((m) => m.id)
  return {
    schema_version: REPORT_SCHEMA_VERSION,
    evaluated_on: date,
    catalog: { as_of: catalog.as_of },
    currency: 'USD',
    config_path: loaded.file,
    models_compared: compared,
    total_monthly_usd: estimate.total_monthly_usd,
    workloads: routing.workloads.map((r, i) => {
      const w = estimate.workloads[i]?.workload
      return {
        name: r.name,
        model: r.model,
        quality: w?.quality ?? '',
        size: w?.size ?? '',
        images_per_month: w?.images_per_month ?? 0,
        monthly_usd: r.monthly_usd,
        alternatives: r.alternatives,
        cheapest: r.cheapest,
        migration: r.migration
      }
    }),
    if_cheapest: routing.if_cheapest
  }
}
