/** The catalog's size, output-token and input-token rules, as pure functions. */
import { billedQuality, tableValue } from './lookup.js'
import { count } from '../util/format.js'
import type { InputImageRule, MegapixelPrices, OutputTokenRule, Quality, SizeRule } from './types.js'

export interface Dimensions {
  width: number
  height: number
}

const SIZE_PATTERN = /^([1-9][0-9]{0,5})x([1-9][0-9]{0,5})$/

// A config repeats a handful of sizes thousands of times: each is parsed and checked once per run
// (up to a bound, so a file of distinct sizes cannot grow these without limit).
const MAX_REMEMBERED_SIZES = 4096
const parsedSizes = new Map<string, Readonly<Dimensions> | null>()
const sizeChecks = new WeakMap<SizeRule, Map<string, SizeCheck>>()

export function parseSize(size: string): Readonly<Dimensions> | undefined {
  let dims = parsedSizes.get(size)
  if (dims === undefined) {
    const match = SIZE_PATTERN.exec(size)
    dims = match ? Object.freeze({ width: Number(match[1]), height: Number(match[2]) }) : null
    if (parsedSizes.size < MAX_REMEMBERED_SIZES) parsedSizes.set(size, dims)
  }
  return dims ?? undefined
}

export type SizeCheck = Readonly<{ ok: true; experimental: boolean } | { ok: false; expected: string }>

export function describeSizeRule(rule: SizeRule): string {
  if (rule.kind === 'fixed') return `one of ${rule.sizes.join(', ')}`
  if (rule.kind === 'unlisted') return 'a size written WxH'
  return (
    `WxH with both edges multiples of ${rule.multiple_of}, each edge <= ${rule.max_edge}, ` +
    `long:short <= ${rule.max_aspect_ratio}:1 and ${count(rule.min_pixels)} to ${count(rule.max_pixels)} pixels`
  )
}

export function checkSize(rule: SizeRule, size: string): SizeCheck {
  let checked = sizeChecks.get(rule)
  if (!checked) sizeChecks.set(rule, (checked = new Map()))
  let result = checked.get(size)
  if (result === undefined) {
    result = Object.freeze(judgeSize(rule, size))
    if (checked.size < MAX_REMEMBERED_SIZES) checked.set(size, result)
  }
  return result
}

function judgeSize(rule: SizeRule, size: string): SizeCheck {
  const rejected = (): SizeCheck => ({ ok: false, expected: describeSizeRule(rule) })
  if (rule.kind === 'fixed') return rule.sizes.includes(size) ? { ok: true, experimental: false } : rejected()
  const dims = parseSize(size)
  if (!dims) return rejected()
  if (rule.kind === 'unlisted') return { ok: true, experimental: false }
  const { width, height } = dims
  const pixels = width * height
  const long = Math.max(width, height)
  const short = Math.min(width, height)
  const fits =
    width % rule.multiple_of === 0 &&
    height % rule.multiple_of === 0 &&
    long <= rule.max_edge &&
    long <= rule.max_aspect_ratio * short &&
    pixels >= rule.min_pixels &&
    pixels <= rule.max_pixels
  return fits ? { ok: true, experimental: pixels > rule.experimental_above_pixels } : rejected()
}

/** Output tokens per generated image, or undefined where the rule has no figure. `auto` must be mapped first (billedQuality). */
export function outputTokensPerImage(rule: OutputTokenRule, quality: Quality, size: string): number | undefined {
  const q = billedQuality(quality)
  if (rule.kind === 'table') return tableValue(rule.tokens, q, size)
  const factor = rule.quality_factor[q]
  const dims = parseSize(size)
  if (factor === undefined || !dims) return undefined
  const { width, height } = dims
  const long = Math.max(width, height)
  const short = Math.min(width, height)
  const shortFactor = Math.floor((2 * factor * short + long) / (2 * long))
  const tokens = Math.ceil((factor * shortFactor * (2_000_000 + width * height)) / 4_000_000)
  const multiplier = rule.multiplier?.[q]
  return multiplier === undefined ? tokens : Math.ceil(tokens * multiplier)
}

export type InputFidelity = 'low' | 'high'

/** Tokens billed for one reference/edit image of the given size. */
export function inputImageTokens(rule: InputImageRule, size: string, fidelity: InputFidelity): number | undefined {
  const dims = parseSize(size)
  if (!dims) return undefined
  const { width, height } = dims
  switch (rule.kind) {
    case 'none':
    case 'megapixels':
      // Not billed as tokens: megapixel inputs are priced by inputMegapixelUsd.
      return 0
    case 'tiles': {
      const scale = rule.tile_px / Math.min(width, height)
      const tiles = Math.ceil((width * scale) / rule.tile_px) * Math.ceil((height * scale) / rule.tile_px)
      const base = rule.base_tokens + rule.tokens_per_tile * tiles
      if (fidelity === 'low') return base
      return base + (width === height ? rule.high_fidelity_square : rule.high_fidelity_other)
    }
    case 'patches': {
      let long = Math.max(width, height)
      let short = Math.min(width, height)
      // A ratio past the clamp is read as the clamped ratio: the short side is raised.
      if (rule.max_aspect_ratio !== undefined && long > short * rule.max_aspect_ratio) short = long / rule.max_aspect_ratio
      // Small inputs are scaled up to the minimum long side first.
      if (rule.min_long_side_px !== undefined && long < rule.min_long_side_px) {
        const scale = rule.min_long_side_px / long
        long = rule.min_long_side_px
        short *= scale
      }
      const patches = Math.ceil(long / rule.patch_px) * Math.ceil(short / rule.patch_px)
      return Math.min(patches, rule.max_patches)
    }
  }
}

/** Megapixels billed for an image of this size: whole ones where a part is billed whole. */
export function billedMegapixels(prices: MegapixelPrices, size: string): number | undefined {
  const dims = parseSize(size)
  if (!dims) return undefined
  const exact = (dims.width * dims.height) / prices.pixels_per_megapixel
  return prices.partial_megapixel === 'whole' ? Math.ceil(exact) : exact
}

/** USD for one output image priced per megapixel: the first megapixel, then each further one. */
export function outputMegapixelUsd(prices: MegapixelPrices, size: string): number | undefined {
  const mp = billedMegapixels(prices, size)
  if (mp === undefined) return undefined
  return prices.first_mp_usd + Math.max(0, mp - 1) * prices.extra_mp_usd
}

/** USD for one input image of an edit priced per megapixel. */
export function inputMegapixelUsd(prices: MegapixelPrices, size: string): number | undefined {
  const mp = billedMegapixels(prices, size)
  return mp === undefined ? undefined : mp * prices.input_mp_usd
}
