/** The per-provider totals the renderers show, when a report spans more than one provider. Pure. */
import type { Report } from './report.js'

export interface ProviderRow {
  provider: string
  name: string
  /** 0 where the base has none of its workloads (or there is no base: the renderers then show the head only). */
  base: number
  head: number
}

/** One row per provider of the head or the base, head's order first; none when one provider serves everything. */
export function providerRows(report: Pick<Report, 'providers' | 'base'>): ProviderRow[] {
  const rows = new Map<string, ProviderRow>()
  for (const p of report.providers) rows.set(p.provider, { provider: p.provider, name: p.name, base: 0, head: p.monthly_usd })
  for (const p of report.base?.providers ?? []) {
    const row = rows.get(p.provider) ?? { provider: p.provider, name: p.name, base: 0, head: 0 }
    row.base = p.monthly_usd
    rows.set(p.provider, row)
  }
  return rows.size > 1 ? [...rows.values()] : []
}
