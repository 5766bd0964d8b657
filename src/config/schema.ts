/**
 * The config file's schema: the single source of truth for its types, its validation and the
 * published JSON Schema (schema/image-cost.schema.json).
 */
import { z } from 'zod'
import { BUILTIN_CATALOG } from '../catalog/data.js'
import { REQUIREMENTS } from '../catalog/capabilities.js'
import { allModelIds } from '../catalog/lookup.js'
import { QUALITIES } from '../catalog/types.js'

export const CONFIG_VERSION = 1
export const MODEL_IDS = allModelIds(BUILTIN_CATALOG) as [string, ...string[]]

const modelId = z.enum(MODEL_IDS)
const quality = z.enum(QUALITIES)
const size = z.string().regex(/^[1-9][0-9]*x[1-9][0-9]*$/, { message: 'a size written WxH, e.g. 1024x1024' })
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
const usd = z.number().nonnegative().max(LIMITS.usd)
const volume = z.number().nonnegative().max(LIMITS.images)
const rate = z.number().min(0).lt(1)
const tokens = z.int().nonnegative().max(LIMITS.tokens)
const share = z.number().min(0).max(1)

/** Every field a workload may set; `defaults` may set any of them too. */
const workloadFields = {
  model: modelId.describe('Catalog model id, e.g. gpt-image-2 (run `image-cost-gate models` for the list).'),
  images_per_month: volume.describe('Delivered (accepted) images per month. Set this or images_per_day.'),
  images_per_day: volume.describe('Delivered images per day; multiplied by 30.4167 (730 h / 24). Set this or images_per_month.'),
  quality: quality.describe('Output quality: low | medium | high | auto (priced as high), xhigh | max on gpt-image-2.5/2.6, standard | hd on dall-e-3.'),
  size: size.describe('Output size WxH, validated against the model\'s sizes.'),
  images_per_request: z.int().min(1).max(LIMITS.perRequest).describe('Images per request (the API\'s n). Default 1.'),
  prompt_tokens: tokens.describe('Text input tokens per request. Default 0.'),
  cached_prompt_share: share.describe('Share (0..1) of prompt tokens billed at the cached text-input rate. Default 0.'),
  input_images: z.int().nonnegative().max(LIMITS.perRequest).describe('Reference or edit images sent per request. Default 0.'),
  input_image_size: size.describe('Size WxH of each input image. Default: the output size.'),
  input_fidelity: z.enum(['low', 'high']).describe('Input fidelity: low | high. Default low. gpt-image-2 models always use high.'),
  input_image_tokens: tokens.describe('Override of the tokens billed per input image (replaces the catalog rule).'),
  partial_images: z.int().min(0).max(3).describe('Streamed partial previews per image, 0..3; each bills 100 image-output tokens. Default 0.'),
  text_output_tokens: tokens.describe('Text output tokens per request, only for models that output text. Default 0.'),
  retry_rate: z
    .union([rate, z.partialRecord(z.enum(['default', ...MODEL_IDS]), rate)])
    .describe(
      'Share of generations rejected and regenerated, 0 <= r < 1. Default 0. A map gives a rate per model for pricing alternatives, e.g. { default: 0.1, gpt-image-1-mini: 0.35 }.'
    ),
  requires: z
    .array(z.enum(REQUIREMENTS))
    .describe('Capabilities the workload needs; models without them are never suggested: text_output, multi_image_fidelity, edits, batch, transparent_background.'),
  batch: z.boolean().describe('Run through the Batch API: 50% off every component and no per-minute limits. Default false.'),
  peak_images_per_minute: volume.describe('Peak images generated per minute (retries included), for tier checks. Default: billed images per month / 43,800.'),
  budget_usd: usd.describe('This workload\'s monthly cap in USD: a projected cost above it is an error.')
}

type WorkloadFieldSchemas = typeof workloadFields
type Optionalized = { [K in keyof WorkloadFieldSchemas]: z.ZodOptional<WorkloadFieldSchemas[K]> }

function optionalFields(): Optionalized {
  const entries = Object.entries(workloadFields).map(([key, schema]) => [
    key,
    schema.optional().describe(schema.description ?? key)
  ])
  return Object.fromEntries(entries) as Optionalized
}

export const WORKLOAD_FIELD_NAMES = Object.keys(workloadFields) as (keyof WorkloadFieldSchemas)[]

const workloadSchema = z
  .strictObject({
    name: z.string().min(1).describe('Unique name of the workload, shown in reports.'),
    ...optionalFields()
  })
  .describe('One image-generation workload. model, quality, size and a volume must come from here or from defaults.')

const defaultsSchema = z
  .strictObject(optionalFields())
  .describe('Values for any workload field but name; a workload\'s own value wins.')

const rateLimitSchema = z
  .strictObject({
    images_per_minute: volume.optional().describe('Images per minute the organization may generate on this model.'),
    tokens_per_minute: z.number().nonnegative().max(LIMITS.usd).optional().describe('Tokens per minute the organization may use on this model.')
  })
  .describe('Custom rate limits for one model; they replace the tier\'s.')

const organizationSchema = z
  .strictObject({
    tier: z
      .union([z.literal('free'), z.literal(1), z.literal(2), z.literal(3), z.literal(4), z.literal(5)])
      .optional()
      .describe('OpenAI usage tier: free | 1 | 2 | 3 | 4 | 5. Omit to skip tier checks.'),
    limits: z
      .partialRecord(modelId, rateLimitSchema)
      .optional()
      .describe('Per-model custom limits that replace the tier\'s (e.g. granted by OpenAI).'),
    monthly_usage_limit_usd: usd.optional().describe('Replaces the tier\'s monthly usage limit (USD).')
  })
  .describe('The OpenAI organization the workloads run under.')

const budgetSchema = z
  .strictObject({
    monthly_usd: usd.optional().describe('Projected monthly total above this is an error (USD).'),
    warn_at_percent: z
      .number()
      .gt(0)
      .max(100)
      .optional()
      .describe('A total at or above this share of monthly_usd is a warning. Default 80.'),
    max_increase_usd: usd.optional().describe('Head total minus base total above this is an error (USD).'),
    max_increase_percent: z.number().nonnegative().max(LIMITS.percent)
      .optional()
      .describe('Head total above base total by more than this percent is an error (only when the base total is above 0).'),
    models: z.partialRecord(modelId, usd).optional().describe('Per-model monthly caps in USD: a model total above its cap is an error.')
  })
  .describe('Budget thresholds enforced by the gate.')

const pricePerMillion = z.number().nonnegative().max(LIMITS.pricePerUnit).nullable()
const tokenRatesSchema = z
  .strictObject({
    text_input: pricePerMillion.optional().describe('USD per 1M text input tokens.'),
    cached_text_input: pricePerMillion.optional().describe('USD per 1M cached text input tokens.'),
    image_input: pricePerMillion.optional().describe('USD per 1M image input tokens.'),
    cached_image_input: pricePerMillion.optional().describe('USD per 1M cached image input tokens.'),
    image_output: pricePerMillion.optional().describe('USD per 1M image output tokens.'),
    text_output: pricePerMillion.optional().describe('USD per 1M text output tokens (null: the model outputs no text).')
  })
  .describe('Token rates that replace the catalog\'s, USD per 1M tokens.')

const modelPricingSchema = z
  .strictObject({
    token_rates: tokenRatesSchema.optional(),
    image_prices: z
      .partialRecord(quality, z.record(size, z.number().nonnegative().max(LIMITS.pricePerUnit)).describe('Size WxH -> USD per image.'))
      .optional()
      .describe('Per-image prices that replace the catalog\'s: quality -> size -> USD per image.'),
    source: z.string().optional().describe('Where these figures come from (shown in the report).')
  })
  .describe('Price overrides for one model.')

export const configSchema = z
  .strictObject({
    version: z.literal(CONFIG_VERSION).describe('Config format version. Must be 1.'),
    organization: organizationSchema.optional(),
    budget: budgetSchema.optional(),
    defaults: defaultsSchema.optional(),
    pricing: z
      .partialRecord(modelId, modelPricingSchema)
      .optional()
      .describe('Per-model overrides of the catalog\'s rates and per-image prices (prices change faster than releases).'),
    workloads: z
      .array(workloadSchema)
      .superRefine((workloads, ctx) => {
        const seen = new Map<string, number>()
        workloads.forEach((w, i) => {
          const first = seen.get(w.name)
          if (first === undefined) seen.set(w.name, i)
          else
            ctx.addIssue({
              code: 'custom',
              path: [i, 'name'],
              message: `duplicate workload name "${w.name}" (first used by workloads[${first}]); expected unique names`
            })
        })
      })
      .describe('The image-generation workloads to price.')
  })
  .describe('image-cost-gate configuration: image-generation workloads, budgets and the OpenAI organization.')

export type Config = z.infer<typeof configSchema>
export type WorkloadInput = Config['workloads'][number]
export type WorkloadDefaults = NonNullable<Config['defaults']>
export type BudgetConfig = NonNullable<Config['budget']>
export type OrganizationConfig = NonNullable<Config['organization']>
export type PricingOverrides = NonNullable<Config['pricing']>
export type ModelPricingOverride = NonNullable<PricingOverrides[string]>


/** The JSON Schema (draft-07) generated from the zod schema. */
export function configJsonSchema(): Record<string, unknown> {
  const generated = z.toJSONSchema(configSchema, { target: 'draft-07', io: 'input' }) as Record<string, unknown>
  return { ...generated, title: 'image-cost-gate config' }
}
