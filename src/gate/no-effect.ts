/**
 * Settings that change nothing in this config: a warning each, so nothing a user wrote is silently
 * ignored. Pure.
 */
import type { PathSegment } from '../config/errors.js'
import type { BudgetConfig, WorkloadDefaults } from '../config/schema.js'
import type { CostEstimate } from '../pricing/engine.js'
import type { Finding } from './gate.js'

export interface NoEffectInput {
  head: CostEstimate
  budget?: BudgetConfig
  defaults?: WorkloadDefaults
  place: (path: PathSegment[]) => { line?: number; column?: number }
}

/** A volume default is one choice: either field counts once a workload takes the volume from defaults. */
const VOLUME_FIELDS = new Set(['images_per_month', 'images_per_day'])

export function noEffectFindings(input: NoEffectInput): Finding[] {
  const findings: Finding[] = []
  const budget = input.budget
  if (budget?.warn_at_percent !== undefined && budget.monthly_usd === undefined) {
    findings.push({
      rule: 'config.no_effect',
      severity: 'warning',
      message: 'budget.warn_at_percent has no effect without budget.monthly_usd: it is a share of the monthly budget',
      fix: 'set budget.monthly_usd, or remove warn_at_percent',
      ...input.place(['budget', 'warn_at_percent'])
    })
  }
  const workloads = input.head.workloads
  if (workloads.length === 0) return findings
  const taken = new Set<string>()
  for (const c of workloads) for (const field of c.workload.from_defaults) taken.add(field)
  for (const [field, value] of Object.entries(input.defaults ?? {})) {
    if (value === undefined || taken.has(field)) continue
    const volumeTaken = VOLUME_FIELDS.has(field) && [...VOLUME_FIELDS].some((f) => taken.has(f))
    if (volumeTaken) continue
    findings.push({
      rule: 'config.no_effect',
      severity: 'warning',
      message: `defaults.${field} has no effect: every workload sets its own ${VOLUME_FIELDS.has(field) ? 'volume' : field}`,
      fix: `remove defaults.${field}, or remove ${field} from the workloads that should take the default`,
      ...input.place(['defaults', field])
    })
  }
  return findings
}
