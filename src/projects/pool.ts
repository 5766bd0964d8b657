/**
 * The head workloads of several configs pooled for the checks only their sum can make
 * (organization limits, a usage snapshot), each still placed in its own file. Pure.
 */
import type { LoadedConfig } from '../config/load.js'
import { fieldPath, type ResolvedWorkload } from '../config/resolve.js'
import type { Evaluation } from '../evaluate.js'
import type { WorkloadCost } from '../pricing/engine.js'

export interface Member {
  config: string
  loaded: LoadedConfig
}

export interface Pool {
  workloads: WorkloadCost[]
  total_monthly_usd: number
  /** The config a workload comes from. */
  ownerOf(w: ResolvedWorkload): Member | undefined
  /** Where a workload's field is: its file, line and column. */
  at(w: ResolvedWorkload, field: Parameters<typeof fieldPath>[1]): { config?: string; line?: number; column?: number }
}

export function poolHeads(members: readonly Member[], evaluations: ReadonlyMap<string, Evaluation>): Pool {
  const owner = new Map<ResolvedWorkload, Member>()
  const workloads: WorkloadCost[] = []
  let total = 0
  for (const member of members) {
    const estimate = evaluations.get(member.config)?.head.estimate
    if (!estimate) continue
    for (const c of estimate.workloads) {
      owner.set(c.workload, member)
      workloads.push(c)
    }
    total += estimate.total_monthly_usd
  }
  return {
    workloads,
    total_monthly_usd: total,
    ownerOf: (w) => owner.get(w),
    at: (w, field) => {
      const member = owner.get(w)
      const pos = member?.loaded.locator.locate(fieldPath(w, field))
      return { ...(member ? { config: member.config } : {}), ...(pos ? { line: pos.line, column: pos.column } : {}) }
    }
  }
}
