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

export interface ModelEntry extends Omit<CatalogModel, 'aliases'> {
  id: string
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

export interface Catalog {
  /** The built-in catalog's checked-on date. */
  as_of: string
  currency: 'USD'
  provider: ProviderId
  provider_name: string
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
