/**
 * The built-in pricing catalog: catalog.json, bundled into the CLI and the action, validated
 * against the catalog schema when first loaded. Every figure is transcribed from the project's
 * pricing facts (docs/sources/pricing-facts.md) with its source, checked-on date, confidence and
 * the row it comes from. Update figures in catalog.json, never in the engine.
 */
import data from './catalog.json' with { type: 'json' }
import { catalogFileSchema, type CatalogFile } from './schema.js'
import type { Catalog } from './types.js'
import { catalogView } from './view.js'

export const BUILTIN_CATALOG_FILE: CatalogFile = catalogFileSchema.parse(data)
/** The built-in catalog for OpenAI, the default provider. */
export const BUILTIN_CATALOG: Catalog = catalogView(BUILTIN_CATALOG_FILE, 'openai')
