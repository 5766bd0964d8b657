/** Config text -> validated, resolved workloads and the catalog they are priced with. */
import { posix } from 'node:path'
import type { Catalog } from '../catalog/types.js'
import { applyPricingOverrides, TEAM_CATALOG_KEY, type PricedCatalog } from '../pricing/overrides.js'
import { BUILTIN_RUN_CATALOG, catalogForProvider, loadTeamCatalogs, type RunCatalog } from './catalog-file.js'
import type { ConfigError, ReadResult, Result } from './errors.js'
import { PROVIDERS, type ProviderId } from '../catalog/schema.js'
import { resolveWorkloads, unknownModelErrors, type ResolvedWorkload } from './resolve.js'
import { INVALID, parseConfigFast } from './config-parser.generated.js'
import { pricingEntryProblems, type Config } from './schema.js'
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
  /** The run's catalog files (the built-in one and any --catalog files); the built-in one by default. */
  catalogs?: RunCatalog
  /**
   * Reads a team catalog the config names (`pricing.catalog`, relative to the config file): the
   * file system for the CLI, the workspace or the API at the right commit for the action.
   */
  readCatalog?: (path: string) => Promise<ReadResult>
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
  const validated = config ? { ok: true as const, value: config } : validate(data, file, locator)
  if (teamCatalogPath(data) !== undefined) {
    return { ok: false, errors: [{ file, ...locator.locate(['pricing', TEAM_CATALOG_KEY]), path: 'pricing.catalog', message: 'a team catalog can only be read by the CLI or the action' }] }
  }
  const catalog = configCatalog(options.catalogs ?? BUILTIN_RUN_CATALOG, data)
  return resolveLoaded(withUnknownModels(validated, unknownModelErrors(data, catalog, file, locator)), file, parsed.value, options, catalog)
}

/** The schema's errors and the unknown model ids together: every error of the file in one pass. */
function withUnknownModels(validated: Result<Config>, unknown: ConfigError[]): Result<Config> {
  if (unknown.length === 0) return validated
  return { ok: false, errors: sortErrors([...(validated.ok ? [] : validated.errors), ...unknown]) }
}

function sortErrors(errors: ConfigError[]): ConfigError[] {
  return [...errors].sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0))
}

const field = (value: unknown, key: string): unknown => (value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>)[key] : undefined)

/** The path the config's `pricing.catalog` names, as written (read from the parsed data, valid or not). */
function teamCatalogPath(data: unknown): string | undefined {
  const value = field(field(data, 'pricing'), TEAM_CATALOG_KEY)
  return typeof value === 'string' ? value : undefined
}

function providerOf(data: unknown): ProviderId {
  const provider = field(field(data, 'organization'), 'provider')
  return (PROVIDERS as readonly unknown[]).includes(provider) ? (provider as ProviderId) : 'openai'
}

// One catalog per run catalog and provider: base and head priced alike share it.
const views = new WeakMap<RunCatalog, Map<string, Catalog>>()

function configCatalog(run: RunCatalog, data: unknown): Catalog {
  const provider = providerOf(data)
  let byProvider = views.get(run)
  if (!byProvider) views.set(run, (byProvider = new Map()))
  let catalog = byProvider.get(provider)
  if (!catalog) byProvider.set(provider, (catalog = catalogForProvider(run, provider)))
  return catalog
}

async function withTeamCatalog(data: unknown, file: string, options: LoadOptions): Promise<Result<RunCatalog>> {
  const run = options.catalogs ?? BUILTIN_RUN_CATALOG
  const written = teamCatalogPath(data)
  if (written === undefined) return { ok: true, value: run }
  const path = posix.join(posix.dirname(file.replace(/@base$/, '')), written)
  const read = options.readCatalog
  if (!read) return { ok: false, errors: [{ file, path: 'pricing.catalog', message: `cannot read the team catalog ${path} here` }] }
  return loadTeamCatalogs([path], read, run)
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
  const run = await withTeamCatalog(data, file, options)
  if (!run.ok) return validated.ok ? run : { ok: false, errors: [...validated.errors, ...run.errors] }
  const catalog = configCatalog(run.value, data)
  return resolveLoaded(withUnknownModels(validated, unknownModelErrors(data, catalog, file, locator)), file, parsed.value, options, catalog)
}

/** The config, when the generated parser accepts it and its workload names are unique; else undefined. */
export function parseValidConfig(data: unknown): Config | undefined {
  const config = parseConfigFast(data)
  if (config === INVALID) return undefined
  const valid = config as Config
  const pricingOk = !valid.pricing || pricingEntryProblems(valid.pricing).length === 0
  return pricingOk && duplicateNames(valid.workloads).length === 0 ? valid : undefined
}

export type Validate = (data: unknown, file: string, locator: Locator) => Result<Config>

function resolveLoaded(validated: Result<Config>, file: string, { locator, flatLines }: ParsedYaml, { other }: LoadOptions, catalog: Catalog): Result<LoadedConfig> {
  if (!validated.ok) return validated
  const config = validated.value
  const pricing = applyPricingOverrides(catalog, config.pricing, file, locator)
  if (!pricing.ok) return pricing
  const resolvedOther = other && { config: other.config, catalog: other.pricing.catalog, workloads: other.workloads }
  const workloads = resolveWorkloads(config, file, locator, pricing.value.catalog, resolvedOther)
  if (!workloads.ok) return workloads
  return { ok: true, value: { file, config, workloads: workloads.value, pricing: pricing.value, locator, ...(flatLines ? { flatLines } : {}) } }
}
