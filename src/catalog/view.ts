/**
 * A complete catalog file -> the catalog one provider's workloads are priced with. Pure.
 *
 * A provider that serves another provider's models (Azure OpenAI serves OpenAI's) lists only what
 * differs (its lifecycle); every other figure is the other provider's. A model it does not list is
 * still priced, and marked as not offered there.
 */
import { completeGlobalsSchema, modelSchema, type CatalogFile, type CatalogModel, type ProviderId } from './schema.js'
import { mergeModel } from './merge.js'
import type { AppliedCatalog, Catalog, ModelEntry } from './types.js'

export class IncompleteCatalogError extends Error {}

function complete(id: string, provider: ProviderId, model: unknown): CatalogModel {
  const parsed = modelSchema.safeParse(model)
  if (!parsed.success) {
    const first = parsed.error.issues[0]
    const where = first ? `${first.path.join('.')}: ${first.message}` : 'invalid'
    throw new IncompleteCatalogError(`providers.${provider}.models.${id} is incomplete (${where})`)
  }
  return parsed.data
}

function entry(id: string, model: CatalogModel): ModelEntry {
  const { aliases, ...rest } = model
  return { id, aliases: aliases.value, aliases_provenance: aliases.provenance, ...rest }
}

/** Throws IncompleteCatalogError when a figure the pipeline needs is missing (the file loaders check first). */
export function catalogView(file: CatalogFile, provider: ProviderId, applied: readonly AppliedCatalog[] = []): Catalog {
  const globals = completeGlobalsSchema.safeParse(file)
  if (!globals.success) throw new IncompleteCatalogError(`the catalog lacks ${globals.error.issues.map((i) => i.path.join('.') || i.message).join(', ')}`)
  const own = file.providers?.[provider]
  if (!own) throw new IncompleteCatalogError(`the catalog has no provider "${provider}"`)
  const from = own.prices_from ? file.providers?.[own.prices_from] : undefined
  if (own.prices_from && !from) throw new IncompleteCatalogError(`provider ${provider} takes its prices from "${own.prices_from}", which the catalog lacks`)

  const models: ModelEntry[] = []
  if (from) {
    const listed = own.models ?? {}
    for (const [id, base] of Object.entries(from.models ?? {})) {
      const model = entry(id, complete(id, provider, mergeModel(base, listed[id] ?? {})))
      if (!listed[id]) {
        model.unavailable = {
          value: `${id} is not offered on ${own.name ?? provider}`,
          provenance: own.offered_models ?? { source: 'catalog', checked_on: file.as_of, confidence: 'estimate', note: 'not listed for this provider' }
        }
      }
      models.push(model)
    }
    for (const [id, model] of Object.entries(listed)) {
      if (!from.models?.[id]) models.push(entry(id, complete(id, provider, model)))
    }
  } else {
    for (const [id, model] of Object.entries(own.models ?? {})) models.push(entry(id, complete(id, provider, model)))
  }

  return {
    as_of: file.as_of,
    currency: 'USD',
    provider,
    provider_name: own.name ?? provider,
    ...(own.pricing_note ? { pricing_note: own.pricing_note } : {}),
    models,
    ...globals.data,
    sources: file.sources ?? {},
    applied: [...applied]
  }
}
