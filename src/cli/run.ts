/**
 * The CLI's logic behind its ports: argv + file reader + clock -> output text and an exit code.
 * src/cli.ts wires the ports to the real file system, clock and process.
 */
import { catalogForProvider, type RunCatalog } from '../catalog/run-catalog.js'
import { errorRecord, formatConfigError, listedErrors, MAX_LISTED_ERRORS, readFailure, type ConfigError, type ReadResult, type Result } from '../config/errors.js'
import type { Fetch } from '../openai/models-api.js'
import { loadConfig, loadRunCatalog, type LoadOptions } from '../config/load.js'
import type { GitPort } from '../io/git.js'
import { evaluateProjects } from '../projects/evaluate.js'
import { gatherProjects, type ProjectSource } from '../projects/gather.js'
import { buildProjectsReport, type ProjectsReport } from '../report/projects.js'
import { gateFails } from '../gate/gate.js'
import { renderModelsJson, renderModelsTable } from '../report/catalog.js'
import { writeJson, type JsonIndent } from '../report/json.js'
import { jsonReport, writeRunJson, type AlternativesForm } from '../report/json-report.js'
import { buildSummary } from '../report/comment.js'
import { buildReport, type Report } from '../report/report.js'
import { DEFAULT_WIDTH, renderTable, writeTable, type Emit, type TableOptions } from '../report/table.js'
import { compareModels, renderComparisonMarkdown, renderComparisonTable } from '../report/compare.js'
import { allModelIds } from '../catalog/lookup.js'
import { didYouMean } from '../util/suggest.js'
import { append } from '../util/array.js'
import { parseCommand, USAGE, UsageError, type Command, type Format } from './args.js'

export const EXIT = { ok: 0, gateFailed: 1, invalid: 2, internal: 3 } as const


export interface CliPorts {
  /** A file's text; a failure with `missing` when it does not exist. */
  readText(path: string): ReadResult
  /** The files under the working directory that the config globs match (check --config GLOB). */
  listFiles?(patterns: readonly string[]): Promise<string[]>
  /** Git in the working directory, for check --base-ref. */
  git?: GitPort
  /** Writes a file whole or not at all (a temporary file, then a rename): usage sync and import. */
  writeFileAtomic?(path: string, text: string): { ok: true } | { ok: false; message: string }
  /** Now, as an ISO time (UTC): a usage snapshot's fetched_at. */
  now?(): string
  /** Waits between retries of the OpenAI APIs. */
  sleep?(ms: number): Promise<void>
  /** The environment (catalog lifecycle reads OPENAI_API_KEY and OPENAI_BASE_URL). */
  env?: Readonly<Record<string, string | undefined>>
  /** HTTP for catalog lifecycle. */
  fetch?: Fetch
  /** Today as YYYY-MM-DD (UTC). */
  today(): string
  stdout(text: string): void
  stderr(text: string): void
  version: string
  /** The terminal's width when stdout is one (process.stdout.columns). */
  terminalColumns?: number
  /** Whether stdout is a terminal: the JSON report is indented for one, one line otherwise. */
  stdoutIsTerminal?: boolean
}

/** The width the table fits: the terminal's, else $COLUMNS, else the default (100). */
export function terminalWidth(ports: Pick<CliPorts, 'terminalColumns' | 'env'>): number {
  if (ports.terminalColumns && ports.terminalColumns > 0) return ports.terminalColumns
  const fromEnv = Number(ports.env?.COLUMNS)
  return Number.isInteger(fromEnv) && fromEnv > 0 ? fromEnv : DEFAULT_WIDTH
}

export interface ReportOptions extends TableOptions {
  alternatives?: AlternativesForm
  jsonIndent?: JsonIndent
}

/**
 * The report in one format. `markdown` is the job summary's form: the whole report, shortened
 * (with a note) to fit GitHub's 1 MiB step summary limit; the PR comment is the action's narrower,
 * folded form (its `comment-body` output).
 */
export function renderReport(report: Report, format: Format, options: ReportOptions = {}): string {
  let text = ''
  writeOne(report, format, (chunk) => (text += chunk), options)
  return text
}

/** One file's report; the table and the JSON go out in chunks, so a large one is never held as one string. */
function writeOne(report: Report, format: Format, emit: Emit, options: ReportOptions): void {
  if (format === 'markdown') emit(buildSummary(report).text)
  else if (format === 'json') writeJson(jsonReport(report, options.alternatives), emit, { indent: options.jsonIndent ?? 0 })
  else writeTable(report, emit, options)
}

/** The run's report: one file's as above; over several files, the projects view (its table loaded only then). */
async function writeReport(run: ProjectsReport, format: Format, emit: Emit, options: ReportOptions): Promise<void> {
  if (format === 'markdown') return emit(buildSummary(run).text)
  if (format === 'json') return writeRunJson(run, options.alternatives, emit, options.jsonIndent)
  const [only, second] = run.projects
  if (only && !second) return writeTable(only.report, emit, options)
  const { writeProjectsTable } = await import('../report/projects-table.js')
  writeProjectsTable(run, emit, options)
}

/**
 * Every error of the run (the first 50 listed, then a count) on stderr; with --format json, as
 * a JSON object on stdout instead: { status: "error", error_count, errors: [{ file, line, column,
 * path, message, expected, found }] }. Exit 2 either way.
 */
function reportConfigErrors(ports: CliPorts, errors: readonly ConfigError[], format?: Format): number {
  const summary = `image-cost-gate: ${errors.length} config error${errors.length === 1 ? '' : 's'}; nothing was priced.\n`
  if (format === 'json') {
    ports.stdout(JSON.stringify({ status: 'error', error_count: errors.length, errors: errors.slice(0, MAX_LISTED_ERRORS).map(errorRecord) }, null, 2) + '\n')
    ports.stderr(summary)
    return EXIT.invalid
  }
  ports.stderr(listedErrors(errors).map((line) => `${line}\n`).join(''))
  ports.stderr(summary)
  return EXIT.invalid
}

export async function runCli(argv: readonly string[], ports: CliPorts): Promise<number> {
  try {
    return await run(argv, ports)
  } catch (error) {
    if (error instanceof UsageError) {
      ports.stderr(`image-cost-gate: ${error.message}\n\n${USAGE}\n`)
      return EXIT.invalid
    }
    const detail = error instanceof Error ? error.message : String(error)
    ports.stderr(`image-cost-gate: internal error: ${detail}\nPlease report this with the config that caused it.\n`)
    return EXIT.internal
  }
}

/** The built-in catalog with the --catalog files applied, or the errors that stopped it. */
async function runCatalog(paths: readonly string[], ports: CliPorts): Promise<Result<RunCatalog>> {
  return loadRunCatalog(paths, async (path) => ports.readText(path))
}

async function run(argv: readonly string[], ports: CliPorts): Promise<number> {
  const command = parseCommand(argv, (warning) => ports.stderr(`image-cost-gate: warning: ${warning}\n`))
  const configOptions = (catalogs: RunCatalog) => ({ catalogs, readCatalog: async (path: string) => ports.readText(path) })
  switch (command.kind) {
    case 'catalog-export':
    case 'catalog-validate':
    case 'catalog-diff':
    case 'catalog-lifecycle': {
      const { runCatalogCommand } = await import('./catalog-commands.js')
      return runCatalogCommand(command, ports, (errors) => reportConfigErrors(ports, errors, 'format' in command ? command.format : undefined))
    }
    case 'usage-sync':
    case 'usage-import': {
      const { runUsageCommand } = await import('./usage-commands.js')
      return runUsageCommand(command, ports, (errors) => reportConfigErrors(ports, errors))
    }
    case 'help':
      ports.stdout(`${USAGE}\n`)
      return EXIT.ok
    case 'version':
      ports.stdout(`${ports.version}\n`)
      return EXIT.ok
    case 'schema': {
      // The JSON Schema generator is loaded only for this command.
      const { catalogJsonSchema, configJsonSchema, measuredJsonSchema, usageJsonSchema } = await import('../config/json-schema.js')
      const schema = { config: configJsonSchema, catalog: catalogJsonSchema, usage: usageJsonSchema, measured: measuredJsonSchema }[command.which]
      ports.stdout(JSON.stringify(schema(), null, 2) + '\n')
      return EXIT.ok
    }
    case 'models': {
      const date = command.date ?? ports.today()
      const catalogs = await runCatalog(command.catalogs, ports)
      if (!catalogs.ok) return reportConfigErrors(ports, catalogs.errors, command.format)
      const catalog = catalogForProvider(catalogs.value, command.provider)
      ports.stdout(command.format === 'json' ? renderModelsJson(catalog, date) : renderModelsTable(catalog, date))
      return EXIT.ok
    }
    case 'compare': {
      const catalogs = await runCatalog(command.catalogs, ports)
      if (!catalogs.ok) return reportConfigErrors(ports, catalogs.errors, command.format)
      const read = ports.readText(command.config)
      const loaded = read.ok ? await loadConfig(read.text, command.config, configOptions(catalogs.value)) : { ok: false as const, errors: [readFailure(command.config, read)] }
      if (!loaded.ok) return reportConfigErrors(ports, loaded.errors, command.format)
      const known = new Set(allModelIds(loaded.value.pricing.catalog))
      for (const id of command.models ?? []) {
        if (!known.has(id)) throw new UsageError(`--models: unknown model "${id}".${didYouMean(id, [...known])}`)
      }
      const comparison = compareModels(loaded.value, command.date ?? ports.today(), command.models)
      const render = { json: () => JSON.stringify(comparison, null, 2) + '\n', markdown: () => renderComparisonMarkdown(comparison), table: () => renderComparisonTable(comparison) }
      ports.stdout(render[command.format]())
      return EXIT.ok
    }
    case 'check': {
      const catalogs = await runCatalog(command.catalogs, ports)
      if (!catalogs.ok) return reportConfigErrors(ports, catalogs.errors, command.format)
      if (command.baseRef !== undefined) {
        const problem = ports.git ? ports.git.verify(command.baseRef) : 'git is not available here'
        if (problem) throw new UsageError(`--base-ref: ${problem}`)
      }
      const gathered = await gatherProjects(command.configs, checkSource(command, ports, configOptions(catalogs.value)))
      if (gathered.errors.length > 0) return reportConfigErrors(ports, gathered.errors, command.format)
      // An unusable base is decided as the action decides it: the rules that compare with it fail,
      // every other rule is judged on the head alone.
      for (const problem of gathered.baseProblems) {
        if (problem.errors) ports.stderr(listedErrors(problem.errors).map((line) => `${line}\n`).join(''))
        else ports.stderr(`image-cost-gate: could not read the base of ${problem.path}: ${problem.detail}\n`)
        ports.stderr(`image-cost-gate: the base config of ${problem.path} cannot be used; its report has no comparison.\n`)
      }
      for (const path of gathered.lost) ports.stderr(`image-cost-gate: warning: ${path} is deleted since ${command.baseRef ?? 'the base'}, but its base version cannot be priced; the base total leaves it out.\n`)
      const evaluated = await evaluateProjects({
        projects: gathered.projects,
        date: command.date ?? ports.today(),
        thresholdsFrom: command.thresholdsFrom,
        ...(command.totalBudgetUsd !== undefined ? { totalBudgetUsd: command.totalBudgetUsd } : {})
      })
      if (!evaluated.ok) return reportConfigErrors(ports, evaluated.errors, command.format)
      const report = buildProjectsReport(evaluated.value)
      await writeReport(report, command.format, ports.stdout, { showUnchanged: command.showUnchanged, width: terminalWidth(ports), alternatives: command.alternatives, jsonIndent: ports.stdoutIsTerminal ? 2 : 0 })
      return gateFails(report.findings, command.failOn) ? EXIT.gateFailed : EXIT.ok
    }
  }
}

type CheckCommand = Extract<Command, { kind: 'check' }>

/**
 * Where `check` reads its files: the working tree for the heads (globs matched there); the base
 * from --base PATH (one config), or each file at --base-ref through git, where files that exist
 * at the revision but no longer in the working tree are the ones the change deletes.
 */
function checkSource(command: CheckCommand, ports: CliPorts, options: LoadOptions): ProjectSource {
  // A base at a git revision reads the team catalog it names at that revision too.
  const { git } = ports
  const baseCatalogs: Partial<LoadOptions> =
    command.baseRef !== undefined && git ? { readCatalog: async (path) => readAtRef(git, command.baseRef as string, path) } : {}
  const load = (text: string, file: string, side: 'head' | 'base') =>
    loadConfig(text, file, side === 'head' ? { ...options, ...(command.usage !== undefined ? { usageSnapshot: command.usage } : {}) } : { ...options, readUsage: false, ...baseCatalogs })
  const source: ProjectSource = {
    listHead: async () => (await ports.listFiles?.(command.configs)) ?? [],
    readHead: async (path) => ports.readText(path),
    load,
    baseErrorsWithHead: true
  }
  const { base, baseRef } = command
  if (base !== undefined) {
    source.base = {
      read: async () => {
        const read = ports.readText(base)
        return read.ok ? { kind: 'found', text: read.text } : { kind: 'failed', reason: formatConfigError(readFailure(base, read)) }
      },
      removed: async () => [],
      label: () => base
    }
  } else if (baseRef !== undefined && ports.git) {
    const git = ports.git
    source.base = {
      read: async (path) => git.show(baseRef, path),
      // Every file at the revision: gatherProjects keeps those the patterns name and the working tree no longer has.
      removed: async () => git.listFiles(baseRef),
      label: (path) => `${path}@${baseRef}`
    }
  }
  return source
}

/** A file at a git revision, as a read result. */
function readAtRef(git: GitPort, ref: string, path: string): ReadResult {
  const read = git.show(ref, path)
  if (read.kind === 'found') return { ok: true, text: read.text }
  return read.kind === 'missing' ? { ok: false, missing: true, message: `file not found at ${ref}` } : { ok: false, message: read.reason }
}
