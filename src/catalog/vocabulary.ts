/**
 * The catalog's fixed lists of names (qualities, tiers, providers, ...). Apart from schema.ts so
 * that a run, which trusts the built-in catalog, does not build the catalog file's zod schema
 * (about 9 ms at start-up); schema.ts builds its enums from these lists.
 */
export const CATALOG_SCHEMA_VERSION = 1

/**
 * official: the provider's own page (or a seed article quoting one); derived: arithmetic on
 * official figures; community: measured or reverse-engineered by users; estimate: unconfirmed;
 * relay: an aggregator quoting the provider's list price; secondary: a third party's table;
 * measured: the team's own logs; override: a figure a config or team catalog replaced.
 */
export const CONFIDENCES = ['official', 'derived', 'community', 'estimate', 'relay', 'secondary', 'measured', 'override'] as const
export type Confidence = (typeof CONFIDENCES)[number]

export const QUALITIES = ['low', 'medium', 'high', 'auto', 'xhigh', 'max', 'standard', 'hd'] as const
export type Quality = (typeof QUALITIES)[number]

export const TIERS = ['free', '1', '2', '3', '4', '5'] as const
export type Tier = (typeof TIERS)[number]

export const OUTPUT_FORMATS = ['png', 'jpeg', 'webp', 'gif', 'svg'] as const
export type OutputFormat = (typeof OUTPUT_FORMATS)[number]

export const COMPLEXITIES = ['low', 'medium', 'high'] as const

export const PROVIDERS = ['openai', 'azure', 'bfl', 'ideogram', 'recraft', 'google', 'stability'] as const
export type ProviderId = (typeof PROVIDERS)[number]

/** The kinds of token a model's token rates price (USD per 1M tokens). */
export const TOKEN_RATE_KEYS = ['text_input', 'cached_text_input', 'image_input', 'cached_image_input', 'image_output', 'text_output'] as const
export type TokenRateKey = (typeof TOKEN_RATE_KEYS)[number]
