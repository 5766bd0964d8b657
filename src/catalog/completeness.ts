/**
 * Whether a catalog file holds every figure the pipeline reads for a provider: every global and
 * every group of every model it offers. view.ts trusts this was checked; the built-in catalog is
 * checked by the tests, a team's by its loader. Pure.
 */
import { completeGlobalsSchema, modelSchema, type CatalogFile } from './schema.js'
import { IncompleteCatalogError, providerModels, vendorProviders } from './view.js'
import type { ProviderId } from './vocabulary.js'

/**
 * Why the provider's view of the file is incomplete, or undefined when it is complete: its own
 * models and every other vendor's a config priced for it may name.
 */
export function incompleteness(file: CatalogFile, provider: ProviderId): string | undefined {
  const globals = completeGlobalsSchema.safeParse(file)
  if (!globals.success) return `the catalog lacks ${globals.error.issues.map((i) => i.path.join('.') || i.message).join(', ')}`
  for (const seen of [provider, ...vendorProviders(file, provider)]) {
    let models
    try {
      models = providerModels(file, seen).models
    } catch (error) {
      if (error instanceof IncompleteCatalogError) return error.message
      throw error
    }
    for (const { id, model } of models) {
      const parsed = modelSchema.safeParse(model)
      if (parsed.success) continue
      const first = parsed.error.issues[0]
      return `providers.${seen}.models.${id} is incomplete (${first ? `${first.path.join('.')}: ${first.message}` : 'invalid'})`
    }
  }
  return undefined
}
