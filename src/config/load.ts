/** Config text -> validated, resolved workloads and the catalog they are priced with. */
import { BUILTIN_CATALOG } from '../catalog/data.js'
import type { Catalog } from '../catalog/types.js'
import { applyPricingOverrides, type PricedCatalog } from '../pricing/overrides.js'
import type { Result } from './errors.js'
import { resolveWorkloads, type ResolvedWorkload } from './resolve.js'
import type { Config, configSchema } from './schema.js'
import { validateConfig, worthCompiling } from './validate.js'
import { FULL_PARSER_NEEDED, parseYaml, type FullParser, type Locator, type ParsedYaml } from './yaml.js'

export interface LoadedConfig {
  file: string
  config: Config
  workloads: ResolvedWorkload[]
  /** The catalog with this file's pricing overrides applied. */
  pricing: PricedCatalog
  locator: Locator
}

/** Loads a config; `fullParser` reads any file the fast reader declines. */
export function loadConfig(text: string, file: string, fullParser: FullParser, catalog: Catalog = BUILTIN_CATALOG): Result<LoadedConfig> {
  return fromParsed(parseYaml(text, file, fullParser), file, catalog)
}

/**
 * Loads a config, bringing in the full YAML parser only for a file the fast reader declines, and
 * the schema compiler only for a file large enough to win back its cost.
 */
export async function loadConfigLazily(text: string, file: string, catalog: Catalog = BUILTIN_CATALOG): Promise<Result<LoadedConfig>> {
  let parsed = parseYaml(text, file)
  if (parsed === FULL_PARSER_NEEDED) {
    const { parseYamlFully } = await import('./yaml-full.js')
    parsed = parseYaml(text, file, parseYamlFully)
  }
  const schema = parsed.ok && worthCompiling(parsed.value.data) ? (await import('./compiled-schema.js')).compiledConfigSchema() : undefined
  return fromParsed(parsed, file, catalog, schema)
}

function fromParsed(parsed: Result<ParsedYaml>, file: string, catalog: Catalog, schema?: typeof configSchema): Result<LoadedConfig> {
  if (!parsed.ok) return parsed
  const { data, locator } = parsed.value
  const validated = validateConfig(data, file, locator, schema)
  if (!validated.ok) return validated
  const config = validated.value
  const pricing = applyPricingOverrides(catalog, config.pricing, file, locator)
  if (!pricing.ok) return pricing
  const workloads = resolveWorkloads(config, file, locator, pricing.value.catalog)
  if (!workloads.ok) return workloads
  return { ok: true, value: { file, config, workloads: workloads.value, pricing: pricing.value, locator } }
}
