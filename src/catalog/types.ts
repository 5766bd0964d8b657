/**
 * The catalog as the pipeline reads it: one provider's models, with every figure still wrapped
 * with its provenance. Built from catalog files (schema.ts) by view.ts.
 */
import type { CatalogModel, Provenance, ProviderId, Sourced, SourceInfo } from './schema.js'

export type {
  Confidence,
  InputImageRule,
  Lifecycle,
  MegapixelPrices,
  OutputFormat,
  OutputTokenRule,
  Provenance,
  ProviderId,
  Quality,
  QualitySizeTable,
  SizeRule,
  Sourced,
  SourceInfo,
  Tier,
  TierLadder,
  TokenRates
} from './schema.js'
export { QUALITIES, TIERS, TOKEN_RATE_KEYS, OUTPUT_FORMATS, PROVIDERS } from './vocabulary.js'

type Capabilities = CatalogModel['capabilities']
/** The capabilities every entry holds once viewed: one a source does not state is null, "not documented". */
export const CORE_CAPABILITIES = ['batch', 'edits', 'text_output', 'partial_images', 'transparent_background', 'high_fidelity_inputs', 'input_fidelity_parameter'] as const
export type CoreCapability = (typeof CORE_CAPABILITIES)[number]

export interface ModelEntry extends Omit<CatalogModel, 'aliases' | 'capabilities'> {
  capabilities: Required<Pick<Capabilities, CoreCapability>> & Omit<Capabilities, CoreCapability>
  /** The id a config writes: the provider's own id for the config's provider, `provider/id` for another vendor's. */
  id: string
  /** Who serves it. */
  provider: ProviderId
  /** Other ids that name the same model (dated snapshots). */
  aliases: string[]
  aliases_provenance: Provenance
  /** Set when the catalog's provider does not offer this model: why, and where that comes from. */
  unavailable?: Sourced<string>
}

/** One figure a catalog file changed, as a dotted path within its model (or the catalog). */
export interface FigureChange {
  /** Model id, or null for a catalog-wide figure (monthly_usage_limits, batch_discount, ...). */
  model: string | null
  provider: ProviderId
  /** e.g. token_rates.image_output, lifecycle.shutdown_date, or (model) for an added model. */
  figure: string
  from: unknown
  to: unknown
}

/** A catalog file applied over the built-in one (a team catalog). */
export interface AppliedCatalog {
  path: string
  title?: string
  as_of: string
  changes: FigureChange[]
}

/** A provider whose models a catalog holds, with the limits it publishes. */
export interface ProviderInfo {
  id: ProviderId
  name: string
  /** Requests (or images) in progress at once, where the provider publishes a limit. */
  concurrency?: Sourced<{ limit: number; counts: 'requests' | 'images' }>
}

export interface Catalog {
  /** The built-in catalog's checked-on date. */
  as_of: string
  currency: 'USD'
  /** The config's own provider (organization.provider): its models keep their plain ids. */
  provider: ProviderId
  provider_name: string
  /** Every provider with models here: the config's own first, then the other vendors. */
  providers: ProviderInfo[]
  /** Said in every report priced for this provider (Azure: prices follow OpenAI's list). */
  pricing_note?: Sourced<string>
  models: ModelEntry[]
  monthly_usage_limits: Sourced<Record<'free' | '1' | '2' | '3' | '4' | '5', number>>
  partial_image_tokens: Sourced<number>
  hours_per_month: Sourced<number>
  batch_discount: Sourced<number>
  sources: Record<string, SourceInfo>
  /** Team catalogs applied, in order. */
  applied: AppliedCatalog[]
}
