/**
 * The gate: costs + thresholds + catalog facts -> findings (rule id, severity, message, place).
 * Pure: the day to judge lifecycle rules on is an input.
 */
import { daysBetween, modelIndex, modelStatus, providerOf, type ModelStatus } from '../catalog/lookup.js'
import type { Catalog, ModelEntry, Tier } from '../catalog/types.js'
import type { PathSegment } from '../config/errors.js'
import { fieldPath, type ResolvedWorkload } from '../config/resolve.js'
import type { BudgetConfig, OrganizationConfig, WorkloadDefaults } from '../config/schema.js'
import { append, firstFew } from '../util/array.js'
import { noEffectFindings } from './no-effect.js'
import type { SourcePosition } from '../config/yaml.js'
import type { CostEstimate, WorkloadCost } from '../pricing/engine.js'
import { alternativeOn, migrationOptions, offeredToVendor, type Alternative, type Routing, type WorkloadRouting } from '../routing/route.js'
import { percentOfBase } from '../util/percent.js'
import { count as num, signedUsd, usd } from '../util/format.js'
import { budgetFix, noEligibleModel, rateFix, usageLimitFix, type Move } from './fixes.js'
import { effectiveRequirements } from '../catalog/capabilities.js'
import { concurrencyFindings } from './concurrency.js'

export const RULES = [
  'budget.monthly',
  'budget.warn',
  'budget.workload',
  'budget.model',
  'budget.increase_usd',
  'budget.increase_percent',
  'budget.total',
  'tier.unavailable',
  'tier.ipm',
  'tier.tpm',
  'tier.monthly_usage_limit',
  'provider.concurrency',
  'model.retired',
  'model.deprecated',
  'model.unreleased',
  'model.unavailable',
  'catalog.stale',
  'base.unavailable',
  'config.no_effect',
  'usage.drift',
  'usage.unmodelled',
  'usage.stale'
] as const
export type RuleId = (typeof RULES)[number]
export type Severity = 'error' | 'warning'

export interface Finding {
  rule: RuleId
  severity: Severity
  message: string
  /** The config file it is about, when a run prices several (each project's own findings leave it out). */
  config?: string
  workload?: string
  model?: string
  line?: number
  column?: number
  /** What would clear it, in plain words. */
  fix?: string
  /** For a budget finding: the cheapest eligible moves the fix names, largest saving first. */
  moves?: Move[]
}

export type Status = 'pass' | 'warn' | 'fail'
export type FailOn = 'error' | 'warning' | 'never'

export const DEFAULT_WARN_AT_PERCENT = 80
export const STALE_AFTER_DAYS = 90

export interface GateInput {
  head: CostEstimate
  base?: CostEstimate | null
  budget?: BudgetConfig
  organization?: OrganizationConfig
  catalog: Catalog
  /** The day lifecycle rules are judged on, YYYY-MM-DD. */
  date: string
  /** Places a config path in the file whose thresholds are enforced. */
  locate?: (path: readonly PathSegment[]) => SourcePosition | undefined
  /** Routing of the head workloads, in their order: replacement costs for lifecycle messages. */
  routing?: Routing
  /** Places a config path in the head file (workload fields). */
  locateHead?: (path: readonly PathSegment[]) => SourcePosition | undefined
  /** The head config's defaults: one that no workload takes is a warning. */
  defaults?: WorkloadDefaults
  /**
   * Whether this config's organization limits are checked here. A run of several configs checks
   * them once, on the sum of the configs that share an organization (projects/organizations.ts).
   */
  organizationChecks?: boolean
  /** The vendors the config's routing.providers opts in: fixes may name their models too. */
  providers?: readonly string[]
}


export function evaluateGate(input: GateInput): Finding[] {
  const findings: Finding[] = []
  const place = (locate: GateInput['locate'], path: readonly PathSegment[] | undefined) => {
    const pos = path && locate ? locate(path) : undefined
    return pos ? { line: pos.line, column: pos.column } : {}
  }
  const atBudget = (path: PathSegment[]) => place(input.locate, path)
  const atWorkload = (w: ResolvedWorkload, field: WorkloadField) => place(input.locateHead ?? input.locate, fieldPath(w, field))

  budgetFindings(input, findings, atBudget, atWorkload)
  if (input.organization && input.organizationChecks !== false) {
    append(findings, organizationFindings({ organization: input.organization, catalog: input.catalog, head: input.head, atWorkload }))
  }
  if (input.organizationChecks !== false) append(findings, concurrencyFindings({ catalog: input.catalog, workloads: input.head.workloads, at: atWorkload }))
  lifecycleFindings(input, findings, atWorkload)
  // The budget's lines are in the file whose thresholds apply; the defaults are the head's.
  const atSetting = (path: PathSegment[]) => (path[0] === 'defaults' ? place(input.locateHead ?? input.locate, path) : atBudget(path))
  append(findings, noEffectFindings({ head: input.head, ...(input.budget ? { budget: input.budget } : {}), ...(input.defaults ? { defaults: input.defaults } : {}), place: atSetting }))

  const staleDays = daysBetween(input.catalog.as_of, input.date)
  if (staleDays > STALE_AFTER_DAYS) {
    findings.push({
      rule: 'catalog.stale',
      severity: 'warning',
      message: `the built-in pricing catalog was checked on ${input.catalog.as_of}, ${staleDays} days before ${input.date}; prices may have moved (update image-cost-gate or apply a team catalog)`
    })
  }
  for (const team of input.catalog.applied) {
    const days = daysBetween(team.as_of, input.date)
    if (days > STALE_AFTER_DAYS) {
      findings.push({
        rule: 'catalog.stale',
        severity: 'warning',
        message: `the team catalog ${team.path} was checked on ${team.as_of}, ${days} days before ${input.date}; re-check its figures and update its as_of`
      })
    }
  }
  return findings
}

type AtBudget = (path: PathSegment[]) => { line?: number; column?: number }
type WorkloadField = Parameters<typeof fieldPath>[1]
type AtWorkload = (w: ResolvedWorkload, field: WorkloadField) => { line?: number; column?: number; config?: string }

function budgetFindings(input: GateInput, findings: Finding[], atBudget: AtBudget, atWorkload: AtWorkload): void {
  const { head, base, budget } = input
  const routings = input.routing?.workloads ?? []
  const total = head.total_monthly_usd
  if (budget?.monthly_usd !== undefined) {
    const cap = budget.monthly_usd
    const warnAt = budget.warn_at_percent ?? DEFAULT_WARN_AT_PERCENT
    const share = cap > 0 ? (total / cap) * 100 : Infinity
    if (total > cap) {
      findings.push({
        rule: 'budget.monthly',
        severity: 'error',
        message: `projected ${usd(total)}/month exceeds the monthly budget of ${usd(cap)} by ${usd(total - cap)}`,
        ...budgetFix(routings, total - cap, { setting: 'budget.monthly_usd', to: usd(total) }),
        ...atBudget(['budget', 'monthly_usd'])
      })
    } else if (total > 0 && share >= warnAt) {
      findings.push({
        rule: 'budget.warn',
        severity: 'warning',
        message: `projected ${usd(total)}/month is ${num(share)}% of the monthly budget of ${usd(cap)} (warning at ${num(warnAt)}%)`,
        ...atBudget(['budget', budget.warn_at_percent !== undefined ? 'warn_at_percent' : 'monthly_usd'])
      })
    }
  }

  for (let i = 0; i < head.workloads.length; i++) {
    const c = head.workloads[i] as WorkloadCost
    const cap = c.workload.budget_usd
    if (cap !== undefined && c.monthly_usd > cap) {
      const own = routingOf(input.routing?.workloads, i, c.workload.name)
      findings.push({
        rule: 'budget.workload',
        severity: 'error',
        message: `workload "${c.workload.name}" is projected at ${usd(c.monthly_usd)}/month, above its budget_usd of ${usd(cap)}`,
        ...budgetFix(own ? [own] : [], c.monthly_usd - cap, { setting: `its budget_usd`, to: usd(c.monthly_usd) }),
        workload: c.workload.name,
        model: c.workload.model,
        ...atWorkload(c.workload, 'budget_usd')
      })
    }
  }

  const index = modelIndex(input.catalog)
  for (const [written, cap] of Object.entries(budget?.models ?? {})) {
    if (cap === undefined) continue
    const id = index.get(written)?.id ?? written
    const spent = head.models.find((m) => m.model === id)?.monthly_usd ?? 0
    if (spent > cap) {
      findings.push({
        rule: 'budget.model',
        severity: 'error',
        message: `${id} is projected at ${usd(spent)}/month, above its cap of ${usd(cap)}`,
        ...budgetFix(routings.filter((r) => r.model === id), spent - cap, { setting: `budget.models.${written}`, to: usd(spent) }),
        model: id,
        ...atBudget(['budget', 'models', written])
      })
    }
  }

  if (!base) return
  const delta = total - base.total_monthly_usd
  if (budget?.max_increase_usd !== undefined && delta > budget.max_increase_usd) {
    findings.push({
      rule: 'budget.increase_usd',
      severity: 'error',
      message: `this change adds ${usd(delta)}/month (${usd(base.total_monthly_usd)} -> ${usd(total)}), more than max_increase_usd ${usd(budget.max_increase_usd)}`,
      ...budgetFix(routings, delta - budget.max_increase_usd, { setting: 'budget.max_increase_usd', to: usd(delta) }),
      ...atBudget(['budget', 'max_increase_usd'])
    })
  }
  const percent = percentOfBase(delta, base.total_monthly_usd)
  if (budget?.max_increase_percent !== undefined && percent !== null) {
    if (percent > budget.max_increase_percent) {
      findings.push({
        rule: 'budget.increase_percent',
        severity: 'error',
        message: `this change raises the monthly total by ${num(percent)}% (${usd(base.total_monthly_usd)} -> ${usd(total)}), more than max_increase_percent ${num(budget.max_increase_percent)}%`,
        ...budgetFix(routings, delta - (base.total_monthly_usd * budget.max_increase_percent) / 100, { setting: 'budget.max_increase_percent', to: `${num(percent)}%` }),
        ...atBudget(['budget', 'max_increase_percent'])
      })
    }
  }
}

/** Whether an organization names a tier or its own limits: then the rules that read peak rates apply. */
export function checksTierRates(org: OrganizationConfig | undefined): boolean {
  return org?.tier !== undefined || org?.limits !== undefined
}

export interface OrganizationCheck {
  organization: OrganizationConfig
  catalog: Catalog
  /** The workloads that run under the organization: one config's, or the sum of several. */
  head: Pick<CostEstimate, 'workloads' | 'total_monthly_usd'>
  /** Where a workload's field is (its file, line and column). */
  atWorkload: AtWorkload
  /** How a workload is named in a breakdown (with its config when there are several). */
  label?: (c: WorkloadCost) => string
  /** Where the organization's tier or usage limit is set, for the monthly usage limit finding. */
  atOrganization?: (field: 'tier' | 'monthly_usage_limit_usd') => { line?: number; column?: number; config?: string }
}

/** The tier and usage-limit rules: rates per model and the monthly total, against the organization's limits. */
export function organizationFindings(input: OrganizationCheck): Finding[] {
  const findings: Finding[] = []
  const { atWorkload } = input
  const org = input.organization
  const name = input.label ?? ((c: WorkloadCost) => c.workload.name)
  const tier: Tier | undefined = org.tier === undefined ? undefined : (String(org.tier) as Tier)
  const index = modelIndex(input.catalog)
  const custom = new Map<string, { images_per_minute?: number; tokens_per_minute?: number }>()
  for (const [written, limits] of Object.entries(org.limits ?? {})) {
    const id = index.get(written)?.id
    if (id && limits) custom.set(id, limits)
  }

  const byModel = new Map<string, WorkloadCost[]>()
  for (const c of input.head.workloads) {
    const list = byModel.get(c.workload.model) ?? []
    list.push(c)
    byModel.set(c.workload.model, list)
  }

  for (const [modelId, costs] of byModel) {
    const model = index.get(modelId)
    const ipmLadder = tier && model?.tier_limits ? model.tier_limits.images_per_minute.value[tier] : undefined
    const tpmLadder = tier && model?.tier_limits ? model.tier_limits.tokens_per_minute.value[tier] : undefined
    const own = custom.get(modelId)
    if ((ipmLadder === 'unsupported' || tpmLadder === 'unsupported') && !own) {
      for (const c of costs) {
        findings.push({
          rule: 'tier.unavailable',
          severity: 'error',
          message: `${modelId} is not available on usage tier ${tier}; expected a paid tier (1-5) or organization.limits for ${modelId}`,
          fix: `set organization.tier to a paid tier (1-5) once your organization has reached it, or set organization.limits.${modelId} to your organization's limits`,
          workload: c.workload.name,
          model: modelId,
          ...atWorkload(c.workload, 'model')
        })
      }
      continue
    }
    const ipmLimit = own?.images_per_minute ?? (typeof ipmLadder === 'number' ? ipmLadder : undefined)
    const tpmLimit = own?.tokens_per_minute ?? (typeof tpmLadder === 'number' ? tpmLadder : undefined)
    const limitName = own ? 'the organization\'s custom limit' : `tier ${tier}'s limit`
    // Batch jobs do not count against per-minute limits.
    const live = costs.filter((c) => !c.workload.batch)
    const first = live[0]
    if (!first) continue

    if (ipmLimit != null) {
      const ipm = live.reduce((s, c) => s + c.peak_images_per_minute, 0)
      if (ipm > ipmLimit) {
        findings.push({
          rule: 'tier.ipm',
          severity: 'error',
          message: `peak ${num(ipm)} images/min on ${modelId} (${breakdown(live, (c) => c.peak_images_per_minute, name)}) exceeds ${limitName} of ${num(ipmLimit)} IPM`,
          fix: rateFix(modelId, 'IPM', ipm, model?.tier_limits?.images_per_minute.value, own?.images_per_minute !== undefined),
          model: modelId,
          ...atWorkload(first.workload, first.peak_from === 'config' ? 'peak_images_per_minute' : 'model')
        })
      }
    }
    if (tpmLimit != null && live.every((c) => c.output_tokens_per_image !== undefined)) {
      const tpm = live.reduce((s, c) => s + peakTokensPerMinute(c), 0)
      if (tpm > tpmLimit) {
        findings.push({
          rule: 'tier.tpm',
          severity: 'error',
          message: `peak ${num(tpm)} tokens/min on ${modelId} (${breakdown(live, peakTokensPerMinute, name)}) exceeds ${limitName} of ${num(tpmLimit)} TPM`,
          fix: rateFix(modelId, 'TPM', tpm, model?.tier_limits?.tokens_per_minute.value, own?.tokens_per_minute !== undefined),
          model: modelId,
          ...atWorkload(first.workload, first.peak_from === 'config' ? 'peak_images_per_minute' : 'model')
        })
      }
    }
  }

  const usageLimit = org.monthly_usage_limit_usd ?? (tier ? input.catalog.monthly_usage_limits.value[tier] : undefined)
  // The limit is the organization's provider's: other vendors bill apart.
  const vendorSpend = input.head.workloads.reduce((s, c) => (providerOf(input.catalog, c.workload.model) === input.catalog.provider ? s : s + c.monthly_usd), 0)
  const ownTotal = input.head.total_monthly_usd - vendorSpend
  if (usageLimit !== undefined && ownTotal > usageLimit) {
    const whose = org.monthly_usage_limit_usd !== undefined ? 'the organization\'s monthly usage limit' : `tier ${tier}'s monthly usage limit`
    findings.push({
      rule: 'tier.monthly_usage_limit',
      severity: 'error',
      message: `projected ${usd(ownTotal)}/month${vendorSpend > 0 ? ` on ${input.catalog.provider_name} (other vendors' ${usd(vendorSpend)} not counted)` : ''} exceeds ${whose} of ${usd(usageLimit)}; OpenAI stops serving requests past it`,
      fix: usageLimitFix(ownTotal, input.catalog.monthly_usage_limits.value, org.monthly_usage_limit_usd !== undefined),
      ...(input.atOrganization?.(org.monthly_usage_limit_usd !== undefined ? 'monthly_usage_limit_usd' : 'tier') ?? {})
    })
  }
  return findings
}

/** Prompt, input-image and output-image tokens per minute at the workload's peak rate. */
export function peakTokensPerMinute(c: WorkloadCost): number {
  const w = c.workload
  const requestsPerMinute = c.peak_images_per_minute / w.images_per_request
  const perRequest = w.prompt_tokens + w.input_images * c.input_image_tokens_each
  return c.peak_images_per_minute * (c.output_tokens_per_image ?? 0) + requestsPerMinute * perRequest
}

function breakdown(costs: readonly WorkloadCost[], value: (c: WorkloadCost) => number, name: (c: WorkloadCost) => string): string {
  return firstFew(costs, 5, (c) => `${name(c)} ${num(value(c))}`).join(', ')
}

function lifecycleFindings(input: GateInput, findings: Finding[], atWorkload: AtWorkload): void {
  const index = modelIndex(input.catalog)
  const routed = input.routing?.workloads
  // Many workloads share a model: judge each model's lifecycle once.
  const judged = new Map<ModelEntry, { status: ModelStatus; when: string }>()
  const activeByVendor = new Map<string, ModelEntry[]>()
  const optedIn = new Set(input.providers ?? [])
  // The models a workload on this vendor could move to on this date, worked out once per vendor and only when needed.
  const active = (vendor: string) => {
    let list = activeByVendor.get(vendor)
    if (!list) {
      list = input.catalog.models.filter((m) => offeredToVendor(m, vendor, optedIn) && !m.unavailable && modelStatus(m, input.date) === 'active')
      activeByVendor.set(vendor, list)
    }
    return list
  }
  const workloads = input.head.workloads
  for (let i = 0; i < workloads.length; i++) {
    const c = workloads[i] as WorkloadCost
    const model = index.get(c.workload.model)
    if (!model) continue
    const { shutdown_date } = model.lifecycle.value
    let judgement = judged.get(model)
    if (judgement === undefined) {
      const status = modelStatus(model, input.date)
      const when = shutdown_date ? `shuts down on ${shutdown_date} (${daysBetween(input.date, shutdown_date)} days left)` : 'is deprecated'
      judged.set(model, (judgement = { status, when }))
    }
    if (model.unavailable) {
      const finding: Finding = {
        rule: 'model.unavailable',
        severity: 'error',
        message: `${model.unavailable.value}: requests for "${c.workload.name}" cannot be served there; expected a model ${input.catalog.provider_name} offers (see \`image-cost-gate models --provider ${input.catalog.provider}\`)`,
        workload: c.workload.name,
        model: model.id
      }
      placeFinding(finding, atWorkload(c.workload, 'model'))
      findings.push(finding)
    }
    if (judgement.status === 'active') continue
    if (judgement.status === 'unreleased') {
      const finding: Finding = {
        rule: 'model.unreleased',
        severity: 'error',
        message: `${model.id} is not released until ${model.lifecycle.value.release_date} (judged on ${input.date}); "${c.workload.name}" cannot run on it yet`,
        workload: c.workload.name,
        model: model.id
      }
      placeFinding(finding, atWorkload(c.workload, 'model'))
      findings.push(finding)
      continue
    }
    const routing = routingOf(routed, i, c.workload.name)
    const fix = lifecycleFix(c.workload, model, routing, active(model.provider))
    // Built field by field (no spreads): a large config has tens of thousands of these.
    const finding: Finding =
      judgement.status === 'retired'
        ? { rule: 'model.retired', severity: 'error', message: `${model.id} was shut down on ${shutdown_date}; requests to it fail`, workload: c.workload.name, model: model.id, fix }
        : { rule: 'model.deprecated', severity: 'warning', message: `${model.id} ${judgement.when}`, workload: c.workload.name, model: model.id, fix }
    placeFinding(finding, atWorkload(c.workload, 'model'))
    findings.push(finding)
  }
}

function placeFinding(finding: Finding, at: { line?: number; column?: number }): void {
  if (at.line !== undefined) {
    finding.line = at.line
    finding.column = at.column
  }
}

/**
 * Where a workload on a model that shuts down can go: its listed replacements that are options for
 * it, else the cheapest eligible model, else why no active model can take it. A model is named
 * only when it is an option.
 */
function lifecycleFix(w: ResolvedWorkload, model: ModelEntry, routing: WorkloadRouting | undefined, active: readonly ModelEntry[]): string {
  const { replacements, replacement_note } = model.lifecycle.value
  if (!routing) return `move "${w.name}" to ${replacements.length > 0 ? replacements.join(' or ') : (replacement_note ?? 'a current model')}`
  const priced = (alt: Alternative) => `${alt.model} (${usd(alt.monthly_usd ?? 0)}/month, ${signedUsd(alt.delta_usd ?? 0)})`
  const { options, cheapestInstead } = migrationOptions(routing)
  if (options.length > 0 && !cheapestInstead) return `move "${w.name}" to ${options.map(priced).join(' or ')}`
  // No listed replacement is an option: say why, next to the model that is (if any).
  const listed = replacements.map((id) => alternativeOn(routing, id)).filter((a): a is Alternative => a !== undefined)
  const notOptions = listed.map((a) => `${a.model}: ${a.reason ?? 'not an option'}`).join('; ')
  const cheapest = options[0]
  if (cheapest) return `move "${w.name}" to ${priced(cheapest)}, the cheapest eligible model${notOptions ? ` (its listed replacements are not options for it: ${notOptions})` : ''}`
  return noEligibleModel(w, effectiveRequirements(w), active) ?? `no active model is an option for "${w.name}"${notOptions ? ` (${notOptions})` : ''}`
}

/** The routing of head workload `i`: routing lists the head's workloads in order. */
function routingOf(routed: readonly WorkloadRouting[] | undefined, i: number, name: string): WorkloadRouting | undefined {
  const r = routed?.[i]
  return r?.name === name ? r : routed?.find((x) => x.name === name)
}

export function statusOf(findings: readonly Finding[]): Status {
  if (findings.some((f) => f.severity === 'error')) return 'fail'
  if (findings.length > 0) return 'warn'
  return 'pass'
}

/** Whether the run should fail under the chosen threshold. */
export function gateFails(findings: readonly Finding[], failOn: FailOn): boolean {
  // A rule that could not be checked fails the run whatever fail-on says: it never passes unchecked.
  if (findings.some((f) => f.rule === 'base.unavailable')) return true
  if (failOn === 'never') return false
  if (failOn === 'warning') return findings.length > 0
  return findings.some((f) => f.severity === 'error')
}
