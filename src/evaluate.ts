/** The pure pipeline: loaded configs -> pricing -> gate -> diff. */
import type { LoadedConfig } from './config/load.js'
import { diffCosts, type CostDiff } from './diff/diff.js'
import { checksTierRates, evaluateGate, statusOf, type Finding, type Status } from './gate/gate.js'
import { priceWorkloads, type CostEstimate, type PricingOptions } from './pricing/engine.js'
import { routeWorkloads, type Routing } from './routing/route.js'
import type { UsageComparison } from './usage/projection.js'
import type * as Projection from './usage/projection.js'
import type { MeasuredLookup } from './pricing/engine.js'
import { append } from './util/array.js'

export type ThresholdsFrom = 'head' | 'base'

export interface EvaluateInput {
  head: LoadedConfig
  /** The base branch's config; null when the file is new (base total 0) or there is no base. */
  base?: LoadedConfig | null
  /** Set when there is a base to compare with but no base file: everything is added. */
  baseMissing?: boolean
  /** The day lifecycle rules are judged on, YYYY-MM-DD (UTC). */
  date: string
  /** Whose budget section is enforced. */
  thresholdsFrom?: ThresholdsFrom
  /**
   * Set when there is a base that could not be read or is not a valid config: why. The rules that
   * compare with the base then cannot be checked, and the gate fails rather than pass them unchecked.
   */
  baseUnavailable?: string
  /** False when the run prices several configs: their organization limits are checked on the sum (projects/). */
  organizationChecks?: boolean
  /** Whether peak rates are checked against tier limits; by default when this config names a tier or limits. */
  tierChecks?: boolean
  /** False when the run prices several configs: the usage snapshot is compared with their sum (projects/). */
  usageChecks?: boolean
  /**
   * The usage code (usage/projection.ts), loaded by the caller only when a config names usage
   * files: a run without them never loads it. Required when the head has `usage`.
   */
  projection?: typeof Projection
}

export interface PricedConfig {
  loaded: LoadedConfig
  estimate: CostEstimate
}

export interface Evaluation {
  date: string
  head: PricedConfig
  base: PricedConfig | null
  /** Whether the report compares against a base (a base file, or a base known to have none). */
  compared: boolean
  diff: CostDiff | null
  /** The head config's workloads priced on every model, with the cheapest eligible one. */
  routing: Routing
  /** Projected against actual, when the config names a usage snapshot. */
  usage: UsageComparison | null
  findings: Finding[]
  status: Status
  thresholds_from: ThresholdsFrom
}

const EMPTY_ESTIMATE: CostEstimate = { workloads: [], models: [], total_monthly_usd: 0 }

function pricingOptions(loaded: LoadedConfig, tierChecks = checksTierRates(loaded.config.organization), measured?: MeasuredLookup): PricingOptions {
  return { overridden: loaded.pricing.overridden, tierChecks, ...(measured ? { measured } : {}) }
}

function price(loaded: LoadedConfig, tierChecks?: boolean, measured?: MeasuredLookup): PricedConfig {
  return { loaded, estimate: priceWorkloads(loaded.workloads, loaded.pricing.catalog, pricingOptions(loaded, tierChecks, measured)) }
}

export function evaluate(input: EvaluateInput): Evaluation {
  // The head's measured tokens price the base too, so the diff shows the change, not the measurement.
  const projection = input.head.usage ? usageCode(input) : undefined
  const measuredData = input.head.usage?.measured?.data
  const measured = measuredData && projection ? projection.measuredLookup(measuredData, input.head.pricing.catalog) : undefined
  const head = price(input.head, input.tierChecks, measured)
  const base = input.base ? price(input.base, input.tierChecks, measured) : null
  const compared = base !== null || input.baseMissing === true
  const baseEstimate = base?.estimate ?? (compared ? EMPTY_ESTIMATE : null)
  const thresholdsFrom: ThresholdsFrom = input.thresholdsFrom === 'base' && base ? 'base' : 'head'
  const thresholds = thresholdsFrom === 'base' && base ? base.loaded : head.loaded

  const vendors = head.loaded.config.routing?.providers
  const routing = routeWorkloads(head.estimate, head.loaded.pricing.catalog, input.date, {
    overridden: head.loaded.pricing.overridden,
    ...(measured ? { measured } : {}),
    ...(vendors ? { providers: vendors } : {})
  })
  const findings = evaluateGate({
    routing,
    head: head.estimate,
    base: baseEstimate,
    budget: thresholds.config.budget,
    organization: head.loaded.config.organization,
    catalog: head.loaded.pricing.catalog,
    date: input.date,
    // Lines point into the head file; base thresholds have no line there.
    ...(thresholdsFrom === 'head' ? { locate: (path) => head.loaded.locator.locate(path) } : {}),
    locateHead: (path) => head.loaded.locator.locate(path),
    ...(head.loaded.config.defaults ? { defaults: head.loaded.config.defaults } : {}),
    ...(input.organizationChecks === false ? { organizationChecks: false } : {}),
    ...(vendors ? { providers: vendors } : {})
  })

  const blocked = input.baseUnavailable === undefined ? [] : rulesNeedingBase(head.loaded, input.thresholdsFrom ?? 'head')
  if (blocked.length > 0) {
    findings.unshift({
      rule: 'base.unavailable',
      severity: 'error',
      message: `the base config cannot be evaluated (${input.baseUnavailable}); without it ${blocked.join(' and ')} cannot be checked, so the gate fails rather than pass them unchecked`
    })
  }

  const catalog = head.loaded.pricing.catalog
  const usage = head.loaded.usage && projection && input.usageChecks !== false ? projection.compareUsage(head.loaded.usage, head.estimate, catalog, catalog.hours_per_month.value) : null
  if (usage && projection && head.loaded.usage) append(findings, projection.usageFindings(usage, head.loaded.usage, head.estimate, input.date, projection.inFile(head.loaded.locator)))

  const diff = baseEstimate ? diffCosts(baseEstimate, head.estimate, base?.loaded.config, head.loaded.config) : null
  return { date: input.date, head, base, compared, diff, routing, usage, findings, status: statusOf(findings), thresholds_from: thresholdsFrom }
}

function usageCode(input: EvaluateInput): typeof Projection {
  if (!input.projection) throw new Error(`${input.head.file} names usage files, but the usage code was not loaded for it`)
  return input.projection
}

/** The rules of the enforced thresholds that compare the head with the base. */
export function rulesNeedingBase(head: LoadedConfig, thresholdsFrom: ThresholdsFrom): string[] {
  if (thresholdsFrom === 'base') return ['the base budget (thresholds-from: base)']
  const budget = head.config.budget
  const rules: string[] = []
  if (budget?.max_increase_usd !== undefined) rules.push('budget.max_increase_usd')
  if (budget?.max_increase_percent !== undefined) rules.push('budget.max_increase_percent')
  return rules
}
