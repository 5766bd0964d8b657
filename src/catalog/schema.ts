/**
 * The pricing catalog's file format: the single source of truth for the catalog's types, its
 * validation and the published JSON Schema (schema/catalog.schema.json).
 *
 * A catalog file groups models by provider. Every group of figures is `{ value, provenance }`; the
 * provenance says where the figures come from, when they were checked and how far they can be
 * trusted. The built-in catalog (catalog.json) is a complete file; a team catalog may be partial:
 * it overrides figures per model and may add models (see merge.ts).
 */
import * as z from 'zod/mini'
import {
  CATALOG_SCHEMA_VERSION,
  COMPLEXITIES,
  CONFIDENCES,
  OUTPUT_FORMATS,
  PROVIDERS,
  QUALITIES,
  TIERS,
  type ProviderId,
  type TokenRateKey
} from './vocabulary.js'

export type { Confidence, OutputFormat, ProviderId, Quality, Tier } from './vocabulary.js'

const isoDate = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'a day written YYYY-MM-DD' }))
const nonNegative = z.number().check(z.nonnegative())
const positiveInt = z.int().check(z.positive())
const text = z.string().check(z.minLength(1))

export const provenanceSchema = z.strictObject({
  /** Key into the file's `sources`. */
  source: text,
  /** The day the figures were last checked against the source. */
  checked_on: isoDate,
  confidence: z.enum(CONFIDENCES),
  /** The row of the project's pricing facts the figures were transcribed from, e.g. "§8 #2". */
  ref: z.optional(text),
  note: z.optional(text)
})
export type Provenance = z.output<typeof provenanceSchema>

/** A group of figures with one provenance. */
function sourced<T extends z.ZodMiniType>(value: T) {
  return z.strictObject({ value, provenance: provenanceSchema })
}
export interface Sourced<T> {
  value: T
  provenance: Provenance
}

const quality = z.enum(QUALITIES)
/** WxH, or a resolution label such as 1K (Gemini's output resolutions). */
const size = z.string().check(z.regex(/^([1-9][0-9]*x[1-9][0-9]*|[1-9][0-9]*K)$/, { message: 'a size written WxH, or a resolution such as 1K' }))
/**
 * quality -> "WxH" -> value; "any" stands for every size the model offers and, as a quality, for a
 * model that has no quality setting.
 */
const qualitySizeTable = z.partialRecord(z.union([quality, z.literal('any')]), z.record(z.union([size, z.literal('any')]), nonNegative))
export type QualitySizeTable = z.output<typeof qualitySizeTable>

const rate = z.nullable(nonNegative)
const tokenRateShape: Record<TokenRateKey, typeof rate> = {
  text_input: rate,
  cached_text_input: rate,
  image_input: rate,
  cached_image_input: rate,
  image_output: rate,
  text_output: rate
}
const tokenRates = z.strictObject(tokenRateShape)
/** USD per 1M tokens; null where the model does not bill that kind of token. */
export type TokenRates = z.output<typeof tokenRates>

const sizeRule = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('fixed'), sizes: z.array(size) }),
  z.strictObject({
    kind: z.literal('flexible'),
    multiple_of: positiveInt,
    max_edge: positiveInt,
    max_aspect_ratio: z.number().check(z.gte(1)),
    min_pixels: positiveInt,
    max_pixels: positiveInt,
    experimental_above_pixels: positiveInt
  }),
  /** Any WxH: the sources publish no limits, so sizes are priced but not checked (the provenance says so). */
  z.strictObject({ kind: z.literal('unlisted') })
])
export type SizeRule = z.output<typeof sizeRule>

const qualityFactors = z.partialRecord(quality, nonNegative)
const outputTokenRule = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('table'), tokens: qualitySizeTable }),
  /**
   * tokens = ceil(q * floor((2qS + L) / 2L) * (2,000,000 + w*h) / 4,000,000), then times the
   * quality's multiplier where one is given (rounded up).
   */
  z.strictObject({ kind: z.literal('formula'), quality_factor: qualityFactors, multiplier: z.optional(qualityFactors) })
])
export type OutputTokenRule = z.output<typeof outputTokenRule>

const inputImageRule = z.discriminatedUnion('kind', [
  /** Scale so the shortest side is tile_px, count tiles; high fidelity adds a fixed amount. */
  z.strictObject({
    kind: z.literal('tiles'),
    tile_px: positiveInt,
    base_tokens: nonNegative,
    tokens_per_tile: nonNegative,
    high_fidelity_square: nonNegative,
    high_fidelity_other: nonNegative
  }),
  /**
   * Count patch_px patches, capped at max_patches. Inputs whose long side is below
   * min_long_side_px are scaled up to it first, and the aspect ratio is clamped to
   * 1:max_aspect_ratio..max_aspect_ratio:1 (the short side is raised).
   */
  z.strictObject({
    kind: z.literal('patches'),
    patch_px: positiveInt,
    max_patches: positiveInt,
    min_long_side_px: z.optional(positiveInt),
    max_aspect_ratio: z.optional(z.number().check(z.gte(1)))
  }),
  z.strictObject({ kind: z.literal('none') }),
  /** Billed per input megapixel, at megapixel_prices.input_mp_usd (FLUX.2 edits). */
  z.strictObject({ kind: z.literal('megapixels') })
])
export type InputImageRule = z.output<typeof inputImageRule>

/**
 * Per-megapixel pricing (FLUX.2): first output megapixel, each further output megapixel, each input
 * megapixel; how many pixels make a megapixel, and whether a part of one is billed whole or pro rata.
 */
const megapixelPrices = z.strictObject({
  first_mp_usd: nonNegative,
  extra_mp_usd: nonNegative,
  input_mp_usd: nonNegative,
  pixels_per_megapixel: positiveInt,
  partial_megapixel: z.enum(['whole', 'pro_rata'])
})
export type MegapixelPrices = z.output<typeof megapixelPrices>

const lifecycleShape = {
  /** The day the model (its first snapshot) became available; null where no source gives one. */
  release_date: z.nullable(isoDate),
  /** The day the shutdown was announced: the model is deprecated from then on. */
  notice_date: z.nullable(isoDate),
  shutdown_date: z.nullable(isoDate),
  replacements: z.array(text),
  replacement_note: z.optional(text)
}
const lifecycle = z.strictObject(lifecycleShape)
export type Lifecycle = z.output<typeof lifecycle>

/** Per tier: the limit, null where none is published, or "unsupported" where the tier may not use the model. */
const tierLadder = z.record(z.enum(TIERS), z.union([z.nullable(nonNegative), z.literal('unsupported')]))
export type TierLadder = z.output<typeof tierLadder>

const outputFormats = z.strictObject({
  /** Formats priced like any image. */
  priced: z.array(z.enum(OUTPUT_FORMATS)),
  /** Formats the model outputs whose billing is not published: a workload that asks for one is an error. */
  not_priced: z.array(z.enum(OUTPUT_FORMATS))
})

const complexity = z.strictObject({ values: z.array(z.enum(COMPLEXITIES)), default: z.enum(COMPLEXITIES), extra_cost: z.boolean() })

/**
 * A capability: true or false as a source states it. Left out (or null) where no source states it:
 * the model is then ineligible for a workload that needs it, "not documented".
 */
const capability = z.optional(sourced(z.nullable(z.boolean())))
const capabilityShape = {
  batch: capability,
  edits: capability,
  text_output: capability,
  partial_images: capability,
  transparent_background: capability,
  /** How many input images keep high fidelity: a count, or "all". */
  high_fidelity_inputs: z.optional(sourced(z.nullable(z.union([z.int().check(z.nonnegative()), z.literal('all')])))),
  /** Whether the API takes an input_fidelity parameter for this model. */
  input_fidelity_parameter: capability,
  /**
   * Several input images in one request. Left out on OpenAI's entries, which predate it: there the
   * edits capability decides (the image guide describes edits with several inputs).
   */
  multi_image_input: capability,
  /** Vector (SVG) output. */
  vector_output: capability
}

/** Every group of a complete model. */
const modelShape = {
  /** Other ids that name the same model (dated snapshots). */
  aliases: sourced(z.array(text)),
  lifecycle: sourced(lifecycle),
  qualities: sourced(z.array(quality)),
  /** How quality "auto" is billed. */
  auto_quality: z.optional(sourced(quality)),
  sizes: sourced(sizeRule),
  output_formats: z.optional(sourced(outputFormats)),
  /** A request setting that changes nothing on the bill. */
  complexity: z.optional(sourced(complexity)),
  token_rates: z.nullable(sourced(tokenRates)),
  /** Published USD per output image, where the provider lists one. */
  image_prices: z.nullable(sourced(qualitySizeTable)),
  /** USD per vector (SVG) output image, where the model outputs vectors at their own price (Recraft V3). */
  vector_prices: z.optional(z.nullable(sourced(qualitySizeTable))),
  megapixel_prices: z.optional(z.nullable(sourced(megapixelPrices))),
  /** Output tokens per image, for pricing without a per-image table and for TPM checks. */
  output_tokens: z.nullable(sourced(outputTokenRule)),
  input_images: sourced(inputImageRule),
  capabilities: z.strictObject(capabilityShape),
  tier_limits: z.nullable(z.strictObject({ images_per_minute: sourced(tierLadder), tokens_per_minute: sourced(tierLadder) }))
}

/** The same groups, each optional, for a team catalog that changes some figures of a model. */
const partialModelShape = {
  ...mapOptional(modelShape),
  lifecycle: z.optional(sourced(z.partial(lifecycle))),
  token_rates: z.optional(z.nullable(sourced(z.partial(tokenRates)))),
  capabilities: z.optional(z.strictObject(capabilityShape)),
  tier_limits: z.optional(z.nullable(z.strictObject({ images_per_minute: z.optional(sourced(tierLadder)), tokens_per_minute: z.optional(sourced(tierLadder)) })))
}

function mapOptional<S extends Record<string, z.ZodMiniType>>(shape: S): { [K in keyof S]: z.ZodMiniOptional<S[K]> } {
  return Object.fromEntries(Object.entries(shape).map(([k, v]) => [k, z.optional(v)])) as { [K in keyof S]: z.ZodMiniOptional<S[K]> }
}

export const modelSchema = z.strictObject(modelShape)
export const partialModelSchema = z.strictObject(partialModelShape)
/** A model as a complete catalog holds it (the id is its key). */
export type CatalogModel = z.output<typeof modelSchema>
export type PartialCatalogModel = z.output<typeof partialModelSchema>

const sourceInfo = z.strictObject({
  title: text,
  url: z.optional(z.string()),
  /** Where the project's copy of the figures was read. */
  via: text
})
export type SourceInfo = z.output<typeof sourceInfo>

const providerShape = {
  name: z.optional(text),
  /** This provider serves another provider's models at that provider's list prices (Azure OpenAI). */
  prices_from: z.optional(z.enum(PROVIDERS)),
  /** Said in every report priced for this provider. */
  pricing_note: z.optional(sourced(text)),
  /** Where the list of models a prices_from provider offers comes from (models it does not list are not offered). */
  offered_models: z.optional(provenanceSchema),
  /** A published limit on requests (or images) in progress at once, checked against workloads' peak_concurrent_requests. */
  concurrency: z.optional(sourced(z.strictObject({ limit: positiveInt, counts: z.enum(['requests', 'images']) }))),
  models: z.optional(z.record(text, partialModelSchema))
}

const globals = {
  /** Monthly usage limit per tier (USD). */
  monthly_usage_limits: sourced(z.record(z.enum(TIERS), nonNegative)),
  /** Image output tokens billed per streamed partial image. */
  partial_image_tokens: sourced(nonNegative),
  hours_per_month: sourced(z.number().check(z.positive())),
  /** Share of every component the Batch API takes off. */
  batch_discount: sourced(z.number().check(z.gte(0), z.lte(1)))
}

/** Any catalog file: the built-in one (complete) or a team's (complete or partial). */
export const catalogFileSchema = z.strictObject({
  $schema: z.optional(z.string()),
  schema_version: z.literal(CATALOG_SCHEMA_VERSION),
  /** The day the file's figures were last checked. */
  as_of: isoDate,
  currency: z.optional(z.literal('USD')),
  /** What this file is, shown in reports (e.g. "Acme's negotiated prices"). */
  title: z.optional(text),
  sources: z.optional(z.record(text, sourceInfo)),
  providers: z.optional(z.partialRecord(z.enum(PROVIDERS), z.strictObject(providerShape))),
  ...mapOptional(globals)
})
export type CatalogFile = z.output<typeof catalogFileSchema>
export type ProviderEntry = NonNullable<NonNullable<CatalogFile['providers']>[ProviderId]>

/** What a complete catalog must hold once every file is merged (checked by merge.ts). */
export const completeGlobalsSchema = z.object(globals)
