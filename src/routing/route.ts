/**
 * Model routing: each workload priced on every candidate model with the same intent, the cheapest
 * eligible one, and the way off a model that is shutting down. Pure.
 */
import { byText } from '../util/format.js'
import { unmetRequirement } from '../catalog/capabilities.js'
import { daysBetween, modelIndex, modelStatus, type ModelStatus } from '../catalog/lookup.js'
import type { Catalog, ModelEntry, Quality } from '../catalog/types.js'
import { retryRateFor, type ResolvedWorkload } from '../config/resolve.js'
import { priceWorkload, type CostEstimate, type PricingOptions, type WorkloadCost } from '../pricing/engine.js'
import { ShapeTable } from '../pricing/shape.js'
import { mapQuality, mapSize } from './intent.js'

export interface Alternative {
  model: string
  current: boolean
  eligible: boolean
  /** Why the model is not an option (ineligible only). */
  reason?: string
  /** Set (and true) when the model is another vendor's than the workload's: moving there is a migration. */
  cross_vendor?: true
  quality?: Quality | null
  size?: string
  retry_rate?: number
  monthly_usd: number | null
  /** Against the current model's monthly cost. */
  delta_usd: number | null
  /** All components per billed generation: monthly / billed images. */
  per_generation_usd: number | null
  /** What one accepted image costs: per generation / (1 - retry rate). */
  per_delivered_image_usd: number | null
  /** How the intent was mapped (size or quality changes, dropped overrides). */
  notes: string[]
}

export interface Cheapest {
  model: string
  monthly_usd: number
  saving_usd: number
}

export interface Migration {
  model: string
  status: Exclude<ModelStatus, 'active' | 'unreleased'>
  shutdown_date: string | null
  /** Negative once the shutdown date has passed. */
  days_left: number | null
  replacement_note?: string
  replacements: Alternative[]
}

export interface WorkloadRouting {
  name: string
  model: string
  monthly_usd: number
  alternatives: Alternative[]
  cheapest: Cheapest | null
  migration: Migration | null
}

/** Whether the workload can move to this alternative: an eligible model with a price. */
export function isOption(alt: Alternative): boolean {
  return alt.eligible && alt.monthly_usd !== null
}

/**
 * Where a workload on a model that shuts down can go, naming only models that are options for it:
 * its listed replacements that are, else its cheapest eligible model (`cheapestInstead`), else none.
 */
export function migrationOptions(routing: Pick<WorkloadRouting, 'model' | 'alternatives' | 'cheapest' | 'migration'>): { options: Alternative[]; cheapestInstead: boolean } {
  const listed = (routing.migration?.replacements ?? []).filter(isOption)
  if (listed.length > 0) return { options: listed, cheapestInstead: false }
  const cheapest = routing.cheapest && routing.cheapest.model !== routing.model ? alternativeOn(routing, routing.cheapest.model) : undefined
  return { options: cheapest ? [cheapest] : [], cheapestInstead: cheapest !== undefined }
}

/** The alternative on one model: one of the workload's alternatives, or a migration replacement. */
export function alternativeOn(routing: Pick<WorkloadRouting, 'alternatives' | 'migration'> | undefined, model: string): Alternative | undefined {
  return routing?.alternatives.find((a) => a.model === model) ?? routing?.migration?.replacements.find((a) => a.model === model)
}

export interface Routing {
  workloads: WorkloadRouting[]
  /** What the whole config would cost if every workload moved to its cheapest eligible model. */
  if_cheapest: {
    total_monthly_usd: number
    saving_usd: number
    models: { model: string; monthly_usd: number; workloads: number }[]
  }
}

/**
 * Whether a model is a candidate for a workload on `vendor`'s model: one of that vendor's, or of a
 * vendor the config opts in (routing.providers), since moving to another vendor is a migration.
 */
export function offeredToVendor(model: ModelEntry, vendor: string, optedIn: ReadonlySet<string>): boolean {
  return model.provider === vendor || optedIn.has(model.provider)
}

export interface RoutingOptions extends PricingOptions {
  /** Limit the candidates to these model ids (the current model is always shown). */
  models?: readonly string[]
  /**
   * Vendors whose models are candidates for every workload (the config's routing.providers). A
   * workload's own vendor always is; another's only when listed, since moving there is a migration.
   */
  providers?: readonly string[]
}

export function routeWorkloads(estimate: CostEstimate, catalog: Catalog, date: string, options: RoutingOptions = {}): Routing {
  const index = modelIndex(catalog)
  const candidates = options.models
    ? [...new Set(options.models.map((id) => index.get(id)).filter((m): m is ModelEntry => m !== undefined))]
    : catalog.models
  const router = new Router(candidates, index, catalog, date, options)
  // Cost is linear in volume: route each distinct workload shape once, for one image a month, and
  // scale. Workloads route alike when they price alike and share their per-model retry rates and
  // their requirements.
  const shapes = new ShapeTable<Map<string, ShapeRoute>>(true)
  const workloads = estimate.workloads.map((cost) => {
    const w = cost.workload
    let routes = shapes.get(w)
    if (!routes) {
      routes = new Map()
      shapes.set(w, routes)
    }
    const key = w.retry_rates || w.requires.length > 0 ? `${w.retry_rates ? JSON.stringify(w.retry_rates) : ''}\u0000${w.requires.join(',')}` : '\u0000'
    let shape = routes.get(key)
    if (!shape) {
      const model = index.get(w.model)
      if (!model) throw new Error(`workload "${w.name}": model ${w.model} is not in the catalog`)
      shape = router.route(priceWorkload({ ...w, images_per_month: 1 }, model, catalog, options), key)
      routes.set(key, shape)
    }
    return scaleRouting(shape, cost)
  })

  const byModel = new Map<string, { model: string; monthly_usd: number; workloads: number }>()
  let total = 0
  for (const r of workloads) {
    const cheapest = r.cheapest
    const model = cheapest?.model ?? r.model
    const monthly = cheapest?.monthly_usd ?? r.monthly_usd
    const entry = byModel.get(model) ?? { model, monthly_usd: 0, workloads: 0 }
    entry.monthly_usd += monthly
    entry.workloads += 1
    byModel.set(model, entry)
    total += monthly
  }
  return {
    workloads,
    if_cheapest: {
      total_monthly_usd: total,
      saving_usd: estimate.total_monthly_usd - total,
      models: [...byModel.values()].sort((a, b) => b.monthly_usd - a.monthly_usd || byText(a.model, b.model))
    }
  }
}

/**
 * The routing of one workload shape, priced for one delivered image a month. The other models'
 * alternatives are shared by every shape with the same intent, so their delta_usd is null here:
 * the delta depends on the workload's own cost, and is set when the routing is scaled.
 */
interface ShapeRoute {
  alternatives: Alternative[]
  migration: Migration | null
}

/** A shape's routing at the workload's volume: plain data, the workload's own copy. */
function scaleRouting(shape: ShapeRoute, cost: WorkloadCost): WorkloadRouting {
  const volume = cost.workload.images_per_month
  const own = cost.monthly_usd
  const monthlyOn = (a: Alternative) => (a.current ? own : (a.monthly_usd ?? 0) * volume)
  const scale = (a: Alternative): Alternative => {
    if (a.monthly_usd === null) return { ...a, notes: [...a.notes] }
    const monthly = monthlyOn(a)
    return { ...a, monthly_usd: monthly, delta_usd: monthly - own, notes: [...a.notes] }
  }
  const best = shape.alternatives[0]
  const cheapest = best && isOption(best) ? { model: best.model, monthly_usd: monthlyOn(best), saving_usd: own - monthlyOn(best) } : null
  const migration = shape.migration ? { ...shape.migration, replacements: shape.migration.replacements.map(scale) } : null
  return { name: cost.workload.name, model: cost.workload.model, monthly_usd: own, alternatives: shape.alternatives.map(scale), cheapest, migration }
}

/**
 * Routes the shapes of one config on one date. What another model would cost depends on what a
 * workload asks for (its intent), not on the model it uses now: each model is priced once per
 * intent, and shapes that differ only in their model share those alternatives.
 */
class Router {
  /** Per intent, then per retry-rate map, requirements and (where input_image_tokens names it) model. */
  private readonly byIntent = new ShapeTable<Map<string, Map<ModelEntry, Alternative>>>(false)
  private readonly lifecycle = new Map<ModelEntry, string | undefined>()

  constructor(
    private readonly candidates: readonly ModelEntry[],
    private readonly index: ReadonlyMap<string, ModelEntry>,
    private readonly catalog: Catalog,
    private readonly date: string,
    private readonly options: RoutingOptions
  ) {}

  /** The candidates for a workload on each vendor's model: its own vendor's and the opted-in vendors'. */
  private readonly byVendor = new Map<string, ModelEntry[]>()

  private candidatesFor(current: ModelEntry | undefined): readonly ModelEntry[] {
    const vendor = current?.provider ?? this.catalog.provider
    let list = this.byVendor.get(vendor)
    if (!list) {
      const optedIn = new Set(this.options.providers ?? [])
      list = this.candidates.filter((m) => offeredToVendor(m, vendor, optedIn))
      this.byVendor.set(vendor, list)
    }
    return list
  }

  /** `ratesAndRequirements` is the shape's retry-rate map and requirements, as routeWorkloads keys them. */
  route(cost: WorkloadCost, ratesAndRequirements: string): ShapeRoute {
    const w = cost.workload
    const current = this.index.get(w.model)
    let intent = this.byIntent.get(w)
    if (!intent) {
      intent = new Map()
      this.byIntent.set(w, intent)
    }
    // The note on input_image_tokens names the workload's own model.
    // Whether an option is another vendor's depends on the workload's own vendor.
    const rest = `${ratesAndRequirements}\u0000${w.input_image_tokens !== undefined ? w.model : ''}\u0000${current?.provider ?? ''}`
    let others = intent.get(rest)
    if (!others) {
      others = new Map()
      intent.set(rest, others)
    }
    let currentAlt: Alternative | undefined
    const alternativeFor = (model: ModelEntry): Alternative => {
      if (model === current) return (currentAlt ??= this.currentAlternative(cost, model))
      let alt = others.get(model)
      if (!alt) {
        alt = this.priceOn(w, model)
        if (current && model.provider !== current.provider && isOption(alt)) {
          alt.cross_vendor = true
          alt.notes.push(`another vendor (${model.provider}): moving there is a migration`)
        }
        others.set(model, alt)
      }
      return alt
    }

    const candidates = this.candidatesFor(current)
    const shown = current && !candidates.includes(current) ? [current, ...candidates] : candidates
    const alternatives = shown.map(alternativeFor).sort(byPreference)

    let migration: Migration | null = null
    const status = current ? modelStatus(current, this.date) : 'active'
    if (current && (status === 'deprecated' || status === 'retired')) {
      const { shutdown_date, replacements, replacement_note } = current.lifecycle.value
      migration = {
        model: current.id,
        status,
        shutdown_date,
        days_left: shutdown_date ? daysBetween(this.date, shutdown_date) : null,
        ...(replacement_note ? { replacement_note } : {}),
        replacements: replacements.flatMap((id) => {
          const model = this.index.get(id)
          return model ? [alternativeFor(model)] : []
        })
      }
    }
    return { alternatives, migration }
  }

  /** Why a model cannot be used on this date, if it cannot. */
  private lifecycleReason(model: ModelEntry): string | undefined {
    if (!this.lifecycle.has(model)) this.lifecycle.set(model, lifecycleReason(model, this.date))
    return this.lifecycle.get(model)
  }

  private currentAlternative(cost: WorkloadCost, model: ModelEntry): Alternative {
    const w = cost.workload
    const reason = this.lifecycleReason(model) ?? unmetRequirement(model, w)?.reason
    return {
      model: model.id,
      current: true,
      eligible: reason === undefined,
      ...(reason ? { reason } : {}),
      quality: w.quality,
      size: w.size,
      retry_rate: w.retry_rate,
      monthly_usd: cost.monthly_usd,
      delta_usd: 0,
      ...unitCosts(cost.monthly_usd, cost.billed_images_per_month, w.images_per_month),
      notes: []
    }
  }

  /** Another model's alternative for one image a month of this intent (delta_usd set when scaled). */
  private priceOn(w: ResolvedWorkload, model: ModelEntry): Alternative {
    const reason = this.lifecycleReason(model) ?? unmetRequirement(model, w)?.reason
    if (reason) return ineligible(model, reason)
    const quality = mapQuality(model, w.quality)
    if (!quality) return ineligible(model, w.quality === null ? `${model.id} has quality settings; the workload's model has none to compare` : `${model.id} offers no quality close to ${w.quality}`)
    const size = mapSize(model, w.size)
    if (!size) return ineligible(model, `${model.id} offers no size close to ${w.size}`)

    const notes = [quality.note, size.note].filter((n): n is string => n !== undefined)
    const retryRate = retryRateFor(w, model.id)
    if (w.input_image_tokens !== undefined && w.input_images > 0) notes.push(`input_image_tokens applies to ${w.model} only; ${model.id} uses its own rule`)
    const variant: ResolvedWorkload = { ...w, model: model.id, quality: quality.value, size: size.value, retry_rate: retryRate }
    delete variant.model_alias
    delete variant.input_image_tokens
    let priced: WorkloadCost
    try {
      priced = priceWorkload(variant, model, this.catalog, this.options)
    } catch {
      return ineligible(model, `no price for ${quality.value} ${size.value} on ${model.id}`)
    }
    return {
      model: model.id,
      current: false,
      eligible: true,
      quality: quality.value,
      size: size.value,
      retry_rate: retryRate,
      monthly_usd: priced.monthly_usd,
      delta_usd: null,
      ...unitCosts(priced.monthly_usd, priced.billed_images_per_month, w.images_per_month),
      notes
    }
  }
}

/** Eligible and priced first, cheapest first; the current model wins a tie. */
function byPreference(a: Alternative, b: Alternative): number {
  const rankA = preferenceRank(a)
  const rankB = preferenceRank(b)
  if (rankA !== rankB) return rankA - rankB
  const diff = (a.monthly_usd ?? Infinity) - (b.monthly_usd ?? Infinity)
  if (diff !== 0 && Number.isFinite(diff)) return diff
  if (a.current !== b.current) return a.current ? -1 : 1
  return byText(a.model, b.model)
}

function preferenceRank(a: Alternative): number {
  return isOption(a) ? 0 : 1
}

function lifecycleReason(model: ModelEntry, date: string): string | undefined {
  if (model.unavailable) return model.unavailable.value
  const released = model.lifecycle.value.release_date
  if (released && date < released) return `not released until ${released}`
  const status = modelStatus(model, date)
  if (status === 'active') return undefined
  const shutdown = model.lifecycle.value.shutdown_date
  return status === 'retired' ? `retired on ${shutdown}` : `deprecated: shuts down on ${shutdown}`
}

function unitCosts(monthly: number, billed: number, delivered: number) {
  return {
    per_generation_usd: billed > 0 ? monthly / billed : 0,
    per_delivered_image_usd: delivered > 0 ? monthly / delivered : 0
  }
}

function ineligible(model: ModelEntry, reason: string): Alternative {
  return { model: model.id, current: false, eligible: false, reason, monthly_usd: null, delta_usd: null, per_generation_usd: null, per_delivered_image_usd: null, notes: [] }
}
