/** The `compare` command's output: every workload priced on every candidate model, and its renderers. */
import { modelIndex, providerOf } from '../catalog/lookup.js'
import type { LoadedConfig } from '../config/load.js'
import { priceWorkloads } from '../pricing/engine.js'
import { routeWorkloads, type Routing, type WorkloadRouting } from '../routing/route.js'
import { REPORT_SCHEMA_VERSION } from './report.js'
import { count, signedUsd, unitUsd, usd } from '../util/format.js'
import { mdCode, mdText, oneLine } from './escape.js'
import { columns } from './table.js'

export interface Comparison {
  schema_version: number
  evaluated_on: string
  catalog: { as_of: string }
  currency: 'USD'
  config_path: string
  /** The candidate models; every model in the catalog unless --models narrowed them. */
  models_compared: string[]
  total_monthly_usd: number
  workloads: (WorkloadRouting & { quality: string | null; size: string; images_per_month: number })[]
  if_cheapest: Routing['if_cheapest']
}

/** A loaded config -> the comparison. Pure. */
export function compareModels(loaded: LoadedConfig, date: string, models?: readonly string[]): Comparison {
  const { catalog, overridden } = loaded.pricing
  const estimate = priceWorkloads(loaded.workloads, catalog, { overridden })
  const index = modelIndex(catalog)
  // Models named with --models are compared whoever serves them; otherwise each workload's own vendor's, and the vendors routing.providers opts in.
  const vendors = new Set<string>(models ? catalog.providers.map((p) => p.id) : (loaded.config.routing?.providers ?? []))
  vendors.add(catalog.provider)
  for (const w of estimate.workloads) vendors.add(providerOf(catalog, w.workload.model))
  const routing = routeWorkloads(estimate, catalog, date, { overridden, providers: [...vendors], ...(models ? { models } : {}) })
  const compared = models ? [...new Set(models.map((id) => index.get(id)?.id ?? id))] : catalog.models.filter((m) => vendors.has(m.provider)).map((m) => m.id)
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
        quality: w?.quality ?? null,
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

function describe(w: Comparison['workloads'][number]): string {
  return `${w.model}, ${w.quality === null ? '' : `${w.quality} `}${w.size}, ${count(w.images_per_month)} images/month, ${usd(w.monthly_usd)}/month`
}

export function renderComparisonTable(c: Comparison): string {
  const out = [`Model comparison for ${oneLine(c.config_path)} (catalog checked ${c.catalog.as_of}; evaluated on ${c.evaluated_on})`, '']
  for (const w of c.workloads) {
    out.push(`${oneLine(w.name)}  (${describe(w)})`)
    const rows = w.alternatives.map((a) => [
      `${a.model}${a.current ? ' (now)' : ''}${w.cheapest?.model === a.model ? ' *' : ''}`,
      a.eligible ? 'yes' : 'no',
      a.monthly_usd === null ? '-' : usd(a.monthly_usd),
      a.delta_usd === null ? '-' : signedUsd(a.delta_usd),
      a.per_delivered_image_usd === null ? '-' : unitUsd(a.per_delivered_image_usd),
      a.retry_rate === undefined ? '-' : String(a.retry_rate),
      [a.reason, ...a.notes].filter(Boolean).join('; ')
    ])
    out.push(...columns(['  MODEL', 'ELIGIBLE', 'MONTHLY', 'DELTA', 'PER DELIVERED', 'RETRY', 'NOTES'], rows.map((r) => [`  ${r[0]}`, ...r.slice(1)]), 'llrrrrl'), '')
  }
  out.push(`* cheapest eligible. If every workload moved to its cheapest eligible model: ${usd(c.if_cheapest.total_monthly_usd)}/month (${signedUsd(-c.if_cheapest.saving_usd)} against ${usd(c.total_monthly_usd)}).`)
  return out.join('\n') + '\n'
}

export function renderComparisonMarkdown(c: Comparison): string {
  const row = (cells: readonly string[]) => `| ${cells.join(' | ')} |`
  const out = [`### Model comparison: ${mdCode(c.config_path)}`, '', `Catalog checked ${c.catalog.as_of}; evaluated on ${c.evaluated_on}.`, '']
  for (const w of c.workloads) {
    out.push(`#### ${mdText(w.name)}`, '', mdText(describe(w)), '')
    out.push(row(['Model', 'Eligible', 'Monthly', 'Change', 'Per delivered image', 'Retry rate', 'Notes']), row(['---', '---', '---:', '---:', '---:', '---:', '---']))
    for (const a of w.alternatives) {
      const name = `${mdCode(a.model)}${a.current ? ' (now)' : ''}${w.cheapest?.model === a.model ? ' **cheapest**' : ''}`
      out.push(
        row([
          name,
          a.eligible ? 'yes' : 'no',
          a.monthly_usd === null ? '–' : usd(a.monthly_usd),
          a.delta_usd === null ? '–' : signedUsd(a.delta_usd),
          a.per_delivered_image_usd === null ? '–' : unitUsd(a.per_delivered_image_usd),
          a.retry_rate === undefined ? '–' : String(a.retry_rate),
          mdText([a.reason, ...a.notes].filter(Boolean).join('; '))
        ])
      )
    }
    out.push('')
  }
  out.push(`If every workload moved to its cheapest eligible model: **${usd(c.if_cheapest.total_monthly_usd)}/month** (${signedUsd(-c.if_cheapest.saving_usd)} against ${usd(c.total_monthly_usd)}).`)
  return out.join('\n') + '\n'
}
