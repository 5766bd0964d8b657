/** Command-line parsing: argv -> a typed command, or a usage error. No I/O. */
import { parseArgs } from 'node:util'
import type { FailOn } from '../gate/gate.js'
import type { ThresholdsFrom } from '../evaluate.js'
import { PROVIDERS, type ProviderId } from '../catalog/vocabulary.js'
import { DEFAULT_CONFIG_PATH } from '../config/load.js'
import { isCalendarDay } from '../util/date.js'
import { isGlob } from '../projects/glob-syntax.js'
import { nearest } from '../util/suggest.js'
import { ALTERNATIVES_FORMS, type AlternativesForm } from '../report/json-report.js'

export { DEFAULT_CONFIG_PATH }
export const FORMATS = ['table', 'markdown', 'json'] as const
export type Format = (typeof FORMATS)[number]
const FAIL_ON = ['error', 'warning', 'never'] as const
const THRESHOLDS_FROM = ['head', 'base'] as const

export type CatalogCommand =
  | { kind: 'catalog-export' }
  | { kind: 'catalog-validate'; path: string }
  | { kind: 'catalog-diff'; old: string; new: string; format: Format }
  | { kind: 'catalog-lifecycle'; catalogs: string[]; format: Format }

export type UsageCommand =
  | { kind: 'usage-sync'; config: string; out?: string; days: number; date?: string }
  | { kind: 'usage-import'; jsonl: string; out: string }

export type Command =
  | { kind: 'help' }
  | UsageCommand
  | { kind: 'version' }
  | { kind: 'schema'; which: 'config' | 'catalog' | 'usage' | 'measured' }
  | { kind: 'models'; format: Format; date?: string; catalogs: string[]; provider: ProviderId }
  | { kind: 'compare'; config: string; models?: string[]; format: Format; date?: string; catalogs: string[] }
  | CatalogCommand
  | {
      kind: 'check'
      /** Config paths or globs, in the order given (--config, repeatable). */
      configs: string[]
      /** Team catalog files applied over the built-in one, in order. */
      catalogs: string[]
      /** The base file of the one config (--base PATH). */
      base?: string
      /** The git revision each config's base version is read at (--base-ref REF). */
      baseRef?: string
      /** A cap on the monthly total of every config together (--total-budget-usd). */
      totalBudgetUsd?: number
      /** A usage snapshot that replaces the config's usage.snapshot (--usage PATH). */
      usage?: string
      format: Format
      date?: string
      failOn: FailOn
      thresholdsFrom: ThresholdsFrom
      /** The table lists unchanged workloads one by one instead of folding them into one row. */
      showUnchanged: boolean
      /** The JSON report's alternatives: compact (options only) or the full matrix. */
      alternatives: AlternativesForm
    }

export class UsageError extends Error {}

export const USAGE = `Usage:
  image-cost-gate check [--config PATH|GLOB]... [--base PATH | --base-ref REF]
                        [--format table|markdown|json] [--date YYYY-MM-DD]
                        [--fail-on error|warning|never] [--thresholds-from head|base]
                        [--total-budget-usd N] [--usage PATH] [--show-unchanged]
                        [--catalog PATH]...
  image-cost-gate compare [--config PATH] [--models a,b,c] [--format table|markdown|json]
                          [--date YYYY-MM-DD] [--catalog PATH]...
  image-cost-gate models [--format table|json] [--date YYYY-MM-DD] [--provider openai|azure]
                         [--catalog PATH]...
  image-cost-gate catalog export
  image-cost-gate catalog validate PATH
  image-cost-gate catalog diff OLD NEW [--format table|markdown|json]
  image-cost-gate catalog lifecycle [--catalog PATH]... [--format table|json]
  image-cost-gate usage sync [--config PATH] [--out PATH] [--days N] [--date YYYY-MM-DD]
  image-cost-gate usage import --jsonl PATH --out PATH
  image-cost-gate schema [--catalog | --usage | --measured]
  image-cost-gate --help | --version

check   price the workloads in --config (default ${DEFAULT_CONFIG_PATH}; repeatable, and a
        quoted glob such as 'services/*/image-cost.yml' names many files), compare with
        --base PATH (one file) or each file's version at --base-ref REF (git), and apply
        the budget, tier and lifecycle rules; organization limits apply to the sum of
        the files; the table folds unchanged workloads into one row unless --show-unchanged
compare price every workload on every model (or --models) with the same quality and
        size intent, and show the cheapest eligible one
models  list the pricing catalog with each model's status on --date
catalog export: print the built-in catalog, a file to start a team catalog from;
        validate: check a catalog file; diff: the figures two catalog files differ in;
        lifecycle: compare the catalog's shutdown dates with OpenAI's GET /v1/models
        (key from OPENAI_API_KEY; exit 1 when a date differs)
usage   sync: fetch what the organization used and paid from OpenAI's Usage and Costs
        APIs (admin key from OPENAI_ADMIN_KEY) into a usage snapshot, for the --days days
        (default 30) before --date (default today); import: measured tokens per image
        from JSON Lines of Images API calls
schema  print the config file's JSON Schema (draft-07), or with --catalog the catalog
        file's, --usage the usage snapshot's, --measured the measured-tokens file's

--catalog PATH applies a team catalog file over the built-in one (repeatable, in order).

Exit codes: 0 no failing finding, 1 the gate failed, 2 invalid config or usage, 3 internal error.`

function oneOf<T extends string>(value: string | undefined, allowed: readonly T[], flag: string, fallback: T): T {
  if (value === undefined) return fallback
  if ((allowed as readonly string[]).includes(value)) return value as T
  throw new UsageError(`${flag} must be one of ${allowed.join(', ')}; found "${value}"`)
}

/** A US-dollar amount: a plain non-negative number. */
function dollars(value: string, flag: string): number {
  const amount = Number(value)
  if (!/^\d+(\.\d+)?$/.test(value) || !Number.isFinite(amount)) throw new UsageError(`${flag} must be a number of US dollars, e.g. 500 or 12.5; found "${value}"`)
  return amount
}

export function checkDate(value: string | undefined): string | undefined {
  if (value === undefined) return undefined
  if (!isCalendarDay(value)) throw new UsageError(`--date must be a calendar day written YYYY-MM-DD; found "${value}"`)
  return value
}

/** argv -> the command; `warn` hears about settings that have no effect (an option given twice, ...). */
export function parseCommand(argv: readonly string[], warn: (message: string) => void = () => undefined): Command {
  const [name, ...rest] = argv
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') return { kind: 'help' }
  if (name === '--version' || name === '-v') return { kind: 'version' }
  if (name === 'catalog') return parseCatalogCommand(rest)
  if (name === 'usage') return parseUsageCommand(rest)
  const options = {
    config: { type: 'string', short: 'c' },
    base: { type: 'string', short: 'b' },
    'base-ref': { type: 'string' },
    'total-budget-usd': { type: 'string' },
    usage: { type: 'string' },
    measured: { type: 'boolean' },
    format: { type: 'string', short: 'f' },
    date: { type: 'string' },
    'fail-on': { type: 'string' },
    'thresholds-from': { type: 'string' },
    models: { type: 'string', short: 'm' },
    'show-unchanged': { type: 'boolean' },
    provider: { type: 'string' },
    alternatives: { type: 'string' },
    help: { type: 'boolean', short: 'h' }
  } as const
  let values: { [K in keyof typeof options]?: (typeof options)[K]['type'] extends 'string' ? string : boolean }
  let catalogs: string[] = []
  let configs: string[] = []
  try {
    // --catalog takes a path and may be given several times; in `schema`, it is a switch.
    // `check` takes several --config; the other commands one.
    const repeatable = {
      ...options,
      catalog: name === 'schema' ? { type: 'boolean' as const } : { type: 'string' as const, multiple: true as const },
      usage: name === 'schema' ? { type: 'boolean' as const } : { type: 'string' as const },
      config: { type: 'string' as const, short: 'c', multiple: true as const }
    }
    const result = parseArgs({ args: [...rest], options: repeatable, allowPositionals: false, strict: true, tokens: true })
    const many = (option: string) => (option === 'catalog' && name !== 'schema') || (option === 'config' && name === 'check')
    for (const warning of repeatedOptions(result.tokens, (option) => !many(option))) warn(warning)
    const { catalog, config, usage, ...others } = result.values
    values = typeof usage === 'string' ? { ...others, usage } : others
    if (usage === true) (values as Record<string, unknown>).usage = true
    if (Array.isArray(catalog)) catalogs = catalog.map(String)
    if (catalog !== undefined) (values as Record<string, unknown>).catalog = catalog
    configs = (config ?? []).map(String)
    // Where one config is read, the last one given counts (and repeatedOptions warned about it).
    if (configs.length > 0) (values as Record<string, unknown>).config = configs.at(-1)
  } catch (error) {
    throw new UsageError(withSuggestion(error, [...Object.keys(options), 'catalog']))
  }
  if (values.help) return { kind: 'help' }
  const allow = (allowed: readonly string[]) => {
    for (const key of Object.keys(values)) {
      if (!allowed.includes(key)) throw new UsageError(`--${key} does not apply to "${name}"`)
    }
  }
  switch (name) {
    case 'schema': {
      // --usage is a switch here (the snapshot's schema), a path in `check`.
      const given = values as Record<string, unknown>
      const switches = { catalog: given.catalog === true, usage: given.usage === true, measured: given.measured === true }
      allow(['catalog', 'usage', 'measured'])
      const chosen = (Object.keys(switches) as (keyof typeof switches)[]).filter((k) => switches[k])
      if (chosen.length > 1) throw new UsageError(`schema prints one schema; give one of --${chosen.join(', --')}`)
      return { kind: 'schema', which: chosen[0] ?? 'config' }
    }
    case 'models': {
      allow(['format', 'date', 'catalog', 'provider'])
      const command: Command = {
        kind: 'models',
        format: oneOf(values.format, ['table', 'json'], '--format', 'table'),
        catalogs,
        provider: oneOf(values.provider, PROVIDERS, '--provider', 'openai')
      }
      const date = checkDate(values.date)
      return date ? { ...command, date } : command
    }
    case 'compare': {
      allow(['config', 'models', 'format', 'date', 'catalog'])
      const command: Command = {
        kind: 'compare',
        config: values.config ?? DEFAULT_CONFIG_PATH,
        catalogs,
        format: oneOf(values.format, FORMATS, '--format', 'table')
      }
      if (values.models !== undefined) {
        const models = values.models.split(',').map((m) => m.trim()).filter(Boolean)
        if (models.length === 0) throw new UsageError('--models needs a comma-separated list of model ids')
        command.models = models
      }
      const date = checkDate(values.date)
      return date ? { ...command, date } : command
    }
    case 'check': {
      allow(['config', 'base', 'base-ref', 'total-budget-usd', 'usage', 'format', 'date', 'fail-on', 'thresholds-from', 'show-unchanged', 'catalog', 'alternatives'])
      const command: Command = {
        kind: 'check',
        configs: configs.length > 0 ? configs : [DEFAULT_CONFIG_PATH],
        catalogs,
        format: oneOf(values.format, FORMATS, '--format', 'table'),
        failOn: oneOf(values['fail-on'], FAIL_ON, '--fail-on', 'error'),
        thresholdsFrom: oneOf(values['thresholds-from'], THRESHOLDS_FROM, '--thresholds-from', 'head'),
        showUnchanged: values['show-unchanged'] === true,
        alternatives: oneOf(values.alternatives, ALTERNATIVES_FORMS, '--alternatives', 'compact')
      }
      if (values.base !== undefined) command.base = values.base
      if (values['base-ref'] !== undefined) {
        if (values['base-ref'].trim() === '' || values['base-ref'].startsWith('-')) throw new UsageError(`--base-ref needs a git revision (a branch, tag or commit); found "${values['base-ref']}"`)
        command.baseRef = values['base-ref']
      }
      if (command.base !== undefined && command.baseRef !== undefined) throw new UsageError('--base PATH and --base-ref REF both name the base; give one')
      if (command.base !== undefined && (command.configs.length > 1 || command.configs.some(isGlob))) {
        throw new UsageError(`--base PATH is the base of one config; for ${command.configs.length > 1 ? `${command.configs.length} configs` : 'a glob'}, use --base-ref REF (each file's version in git)`)
      }
      if (values['total-budget-usd'] !== undefined) command.totalBudgetUsd = dollars(values['total-budget-usd'], '--total-budget-usd')
      if (values.usage !== undefined) {
        if (values.usage === '') throw new UsageError('--usage needs the path of a usage snapshot')
        command.usage = values.usage
      }
      const date = checkDate(values.date)
      if (date) command.date = date
      const compared = command.base !== undefined || command.baseRef !== undefined
      if (command.showUnchanged && !compared) warn('--show-unchanged has no effect without --base or --base-ref: without a comparison every workload is listed')
      if (values.alternatives !== undefined && command.format !== 'json') warn(`--alternatives applies to --format json; the ${command.format} report is not changed by it`)
      if (command.showUnchanged && command.format !== 'table') {
        throw new UsageError(`--show-unchanged applies to --format table; the ${command.format} report always lists every workload`)
      }
      if (command.thresholdsFrom === 'base' && !compared) {
        throw new UsageError('--thresholds-from base needs --base PATH or --base-ref REF')
      }
      return command
    }
    default: {
      const close = nearest(name, COMMANDS, 1)
      throw new UsageError(`unknown command "${name}"; ${close.length > 0 ? `did you mean "${close[0]}"? ` : ''}expected check, compare, models, catalog, usage or schema`)
    }
  }
}

const CATALOG_SUBCOMMANDS = ['export', 'validate', 'diff', 'lifecycle'] as const

function parseUsageCommand(argv: readonly string[]): Command {
  const [sub, ...rest] = argv
  if (sub === undefined || sub === '--help' || sub === '-h') return { kind: 'help' }
  let values
  try {
    values = parseArgs({
      args: [...rest],
      options: { config: { type: 'string', short: 'c' }, out: { type: 'string', short: 'o' }, days: { type: 'string' }, date: { type: 'string' }, jsonl: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
      allowPositionals: false,
      strict: true
    }).values
  } catch (error) {
    throw new UsageError(withSuggestion(error, ['config', 'out', 'days', 'date', 'jsonl']))
  }
  if (values.help) return { kind: 'help' }
  const only = (allowed: readonly string[]) => {
    for (const key of Object.keys(values)) if (!allowed.includes(key)) throw new UsageError(`--${key} does not apply to "usage ${sub}"`)
  }
  switch (sub) {
    case 'sync': {
      only(['config', 'out', 'days', 'date'])
      const days = values.days === undefined ? 30 : Number(values.days)
      if (!/^\d+$/.test(values.days ?? '30') || days < 1 || days > 366) throw new UsageError(`--days must be a whole number of days from 1 to 366; found "${values.days}"`)
      const command: UsageCommand = { kind: 'usage-sync', config: values.config ?? DEFAULT_CONFIG_PATH, days }
      if (values.out !== undefined) command.out = values.out
      const date = checkDate(values.date)
      if (date) command.date = date
      return command
    }
    case 'import':
      only(['jsonl', 'out'])
      if (values.jsonl === undefined) throw new UsageError('usage import needs --jsonl PATH: the JSON Lines file of Images API calls')
      if (values.out === undefined) throw new UsageError('usage import needs --out PATH: where to write the measured tokens')
      return { kind: 'usage-import', jsonl: values.jsonl, out: values.out }
    default: {
      const close = nearest(sub, ['sync', 'import'], 2)
      throw new UsageError(`unknown usage command "${sub}"; ${close.length > 0 ? `did you mean "${close[0]}"? ` : ''}expected sync or import`)
    }
  }
}

function parseCatalogCommand(argv: readonly string[]): Command {
  const [sub, ...rest] = argv
  if (sub === undefined || sub === '--help' || sub === '-h') return { kind: 'help' }
  let parsed
  try {
    parsed = parseArgs({
      args: [...rest],
      options: { format: { type: 'string', short: 'f' }, catalog: { type: 'string', multiple: true }, help: { type: 'boolean', short: 'h' } },
      allowPositionals: true,
      strict: true
    })
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error))
  }
  const { values, positionals } = parsed
  if (values.help) return { kind: 'help' }
  const positional = (count: number, what: string) => {
    if (positionals.length !== count) throw new UsageError(`catalog ${sub} takes ${what}; found ${positionals.length === 0 ? 'none' : positionals.map((p) => `"${p}"`).join(' ')}`)
  }
  const only = (allowed: readonly string[]) => {
    for (const key of Object.keys(values)) if (!allowed.includes(key)) throw new UsageError(`--${key} does not apply to "catalog ${sub}"`)
  }
  switch (sub) {
    case 'export':
      positional(0, 'no arguments')
      only([])
      return { kind: 'catalog-export' }
    case 'validate':
      positional(1, 'one PATH')
      only([])
      return { kind: 'catalog-validate', path: positionals[0] as string }
    case 'diff':
      positional(2, 'two paths: OLD NEW')
      only(['format'])
      return { kind: 'catalog-diff', old: positionals[0] as string, new: positionals[1] as string, format: oneOf(values.format, FORMATS, '--format', 'table') }
    case 'lifecycle':
      positional(0, 'no arguments')
      only(['catalog', 'format'])
      return { kind: 'catalog-lifecycle', catalogs: values.catalog ?? [], format: oneOf(values.format, FORMATS, '--format', 'table') }
    default:
      throw new UsageError(`unknown catalog command "${sub}"; expected ${CATALOG_SUBCOMMANDS.join(', ')}`)
  }
}

const COMMANDS = ['check', 'compare', 'models', 'catalog', 'usage', 'schema', 'help'] as const

/** parseArgs' message, with the closest known option when the option is unknown or mistyped. */
function withSuggestion(error: unknown, known: readonly string[]): string {
  // parseArgs' errors may come from another realm (a test's VM): read the message, not the class.
  const message = typeof (error as { message?: unknown })?.message === 'string' ? (error as { message: string }).message : String(error)
  const unknown = /Unknown option '(--?[^']+)'/.exec(message)?.[1]
  if (!unknown) return message
  const close = nearest(unknown.replace(/^-+/, ''), known, 1)
  return `unknown option ${unknown}${close.length > 0 ? `; did you mean --${close[0]}?` : ''} (see --help)`
}

interface OptionToken {
  kind: string
  name?: string
  value?: string | undefined
}

/** A warning for each option given more than once where only the last one counts. */
function repeatedOptions(tokens: readonly OptionToken[] | undefined, single: (option: string) => boolean): string[] {
  const given = new Map<string, (string | undefined)[]>()
  for (const t of tokens ?? []) {
    if (t.kind !== 'option' || !t.name || !single(t.name)) continue
    given.set(t.name, [...(given.get(t.name) ?? []), t.value])
  }
  return [...given]
    .filter(([, values]) => values.length > 1)
    .map(([option, values]) => `--${option} was given ${values.length} times; only the last one${values.at(-1) !== undefined ? ` (${values.at(-1)})` : ''} counts`)
}
