/**
 * The config files of a run, found and loaded: the paths and globs the user gave, matched against
 * the files of the change; each file's base version; the files the change deletes or renames
 * away. The reading is behind a port (the file system and git for the CLI, the workspace and the
 * GitHub API for the action); this module decides what each file is.
 */
import { append } from '../util/array.js'
import { formatConfigError, readFailure, type BaseRead, type ConfigError, type ReadResult, type Result } from '../config/errors.js'
import type { LoadedConfig } from '../config/load.js'
import type { ProjectInput } from './evaluate.js'
import { isGlob, normalPath } from './glob-syntax.js'

export type { BaseRead }

export interface ProjectSource {
  /** The files of the change that globs may match (only asked for when a pattern is a glob). */
  listHead(): Promise<string[]>
  /** A file of the change (a failure with `missing` when it is not there). */
  readHead(path: string): Promise<ReadResult>
  /** The base to compare with; absent when there is none. */
  base?: {
    read(path: string): Promise<BaseRead>
    /**
     * Files that exist at the base and may be gone from the change (the PR's deleted files, or
     * every file at a git revision): those the patterns name and the change does not have are
     * removed. Asked for only when it can matter.
     */
    removed(): Promise<string[]>
    /** How reports name a file's base version, e.g. `path@base` or `main:path`. */
    label(path: string): string
  }
  load(text: string, file: string, side: 'head' | 'base', path: string): Promise<Result<LoadedConfig>>
  /** Also read the base of a head file that is invalid, to list its errors in the same pass (the CLI's local files). */
  baseErrorsWithHead?: boolean
}

export interface GatheredProjects {
  projects: ProjectInput[]
  /** Problems that stop the run: unreadable or invalid head files, patterns that match nothing. */
  errors: ConfigError[]
  /** Base versions that could not be used, for the log and the summary; their files are priced without a comparison. */
  baseProblems: BaseProblem[]
  /** Files the change deletes whose base version could not be priced either: they are left out. */
  lost: string[]
}

export interface BaseProblem {
  path: string
  /** unreadable: the base could not be read (the API failed); invalid: it is not a valid config. */
  kind: 'unreadable' | 'invalid'
  /** Why, as a clause. */
  detail: string
  /** For an invalid base: its errors. */
  errors?: ConfigError[]
}

function errorCount(errors: readonly ConfigError[]): string {
  return `${errors.length} error${errors.length === 1 ? '' : 's'}, first: ${formatConfigError(errors[0] as ConfigError)}`
}

export async function gatherProjects(patterns: readonly string[], source: ProjectSource): Promise<GatheredProjects> {
  const errors: ConfigError[] = []
  const baseProblems: BaseProblem[] = []
  const lost: string[] = []
  const globs = patterns.some(isGlob)
  // The matcher is loaded only for globs; plain paths stand for themselves.
  const matching = globs ? await import('./patterns.js') : undefined
  const matcher = (pattern: string) => (matching ? matching.pathMatcher(pattern) : (path: string) => normalPath(pattern) === path)
  const { paths, unmatched } = matching ? matching.expandPatterns(patterns, await source.listHead()) : { paths: [...new Set(patterns.map(normalPath))], unmatched: [] }
  const matchers = patterns.map(matcher)
  const named = (path: string) => matchers.some((match) => match(path))
  // Asked for once, and only when a file may have been deleted: a glob, or a path not found.
  let removedAtBase: Promise<Set<string>> | undefined
  const removedFiles = () => (removedAtBase ??= source.base ? source.base.removed().then((list) => new Set(list.map(normalPath).filter(named))) : Promise.resolve(new Set<string>()))

  const projects: ProjectInput[] = []
  const present = new Set<string>()
  for (const path of paths) {
    const read = await source.readHead(path)
    if (!read.ok) {
      if (!(read.missing && (await removedFiles()).has(path))) errors.push(readFailure(path, read))
      continue
    }
    present.add(path)
    const head = await source.load(read.text, path, 'head', path)
    if (!head.ok) {
      append(errors, head.errors)
      // The base's errors too, so that one pass shows every error of the run.
      if (source.baseErrorsWithHead) {
        const base = await baseOf(path, source, [])
        if (base.errors) append(errors, base.errors)
      }
      continue
    }
    projects.push({ config: path, head: head.value, ...(await baseOf(path, source, baseProblems)) })
  }
  const removed = globs || present.size < paths.length ? [...(await removedFiles())].filter((path) => !present.has(path)).sort() : []
  for (const pattern of unmatched) {
    const match = matcher(pattern)
    if (removed.some(match)) continue
    errors.push({ file: pattern, path: '', message: `no file matches the pattern "${pattern}"; expected at least one config file (the pattern is matched from the repository root, dot directories included)` })
  }

  // Files the change deletes: shown as removed, with their base cost.
  for (const path of removed) {
    const base = await baseOf(path, source, baseProblems)
    if (base.base) projects.push({ config: path, head: null, base: base.base })
    else lost.push(path)
  }
  return { projects, errors, baseProblems, lost }
}

async function baseOf(path: string, source: ProjectSource, problems: BaseProblem[]): Promise<Pick<ProjectInput, 'base' | 'baseMissing' | 'baseUnavailable'> & { errors?: ConfigError[] }> {
  if (!source.base) return { base: null }
  const fetched = await source.base.read(path)
  if (fetched.kind === 'missing') return { base: null, baseMissing: true }
  if (fetched.kind === 'failed') {
    problems.push({ path, kind: 'unreadable', detail: fetched.reason })
    return { base: null, baseUnavailable: fetched.reason }
  }
  const loaded = await source.load(fetched.text, source.base.label(path), 'base', path)
  if (loaded.ok) return { base: loaded.value }
  problems.push({ path, kind: 'invalid', detail: errorCount(loaded.errors), errors: loaded.errors })
  return { base: null, baseUnavailable: `it is not a valid config: ${errorCount(loaded.errors)}`, errors: loaded.errors }
}
