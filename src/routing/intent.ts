/** The same quality and size intent on another model: kept where it exists, mapped where it does not. */
import { checkSize, parseSize } from '../catalog/rules.js'
import type { ModelEntry, Quality, SizeRule } from '../catalog/types.js'

export interface Mapped<T> {
  value: T
  /** Set when the value had to change, saying how. */
  note?: string
}

/** Qualities a model may lack, and what stands closest to each (best first). */
const QUALITY_FALLBACKS: Record<Quality, Quality[]> = {
  low: ['low', 'standard'],
  medium: ['medium', 'standard'],
  high: ['high', 'hd'],
  auto: ['auto', 'high', 'hd'],
  xhigh: ['xhigh', 'max', 'high', 'hd'],
  max: ['max', 'xhigh', 'high', 'hd'],
  standard: ['standard', 'medium', 'low'],
  hd: ['hd', 'high', 'xhigh']
}

/** A model with no quality setting takes any intent as it is (null); a quality is not invented for one that has them. */
export function mapQuality(model: ModelEntry, quality: Quality | null): Mapped<Quality | null> | undefined {
  const offered = model.qualities.value
  if (offered.length === 0) return quality === null ? { value: null } : { value: null, note: `quality ${quality} → none (${model.id} has no quality setting)` }
  if (quality === null) return undefined
  const match = QUALITY_FALLBACKS[quality].find((q) => offered.includes(q))
  if (!match) return undefined
  return match === quality ? { value: match } : { value: match, note: `quality ${quality} → ${match} (${model.id} has no ${quality})` }
}

/** Distance between two sizes: shape first, then area, both on a log scale. */
function sizeDistance(a: { width: number; height: number }, b: { width: number; height: number }): number {
  const shape = Math.abs(Math.log(a.width / a.height) - Math.log(b.width / b.height))
  const area = Math.abs(Math.log((a.width * a.height) / (b.width * b.height)))
  return shape * 4 + area
}

function fitFlexible(rule: Extract<SizeRule, { kind: 'flexible' }>, width: number, height: number): string | undefined {
  let w = width
  let h = height
  // Bring the aspect ratio inside the limit by shortening the long edge.
  if (w > h * rule.max_aspect_ratio) w = h * rule.max_aspect_ratio
  if (h > w * rule.max_aspect_ratio) h = w * rule.max_aspect_ratio
  // Then scale into the pixel and edge bounds.
  const pixels = w * h
  let scale = 1
  if (pixels < rule.min_pixels) scale = Math.sqrt(rule.min_pixels / pixels)
  if (pixels > rule.max_pixels) scale = Math.sqrt(rule.max_pixels / pixels)
  scale = Math.min(scale, rule.max_edge / Math.max(w, h))
  const step = rule.multiple_of
  for (const round of [Math.round, Math.ceil, Math.floor]) {
    const candidate = `${round((w * scale) / step) * step}x${round((h * scale) / step) * step}`
    if (checkSize(rule, candidate).ok) return candidate
  }
  return undefined
}

export function mapSize(model: ModelEntry, size: string): Mapped<string> | undefined {
  const rule = model.sizes.value
  if (checkSize(rule, size).ok) return { value: size }
  const dims = parseSize(size)
  if (!dims) return undefined
  let chosen: string | undefined
  if (rule.kind === 'unlisted') return undefined
  if (rule.kind === 'fixed') {
    chosen = [...rule.sizes].sort((a, b) => {
      const da = parseSize(a)
      const db = parseSize(b)
      return (da ? sizeDistance(dims, da) : Infinity) - (db ? sizeDistance(dims, db) : Infinity)
    })[0]
  } else {
    chosen = fitFlexible(rule, dims.width, dims.height)
  }
  return chosen ? { value: chosen, note: `size ${size} → ${chosen} (nearest ${model.id} size)` } : undefined
}
