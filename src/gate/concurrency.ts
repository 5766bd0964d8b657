/**
 * Vendors' published concurrency limits (Black Forest Labs: requests in progress; Ideogram: images
 * in progress), checked against the workloads' peak_concurrent_requests on each vendor. Pure.
 */
import { providerOf } from '../catalog/lookup.js'
import type { Catalog } from '../catalog/types.js'
import type { ResolvedWorkload } from '../config/resolve.js'
import type { WorkloadCost } from '../pricing/engine.js'
import { firstFew } from '../util/array.js'
import { count as num } from '../util/format.js'
import type { Finding } from './gate.js'

type At = (w: ResolvedWorkload, field: 'peak_concurrent_requests') => { line?: number; column?: number; config?: string }

export interface ConcurrencyCheck {
  catalog: Catalog
  /** The workloads that share the vendor account: one config's, or the sum of several. */
  workloads: readonly WorkloadCost[]
  at: At
  label?: (c: WorkloadCost) => string
}

/** One error per vendor whose limit the summed peak exceeds; workloads that leave the peak out are not counted. */
export function concurrencyFindings(input: ConcurrencyCheck): Finding[] {
  const name = input.label ?? ((c: WorkloadCost) => c.workload.name)
  const findings: Finding[] = []
  for (const provider of input.catalog.providers) {
    const concurrency = provider.concurrency
    if (!concurrency) continue
    const { limit, counts } = concurrency.value
    // Batch jobs are queued by the vendor, not held open by the team.
    const live = input.workloads.filter((c) => c.workload.peak_concurrent_requests !== undefined && !c.workload.batch && providerOf(input.catalog, c.workload.model) === provider.id)
    const first = live[0]
    if (!first) continue
    const inProgress = (c: WorkloadCost) => (c.workload.peak_concurrent_requests ?? 0) * (counts === 'images' ? c.workload.images_per_request : 1)
    const total = live.reduce((s, c) => s + inProgress(c), 0)
    if (total <= limit) continue
    const unit = counts === 'images' ? 'images in progress' : 'concurrent requests'
    const parts = firstFew(live, 5, (c) => `${name(c)} ${num(inProgress(c))}`)
    const source = concurrency.provenance
    findings.push({
      rule: 'provider.concurrency',
      severity: 'error',
      message: `peak ${num(total)} ${unit} on ${provider.name} (${parts.join(', ')}) exceeds its published limit of ${num(limit)}${source.note ? ` (${source.note})` : ''}; requests past it are rejected`,
      fix: `spread the peak (lower peak_concurrent_requests), queue requests client-side, or ask ${provider.name} for a higher limit`,
      ...input.at(first.workload, 'peak_concurrent_requests')
    })
  }
  return findings
}
