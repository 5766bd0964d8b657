/**
 * What would clear a finding, worked out from the same data the finding comes from: the cheapest
 * eligible moves for a budget, the tier a rate needs, what to change when no active model meets a
 * workload's requirements. Pure.
 */
import { firstFew } from '../util/array.js'
import { unmetRequirement, type Requirement } from '../catalog/capabilities.js'
import type { ModelEntry, TierLadder } from '../catalog/types.js'
import { TIERS, type Tier } from '../catalog/vocabulary.js'
import type { ResolvedWorkload } from '../config/resolve.js'
import type { WorkloadRouting } from '../routing/route.js'
import { count as num, usd } from '../util/format.js'

/** Moving a workload to its cheapest eligible model. */
export interface Move {
  workload: string
  model: string
  saving_usd: number
}

/** Moves named in a fix's text; the finding's `moves` lists them all. */
const MOVES_SHOWN = 3

/** The fewest moves, largest saving first, whose savings reach `excess`; all of them when they fall short. */
export function movesToClear(routings: readonly WorkloadRouting[], excess: number): { moves: Move[]; enough: boolean; saving_usd: number } {
  const candidates = routings
    .filter((r) => r.cheapest !== null && r.cheapest.model !== r.model && r.cheapest.saving_usd > 0)
    .map((r) => ({ workload: r.name, model: r.cheapest?.model ?? '', saving_usd: r.cheapest?.saving_usd ?? 0 }))
    .sort((a, b) => b.saving_usd - a.saving_usd || (a.workload < b.workload ? -1 : 1))
  const moves: Move[] = []
  let saving = 0
  for (const move of candidates) {
    if (saving >= excess) break
    moves.push(move)
    saving += move.saving_usd
  }
  return { moves, enough: saving >= excess, saving_usd: saving }
}

/**
 * The fix for a budget exceeded by `excess`: the moves that clear it, or what to raise. `raise`
 * names the setting and the least value that would pass.
 */
export function budgetFix(routings: readonly WorkloadRouting[], excess: number, raise: { setting: string; to: string }): { fix: string; moves: Move[] } {
  const { moves, enough, saving_usd } = movesToClear(routings, excess)
  const listed = firstFew(moves, MOVES_SHOWN, (m) => (moves.length === 1 ? `"${m.workload}" to ${m.model}` : `"${m.workload}" to ${m.model} (${usd(m.saving_usd)})`))
  const orRaise = `${raise.setting} to at least ${raise.to}`
  if (enough) return { fix: `over by ${usd(excess)}: moving ${joinOr(listed, 'and')} saves ${usd(saving_usd)}/month and clears it; or raise ${orRaise}`, moves }
  if (moves.length > 0) {
    return { fix: `over by ${usd(excess)}: moving every workload that has a cheaper eligible model saves only ${usd(saving_usd)}; raise ${orRaise}, or lower volumes`, moves }
  }
  return { fix: `over by ${usd(excess)}, and no workload has a cheaper eligible model: raise ${orRaise}, or lower volumes`, moves }
}

/** The lowest tier whose ladder allows `needed` (per minute), if any. */
export function tierAllowing(ladder: TierLadder | undefined, needed: number): { tier: Tier; limit: number } | undefined {
  if (!ladder) return undefined
  for (const tier of TIERS) {
    const limit = ladder[tier]
    if (typeof limit === 'number' && limit >= needed) return { tier, limit }
  }
  return undefined
}

/** The fix for a per-minute rate over its limit. */
export function rateFix(model: string, unit: 'IPM' | 'TPM', needed: number, ladder: TierLadder | undefined, custom: boolean): string {
  const field = unit === 'IPM' ? 'images_per_minute' : 'tokens_per_minute'
  const spread = 'or lower the peak (peak_images_per_minute), or run the workloads with batch: true (Batch does not count against per-minute limits)'
  if (custom) return `raise organization.limits.${model}.${field} if your organization's limit is higher, ${spread}`
  const allowing = tierAllowing(ladder, needed)
  const tier = allowing ? `usage tier ${allowing.tier} allows ${num(allowing.limit)} ${unit} on ${model} (set organization.tier once you reach it)` : `no published tier allows ${num(needed)} ${unit} on ${model}`
  return `${tier}; if your organization has its own limit, set organization.limits.${model}.${field}, ${spread}`
}

/** The fix for a monthly total over the usage limit. */
export function usageLimitFix(total: number, limits: Readonly<Record<Tier, number>>, custom: boolean): string {
  if (custom) return 'raise organization.monthly_usage_limit_usd if OpenAI raised your limit, or lower the total'
  const tier = TIERS.find((t) => limits[t] >= total)
  return tier ? `usage tier ${tier}'s monthly usage limit is ${usd(limits[tier])} (set organization.tier once you reach it), or lower the total` : `no usage tier's monthly limit covers ${usd(total)}; ask OpenAI for a higher limit and set organization.monthly_usage_limit_usd`
}

/** What changing each requirement means in the config. */
const DROP: Record<Requirement, string> = {
  text_output: 'set text_output_tokens to 0 (and drop text_output from requires)',
  edits: 'set input_images to 0 (and drop edits from requires)',
  multi_image_input: 'send one input image per request (and drop multi_image_input from requires)',
  vector_output: 'ask for a raster output_format (and drop vector_output from requires)',
  batch: 'set batch to false',
  transparent_background: 'drop transparent_background from requires',
  multi_image_fidelity: 'drop multi_image_fidelity from requires'
}

/**
 * Why no active model can take the workload: the requirement no active model meets (or that none
 * meets them together), and what the team can do. Undefined when some active model meets them all.
 */
export function noEligibleModel(workload: ResolvedWorkload, requirements: readonly Requirement[], active: readonly ModelEntry[]): string | undefined {
  if (active.some((m) => !unmetRequirement(m, workload))) return undefined
  const alone = (r: Requirement) => ({ requires: [r], input_images: r === 'multi_image_input' ? Math.max(2, workload.input_images) : r === 'edits' || r === 'multi_image_fidelity' ? Math.max(1, workload.input_images) : 0, text_output_tokens: 0, batch: false })
  const unmetByAll = requirements.filter((r) => active.every((m) => unmetRequirement(m, alone(r))))
  const what = unmetByAll.length > 0 ? `no active model offers ${unmetByAll.join(' or ')}` : `no active model offers ${requirements.join(', ')} together`
  const changes = (unmetByAll.length > 0 ? unmetByAll : requirements).map((r) => DROP[r])
  return `${what}. To keep "${workload.name}" running, ${joinOr(changes, 'or')}, or add a model that has it with a team catalog (docs/catalog.md)`
}

function joinOr(items: readonly string[], word: 'and' | 'or'): string {
  if (items.length <= 1) return items[0] ?? ''
  return `${items.slice(0, -1).join(', ')} ${word} ${items[items.length - 1]}`
}
