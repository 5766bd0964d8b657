/**
 * A complete catalog file -> the catalog one provider's workloads are priced with. Pure.
 *
 * A provider that serves another provider's models (Azure OpenAI serves OpenAI's) lists only what
 * differs (its lifecycle); every other figure is the other provider's. A model it does not list is
 * still priced, and marked as not offered there.
 */
import type { CatalogFile, CatalogModel, PartialCatalogModel, ProviderEntry } from './schema.js'
import { mergeModel } from './merge.js'
import { CORE_CAPABILITIES, type AppliedCatalog, type Catalog, type ModelEntry, type ProviderInfo } from './types.js'
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

/** How a config names another vendor's model: `bfl/flux-2-pro`. */
export function qualifiedId(provider: ProviderId, id: string): string {
  return `${provider}/${id}`
}

/** A model as the view holds it; `vendor`: another vendor's, so its ids (and its replacements') are qualified. */
function entry(id: string, provider: ProviderId, model: CatalogModel, asOf: string, vendor = false): ModelEntry {
  const { aliases, lifecycle, capabilities, ...rest } = model
  const named = (own: string) => (vendor ? qualifiedId(provider, own) : own)
  const life = vendor ? { ...lifecycle, value: { ...lifecycle.value, replacements: lifecycle.value.replacements.map(named) } } : lifecycle
  const caps = { ...capabilities } as ModelEntry['capabilities']
  for (const key of CORE_CAPABILITIES) {
    if (!caps[key]) caps[key] = { value: null, provenance: { source: 'not-documented', checked_on: asOf, confidence: 'estimate', note: 'no source in the catalog states it' } }
  }
  return { id: named(id), provider, aliases: aliases.value.map(named), aliases_provenance: aliases.provenance, lifecycle: life, capabilities: caps, ...rest }
}

/**
 * The providers other than the config's own whose models a config may name (`provider: bfl`):
 * every vendor that prices its own models. A provider that serves another's models at that
 * provider's prices (Azure) is chosen with organization.provider instead.
 */
export function vendorProviders(file: CatalogFile, own: ProviderId): ProviderId[] {
  const ownEntry = file.providers?.[own]
  return (Object.keys(file.providers ?? {}) as ProviderId[]).filter((id) => id !== own && id !== ownEntry?.prices_from && !file.providers?.[id]?.prices_from)
}

/**
 * The catalog one provider's workloads are priced with. The file must be complete (every global
 * and every group of every model): the built-in one is checked by the tests, a team's by its
 * loader (completeness.ts), so a run does not check it again.
 */
export function catalogView(file: CatalogFile, provider: ProviderId, applied: readonly AppliedCatalog[] = []): Catalog {
  const { own, models: offered } = providerModels(file, provider)
  const models = offered.map(({ id, model, listed }) => {
    const view = entry(id, provider, model as CatalogModel, file.as_of)
    if (!listed) {
      view.unavailable = {
        value: `${id} is not offered on ${own.name ?? provider}`,
        provenance: own.offered_models ?? { source: 'catalog', checked_on: file.as_of, confidence: 'estimate', note: 'not listed for this provider' }
      }
    }
    return view
  })
  const providers: ProviderInfo[] = [providerInfo(provider, own)]
  for (const vendor of vendorProviders(file, provider)) {
    const { own: vendorEntry, models: vendorModels } = providerModels(file, vendor)
    providers.push(providerInfo(vendor, vendorEntry))
    for (const { id, model } of vendorModels) models.push(entry(id, vendor, model as CatalogModel, file.as_of, true))
  }
  const complete = file as Required<Pick<CatalogFile, 'monthly_usage_limits' | 'partial_image_tokens' | 'hours_per_month' | 'batch_discount'>>
  return {
    as_of: file.as_of,
    currency: 'USD',
    provider,
    provider_name: own.name ?? provider,
    providers,
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

function providerInfo(id: ProviderId, own: ProviderEntry): ProviderInfo {
  return { id, name: own.name ?? id, ...(own.concurrency ? { concurrency: own.concurrency } : {}) }
}
