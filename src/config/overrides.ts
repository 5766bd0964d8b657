/** The config's `pricing:` section applied over the catalog, remembering what it replaced. */
import { modelIndex } from '../catalog/lookup.js'
import { checkSize, describeSizeRule } from '../catalog/rules.js'
import {
  TOKEN_RATE_KEYS,
  type Catalog,
  type ModelEntry,
  type Provenance,
  type Quality,
  type QualitySizeTable,
  type TokenRates
} from '../catalog/types.js'
import { describeFound, formatPath, type ConfigError, type PathSegment, type Result } from './errors.js'
import type { PricingOverrides } from './schema.js'
import type { Locator } from './yaml.js'

export interface OverriddenFigure {
  model: string
  /** e.g. token_rates.image_output or image_prices.medium.1024x1024 */
  figure: string
  catalog_value: number | null
  config_value: number | null
  source: string
}

export interface PricedCatalog {
  catalog: Catalog
  overridden: OverriddenFigure[]
}

const DEFAULT_OVERRIDE_SOURCE = 'config pricing section'
/** The `pricing:` key that names a team catalog file rather than a model. */
export const TEAM_CATALOG_KEY = 'catalog'

export function applyPricingOverrides(
  catalog: Catalog,
  pricing: PricingOverrides | undefined,
  file: string,
  locator: Locator
): Result<PricedCatalog> {
  if (!pricing || Object.keys(pricing).every((key) => key === TEAM_CATALOG_KEY && typeof pricing[key] === 'string')) return { ok: true, value: { catalog, overridden: [] } }
  const index = modelIndex(catalog)
  const replaced = new Map<string, ModelEntry>()
  const overridden: OverriddenFigure[] = []
  const errors: ConfigError[] = []

  for (const [written, override] of Object.entries(pricing)) {
    // The schema checked the kind of each entry: a path under catalog, a mapping under a model.
    if (written === TEAM_CATALOG_KEY || typeof override === 'string') continue
    // Unknown model keys are reported with the config's other unknown ids (unknownModelErrors).
    const base = index.get(written)
    if (!base || override === undefined) continue
    const model = replaced.get(base.id) ?? base
    const source = override.source ?? DEFAULT_OVERRIDE_SOURCE
    const provenance: Provenance = { source, checked_on: 'as configured', confidence: 'override' }
    const next: ModelEntry = { ...model }

    if (override.token_rates) {
      const rates: TokenRates = { ...(model.token_rates?.value ?? emptyRates()) }
      for (const key of TOKEN_RATE_KEYS) {
        const value = override.token_rates[key]
        if (value === undefined) continue
        overridden.push({ model: base.id, figure: `token_rates.${key}`, catalog_value: rates[key], config_value: value, source })
        rates[key] = value
      }
      next.token_rates = { value: rates, provenance }
    }

    if (override.image_prices) {
      const table: QualitySizeTable = structuredClone(model.image_prices?.value ?? {})
      for (const [qualityKey, sizes] of Object.entries(override.image_prices)) {
        const quality = qualityKey as Quality | 'any'
        const at: PathSegment[] = ['pricing', written, 'image_prices', quality]
        // A model with no quality setting is priced under "any"; one with qualities under each of them.
        const offered: readonly string[] = model.qualities.value.length > 0 ? model.qualities.value : ['any']
        if (!offered.includes(quality)) {
          const has = model.qualities.value.length > 0 ? `does not offer quality "${quality}"` : 'has no quality setting'
          errors.push({
            file,
            ...locator.locateKey(at.slice(0, -1), quality),
            path: formatPath(at),
            message: `${base.id} ${has}; expected one of ${offered.join(', ')}`
          })
          continue
        }
        for (const [size, price] of Object.entries(sizes ?? {})) {
          if (!checkSize(model.sizes.value, size).ok) {
            errors.push({
              file,
              ...locator.locateKey(at, size),
              path: formatPath([...at, size]),
              message: `${base.id} does not offer size ${describeFound(size)}; expected ${describeSizeRule(model.sizes.value)}`
            })
            continue
          }
          const row = (table[quality] ??= {})
          overridden.push({
            model: base.id,
            figure: `image_prices.${quality}.${size}`,
            catalog_value: row[size] ?? null,
            config_value: price,
            source
          })
          row[size] = price
        }
      }
      next.image_prices = { value: table, provenance }
    }
    replaced.set(base.id, next)
  }

  if (errors.length > 0) return { ok: false, errors }
  const models = catalog.models.map((m) => replaced.get(m.id) ?? m)
  return { ok: true, value: { catalog: { ...catalog, models }, overridden } }
}

function emptyRates(): TokenRates {
  return { text_input: null, cached_text_input: null, image_input: null, cached_image_input: null, image_output: null, text_output: null }
}
