/**
 * The built-in pricing catalog: catalog.json, bundled into the CLI and the action. The tests
 * validate it against the catalog schema (__tests__/catalog-data.test.ts), so a run does not parse
 * it again at start-up (about 12 ms). Every figure is transcribed from the project's
 * pricing facts (docs/sources/pricing-facts.md) with its source, checked-on date, confidence and
 * the row it comes from. Update figures in catalog.json, never in the engine.
 */
import data from './catalog.json' with { type: 'json' }
import type { CatalogFile } from './schema.js'
import type { Catalog } from './types.js'
import { catalogView } from './view.js'

export const BUILTIN_CATALOG_FILE = data as CatalogFile
/** The built-in catalog for OpenAI, the default provider. */
export const BUILTIN_CATALOG: Catalog = catalogView(BUILTIN_CATALOG_FILE, 'openai')
