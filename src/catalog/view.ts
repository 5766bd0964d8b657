/**
 * A complete catalog file -> the catalog one provider's workloads are priced with. Pure.
 *
 * A provider that serves another provider's models (Azure OpenAI serves OpenAI's) lists only what
 * differs (its lifecycle); every other figure is the other provider's. A model it does not list is
 * still priced, and marked as not offered there.
 */
import type { CatalogFile, CatalogModel, PartialCatalogModel, ProviderEntry } from './schema.js'
import { mergeModel } from './merge.js'
import type { AppliedCatalog, Catalog, ModelEntry } from './types.js'
import type { ProviderId } from './vocabulary.js'

/** A catalog file that lacks a provider, or whose provider takes its prices from a provider it lacks. */
export class IncompleteCatalogError extends Error {}

/** A model as one provider offers it: its figures (merged over the provider it takes its prices from) and whether it is listed. */
export interface ProviderModel {
  id: string
  model: PartialCatalogModel
  /** False where a prices_from provider does not list the model: priced, but not offered there. */
  listed: boolean
}

/** The provider's own entry and its models, before any check of their completeness. */
export function providerModels(file: CatalogFile, provider: ProviderId): { own: ProviderEntry; models: ProviderModel[] } {
  const own = file.providers?.[provider]
  if (!own) throw new IncompleteCatalogError(`the catalog has no provider "${provider}"`)
  const from = own.prices_from ? file.providers?.[own.prices_from] : undefined
  if (own.prices_from && !from) throw new IncompleteCatalogError(`provider ${provider} takes its prices from "${own.prices_from}", which the catalog lacks`)
  const listed = own.models ?? {}
  if (!from) return { own, models: Object.entries(listed).map(([id, model]) => ({ id, model, listed: true })) }
  const models: ProviderModel[] = Object.entries(from.models ?? {}).map(([id, base]) => ({ id, model: mergeModel(base, listed[id] ?? {}), listed: id in listed }))
  for (const [id, model] of Object.entries(listed)) if (!from.models?.[id]) models.push({ id, model, listed: true })
  return { own, models }
}

function entry(id: string, model: CatalogModel): ModelEntry {
  const { aliases, ...rest } = model
  return { id, aliases: aliases.value, aliases_provenance: aliases.provenance, ...rest }
}

/**
 * The catalog one provider's workloads are priced with. The file must be complete (every global
 * and every group of every model): the built-in one is checked by the tests, a team's by its
 * loader (completeness.ts), so a run does not check it again.
 */
export function catalogView(file: CatalogFile, provider: ProviderId, applied: readonly AppliedCatalog[] = []): Catalog {
  const { own, models: offered } = providerModels(file, provider)
  const models = offered.map(({ id, model, listed }) => {
    const view = entry(id, model as CatalogModel)
    if (!listed) {
      view.unavailable = {
        value: `${id} is not offered on ${own.name ?? provider}`,
        provenance: own.offered_models ?? { source: 'catalog', checked_on: file.as_of, confidence: 'estimate', note: 'not listed for this provider' }
      }
    }
    return view
  })
  const complete = file as Required<Pick<CatalogFile, 'monthly_usage_limits' | 'partial_image_tokens' | 'hours_per_month' | 'batch_discount'>>
  return {
    as_of: file.as_of,
    currency: 'USD',
    provider,
    provider_name: own.name ?? provider,
    ...(own.pricing_note ? { pricing_note: own.pricing_note } : {}),
    models,
    monthly_usage_limits: complete.monthly_usage_limits,
    partial_image_tokens: complete.partial_image_tokens,
    hours_per_month: complete.hours_per_month,
    batch_discount: complete.batch_discount,
    sources: file.sources ?? {},
    applied: [...applied]
  }
}
