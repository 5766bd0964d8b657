/** Config text -> validated, resolved workloads and the catalog they are priced with. */
import { BUILTIN_CATALOG } from '../catalog/data.js'
import type { Catalog } from '../catalog/types.js'
import { applyPricingOverrides, type PricedCatalog } from '../pricing/overrides.js'
import type { Result } from './errors.js'
import { resolveWorkloads, type ResolvedWorkload } from './resolve.js'
import { INVALID, parseConfigFast } from './config-parser.generated.js'
import type { Config } from './schema.js'
import { duplicateNames } from './unique-names.js'
import type { FlatLines } from './fast-yaml.js'
import { FULL_PARSER_NEEDED, parseYaml, type FullParser, type Locator, type ParsedYaml } from './yaml.js'

export interface LoadedConfig {
  file: string
  config: Config
  workloads: ResolvedWorkload[]
  /** The catalog with this file's pricing overrides applied. */
  pricing: PricedCatalog
  locator: Locator
  /** The file's one-line workload mappings, which a config loaded next to it may repeat (see LoadOptions.other). */
  flatLines?: FlatLines
}

export interface LoadOptions {
  /** The catalog before the file's pricing overrides; the built-in one by default. */
  catalog?: Catalog
  /**
   * A config loaded before that this one may largely repeat (the head, when loading the base):
   * lines that read the same in both are read once, and workloads that read the same are resolved
   * once (see FlatLines and ResolvedConfig).
   */
  other?: LoadedConfig
}

/**
 * Loads a config synchronously: `fullParser` reads any file the fast YAML reader declines, and
 * `validate` (validate.ts's validateConfig) reports the errors of a file the generated parser rejects.
 */
export function loadConfig(text: string, file: string, fullParser: FullParser, validate: Validate, options: LoadOptions = {}): Result<LoadedConfig> {
  const parsed = parseYaml(text, file, fullParser, options.other?.flatLines)
  if (!parsed.ok) return parsed
  const { data, locator } = parsed.value
  const config = parseValidConfig(data)
  return resolveLoaded(config ? { ok: true, value: config } : validate(data, file, locator), file, parsed.value, options)
}

/**
 * Loads a config without loading zod when the file is valid: the parser generated from the schema
 * reads it. zod (for the error messages) and the full YAML parser load only for a file that needs
 * them.
 */
export async function loadConfigLazily(text: string, file: string, options: LoadOptions = {}): Promise<Result<LoadedConfig>> {
  let parsed = parseYaml(text, file, undefined, options.other?.flatLines)
  if (parsed === FULL_PARSER_NEEDED) {
    const { parseYamlFully } = await import('./yaml-full.js')
    // The fast reader declined this text, and declines it again here: the other file's lines are no use to it.
    parsed = parseYaml(text, file, parseYamlFully)
  }
  if (!parsed.ok) return parsed
  const { data, locator } = parsed.value
  const config = parseValidConfig(data)
  // zod, for the error messages.
  const validated = config ? { ok: true as const, value: config } : (await import('./validate.js')).validateConfig(data, file, locator)
  return resolveLoaded(validated, file, parsed.value, options)
}

/** The config, when the generated parser accepts it and its workload names are unique; else undefined. */
export function parseValidConfig(data: unknown): Config | undefined {
  const config = parseConfigFast(data)
  if (config === INVALID) return undefined
  return duplicateNames((config as Config).workloads).length === 0 ? (config as Config) : undefined
}

export type Validate = (data: unknown, file: string, locator: Locator) => Result<Config>

function resolveLoaded(validated: Result<Config>, file: string, { locator, flatLines }: ParsedYaml, { catalog = BUILTIN_CATALOG, other }: LoadOptions): Result<LoadedConfig> {
  if (!validated.ok) return validated
  const config = validated.value
  const pricing = applyPricingOverrides(catalog, config.pricing, file, locator)
  if (!pricing.ok) return pricing
  const resolvedOther = other && { config: other.config, catalog: other.pricing.catalog, workloads: other.workloads }
  const workloads = resolveWorkloads(config, file, locator, pricing.value.catalog, resolvedOther)
  if (!workloads.ok) return workloads
  return { ok: true, value: { file, config, workloads: workloads.value, pricing: pricing.value, locator, ...(flatLines ? { flatLines } : {}) } }
}
