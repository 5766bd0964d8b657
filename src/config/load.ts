/**
 * Config text -> validated, resolved workloads and the catalog they are priced with. One path:
 * read YAML with positions (yaml.ts), validate with zod (validate.ts), apply the catalogs, resolve.
 */
import { posix } from 'node:path'
import { PROVIDERS, type ProviderId } from '../catalog/vocabulary.js'
import type { Catalog } from '../catalog/types.js'
import { applyPricingOverrides, TEAM_CATALOG_KEY, type PricedCatalog } from './overrides.js'
import { BUILTIN_RUN_CATALOG, catalogForProvider, type RunCatalog } from '../catalog/run-catalog.js'
import type { ConfigError, ReadResult, Result } from './errors.js'
import { asRaw, resolveWorkloads, unknownModelErrors, type ResolvedWorkload } from './resolve.js'
import type { Config } from './schema.js'
import type { MeasuredTokens, UsageSnapshot } from './usage-files.js'
import { append } from '../util/array.js'
import { sortErrors, validateConfig, type Validated } from './validate.js'
import { parseYaml, type Locator, type ParsedYaml } from './yaml.js'

/** The config the CLI and the action price when none is named. */
export const DEFAULT_CONFIG_PATH = '.github/image-cost.yml'

export interface LoadedConfig {
  file: string
  config: Config
  workloads: ResolvedWorkload[]
  /** The catalog with this file's pricing overrides applied. */
  pricing: PricedCatalog
  locator: Locator
  /** The usage files the config names (or --usage), read and validated. */
  usage?: LoadedUsage
}

/** What the organization actually used: the settings, and the files read. */
export interface LoadedUsage {
  drift_warn_percent: number
  max_age_days: number
  snapshot?: { path: string; data: UsageSnapshot }
  measured?: { path: string; data: MeasuredTokens }
}

export const DEFAULT_DRIFT_WARN_PERCENT = 25
export const DEFAULT_USAGE_MAX_AGE_DAYS = 14

export interface LoadOptions {
  /** The run's catalog files (the built-in one and any --catalog files); the built-in one by default. */
  catalogs?: RunCatalog
  /**
   * Reads a team catalog the config names (`pricing.catalog`, relative to the config file): the
   * file system for the CLI, the workspace or the API at the right commit for the action.
   */
  readCatalog?: (path: string) => Promise<ReadResult>
  /** Read the usage files the config names (the head's; a base's are never needed). Default true. */
  readUsage?: boolean
  /** A usage snapshot that replaces the config's `usage.snapshot` (check --usage PATH), read as given. */
  usageSnapshot?: string
}

/** Loads a config; a team catalog it names is read through `options.readCatalog`. */
export async function loadConfig(text: string, file: string, options: LoadOptions = {}): Promise<Result<LoadedConfig>> {
  const parsed = await parseYaml(text, file)
  if (!parsed.ok) return parsed
  const { data, locator } = parsed.value
  const validated = validateConfig(data, file, locator)
  const run = await withTeamCatalog(data, file, options)
  if (!run.ok) return validated.ok ? run : { ok: false, errors: [...validated.errors, ...run.errors] }
  const loaded = resolveLoaded(data, validated, file, locator, configCatalog(run.value, data))
  if (!loaded.ok || options.readUsage === false) return loaded
  const usage = await withUsage(loaded.value, options)
  if (!usage.ok) return usage
  if (usage.value) loaded.value.usage = usage.value
  return loaded
}

/**
 * The usage files of a loaded config, read with the same reader as its team catalog (relative to
 * the config file); the parser is loaded only when there is a file to read.
 */
async function withUsage(loaded: LoadedConfig, options: LoadOptions): Promise<Result<LoadedUsage | undefined>> {
  const settings = loaded.config.usage
  const snapshotPath = options.usageSnapshot ?? (settings?.snapshot !== undefined ? posix.join(posix.dirname(loaded.file), settings.snapshot) : undefined)
  const measuredPath = settings?.measured !== undefined ? posix.join(posix.dirname(loaded.file), settings.measured) : undefined
  const usage: LoadedUsage = { drift_warn_percent: settings?.drift_warn_percent ?? DEFAULT_DRIFT_WARN_PERCENT, max_age_days: settings?.max_age_days ?? DEFAULT_USAGE_MAX_AGE_DAYS }
  if (snapshotPath === undefined && measuredPath === undefined) return { ok: true, value: settings ? usage : undefined }
  const files = await import('./usage-files.js')
  const errors: ConfigError[] = []
  const read = async <T>(path: string, field: 'snapshot' | 'measured', parse: (text: string, path: string) => Promise<Result<T>>): Promise<T | undefined> => {
    const text = options.readCatalog ? await options.readCatalog(path) : { ok: false as const, message: 'no file can be read here' }
    if (!text.ok) {
      const given = field === 'snapshot' && options.usageSnapshot !== undefined
      errors.push(given ? { file: path, path: '', message: text.message } : { file: loaded.file, ...loaded.locator.locate(['usage', field]), path: `usage.${field}`, message: `cannot read ${path}: ${text.message}` })
      return undefined
    }
    const parsed = await parse(text.text, path)
    if (!parsed.ok) append(errors, parsed.errors)
    return parsed.ok ? parsed.value : undefined
  }
  if (snapshotPath !== undefined) {
    const data = await read(snapshotPath, 'snapshot', files.parseUsageSnapshot)
    if (data) usage.snapshot = { path: snapshotPath, data }
  }
  if (measuredPath !== undefined) {
    const data = await read(measuredPath, 'measured', files.parseMeasuredTokens)
    if (data) usage.measured = { path: measuredPath, data }
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, value: usage }
}

/** The rest of the path for YAML already read, when the config names no team catalog (tests, benchmarks). */
export function loadParsedConfig({ data, locator }: ParsedYaml, file: string, options: Pick<LoadOptions, 'catalogs'> = {}): Result<LoadedConfig> {
  if (teamCatalogPath(data) !== undefined) {
    return { ok: false, errors: [{ file, ...locator.locate(['pricing', TEAM_CATALOG_KEY]), path: 'pricing.catalog', message: 'a team catalog can only be read by the CLI or the action' }] }
  }
  return resolveLoaded(data, validateConfig(data, file, locator), file, locator, configCatalog(options.catalogs ?? BUILTIN_RUN_CATALOG, data))
}

function resolveLoaded(data: unknown, validated: Validated, file: string, locator: Locator, catalog: Catalog): Result<LoadedConfig> {
  // The schema's errors, the unknown model ids and what resolving the valid workloads finds
  // (a size or quality the model lacks, ...) together: every error of the file in one pass.
  const unknown = unknownModelErrors(data, catalog, file, locator)
  if (!validated.ok || unknown.length > 0) {
    const errors = [...(validated.ok ? [] : validated.errors), ...unknown, ...partialErrors(validated, unknown, file, locator, catalog)]
    return { ok: false, errors: sortErrors(dedupeErrors(errors)) }
  }
  const config = validated.value
  const pricing = applyPricingOverrides(catalog, config.pricing, file, locator)
  if (!pricing.ok) return pricing
  const workloads = resolveWorkloads(config, file, locator, pricing.value.catalog)
  if (!workloads.ok) return workloads
  return { ok: true, value: { file, config, workloads: workloads.value, pricing: pricing.value, locator } }
}

/** The path the config's `pricing.catalog` names, as written (read from the parsed data, valid or not). */
function teamCatalogPath(data: unknown): string | undefined {
  const value = asRaw(asRaw(data)?.pricing)?.[TEAM_CATALOG_KEY]
  return typeof value === 'string' ? value : undefined
}

function providerOf(data: unknown): ProviderId {
  const provider = asRaw(asRaw(data)?.organization)?.provider
  return (PROVIDERS as readonly unknown[]).includes(provider) ? (provider as ProviderId) : 'openai'
}

// One catalog view per run catalog and provider: the run's configs are priced with the same one.
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
  const path = posix.join(posix.dirname(file), written)
  const read = options.readCatalog
  if (!read) return { ok: false, errors: [{ file, path: 'pricing.catalog', message: `cannot read the team catalog ${path} here` }] }
  return loadRunCatalog([path], read, run)
}

/**
 * `base` with the team catalog files at `paths` applied in order; `read` is the caller's file
 * system or API. The team catalog code is loaded only when there is a file to apply.
 */
export async function loadRunCatalog(paths: readonly string[], read: (path: string) => Promise<ReadResult>, base: RunCatalog = BUILTIN_RUN_CATALOG): Promise<Result<RunCatalog>> {
  if (paths.length === 0) return { ok: true, value: base }
  const { loadTeamCatalogs } = await import('./catalog-file.js')
  return loadTeamCatalogs(paths, read, base)
}

/** The errors resolving finds in the workloads that passed the schema, when the rest of the file let it run. */
function partialErrors(validated: Validated, unknownModels: readonly ConfigError[], file: string, locator: Locator, catalog: Catalog): ConfigError[] {
  const partial = validated.ok ? { config: validated.value, invalid: new Set<number>() } : validated.partial
  if (!partial) return []
  // A workload whose model is unknown has its error already; an unknown default model concerns them all.
  const skip = new Set(partial.invalid)
  for (const e of unknownModels) {
    const index = /^workloads\[(\d+)\]/.exec(e.path)?.[1]
    if (index === undefined) return []
    skip.add(Number(index))
  }
  const pricing = applyPricingOverrides(catalog, partial.config.pricing, file, locator)
  if (!pricing.ok) return pricing.errors
  const resolved = resolveWorkloads(partial.config, file, locator, pricing.value.catalog, skip)
  return resolved.ok ? [] : resolved.errors
}

function dedupeErrors(errors: readonly ConfigError[]): ConfigError[] {
  const seen = new Set<string>()
  return errors.filter((e) => {
    const key = `${e.line}:${e.column}:${e.path}:${e.message}`
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
}
