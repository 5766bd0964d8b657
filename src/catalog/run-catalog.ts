/**
 * The catalog files a run prices with (the built-in one, then any team files applied over it),
 * and the view of them one provider's workloads are priced with. Pure.
 */
import { BUILTIN_CATALOG_FILE } from './data.js'
import type { CatalogFile } from './schema.js'
import type { AppliedCatalog, Catalog } from './types.js'
import { catalogView } from './view.js'
import type { ProviderId } from './vocabulary.js'

/** The catalog files a run applies, in order, over the built-in one. */
export interface RunCatalog {
  file: CatalogFile
  applied: AppliedCatalog[]
}

export const BUILTIN_RUN_CATALOG: RunCatalog = { file: BUILTIN_CATALOG_FILE, applied: [] }

/** The catalog a config's workloads are priced with: the run's files, seen from its provider. */
export function catalogForProvider(run: RunCatalog, provider: ProviderId): Catalog {
  return catalogView(run.file, provider, run.applied)
}
