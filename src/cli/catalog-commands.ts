/** The `catalog` commands behind the CLI's ports: export, validate, diff, lifecycle. */
import { BUILTIN_CATALOG_FILE } from '../catalog/data.js'
import { checkLifecycle } from '../catalog/lifecycle-check.js'
import { catalogChanges, mergeCatalogFiles } from '../catalog/merge.js'
import { BUILTIN_RUN_CATALOG, catalogForProvider } from '../catalog/run-catalog.js'
import { applyTeamCatalog, loadTeamCatalogs, parseCatalogText, type ParsedCatalogFile } from '../config/catalog-file.js'
import { readFailure, type ConfigError, type Result } from '../config/errors.js'
import { DEFAULT_OPENAI_BASE_URL, listModels } from '../openai/models-api.js'
import { renderCatalogDiff, renderLifecycleCheck } from '../report/catalog.js'
import type { CatalogCommand } from './args.js'
import type { CliPorts } from './run.js'

export const CATALOG_EXIT = { ok: 0, differs: 1, invalid: 2 } as const

type Report = (errors: readonly ConfigError[]) => number

async function readCatalog(ports: CliPorts, path: string): Promise<Result<ParsedCatalogFile>> {
  const read = ports.readText(path)
  if (!read.ok) return { ok: false, errors: [readFailure(path, read)] }
  return parseCatalogText(read.text, path)
}

export async function runCatalogCommand(command: CatalogCommand, ports: CliPorts, reportErrors: Report): Promise<number> {
  switch (command.kind) {
    case 'catalog-export':
      ports.stdout(JSON.stringify(BUILTIN_CATALOG_FILE, null, 2) + '\n')
      return CATALOG_EXIT.ok
    case 'catalog-validate': {
      const parsed = await readCatalog(ports, command.path)
      if (!parsed.ok) return reportErrors(parsed.errors)
      const applied = applyTeamCatalog(BUILTIN_RUN_CATALOG, parsed.value)
      if (!applied.ok) return reportErrors(applied.errors)
      const file = parsed.value.file
      const models = Object.values(file.providers ?? {}).reduce((n, p) => n + Object.keys(p?.models ?? {}).length, 0)
      const changes = applied.value.applied.at(-1)?.changes.length ?? 0
      ports.stdout(`${command.path}: a valid catalog file (as of ${file.as_of}; ${models} model${models === 1 ? '' : 's'}; changes ${changes} figure${changes === 1 ? '' : 's'} of the built-in catalog)\n`)
      return CATALOG_EXIT.ok
    }
    case 'catalog-diff': {
      const before = await readCatalog(ports, command.old)
      const after = await readCatalog(ports, command.new)
      const errors = [...(before.ok ? [] : before.errors), ...(after.ok ? [] : after.errors)]
      if (!before.ok || !after.ok) return reportErrors(errors)
      const diff = {
        old: { path: command.old, as_of: before.value.file.as_of },
        new: { path: command.new, as_of: after.value.file.as_of },
        // Each file as it prices: applied over the built-in catalog, so a figure a partial file leaves out reads as the built-in one.
        changes: catalogChanges(mergeCatalogFiles(BUILTIN_CATALOG_FILE, before.value.file), mergeCatalogFiles(BUILTIN_CATALOG_FILE, after.value.file)).filter((c) => c.figure !== 'as_of')
      }
      ports.stdout(renderCatalogDiff(diff, command.format))
      return CATALOG_EXIT.ok
    }
    case 'catalog-lifecycle': {
      const run = await loadTeamCatalogs(command.catalogs, async (path) => ports.readText(path))
      if (!run.ok) return reportErrors(run.errors)
      const key = ports.env?.OPENAI_API_KEY
      if (!key) {
        ports.stderr('image-cost-gate: OPENAI_API_KEY is not set; expected an OpenAI API key that can list models\n')
        return CATALOG_EXIT.invalid
      }
      if (!ports.fetch) throw new Error('no HTTP client is wired to the CLI')
      const listed = await listModels(ports.fetch, key, ports.env?.OPENAI_BASE_URL || DEFAULT_OPENAI_BASE_URL)
      if (!listed.ok) {
        ports.stderr(`image-cost-gate: ${listed.message}\n`)
        return CATALOG_EXIT.invalid
      }
      const check = checkLifecycle(catalogForProvider(run.value, 'openai'), listed.models)
      ports.stdout(renderLifecycleCheck(check, command.format))
      return check.differences.length > 0 ? CATALOG_EXIT.differs : CATALOG_EXIT.ok
    }
  }
}
