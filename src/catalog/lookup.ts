import type { Catalog, ModelEntry, Quality, QualitySizeTable } from './types.js'

export type ModelStatus = 'active' | 'deprecated' | 'retired'

/** Every id a user may write (model ids and their snapshot aliases), mapped to the entry. */
export function modelIndex(catalog: Catalog): Map<string, ModelEntry> {
  const index = new Map<string, ModelEntry>()
  for (const model of catalog.models) {
    index.set(model.id, model)
    for (const alias of model.aliases) index.set(alias, model)
  }
  return index
}

export function allModelIds(catalog: Catalog): string[] {
  return catalog.models.flatMap((m) => [m.id, ...m.aliases])
}

/** Status on a given day: deprecated from the notice date, retired from the shutdown date. */
export function modelStatus(model: ModelEntry, date: string): ModelStatus {
  const { notice_date, shutdown_date } = model.lifecycle.value
  if (shutdown_date && date >= shutdown_date) return 'retired'
  if (notice_date && date >= notice_date) return 'deprecated'
  if (shutdown_date && !notice_date) return 'deprecated'
  return 'active'
}

/** Whole days from `from` to `to` (both YYYY-MM-DD, UTC). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000)
}

/** `auto` is billed as the model's highest standard quality. */
export function billedQuality(quality: Quality): Quality {
  return quality === 'auto' ? 'high' : quality
}

export function tableValue(table: QualitySizeTable, quality: Quality, size: string): number | undefined {
  return table[quality]?.[size]
}
