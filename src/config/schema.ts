/**
 * The config file's schema: the single source of truth for its types, its validation and the
 * published JSON Schema (schema/image-cost.schema.json).
 */
import * as z from 'zod/mini'
import { BUILTIN_CATALOG } from '../catalog/data.js'
import { REQUIREMENTS } from '../catalog/capabilities.js'
import { allModelIds } from '../catalog/lookup.js'
import { COMPLEXITIES, OUTPUT_FORMATS, PROVIDERS, QUALITIES } from '../catalog/vocabulary.js'
import { duplicateNameMessage, duplicateNames } from './unique-names.js'
import { describeFound } from './errors.js'

/** A copy of the schema with a description (for the JSON Schema); the original stays as it was. */
function described<T extends z.ZodMiniType>(schema: T, description: string, examples?: readonly string[]): T {
  const copy = schema.clone()
  z.globalRegistry.add(copy, examples ? { description, examples: [...examples] } : { description })
  return copy
}

/** The description given with described(). */
function descriptionOf(schema: z.ZodMiniType): string | undefined {
  return z.globalRegistry.get(schema)?.description
}

export const CONFIG_VERSION = 1
export const MODEL_IDS = allModelIds(BUILTIN_CATALOG) as [string, ...string[]]

/**
 * Model ids are checked against the run's catalog when the config is resolved (a team catalog may
 * add models); the JSON Schema offers the built-in ones as examples for editors to complete.
 */
const modelId = z.string().check(z.minLength(1))
const modelKey = z.string()
const quality = z.enum(QUALITIES)
const size = z.string().check(z.regex(/^([1-9][0-9]*x[1-9][0-9]*|[1-9][0-9]*K)$/, { message: 'a size written WxH, e.g. 1024x1024 (or a resolution such as 1K on Gemini models)' }))
/**
 * Upper bounds far beyond any real workload, so that every figure the engine computes stays a
 * finite number: a typo such as 1e308 is an error at its line, not an "Infinity" in the report.
 */
export const LIMITS = {
  images: 1e12,
  tokens: 1e8,
  perRequest: 1000,
  usd: 1e15,
  percent: 1e9,
  pricePerUnit: 1e6
} as const
const usd = z.number().check(z.nonnegative(), z.maximum(LIMITS.usd))
const volume = z.number().check(z.nonnegative(), z.maximum(LIMITS.images))
const rate = z.number().check(z.minimum(0), z.lt(1))
const tokens = z.int().check(z.nonnegative(), z.maximum(LIMITS.tokens))
const share = z.number().check(z.minimum(0), z.maximum(1))

/** Every field a workload may set; `defaults` may set any of them too. */
const workloadFields = {
  provider: described(
    z.enum(PROVIDERS),
    'Who serves the workload: openai | azure (the organization\'s provider, the default), or another vendor: bfl | ideogram | recraft | google | stability. Its model is then that vendor\'s own id.'
  ),
  model: described(modelId, 'Catalog model id, e.g. gpt-image-2, or another vendor\'s id with provider (or written provider/model, e.g. bfl/flux-2-pro); run `image-cost-gate models` for the list.', MODEL_IDS),
  images_per_month: described(volume, 'Delivered (accepted) images per month. Set this or images_per_day.'),
  images_per_day: described(volume, 'Delivered images per day; multiplied by 30.4167 (730 h / 24). Set this or images_per_month.'),
  quality: described(
    quality,
    'Output quality: low | medium | high | auto (priced as high), xhigh | max on gpt-image-2.5/2.6, standard | hd on dall-e-3; low | medium | high on Ideogram (TURBO, DEFAULT, QUALITY). Left out on models with no quality setting (FLUX, Recraft, Stability, Gemini).'
  ),
  size: described(size, 'Output size WxH, validated against the model\'s sizes (1K | 2K | 4K on Gemini models).'),
  images_per_request: described(z.int().check(z.minimum(1), z.maximum(LIMITS.perRequest)), 'Images per request (the API\'s n). Default 1.'),
  prompt_tokens: described(tokens, 'Text input tokens per request. Default 0.'),
  cached_prompt_share: described(share, 'Share (0..1) of prompt tokens billed at the cached text-input rate. Default 0.'),
  input_images: described(z.int().check(z.nonnegative(), z.maximum(LIMITS.perRequest)), 'Reference or edit images sent per request. Default 0.'),
  input_image_size: described(size, 'Size WxH of each input image. Default: the output size.'),
  input_fidelity: described(z.enum(['low', 'high']), 'Input fidelity: low | high. Default low. gpt-image-2 models always use high.'),
  input_image_tokens: described(tokens, 'Override of the tokens billed per input image (replaces the catalog rule).'),
  partial_images: described(z.int().check(z.minimum(0), z.maximum(3)), 'Streamed partial previews per image, 0..3; each bills 100 image-output tokens. Default 0.'),
  text_output_tokens: described(tokens, 'Text output tokens per request, only for models that output text. Default 0.'),
  retry_rate: described(
    z.union([rate, z.record(modelKey, rate)]),
    'Share of generations rejected and regenerated, 0 <= r < 1. Default 0. A map gives a rate per model for pricing alternatives, e.g. { default: 0.1, gpt-image-1-mini: 0.35 }.'
  ),
  requires: described(
    z.array(z.enum(REQUIREMENTS)),
    'Capabilities the workload needs; models without them are never suggested: text_output, multi_image_fidelity, edits, batch, transparent_background.'
  ),
  batch: described(z.boolean(), 'Run through the Batch API: 50% off every component and no per-minute limits. Default false.'),
  peak_images_per_minute: described(volume, 'Peak images generated per minute (retries included), for tier checks. Default: billed images per month / 43,800.'),
  peak_concurrent_requests: described(
    z.int().check(z.nonnegative(), z.maximum(LIMITS.images)),
    'Peak requests in progress at once, checked against a vendor\'s published concurrency limit (Black Forest Labs 24 requests, Ideogram 10 images). Not checked when left out.'
  ),
  budget_usd: described(usd, 'This workload\'s monthly cap in USD: a projected cost above it is an error.'),
  openai_project: described(
    z.string().check(z.regex(/^proj_[A-Za-z0-9_-]+$/, { message: 'an OpenAI project id, e.g. proj_abc123' })),
    'The OpenAI project the workload runs in (proj_...): a usage snapshot\'s costs for that project are compared with the workloads that name it.'
  ),
  complexity: described(z.enum(COMPLEXITIES), 'gpt-image-2.6 only: the complexity setting (low | medium | high); no extra charge.'),
  output_format: described(
    z.enum(OUTPUT_FORMATS),
    'Output format: png | jpeg | webp (priced alike); gif | svg are errors where the model outputs them but their billing is not published.'
  )
}

type WorkloadFieldSchemas = typeof workloadFields
type Optionalized = { [K in keyof WorkloadFieldSchemas]: z.ZodMiniOptional<WorkloadFieldSchemas[K]> }

function optionalFields(): Optionalized {
  const entries = Object.entries(workloadFields).map(([key, schema]) => [key, optional(schema, descriptionOf(schema) ?? key)])
  return Object.fromEntries(entries) as Optionalized
}

/** An optional field, described on the optional wrapper (where the JSON Schema reads it). */
function optional<T extends z.ZodMiniType>(schema: T, description?: string): z.ZodMiniOptional<T> {
  const wrapper = z.optional(schema)
  return description === undefined ? wrapper : described(wrapper, description)
}

export const WORKLOAD_FIELD_NAMES = Object.keys(workloadFields) as (keyof WorkloadFieldSchemas)[]

export const workloadSchema = described(
  z.strictObject({
    name: described(z.string().check(z.minLength(1)), 'Unique name of the workload, shown in reports.'),
    ...optionalFields()
  }),
  'One image-generation workload. model, quality, size and a volume must come from here or from defaults.'
)

const defaultsSchema = described(z.strictObject(optionalFields()), 'Values for any workload field but name; a workload\'s own value wins.')

const rateLimitSchema = described(
  z.strictObject({
    images_per_minute: optional(volume, 'Images per minute the organization may generate on this model.'),
    tokens_per_minute: optional(z.number().check(z.nonnegative(), z.maximum(LIMITS.usd)), 'Tokens per minute the organization may use on this model.')
  }),
  'Custom rate limits for one model; they replace the tier\'s.'
)

const organizationSchema = described(
  z.strictObject({
    id: optional(
      z.string().check(z.minLength(1)),
      'Which organization this is, when a run prices several configs: configs with the same id (or none) share its limits, checked on their sum.'
    ),
    tier: optional(
      z.union([z.literal('free'), z.literal(1), z.literal(2), z.literal(3), z.literal(4), z.literal(5)]),
      'OpenAI usage tier: free | 1 | 2 | 3 | 4 | 5. Omit to skip tier checks.'
    ),
    provider: optional(z.enum(PROVIDERS), 'Who serves the workloads: openai (default) or azure (Azure OpenAI: Microsoft\'s retirement schedule, OpenAI\'s list prices).'),
    limits: optional(z.record(modelKey, rateLimitSchema), 'Per-model custom limits that replace the tier\'s (e.g. granted by OpenAI).'),
    monthly_usage_limit_usd: optional(usd, 'Replaces the tier\'s monthly usage limit (USD).')
  }),
  'The OpenAI organization the workloads run under.'
)

const budgetSchema = described(
  z.strictObject({
    monthly_usd: optional(usd, 'Projected monthly total above this is an error (USD).'),
    warn_at_percent: optional(z.number().check(z.gt(0), z.maximum(100)), 'A total at or above this share of monthly_usd is a warning. Default 80.'),
    max_increase_usd: optional(usd, 'Head total minus base total above this is an error (USD).'),
    max_increase_percent: optional(
      z.number().check(z.nonnegative(), z.maximum(LIMITS.percent)),
      'Head total above base total by more than this percent is an error (only when the base total is above 0).'
    ),
    models: optional(z.record(modelKey, usd), 'Per-model monthly caps in USD: a model total above its cap is an error.')
  }),
  'Budget thresholds enforced by the gate.'
)

const usageSchema = described(
  z.strictObject({
    snapshot: optional(z.string().check(z.minLength(1)), 'A usage snapshot file (`image-cost-gate usage sync`), relative to this config: projected against actual.'),
    measured: optional(z.string().check(z.minLength(1)), 'A measured-tokens file (`image-cost-gate usage import`), relative to this config: workloads are priced from the team\'s mean output tokens per image.'),
    drift_warn_percent: optional(z.number().check(z.gt(0), z.maximum(LIMITS.percent)), 'A projection that differs from the actual figure by more than this percent, either way, is a usage.drift warning. Default 25.'),
    max_age_days: optional(z.int().check(z.minimum(1), z.maximum(3650)), 'A snapshot fetched more than this many days before the run\'s date is a usage.stale warning. Default 14.')
  }),
  'What the organization actually used: a usage snapshot and measured tokens.'
)

const routingSchema = described(
  z.strictObject({
    providers: optional(
      z.array(z.enum(PROVIDERS)).check(z.minLength(1)),
      'Vendors whose models are offered as alternatives to every workload, beside its own vendor\'s (e.g. [openai, bfl, ideogram]). Default: only its own vendor, since changing vendor is a migration.'
    )
  }),
  'How alternatives are chosen for the routing table and fixes.'
)

const pricePerMillion = z.nullable(z.number().check(z.nonnegative(), z.maximum(LIMITS.pricePerUnit)))
const tokenRatesSchema = described(
  z.strictObject({
    text_input: optional(pricePerMillion, 'USD per 1M text input tokens.'),
    cached_text_input: optional(pricePerMillion, 'USD per 1M cached text input tokens.'),
    image_input: optional(pricePerMillion, 'USD per 1M image input tokens.'),
    cached_image_input: optional(pricePerMillion, 'USD per 1M cached image input tokens.'),
    image_output: optional(pricePerMillion, 'USD per 1M image output tokens.'),
    text_output: optional(pricePerMillion, 'USD per 1M text output tokens (null: the model outputs no text).')
  }),
  'Token rates that replace the catalog\'s, USD per 1M tokens.'
)

const modelPricingSchema = described(
  z.strictObject({
    token_rates: optional(tokenRatesSchema),
    image_prices: optional(
      z.partialRecord(z.union([quality, z.literal('any')]), described(z.record(size, z.number().check(z.nonnegative(), z.maximum(LIMITS.pricePerUnit))), 'Size WxH (or a resolution such as 1K) -> USD per image.')),
      'Per-image prices that replace the catalog\'s: quality (any: a model with no quality setting) -> size -> USD per image.'
    ),
    source: optional(z.string(), 'Where these figures come from (shown in the report).')
  }),
  'Price overrides for one model.'
)

/** `catalog` names a file; every other key is a model with a mapping of overrides. */
export function pricingEntryProblems(pricing: Record<string, unknown>): { key: string; message: string }[] {
  const problems: { key: string; message: string }[] = []
  for (const [key, value] of Object.entries(pricing)) {
    if ((key === 'catalog') === (typeof value === 'string')) continue
    problems.push({ key, message: key === 'catalog' ? `expected the path of a team catalog file, found ${describeFound(value)}` : `expected a mapping, found ${describeFound(value)}` })
  }
  return problems
}
const pricingEntryKinds = z.superRefine(
  (pricing: Record<string, unknown>, ctx) => {
    for (const { key, message } of pricingEntryProblems(pricing)) ctx.addIssue({ code: 'custom', path: [key], message })
  },
  // Also when an entry has other errors: every error of the section in one pass.
  { when: (payload) => payload.value !== null && typeof payload.value === 'object' }
)

/** Duplicate names are an error at the second one, pointing back at the first. */
const uniqueNames = z.superRefine((workloads: { name: string }[], ctx) => {
  for (const { index, first, name } of duplicateNames(workloads)) {
    ctx.addIssue({ code: 'custom', path: [index, 'name'], message: duplicateNameMessage(name, first) })
  }
})

export const configSchema = described(
  z.strictObject({
    version: described(z.literal(CONFIG_VERSION), 'Config format version. Must be 1.'),
    organization: optional(organizationSchema),
    budget: optional(budgetSchema),
    usage: optional(usageSchema),
    routing: optional(routingSchema),
    defaults: optional(defaultsSchema),
    pricing: optional(
      z.record(modelKey, z.union([described(z.string(), 'catalog: path of a team catalog file, relative to this config.'), modelPricingSchema])).check(pricingEntryKinds),
      'A team catalog (catalog: PATH, relative to this file) and per-model overrides of the catalog\'s rates and per-image prices (prices change faster than releases).'
    ),
    workloads: described(z.array(workloadSchema).check(uniqueNames), 'The image-generation workloads to price.')
  }),
  'image-cost-gate configuration: image-generation workloads, budgets and the OpenAI organization.'
)

export type Config = z.output<typeof configSchema>
export type WorkloadInput = Config['workloads'][number]
export type WorkloadDefaults = NonNullable<Config['defaults']>
export type BudgetConfig = NonNullable<Config['budget']>
export type OrganizationConfig = NonNullable<Config['organization']>
export type UsageConfig = NonNullable<Config['usage']>
export type RoutingConfig = NonNullable<Config['routing']>
export type PricingOverrides = NonNullable<Config['pricing']>
export type ModelPricingOverride = Exclude<NonNullable<PricingOverrides[string]>, string>

