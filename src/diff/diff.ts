/** Base vs head: what changed per workload and per model, and in the thresholds themselves. */
import { byText } from '../util/format.js'
import { percentOfBase } from '../util/percent.js'
import type { ResolvedWorkload } from '../config/resolve.js'
import type { Config } from '../config/schema.js'
import type { CostEstimate, WorkloadCost } from '../pricing/engine.js'
import { samePricing } from '../pricing/shape.js'

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
  /** null when the base total is under half a cent (it shows as $0.00; see percentOfBase). */
  total_delta_percent: number | null
  /** One row per head workload, in the head's order, then one per removed workload, in the base's order. */
  workloads: WorkloadDiff[]
  models: ModelDiff[]
  setting_changes: SettingChange[]
}

/** Whether the head differs from the base at all: a total, a workload or a threshold. */
export function changesAnything(diff: CostDiff): boolean {
  return diff.total_delta_usd !== 0 || diff.workloads.some((w) => w.change !== 'unchanged') || diff.setting_changes.length > 0
}

/** The changed_fields of every row with none (most of them): one frozen list, not one per row. */
const NO_FIELDS: string[] = Object.freeze([]) as unknown as string[]

/** Fields that are bookkeeping, not part of what a workload is. */
function ignored(field: string): boolean {
  return field === 'index' || field === 'from_defaults' || field === 'name'
}

export function diffCosts(base: CostEstimate, head: CostEstimate, baseConfig?: Config, headConfig?: Config): CostDiff {
  // A pull request mostly keeps the base's workloads in their order: each head workload is looked
  // for where the previous one left off, and by name (a map built the first time that misses) only
  // when it is not there. Base workloads no head workload matched were removed.
  const baseList = base.workloads
  const matched = new Uint8Array(baseList.length)
  let byName: Map<string, number> | undefined
  let next = 0
  const workloads: WorkloadDiff[] = head.workloads.map((h) => {
    const name = h.workload.name
    let at: number | undefined = baseList[next]?.workload.name === name ? next : undefined
    if (at === undefined) {
      if (!byName) {
        byName = new Map()
        for (let i = 0; i < baseList.length; i++) byName.set((baseList[i] as WorkloadCost).workload.name, i)
      }
      at = byName.get(name)
    }
    if (at === undefined) return entry(name, 'added', 0, h.monthly_usd, NO_FIELDS)
    matched[at] = 1
    next = at + 1
    const b = baseList[at] as WorkloadCost
    const fields = changedFields(b, h)
    const change: Change = fields.length > 0 ? 'changed' : 'unchanged'
    return entry(name, change, b.monthly_usd, h.monthly_usd, fields)
  })
  for (let i = 0; i < baseList.length; i++) {
    const b = baseList[i] as WorkloadCost
    if (!matched[i]) workloads.push(entry(b.workload.name, 'removed', b.monthly_usd, 0, NO_FIELDS))
  }

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
    total_delta_percent: percentOfBase(delta, base.total_monthly_usd),
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

/**
 * Every field of a resolved workload but the bookkeeping ones, which the diff compares. The type
 * fails to compile when a field is added to ResolvedWorkload and not here, so sameWorkload below
 * cannot miss it (a test checks that it compares each one listed).
 */
export const COMPARED_FIELDS = {
  model: true,
  model_alias: true,
  quality: true,
  size: true,
  images_per_month: true,
  volume_from: true,
  images_per_request: true,
  prompt_tokens: true,
  cached_prompt_share: true,
  input_images: true,
  input_image_size: true,
  input_fidelity: true,
  input_image_tokens: true,
  partial_images: true,
  text_output_tokens: true,
  retry_rate: true,
  retry_rates: true,
  requires: true,
  batch: true,
  peak_images_per_minute: true,
  peak_concurrent_requests: true,
  budget_usd: true,
  complexity: true,
  output_format: true,
  openai_project: true
} as const satisfies Record<Exclude<keyof ResolvedWorkload, 'index' | 'name' | 'from_defaults'>, true>

/**
 * Whether two resolved workloads agree in every compared field: pricing's own check of the fields
 * that decide a price, then the rest. Most workloads of a pull request are unchanged, and this
 * answers for them without walking their keys. (Resolving sets an optional field only to a defined
 * value, so equal values mean the same fields are set.)
 */
export function sameWorkload(a: ResolvedWorkload, b: ResolvedWorkload): boolean {
  // The two configs share the resolved workloads they both hold unchanged (see ResolvedConfig).
  if (a === b) return true
  return (
    samePricing(a, b) &&
    a.images_per_month === b.images_per_month &&
    a.peak_images_per_minute === b.peak_images_per_minute &&
    a.peak_concurrent_requests === b.peak_concurrent_requests &&
    a.budget_usd === b.budget_usd &&
    a.openai_project === b.openai_project &&
    same(a.retry_rates, b.retry_rates) &&
    same(a.requires, b.requires)
  )
}

function changedFields(base: WorkloadCost, head: WorkloadCost): string[] {
  if (sameWorkload(base.workload, head.workload)) return base.monthly_usd !== head.monthly_usd ? ['pricing'] : NO_FIELDS
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
