/**
 * The pricing engine: resolved workloads + catalog -> monthly cost per workload, per model and in
 * total. Pure; full precision throughout (rounding is the renderers' job).
 */
import { billedQuality, listPrices, modelIndex, tableValue } from '../catalog/lookup.js'
import { billedMegapixels, checkSize, inputImageTokens, inputMegapixelUsd, outputMegapixelUsd, outputTokensPerImage } from '../catalog/rules.js'
import type { Catalog, ModelEntry, Sourced } from '../catalog/types.js'
import type { ResolvedWorkload } from '../config/resolve.js'
import { byText, count } from '../util/format.js'
import type { OverriddenFigure } from '../config/overrides.js'
import { ShapeTable } from './shape.js'

const PER_MILLION = 1_000_000

export interface CostComponents {
  image_output_usd: number
  text_input_usd: number
  image_input_usd: number
  text_output_usd: number
}

export interface WorkloadCost {
  workload: ResolvedWorkload
  billed_images_per_month: number
  requests_per_month: number
  /** After any Batch discount; the four components sum to monthly_usd. */
  cost: CostComponents
  monthly_usd: number
  batch_savings_usd: number
  /** How one output image is priced, before Batch. */
  /** `confidence: measured` when the tokens per image are the team's own measurement (usage import). */
  /**
   * list_price: a published price per image; tokens: tokens x the image-output rate; megapixels:
   * per output megapixel (FLUX.2); unpriced: no price in the sources for a model that has shut down
   * (requests to it fail, so nothing is billed).
   */
  output_pricing: {
    method: 'list_price' | 'tokens' | 'megapixels' | 'unpriced'
    usd_per_image: number
    tokens_per_image?: number
    megapixels_per_image?: number
    confidence?: 'measured'
  }
  input_image_tokens_each: number
  /** Image output tokens per image incl. partials, for TPM checks; undefined where unknown. */
  output_tokens_per_image?: number
  peak_images_per_minute: number
  peak_from: 'config' | 'average'
  /** Every estimate or assumption behind this workload's figure. */
  assumptions: string[]
}

export interface ModelCost {
  model: string
  monthly_usd: number
  billed_images_per_month: number
  workloads: number
}

export interface CostEstimate {
  workloads: WorkloadCost[]
  models: ModelCost[]
  total_monthly_usd: number
}

export interface PricingOptions {
  /** Figures the config's pricing section replaced, to name them in the assumptions. */
  overridden?: readonly OverriddenFigure[]
  /** Tier checks use peak rates: say where a workload's peak rate is only the monthly average. */
  tierChecks?: boolean
  /** The team's measured output tokens per image for a model, quality and size, when it has them (usage import). */
  measured?: MeasuredLookup
}

/** Measured tokens for one model, quality and size: how many calls, and the mean output tokens per image. */
export interface MeasuredTokensPerImage {
  calls: number
  mean_output_tokens_per_image: number
}
export type MeasuredLookup = (model: string, quality: string, size: string) => MeasuredTokensPerImage | undefined

/** Each workload priced: plain data, one record per workload, nothing shared between them. */
export function priceWorkloads(workloads: readonly ResolvedWorkload[], catalog: Catalog, options: PricingOptions = {}): CostEstimate {
  const index = modelIndex(catalog)
  // Every component is linear in volume: price each distinct workload shape once, per image, and scale.
  const units = new ShapeTable<WorkloadCost>(true)
  const minutesPerMonth = catalog.hours_per_month.value * 60
  const costs = workloads.map((w) => {
    let unit = units.get(w)
    if (!unit) {
      const model = index.get(w.model)
      if (!model) throw new Error(`workload "${w.name}": model ${w.model} is not in the catalog`)
      unit = priceWorkload({ ...w, images_per_month: 1 }, model, catalog, options)
      units.set(w, unit)
    }
    return scaleCost(unit, w, minutesPerMonth)
  })
  return { workloads: costs, models: totalsByModel(costs), total_monthly_usd: sum(costs.map((c) => c.monthly_usd)) }
}

/** A workload's cost as its shape's cost per image times its volume. */
function scaleCost(unit: WorkloadCost, w: ResolvedWorkload, minutesPerMonth: number): WorkloadCost {
  const volume = w.images_per_month
  const billed = unit.billed_images_per_month * volume
  const scaled: WorkloadCost = {
    workload: w,
    billed_images_per_month: billed,
    requests_per_month: unit.requests_per_month * volume,
    cost: {
      image_output_usd: unit.cost.image_output_usd * volume,
      text_input_usd: unit.cost.text_input_usd * volume,
      image_input_usd: unit.cost.image_input_usd * volume,
      text_output_usd: unit.cost.text_output_usd * volume
    },
    monthly_usd: unit.monthly_usd * volume,
    batch_savings_usd: unit.batch_savings_usd * volume,
    output_pricing: { ...unit.output_pricing },
    input_image_tokens_each: unit.input_image_tokens_each,
    peak_images_per_minute: w.peak_images_per_minute ?? billed / minutesPerMonth,
    peak_from: unit.peak_from,
    assumptions: [...unit.assumptions]
  }
  if (unit.output_tokens_per_image !== undefined) scaled.output_tokens_per_image = unit.output_tokens_per_image
  return scaled
}

export function sum(values: readonly number[]): number {
  let total = 0
  for (const v of values) total += v
  return total
}

function totalsByModel(costs: readonly WorkloadCost[]): ModelCost[] {
  const byModel = new Map<string, ModelCost>()
  for (const c of costs) {
    const entry = byModel.get(c.workload.model) ?? { model: c.workload.model, monthly_usd: 0, billed_images_per_month: 0, workloads: 0 }
    entry.monthly_usd += c.monthly_usd
    entry.billed_images_per_month += c.billed_images_per_month
    entry.workloads += 1
    byModel.set(c.workload.model, entry)
  }
  return [...byModel.values()].sort((a, b) => b.monthly_usd - a.monthly_usd || byText(a.model, b.model))
}

const CAVEAT_KINDS = {
  derived: 'derived from official figures',
  community: 'a community measurement',
  estimate: 'an estimate',
  relay: "an aggregator's quote of the list price",
  secondary: "a third party's figure",
  measured: "the team's own measurement"
} as const

/** Notes a figure that is not an official published number. */
function caveat(assumptions: string[], label: string, figure: Sourced<unknown> | null | undefined): void {
  if (!figure) return
  const { confidence, note } = figure.provenance
  if (confidence === 'official' || confidence === 'override') return
  const kind = CAVEAT_KINDS[confidence]
  assumptions.push(`${label} is ${kind}${note ? `: ${note}` : ''}`)
}

export function priceWorkload(
  w: ResolvedWorkload,
  model: ModelEntry,
  catalog: Catalog,
  options: PricingOptions = {}
): WorkloadCost {
  const assumptions: string[] = []
  const rates = model.token_rates?.value
  const quality = w.quality === null ? null : billedQuality(w.quality, model)
  if (w.quality === null && w.from_defaults.includes('quality')) {
    assumptions.push(`defaults.quality does not apply: ${model.id} has no quality setting`)
  }
  if (w.quality === 'auto') {
    const note = model.auto_quality?.provenance.note
    assumptions.push(`quality auto is priced as ${quality}${note ? ` (${note})` : ''}`)
  }
  // Said of the organization's provider's prices (Azure: OpenAI's list), not of another vendor's.
  if (catalog.pricing_note && model.provider === catalog.provider) assumptions.push(catalog.pricing_note.value)
  if (w.complexity !== undefined && model.complexity) {
    assumptions.push(`complexity ${w.complexity} has no extra charge on ${model.id}${model.complexity.value.extra_cost ? '' : ' (OpenAI image guide)'}`)
  }
  if (w.volume_from === 'images_per_day') assumptions.push('images_per_day x 30.4167 days per month (730 h / 24)')
  const sizeCheck = checkSize(model.sizes.value, w.size)
  if (model.sizes.value.kind === 'unlisted') assumptions.push(`size ${w.size} is priced but not checked: ${model.sizes.provenance.note ?? 'the sources give no size limits'}`)
  if (sizeCheck.ok && sizeCheck.experimental) assumptions.push(`size ${w.size} is above 3,686,400 pixels: experimental on ${model.id}`)
  if (w.model_alias) assumptions.push(`${w.model_alias} is priced as ${model.id}`)

  const billed = w.images_per_month / (1 - w.retry_rate)
  const requests = billed / w.images_per_request

  // Output: the published per-image price where there is one, else per megapixel, else tokens x the image-output rate.
  const tokenRule = model.output_tokens?.value
  // The team's own measurement replaces the catalog's estimate of the tokens an image takes.
  const measured = tokenRule && rates?.image_output != null && quality !== null ? options.measured?.(model.id, quality, w.size) : undefined
  const tokensPerImage = measured ? measured.mean_output_tokens_per_image : tokenRule && quality !== null ? outputTokensPerImage(tokenRule, quality, w.size) : undefined
  const priceTable = listPrices(model, w.output_format)
  const listPrice = priceTable ? tableValue(priceTable.value, quality, w.size) : undefined
  const megapixels = model.megapixel_prices
  const megapixelUsd = megapixels ? outputMegapixelUsd(megapixels.value, w.size) : undefined
  let outputPricing: WorkloadCost['output_pricing']
  if (listPrice !== undefined) {
    outputPricing = { method: 'list_price', usd_per_image: listPrice }
    caveat(assumptions, priceTable === model.vector_prices ? 'per-image vector price' : 'per-image price', priceTable)
  } else if (megapixels && megapixelUsd !== undefined) {
    outputPricing = { method: 'megapixels', usd_per_image: megapixelUsd, megapixels_per_image: billedMegapixels(megapixels.value, w.size) as number }
    // How the megapixels are counted is a choice the sources leave open: said even of official prices (caveat says it of the others).
    if (megapixels.provenance.confidence === 'official' && megapixels.provenance.note) assumptions.push(`per-megapixel price: ${megapixels.provenance.note}`)
    caveat(assumptions, 'per-megapixel price', megapixels)
  } else if (tokensPerImage !== undefined && rates?.image_output != null) {
    outputPricing = { method: 'tokens', usd_per_image: (tokensPerImage * rates.image_output) / PER_MILLION, tokens_per_image: tokensPerImage }
    if (measured) {
      outputPricing.confidence = 'measured'
      assumptions.push(`output tokens per image measured: ${count(measured.calls)} calls, mean ${count(measured.mean_output_tokens_per_image)} tokens (the catalog's estimate is replaced)`)
    } else caveat(assumptions, `output tokens per image (${tokensPerImage})`, model.output_tokens)
  } else if (model.lifecycle.value.shutdown_date) {
    outputPricing = { method: 'unpriced', usd_per_image: 0 }
    assumptions.push(`${model.id} has no price in the catalog's sources and shuts down on ${model.lifecycle.value.shutdown_date}: counted at $0 (requests to a shut-down model fail)`)
  } else {
    throw new Error(`workload "${w.name}": no price for ${model.id} ${w.quality ?? ''} ${w.size}`)
  }

  const partialTokens = w.partial_images * catalog.partial_image_tokens.value
  const partialUsdPerImage = partialTokens > 0 ? (partialTokens * (rates?.image_output ?? 0)) / PER_MILLION : 0
  const imageOutput = billed * (outputPricing.usd_per_image + partialUsdPerImage)

  const textInRate = rates?.text_input ?? 0
  const cachedRate = rates?.cached_text_input ?? textInRate
  const blendedTextRate = (1 - w.cached_prompt_share) * textInRate + w.cached_prompt_share * cachedRate
  const textInput = (requests * w.prompt_tokens * blendedTextRate) / PER_MILLION
  if (w.prompt_tokens > 0 && !rates) assumptions.push(`${model.id} is priced per image; prompt tokens are not billed`)

  let inputTokensEach = 0
  let inputMegapixelUsdEach = 0
  if (w.input_images > 0) {
    if (model.input_images.value.kind === 'megapixels' && megapixels) {
      inputMegapixelUsdEach = inputMegapixelUsd(megapixels.value, w.input_image_size) ?? 0
    } else if (w.input_image_tokens !== undefined) {
      inputTokensEach = w.input_image_tokens
      assumptions.push(`input_image_tokens ${w.input_image_tokens} per input image, as configured`)
    } else {
      inputTokensEach = inputImageTokens(model.input_images.value, w.input_image_size, w.input_fidelity) ?? 0
      caveat(assumptions, `input-image tokens (${inputTokensEach} per image)`, model.input_images)
    }
  }
  const imageInput = (requests * w.input_images * inputTokensEach * (rates?.image_input ?? 0)) / PER_MILLION + requests * w.input_images * inputMegapixelUsdEach
  const textOutput = (requests * w.text_output_tokens * (rates?.text_output ?? 0)) / PER_MILLION

  // The token rates matter only where a token-billed component is non-zero.
  if (rates && (outputPricing.method === 'tokens' || partialTokens > 0 || w.prompt_tokens > 0 || (w.input_images > 0 && inputTokensEach > 0) || w.text_output_tokens > 0)) {
    caveat(assumptions, 'token rates', model.token_rates)
  }

  const factor = w.batch ? 1 - catalog.batch_discount.value : 1
  const cost: CostComponents = {
    image_output_usd: imageOutput * factor,
    text_input_usd: textInput * factor,
    image_input_usd: imageInput * factor,
    text_output_usd: textOutput * factor
  }
  const undiscounted = imageOutput + textInput + imageInput + textOutput
  const monthly = cost.image_output_usd + cost.text_input_usd + cost.image_input_usd + cost.text_output_usd

  // Name only the overridden figures this workload's price actually used.
  const overridden = options.overridden ?? []
  if (overridden.length > 0) {
    const used = new Set<string>([`image_prices.${quality ?? 'any'}.${w.size}`])
    if (outputPricing.method === 'tokens' || partialTokens > 0) used.add('token_rates.image_output')
    if (w.prompt_tokens > 0) ['text_input', 'cached_text_input'].forEach((k) => used.add(`token_rates.${k}`))
    if (w.input_images > 0) used.add('token_rates.image_input')
    if (w.text_output_tokens > 0) used.add('token_rates.text_output')
    for (const o of overridden) {
      if (o.model === model.id && used.has(o.figure)) assumptions.push(`${o.figure} overridden in config: ${o.config_value ?? 'none'} (catalog ${o.catalog_value ?? 'none'}; ${o.source})`)
    }
  }

  const minutesPerMonth = catalog.hours_per_month.value * 60
  const peakFromConfig = w.peak_images_per_minute !== undefined
  // Tiers are the organization's provider's: another vendor's workloads are not tier-checked.
  if (options.tierChecks && !peakFromConfig && !w.batch && model.provider === catalog.provider) {
    assumptions.push(`peak rate for tier checks is the monthly average (billed images / ${count(minutesPerMonth)} per minute); set peak_images_per_minute for bursts`)
  }
  const result: WorkloadCost = {
    workload: w,
    billed_images_per_month: billed,
    requests_per_month: requests,
    cost,
    monthly_usd: monthly,
    batch_savings_usd: undiscounted - monthly,
    output_pricing: outputPricing,
    input_image_tokens_each: inputTokensEach,
    peak_images_per_minute: w.peak_images_per_minute ?? billed / minutesPerMonth,
    peak_from: peakFromConfig ? 'config' : 'average',
    assumptions
  }
  if (tokensPerImage !== undefined) result.output_tokens_per_image = tokensPerImage + partialTokens
  return result
}
