/** Shapes of the pricing catalog. Every figure is wrapped with where it came from. */

/** How far a figure can be trusted; 'override' marks a figure the config replaced. */
export type Confidence = 'official' | 'derived' | 'community' | 'estimate' | 'override'

export interface Provenance {
  /** Key into SOURCES. */
  source: string
  /** The day the figure was last checked against its source (YYYY-MM-DD). */
  checked_on: string
  confidence: Confidence
  note?: string
}

export interface Sourced<T> {
  value: T
  provenance: Provenance
}

export const QUALITIES = ['low', 'medium', 'high', 'auto', 'xhigh', 'max', 'standard', 'hd'] as const
export type Quality = (typeof QUALITIES)[number]

export const TIERS = ['free', '1', '2', '3', '4', '5'] as const
export type Tier = (typeof TIERS)[number]

/** USD per 1M tokens; null where the model does not bill that kind of token. */
export interface TokenRates {
  text_input: number | null
  cached_text_input: number | null
  image_input: number | null
  cached_image_input: number | null
  image_output: number | null
  text_output: number | null
}
export const TOKEN_RATE_KEYS = [
  'text_input',
  'cached_text_input',
  'image_input',
  'cached_image_input',
  'image_output',
  'text_output'
] as const satisfies readonly (keyof TokenRates)[]

/** quality -> "WxH" -> value */
export type QualitySizeTable = Partial<Record<Quality, Record<string, number>>>

export type SizeRule =
  | { kind: 'fixed'; sizes: string[] }
  | {
      kind: 'flexible'
      multiple_of: number
      max_edge: number
      max_aspect_ratio: number
      min_pixels: number
      max_pixels: number
      experimental_above_pixels: number
    }

export type OutputTokenRule =
  | { kind: 'table'; tokens: QualitySizeTable }
  /** tokens = ceil(q * floor((2qS + L) / 2L) * (2,000,000 + w*h) / 4,000,000) */
  | { kind: 'formula'; quality_factor: Partial<Record<Quality, number>> }

export type InputImageRule =
  /** Scale so the shortest side is 512 px, count 512 px tiles; high fidelity adds a fixed amount. */
  | {
      kind: 'tiles'
      tile_px: number
      base_tokens: number
      tokens_per_tile: number
      high_fidelity_square: number
      high_fidelity_other: number
    }
  /** Count patch_px patches, capped at max_patches; inputs are always high fidelity. */
  | { kind: 'patches'; patch_px: number; max_patches: number }
  | { kind: 'none' }

export interface Lifecycle {
  /** The day the model (its first snapshot) became available, where the sources give one. */
  release_date?: string
  /** The day OpenAI announced the shutdown: the model is deprecated from then on. */
  notice_date: string | null
  shutdown_date: string | null
  replacements: string[]
  replacement_note?: string
}

/** null: the tier has no such limit for the model (or none is published). */
export interface RateLimit {
  tokens_per_minute: number | null
  images_per_minute: number | null
}
export type TierLimits = Record<Tier, RateLimit | 'unsupported'>

export interface Capabilities {
  batch: Sourced<boolean>
  edits: Sourced<boolean>
  text_output: Sourced<boolean>
  partial_images: Sourced<boolean>
  transparent_background: Sourced<boolean>
  /** How many input images keep high fidelity: a count, or 'all'. */
  high_fidelity_inputs: Sourced<number | 'all'>
}

export interface ModelEntry {
  id: string
  /** Other ids that name the same model (dated snapshots). */
  aliases: string[]
  lifecycle: Sourced<Lifecycle>
  qualities: Sourced<Quality[]>
  sizes: Sourced<SizeRule>
  token_rates: Sourced<TokenRates> | null
  /** Published USD per output image, where OpenAI lists one. */
  image_prices: Sourced<QualitySizeTable> | null
  /** Output tokens per image, for pricing without a per-image table and for TPM checks. */
  output_tokens: Sourced<OutputTokenRule> | null
  input_images: Sourced<InputImageRule>
  capabilities: Capabilities
  tier_limits: Sourced<TierLimits> | null
}

export interface SourceInfo {
  title: string
  url?: string
  /** Where the project's copy of the figure was read. */
  via: string
}

export interface Catalog {
  as_of: string
  currency: 'USD'
  models: ModelEntry[]
  monthly_usage_limits: Sourced<Record<Tier, number>>
  /** Tokens billed per streamed partial image. */
  partial_image_tokens: Sourced<number>
  hours_per_month: Sourced<number>
  batch_discount: Sourced<number>
  sources: Record<string, SourceInfo>
}
