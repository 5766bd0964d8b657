/**
 * Catalog files applied one over another (a team catalog over the built-in one), and the figures
 * that differ between two catalog files. Pure.
 *
 * A group of figures (`{ value, provenance }`) in the later file replaces the earlier one's
 * provenance; its value is merged key by key where both values are mappings of the same kind
 * (token rates, price tables, a lifecycle), and replaced otherwise (lists, rules of another kind).
 */
import type { CatalogFile, PartialCatalogModel, ProviderEntry, ProviderId } from './schema.js'
import type { FigureChange } from './types.js'

type Json = null | boolean | number | string | Json[] | { [key: string]: Json }
type Mapping = Record<string, unknown>

function isMapping(value: unknown): value is Mapping {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
}

/** A `{ value, provenance }` group. */
function isGroup(value: unknown): value is { value: unknown; provenance: unknown } {
  return isMapping(value) && 'value' in value && 'provenance' in value
}

/** Values merged key by key when both are mappings (and rules of the same kind); else the later one. */
function mergeValue(earlier: unknown, later: unknown): unknown {
  if (!isMapping(earlier) || !isMapping(later)) return structuredClone(later)
  if ('kind' in later && earlier.kind !== later.kind) return structuredClone(later)
  const merged: Mapping = structuredClone(earlier)
  for (const [key, value] of Object.entries(later)) merged[key] = key in merged ? mergeValue(merged[key], value) : structuredClone(value)
  return merged
}

/** Groups merged: a later group's provenance wins, its value merges into the earlier value. */
function mergeGroups(earlier: unknown, later: unknown): unknown {
  if (later === undefined) return structuredClone(earlier)
  if (isGroup(earlier) && isGroup(later)) return { value: mergeValue(earlier.value, later.value), provenance: structuredClone(later.provenance) }
  if (isGroup(later) || !isMapping(earlier) || !isMapping(later)) return structuredClone(later)
  // A mapping of groups (capabilities, tier_limits): merged group by group.
  const merged: Mapping = structuredClone(earlier)
  for (const [key, value] of Object.entries(later)) merged[key] = mergeGroups(merged[key], value)
  return merged
}

export function mergeModel(earlier: PartialCatalogModel | undefined, later: PartialCatalogModel): PartialCatalogModel {
  if (!earlier) return structuredClone(later)
  return mergeGroups(earlier, later) as PartialCatalogModel
}

function mergeProvider(earlier: ProviderEntry | undefined, later: ProviderEntry): ProviderEntry {
  if (!earlier) return structuredClone(later)
  const merged: ProviderEntry = { ...structuredClone(earlier) }
  if (later.name !== undefined) merged.name = later.name
  if (later.prices_from !== undefined) merged.prices_from = later.prices_from
  if (later.pricing_note !== undefined) merged.pricing_note = structuredClone(later.pricing_note)
  if (later.offered_models !== undefined) merged.offered_models = structuredClone(later.offered_models)
  if (later.models) {
    const models = { ...(merged.models ?? {}) }
    for (const [id, model] of Object.entries(later.models)) models[id] = mergeModel(models[id], model)
    merged.models = models
  }
  return merged
}

const GLOBAL_GROUPS = ['monthly_usage_limits', 'partial_image_tokens', 'hours_per_month', 'batch_discount'] as const

/** `later` applied over `earlier`; the result keeps the earlier file's as_of and title. */
export function mergeCatalogFiles(earlier: CatalogFile, later: CatalogFile): CatalogFile {
  const merged: CatalogFile = structuredClone(earlier)
  if (later.sources) merged.sources = { ...(merged.sources ?? {}), ...structuredClone(later.sources) }
  for (const key of GLOBAL_GROUPS) {
    if (later[key] !== undefined) (merged as Record<string, unknown>)[key] = mergeGroups(merged[key], later[key])
  }
  if (later.providers) {
    const providers = { ...(merged.providers ?? {}) }
    for (const [id, provider] of Object.entries(later.providers) as [ProviderId, ProviderEntry][]) providers[id] = mergeProvider(providers[id], provider)
    merged.providers = providers
  }
  return merged
}

/** Every figure of a model (or the catalog-wide groups) as dotted path -> value; lists are one figure. */
function figures(node: unknown, prefix: string, out: Map<string, Json>): void {
  if (isGroup(node)) return figures(node.value, prefix, out)
  if (isMapping(node)) {
    for (const [key, value] of Object.entries(node)) figures(value, prefix ? `${prefix}.${key}` : key, out)
    return
  }
  out.set(prefix, (node ?? null) as Json)
}

function sameFigure(a: Json | undefined, b: Json | undefined): boolean {
  return JSON.stringify(a ?? null) === JSON.stringify(b ?? null)
}

function figureDiff(provider: ProviderId, model: string | null, a: unknown, b: unknown): FigureChange[] {
  const before = new Map<string, Json>()
  const after = new Map<string, Json>()
  figures(a, '', before)
  figures(b, '', after)
  const changes: FigureChange[] = []
  for (const key of new Set([...before.keys(), ...after.keys()])) {
    if (!sameFigure(before.get(key), after.get(key))) changes.push({ provider, model, figure: key, from: before.get(key) ?? null, to: after.get(key) ?? null })
  }
  return changes
}

/**
 * What differs between two catalog files: models added or removed (figure "(model)"), and each
 * figure whose value differs. Provenance is not a figure: a re-check that changes nothing is no change.
 */
export function catalogChanges(a: CatalogFile, b: CatalogFile): FigureChange[] {
  const changes: FigureChange[] = []
  if (a.as_of !== b.as_of) changes.push({ provider: 'openai', model: null, figure: 'as_of', from: a.as_of, to: b.as_of })
  for (const key of GLOBAL_GROUPS) {
    for (const change of figureDiff('openai', null, a[key], b[key])) changes.push({ ...change, figure: change.figure ? `${key}.${change.figure}` : key })
  }
  const providerIds = new Set([...Object.keys(a.providers ?? {}), ...Object.keys(b.providers ?? {})]) as Set<ProviderId>
  for (const provider of providerIds) {
    const modelsA = a.providers?.[provider]?.models ?? {}
    const modelsB = b.providers?.[provider]?.models ?? {}
    for (const id of new Set([...Object.keys(modelsA), ...Object.keys(modelsB)])) {
      const before = modelsA[id]
      const after = modelsB[id]
      if (!before) changes.push({ provider, model: id, figure: '(model)', from: null, to: 'added' })
      else if (!after) changes.push({ provider, model: id, figure: '(model)', from: 'present', to: null })
      else changes.push(...figureDiff(provider, id, before, after))
    }
  }
  return changes
}

/** The figures `later` changes when applied over `earlier`: what the report lists per team catalog. */
export function appliedChanges(earlier: CatalogFile, later: CatalogFile): FigureChange[] {
  return catalogChanges(earlier, mergeCatalogFiles(earlier, later)).filter((c) => c.figure !== 'as_of')
}
