/**
 * Projected against actual: the head config's projection next to what the organization used
 * (a usage snapshot), per model in images and per OpenAI project in USD, both scaled to a
 * 730-hour month; the findings where they part; and the team's measured tokens as a lookup the
 * engine prices with. Pure: the run's date is an input.
 */
import { firstFew } from '../util/array.js'
import { modelIndex, providerOf } from '../catalog/lookup.js'
import type { Catalog } from '../catalog/types.js'
import type { LoadedUsage } from '../config/load.js'
import type { Locator } from '../config/yaml.js'
import type { MeasuredTokens } from '../config/usage-files.js'
import { fieldPath } from '../config/resolve.js'
import type { Finding } from '../gate/gate.js'
import type { CostEstimate, MeasuredLookup, WorkloadCost } from '../pricing/engine.js'
import { daysBetween } from '../catalog/lookup.js'
import { count, signedPercent, usd } from '../util/format.js'

export interface ModelUsage {
  model: string
  projected_images_per_month: number
  actual_images_per_month: number
  /** (projected - actual) / actual, percent; null when nothing was used. */
  drift_percent: number | null
}

export interface ProjectUsage {
  project_id: string
  projected_monthly_usd: number
  actual_monthly_usd: number
  drift_percent: number | null
}

export interface UsageComparison {
  window: { start: string; end: string; days: number }
  fetched_at: string
  /** What one window's figures are multiplied by to give a 730-hour month. */
  month_factor: number
  models: ModelUsage[]
  projects: ProjectUsage[]
}

/** Cost line items that are image generation (the Costs API's "Image models", ...). */
export function isImageLineItem(lineItem: string | null): boolean {
  return lineItem !== null && /image/i.test(lineItem)
}

/** The measured tokens as the engine asks for them; a model written as a snapshot alias counts as its model. */
export function measuredLookup(measured: MeasuredTokens, catalog: Catalog): MeasuredLookup {
  const index = modelIndex(catalog)
  const byKey = new Map<string, { calls: number; mean_output_tokens_per_image: number }>()
  for (const e of measured.entries) {
    const model = index.get(e.model)?.id ?? e.model
    byKey.set(`${model}\u0000${e.quality}\u0000${e.size}`, { calls: e.calls, mean_output_tokens_per_image: e.mean_output_tokens_per_image })
  }
  return (model, quality, size) => byKey.get(`${model}\u0000${quality}\u0000${size}`)
}

const drift = (projected: number, actual: number) => (actual > 0 ? ((projected - actual) / actual) * 100 : null)

export function compareUsage(usage: LoadedUsage, head: Pick<CostEstimate, 'workloads'>, catalog: Catalog, hoursPerMonth: number): UsageComparison | null {
  const snapshot = usage.snapshot?.data
  if (!snapshot) return null
  const factor = hoursPerMonth / (snapshot.window.days * 24)
  const index = modelIndex(catalog)
  // The snapshot is the organization's provider's usage: other vendors' workloads are not in it.
  const own = head.workloads.filter((c) => providerOf(catalog, c.workload.model) === catalog.provider)

  const projectedImages = new Map<string, number>()
  for (const c of own) projectedImages.set(c.workload.model, (projectedImages.get(c.workload.model) ?? 0) + c.billed_images_per_month)
  const actualImages = new Map<string, number>()
  for (const row of snapshot.images) {
    if (row.model === null) continue
    const model = index.get(row.model)?.id ?? row.model
    actualImages.set(model, (actualImages.get(model) ?? 0) + row.images * factor)
  }
  const models = [...new Set([...projectedImages.keys(), ...actualImages.keys()])].sort().map((model) => {
    const projected = projectedImages.get(model) ?? 0
    const actual = actualImages.get(model) ?? 0
    return { model, projected_images_per_month: projected, actual_images_per_month: actual, drift_percent: drift(projected, actual) }
  })

  const projectedUsd = new Map<string, number>()
  for (const c of own) {
    const project = c.workload.openai_project
    if (project !== undefined) projectedUsd.set(project, (projectedUsd.get(project) ?? 0) + c.monthly_usd)
  }
  const actualUsd = new Map<string, number>()
  for (const row of snapshot.costs) {
    if (row.project_id === null || !isImageLineItem(row.line_item)) continue
    actualUsd.set(row.project_id, (actualUsd.get(row.project_id) ?? 0) + row.usd * factor)
  }
  // Projects are compared when the config ties workloads to projects; then every spending one is listed.
  const projectIds = projectedUsd.size > 0 ? [...new Set([...projectedUsd.keys(), ...actualUsd.keys()])].sort() : []
  const projects = projectIds.map((project_id) => {
    const projected = projectedUsd.get(project_id) ?? 0
    const actual = actualUsd.get(project_id) ?? 0
    return { project_id, projected_monthly_usd: projected, actual_monthly_usd: actual, drift_percent: drift(projected, actual) }
  })
  return { window: { ...snapshot.window }, fetched_at: snapshot.fetched_at, month_factor: factor, models, projects }
}

/** Where a workload's field is: its line and column, and with several configs its file. */
export type LocateWorkload = (c: WorkloadCost, field: 'images_per_month' | 'openai_project') => { line?: number; column?: number; config?: string }

/** Places a workload's field in one config file. */
export function inFile(locator: Locator): LocateWorkload {
  return (c, field) => {
    const pos = locator.locate(fieldPath(c.workload, field))
    return pos ? { line: pos.line, column: pos.column } : {}
  }
}

/** usage.drift, usage.unmodelled and usage.stale. */
export function usageFindings(comparison: UsageComparison, usage: LoadedUsage, head: Pick<CostEstimate, 'workloads'>, date: string, locate: LocateWorkload): Finding[] {
  const findings: Finding[] = []
  const limit = usage.drift_warn_percent
  const snapshotPath = usage.snapshot?.path ?? 'the usage snapshot'
  const at = (c: WorkloadCost | undefined, field: 'images_per_month' | 'openai_project') => (c ? locate(c, field) : {})
  const named = (costs: readonly WorkloadCost[]) => firstFew(costs, 5, (c) => `"${c.workload.name}"`).join(', ')

  for (const m of comparison.models) {
    const costs = head.workloads.filter((c) => c.workload.model === m.model)
    if (costs.length === 0 && m.actual_images_per_month > 0) {
      findings.push({
        rule: 'usage.unmodelled',
        severity: 'warning',
        message: `${m.model} generated ${count(Math.round(m.actual_images_per_month))} images/month (${snapshotPath}, the ${comparison.window.days} days from ${comparison.window.start} up to ${comparison.window.end}), but no workload uses it`,
        fix: `add a workload on ${m.model} for what generates these images, or find what calls it`,
        model: m.model
      })
      continue
    }
    if (m.drift_percent === null || Math.abs(m.drift_percent) <= limit) continue
    findings.push({
      rule: 'usage.drift',
      severity: 'warning',
      message: `${m.model} is projected at ${count(Math.round(m.projected_images_per_month))} billed images/month, but the organization generated ${count(Math.round(m.actual_images_per_month))} (${signedPercent(m.drift_percent)}, more than ${count(limit)}% either way)`,
      fix: `update images_per_month (or retry_rate) of ${named(costs)} to match, or explain the difference`,
      model: m.model,
      ...at(costs[0], 'images_per_month')
    })
  }
  for (const p of comparison.projects) {
    const costs = head.workloads.filter((c) => c.workload.openai_project === p.project_id)
    if (costs.length === 0 && p.actual_monthly_usd > 0) {
      findings.push({
        rule: 'usage.unmodelled',
        severity: 'warning',
        message: `project ${p.project_id} spent ${usd(p.actual_monthly_usd)}/month on images (${snapshotPath}), but no workload names it in openai_project`
      })
      continue
    }
    if (p.drift_percent === null || Math.abs(p.drift_percent) <= limit) continue
    findings.push({
      rule: 'usage.drift',
      severity: 'warning',
      message: `project ${p.project_id} is projected at ${usd(p.projected_monthly_usd)}/month, but it spent ${usd(p.actual_monthly_usd)}/month on images (${signedPercent(p.drift_percent)}, more than ${count(limit)}% either way)`,
      fix: `update the workloads of ${p.project_id}: ${named(costs)}`,
      ...at(costs[0], 'openai_project')
    })
  }
  const fetched = comparison.fetched_at.slice(0, 10)
  const age = daysBetween(fetched, date)
  if (age > usage.max_age_days) {
    findings.push({
      rule: 'usage.stale',
      severity: 'warning',
      message: `the usage snapshot ${snapshotPath} was fetched on ${fetched}, ${age} days before ${date} (more than max_age_days ${usage.max_age_days})`,
      fix: 'run `image-cost-gate usage sync` again (examples/workflows/image-cost-usage-sync.yml does it weekly)'
    })
  }
  return findings
}
