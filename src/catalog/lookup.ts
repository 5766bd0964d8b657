import { didYouMean } from '../util/suggest.js'
import type { Catalog, ModelEntry, Quality, QualitySizeTable } from './types.js'

export type ModelStatus = 'unreleased' | 'active' | 'deprecated' | 'retired'

// A catalog is built once per run (and per provider and pricing section): it is indexed once, the
// first time a stage asks, and every later stage gets the same index.
const indexes = new WeakMap<Catalog, ReadonlyMap<string, ModelEntry>>()

/** Every id a user may write (model ids and their snapshot aliases), mapped to the entry. */
export function modelIndex(catalog: Catalog): ReadonlyMap<string, ModelEntry> {
  let index = indexes.get(catalog)
  if (!index) {
    const built = new Map<string, ModelEntry>()
    for (const model of catalog.models) {
      built.set(model.id, model)
      for (const alias of model.aliases) built.set(alias, model)
    }
    indexes.set(catalog, (index = built))
  }
  return index
}

/** Who serves a model of the catalog; the catalog's own provider for an id it does not hold. */
export function providerOf(catalog: Catalog, modelId: string): Catalog['provider'] {
  return modelIndex(catalog).get(modelId)?.provider ?? catalog.provider
}

export function allModelIds(catalog: Catalog): string[] {
  return catalog.models.flatMap((m) => [m.id, ...m.aliases])
}

/** Status on a given day: unreleased before the release date, deprecated from the notice date, retired from the shutdown date. */
export function modelStatus(model: ModelEntry, date: string): ModelStatus {
  const { release_date, notice_date, shutdown_date } = model.lifecycle.value
  if (release_date && date < release_date) return 'unreleased'
  if (shutdown_date && date >= shutdown_date) return 'retired'
  if (notice_date && date >= notice_date) return 'deprecated'
  // A shutdown scheduled with no announcement on record (Azure's retirement schedule) leaves the model active until then.
  return 'active'
}

/** Whole days from `from` to `to` (both YYYY-MM-DD, UTC). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000)
}

/** `auto` is billed as the catalog says for the model (high where it says nothing). */
export function billedQuality(quality: Quality, model?: ModelEntry): Quality {
  return quality === 'auto' ? (model?.auto_quality?.value ?? 'high') : quality
}

/** The per-image prices an output is priced from: the vector prices for svg where the model prices vectors apart (Recraft V3). */
export function listPrices(model: ModelEntry, outputFormat: string | undefined): ModelEntry['image_prices'] {
  return outputFormat === 'svg' && model.vector_prices ? model.vector_prices : model.image_prices
}

/** The table's figure for a quality (null: a model with no quality setting) and size; an "any" entry covers every quality or size. */
export function tableValue(table: QualitySizeTable, quality: Quality | null, size: string): number | undefined {
  const row = (quality === null ? undefined : table[quality]) ?? table.any
  return row?.[size] ?? row?.any
}

/** The message for a model id the catalog does not hold, with the nearest ids (a dated id suggests its undated model). */
export function unknownModelMessage(id: string, known: readonly string[]): string {
  return `unknown model "${id}"; expected a catalog model id (see \`image-cost-gate models\`).${didYouMean(id, known)}`
}
