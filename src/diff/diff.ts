/** Base vs head: what changed per workload and per model, and in the thresholds themselves. */
import { byText } from '../util/format.js'
import type { Config } from '../config/schema.js'
import type { CostEstimate, WorkloadCost } from '../pricing/engine.js'

export type Change = 'added' | 'removed' | 'changed' | 'unchanged'

export interface WorkloadDiff {
  name: string
  change: Change
  base_monthly_usd: number
  head_monthly_usd: number
  delta_usd: number
  /** Fields whose resolved value differs, e.g. ["model", "images_per_month"]. */
  changed_fields: string[]
}

export interface ModelDiff {
  model: string
  base_monthly_usd: number
  head_monthly_usd: number
  delta_usd: number
}

export interface SettingChange {
  /** Dotted config path, e.g. budget.monthly_usd or organization.tier. */
  field: string
  base: unknown
  head: unknown
}

export interface CostDiff {
  base_total_usd: number
  head_total_usd: number
  total_delta_usd: number
  /** null when the base total is 0. */
  total_delta_percent: number | null
  /** One row per head workload, in the head's order, then one per removed workload, in the base's order. */
  workloads: WorkloadDiff[]
  models: ModelDiff[]
  setting_changes: SettingChange[]
}

/** Fields that are bookkeeping, not part of what a workload is. */
function ignored(field: string): boolean {
  return field === 'index' || field === 'from_defaults' || field === 'name'
}

export function diffCosts(base: CostEstimate, head: CostEstimate, baseConfig?: Config, headConfig?: Config): CostDiff {
  // Base workloads by name; each one the head also has is taken out, so what is left (in base
  // order) was removed. Names are unique within a file.
  const unmatched = new Map<string, WorkloadCost>()
  for (const c of base.workloads) unmatched.set(c.workload.name, c)
  const workloads: WorkloadDiff[] = head.workloads.map((h) => {
    const b = unmatched.get(h.workload.name)
    if (!b) return entry(h.workload.name, 'added', 0, h.monthly_usd, [])
    unmatched.delete(h.workload.name)
    const fields = changedFields(b, h)
    const change: Change = fields.length > 0 ? 'changed' : 'unchanged'
    return entry(h.workload.name, change, b.monthly_usd, h.monthly_usd, fields)
  })
  for (const b of unmatched.values()) workloads.push(entry(b.workload.name, 'removed', b.monthly_usd, 0, []))

  const modelIds = new Set([...head.models.map((m) => m.model), ...base.models.map((m) => m.model)])
  const models = [...modelIds]
    .map((model) => {
      const b = base.models.find((m) => m.model === model)?.monthly_usd ?? 0
      const h = head.models.find((m) => m.model === model)?.monthly_usd ?? 0
      return { model, base_monthly_usd: b, head_monthly_usd: h, delta_usd: h - b }
    })
    .sort((x, y) => y.head_monthly_usd - x.head_monthly_usd || y.base_monthly_usd - x.base_monthly_usd || byText(x.model, y.model))

  const delta = head.total_monthly_usd - base.total_monthly_usd
  return {
    base_total_usd: base.total_monthly_usd,
    head_total_usd: head.total_monthly_usd,
    total_delta_usd: delta,
    total_delta_percent: base.total_monthly_usd > 0 ? (delta / base.total_monthly_usd) * 100 : null,
    workloads,
    models,
    setting_changes: settingChanges(baseConfig, headConfig)
  }
}

function entry(name: string, change: Change, base: number, head: number, fields: string[]): WorkloadDiff {
  return { name, change, base_monthly_usd: base, head_monthly_usd: head, delta_usd: head - base, changed_fields: fields }
}

/** Same value: primitives compared directly, lists and maps by content. */
function same(a: unknown, b: unknown): boolean {
  if (a === b) return true
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false
  return JSON.stringify(a) === JSON.stringify(b)
}

function changedFields(base: WorkloadCost, head: WorkloadCost): string[] {
  const fields: string[] = []
  const b = base.workload as unknown as Record<string, unknown>
  const h = head.workload as unknown as Record<string, unknown>
  // for...in rather than Object.keys: no list per workload (resolved workloads are plain objects).
  for (const key in h) {
    if (ignored(key) || same(b[key], h[key])) continue
    // A per-model retry map is the user's retry_rate field too: name it once, as written.
    const name = key === 'retry_rates' ? 'retry_rate' : key
    if (!fields.includes(name)) fields.push(name)
  }
  for (const key in b) {
    if (key in h || ignored(key)) continue
    const name = key === 'retry_rates' ? 'retry_rate' : key
    if (!fields.includes(name)) fields.push(name)
  }
  // Same workload, different price: the catalog or a pricing override moved.
  if (fields.length === 0 && base.monthly_usd !== head.monthly_usd) fields.push('pricing')
  return fields
}

/** Budget and organization settings that differ between the two files. */
function settingChanges(baseConfig?: Config, headConfig?: Config): SettingChange[] {
  if (!baseConfig || !headConfig) return []
  const base = new Map<string, unknown>()
  const head = new Map<string, unknown>()
  flatten('budget', baseConfig.budget, base)
  flatten('organization', baseConfig.organization, base)
  flatten('budget', headConfig.budget, head)
  flatten('organization', headConfig.organization, head)
  const fields = [...new Set([...base.keys(), ...head.keys()])].sort()
  return fields
    .filter((f) => JSON.stringify(base.get(f)) !== JSON.stringify(head.get(f)))
    .map((field) => ({ field, base: base.get(field) ?? null, head: head.get(field) ?? null }))
}

function flatten(prefix: string, value: unknown, out: Map<string, unknown>): void {
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
    for (const [key, inner] of Object.entries(value)) flatten(`${prefix}.${key}`, inner, out)
  } else if (value !== undefined) {
    out.set(prefix, value)
  }
}
