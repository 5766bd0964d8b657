/** The catalog's shutdown dates against the ones OpenAI's models list publishes. Pure. */
import { modelIndex } from './lookup.js'
import type { Catalog } from './types.js'

export interface ListedShutdown {
  id: string
  shutdown_date?: string | null
}

export interface ShutdownDifference {
  /** The catalog's model id (the listed id may be one of its dated snapshots). */
  model: string
  listed_id: string
  catalog_shutdown_date: string | null
  api_shutdown_date: string | null
}

export interface LifecycleCheck {
  differences: ShutdownDifference[]
  /** Catalog models the key's list does not hold (no access, or gone). */
  not_listed: string[]
  /** Image models in the list the catalog lacks. */
  not_in_catalog: string[]
}

const IMAGE_MODEL = /^(gpt-image|chatgpt-image|dall-e)/

export function checkLifecycle(catalog: Catalog, listed: readonly ListedShutdown[]): LifecycleCheck {
  const index = modelIndex(catalog)
  const differences: ShutdownDifference[] = []
  const seen = new Set<string>()
  const notInCatalog: string[] = []
  for (const item of listed) {
    const model = index.get(item.id)
    if (!model) {
      if (IMAGE_MODEL.test(item.id)) notInCatalog.push(item.id)
      continue
    }
    seen.add(model.id)
    // A list without the field says nothing about the date.
    if (item.shutdown_date === undefined) continue
    const catalogDate = model.lifecycle.value.shutdown_date
    if (catalogDate !== item.shutdown_date) {
      differences.push({ model: model.id, listed_id: item.id, catalog_shutdown_date: catalogDate, api_shutdown_date: item.shutdown_date })
    }
  }
  return {
    differences,
    not_listed: catalog.models.filter((m) => !seen.has(m.id)).map((m) => m.id),
    not_in_catalog: notInCatalog.sort()
  }
}
