/** The action's inputs, read through a getter and checked before anything runs. */
import { ALTERNATIVES_FORMS, type AlternativesForm } from '../report/json-report.js'
import { DEFAULT_CONFIG_PATH } from '../config/load.js'
import { isCalendarDay } from '../util/date.js'
import type { ThresholdsFrom } from '../evaluate.js'
import type { FailOn } from '../gate/gate.js'
import { COMMENT_MODES, type CommentMode } from '../github/comments.js'
import { COMMENT_ON, type CommentOn } from './comment-policy.js'

export const DEFAULT_COMMENT_AUTHOR = 'github-actions[bot]'

export interface ActionInputs {
  /** Config paths or globs (repository paths), one per line of the input. */
  configs: string[]
  /** Team catalog files (repository paths), applied in order over the built-in catalog. */
  catalogs: string[]
  token: string
  comment: CommentMode
  /** When a new comment is posted (an existing one is always kept up to date). */
  commentOn?: CommentOn
  /** No new comment for a smaller change of the monthly total, unless the verdict is not pass. */
  minimumChangeUsd?: number
  commentKey: string
  commentAuthor: string
  failOn: FailOn
  thresholdsFrom: ThresholdsFrom
  /** A cap on the monthly total of every config together. */
  totalBudgetUsd?: number
  /** The report-json file's alternatives: compact (options only) or the full matrix. */
  alternatives?: AlternativesForm
  date?: string
}

/** An action input that cannot be used: the step fails with this message. */
export class InputError extends Error {}

function choice<T extends string>(name: string, value: string, allowed: readonly T[], fallback: T): T {
  if (value === '') return fallback
  if ((allowed as readonly string[]).includes(value)) return value as T
  throw new InputError(`input ${name} must be one of ${allowed.join(', ')}; found "${value}"`)
}

/** Repo-relative path of the config, as the contents API wants it. */
export function repoPath(config: string, workspace: string, input = 'config'): string {
  let path = config.replace(/\\/g, '/')
  const root = workspace.replace(/\\/g, '/').replace(/\/+$/, '')
  if (root && path.startsWith(`${root}/`)) path = path.slice(root.length + 1)
  path = path.replace(/^(\.\/)+/, '')
  if (path.startsWith('/') || path.split('/').includes('..') || path === '') {
    throw new InputError(`input ${input} must be a path inside the repository; found "${config}"`)
  }
  return path
}

/** A multi-line input's entries: one per line, blank lines and surrounding spaces dropped. */
function lines(value: string): string[] {
  return value
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '')
}

/** A US-dollar amount input, if given. */
function dollars(get: (name: string) => string, name: string): number | undefined {
  const text = get(name)
  if (text === '') return undefined
  const value = Number(text)
  if (!/^\d+(\.\d+)?$/.test(text) || !Number.isFinite(value)) throw new InputError(`input ${name} must be a number of US dollars, e.g. 5 or 0.5; found "${text}"`)
  return value
}

export function parseActionInputs(get: (name: string) => string, workspace: string): ActionInputs {
  const token = get('github-token')
  const inputs: ActionInputs = {
    configs: lines(get('config')).map((path) => repoPath(path, workspace)),
    catalogs: lines(get('catalog')).map((path) => repoPath(path, workspace, 'catalog')),
    token,
    comment: choice('comment', get('comment'), COMMENT_MODES, 'update'),
    commentOn: choice('comment-on', get('comment-on'), COMMENT_ON, 'always'),
    commentKey: get('comment-key') || 'default',
    commentAuthor: get('comment-author') || DEFAULT_COMMENT_AUTHOR,
    failOn: choice('fail-on', get('fail-on'), ['error', 'warning', 'never'] as const, 'error'),
    thresholdsFrom: choice('thresholds-from', get('thresholds-from'), ['head', 'base'] as const, 'head')
  }
  if (inputs.configs.length === 0) inputs.configs = [DEFAULT_CONFIG_PATH]
  const minimum = dollars(get, 'minimum-change-usd')
  if (minimum !== undefined) inputs.minimumChangeUsd = minimum
  const totalBudget = dollars(get, 'total-budget-usd')
  if (totalBudget !== undefined) inputs.totalBudgetUsd = totalBudget
  const alternatives = get('alternatives')
  if (alternatives !== '') inputs.alternatives = choice('alternatives', alternatives, ALTERNATIVES_FORMS, 'compact')
  const date = get('date')
  if (date !== '') {
    if (!isCalendarDay(date)) throw new InputError(`input date must be a calendar day written YYYY-MM-DD; found "${date}"`)
    inputs.date = date
  }
  return inputs
}
