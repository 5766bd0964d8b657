/**
 * Team catalog files: text -> a validated catalog file with located errors, and files applied over
 * the built-in catalog. A catalog file is JSON (read as YAML, of which JSON is a part, so errors
 * carry lines); it may be partial, but a model it adds must be complete. Imported on demand: a run
 * without a team catalog never builds the catalog file's schema.
 */
import { incompleteness } from '../catalog/completeness.js'
import { appliedChanges, mergeCatalogFiles } from '../catalog/merge.js'
import { BUILTIN_RUN_CATALOG, type RunCatalog } from '../catalog/run-catalog.js'
import { catalogFileSchema, modelSchema, type CatalogFile } from '../catalog/schema.js'
import type { AppliedCatalog } from '../catalog/types.js'
import { PROVIDERS, type ProviderId } from '../catalog/vocabulary.js'
import { readFailure, type ConfigError, type ReadResult, type Result } from './errors.js'
import { validateAgainst } from './validate.js'
import { parseYaml, type Locator } from './yaml.js'

export interface ParsedCatalogFile {
  path: string
  file: CatalogFile
  locator: Locator
}

/** A catalog file's text -> its validated content, or every error located by line and field. */
export async function parseCatalogText(text: string, path: string): Promise<Result<ParsedCatalogFile>> {
  const parsed = await parseYaml(text, path)
  if (!parsed.ok) return parsed
  const { data, locator } = parsed.value
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    return { ok: false, errors: [{ file: path, ...locator.locate([]), path: '', message: 'expected a JSON object with "schema_version": 1 and "as_of"' }] }
  }
  const validated = validateAgainst(catalogFileSchema, data, path, locator)
  if (!validated.ok) return validated
  return { ok: true, value: { path, file: validated.value, locator } }
}

/**
 * `team` applied over `base`. A model the team file adds (one `base` lacks) must be complete, and
 * a provider it adds must name its models; such errors point into the team file.
 */
export function applyTeamCatalog(base: RunCatalog, team: ParsedCatalogFile): Result<RunCatalog> {
  const errors: ConfigError[] = []
  for (const [provider, entry] of Object.entries(team.file.providers ?? {}) as [ProviderId, NonNullable<CatalogFile['providers']>[ProviderId]][]) {
    const known = base.file.providers?.[provider]
    const inherits = entry?.prices_from ?? known?.prices_from
    for (const [id, model] of Object.entries(entry?.models ?? {})) {
      const existing = known?.models?.[id] ?? (inherits ? base.file.providers?.[inherits]?.models?.[id] : undefined)
      if (existing) continue
      const complete = validateAgainst(modelSchema, model, team.path, nestedLocator(team.locator, ['providers', provider, 'models', id]))
      if (!complete.ok) {
        for (const e of complete.errors) {
          errors.push({ ...e, path: `providers.${provider}.models[${JSON.stringify(id)}]${e.path ? `.${e.path}` : ''}`, message: `${e.message} (a model the catalog adds must give every group)` })
        }
      }
    }
  }
  if (errors.length > 0) return { ok: false, errors }
  const file = mergeCatalogFiles(base.file, team.file)
  // Every provider's view must be complete once the file is applied (a run trusts it, view.ts).
  for (const provider of PROVIDERS) {
    if (!file.providers?.[provider]) continue
    const missing = incompleteness(file, provider)
    if (missing) return { ok: false, errors: [{ file: team.path, path: '', message: `${missing} once applied over ${base.applied.length ? 'the catalogs before it' : 'the built-in catalog'}` }] }
  }
  const applied: AppliedCatalog = {
    path: team.path,
    ...(team.file.title ? { title: team.file.title } : {}),
    as_of: team.file.as_of,
    changes: appliedChanges(base.file, team.file)
  }
  return { ok: true, value: { file, applied: [...base.applied, applied] } }
}

/** A locator for a value nested at `prefix` (errors inside it point into the whole file). */
function nestedLocator(locator: Locator, prefix: readonly (string | number)[]): Locator {
  return {
    locate: (path) => locator.locate([...prefix, ...path]),
    locateKey: (path, key) => locator.locateKey([...prefix, ...path], key)
  }
}

/** Reads and applies team catalog files in order; `read` is the caller's file system or API. */
export async function loadTeamCatalogs(paths: readonly string[], read: (path: string) => Promise<ReadResult>, base: RunCatalog = BUILTIN_RUN_CATALOG): Promise<Result<RunCatalog>> {
  let run = base
  for (const path of paths) {
    const text = await read(path)
    if (!text.ok) return { ok: false, errors: [readFailure(path, text)] }
    const parsed = await parseCatalogText(text.text, path)
    if (!parsed.ok) return parsed
    const applied = applyTeamCatalog(run, parsed.value)
    if (!applied.ok) return applied
    run = applied.value
  }
  return { ok: true, value: run }
}
