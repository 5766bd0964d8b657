/**
 * OpenAI's organization Usage API for images (`GET /organization/usage/images`) and Costs API
 * (`GET /organization/costs`), every page through `next_page`, with retries on 429 and 5xx
 * (Retry-After honoured, up to a cap). Both need an Admin API key; it goes into the Authorization
 * header and nowhere else: no message, error or log line carries it.
 */
import type { Fetch } from './models-api.js'

export interface ImageUsageResult {
  model: string | null
  size: string | null
  source: string | null
  project_id: string | null
  images: number
  num_model_requests: number
}

export interface CostResult {
  project_id: string | null
  line_item: string | null
  usd: number
}

export type ApiResult<T> = { ok: true; results: T[]; pages: number } | { ok: false; message: string; status?: number }

export interface UsageApiOptions {
  fetch: Fetch
  adminKey: string
  baseUrl: string
  /** Waits between attempts (a test passes one that does not sleep). */
  sleep: (ms: number) => Promise<void>
  /** Attempts per request, the first included. Default 5. */
  attempts?: number
  /** The longest single wait, whatever Retry-After asks. Default 60 s. */
  maxWaitMs?: number
  timeoutMs?: number
  /** Hears about each retry (for the log). */
  onRetry?: (message: string) => void
}

/** Pages are followed up to this many, a guard against an answer that never ends. */
const MAX_PAGES = 1000

/** Unix seconds [start, end), grouped by model, size, source and project, one bucket a day. */
export function fetchImageUsage(options: UsageApiOptions, startTime: number, endTime: number, days: number): Promise<ApiResult<ImageUsageResult>> {
  const query: [string, string][] = [
    ['start_time', String(startTime)],
    ['end_time', String(endTime)],
    ['bucket_width', '1d'],
    ['limit', String(Math.min(31, Math.max(1, days)))],
    ...['model', 'size', 'source', 'project_id'].map((g): [string, string] => ['group_by', g])
  ]
  return fetchAllPages(options, '/organization/usage/images', query, imageResult)
}

/** Costs per day over [start, end), grouped by project and line item. */
export function fetchCosts(options: UsageApiOptions, startTime: number, endTime: number, days: number): Promise<ApiResult<CostResult>> {
  const query: [string, string][] = [
    ['start_time', String(startTime)],
    ['end_time', String(endTime)],
    ['bucket_width', '1d'],
    ['limit', String(Math.min(180, Math.max(1, days)))],
    ['group_by', 'project_id'],
    ['group_by', 'line_item']
  ]
  return fetchAllPages(options, '/organization/costs', query, costResult)
}

type Parse<T> = (raw: Record<string, unknown>) => T | string

const nullableString = (v: unknown): v is string | null | undefined => v === null || v === undefined || typeof v === 'string'
const count = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && v >= 0

function imageResult(raw: Record<string, unknown>): ImageUsageResult | string {
  const { model, size, source, project_id, images, num_model_requests } = raw
  if (!count(images)) return '"images" is not a count'
  if (num_model_requests !== undefined && !count(num_model_requests)) return '"num_model_requests" is not a count'
  if (![model, size, source, project_id].every(nullableString)) return 'a grouped field (model, size, source, project_id) is neither text nor null'
  return {
    model: (model as string | null | undefined) ?? null,
    size: (size as string | null | undefined) ?? null,
    source: (source as string | null | undefined) ?? null,
    project_id: (project_id as string | null | undefined) ?? null,
    images,
    num_model_requests: (num_model_requests as number | undefined) ?? 0
  }
}

function costResult(raw: Record<string, unknown>): CostResult | string {
  const amount = raw.amount as { value?: unknown; currency?: unknown } | null | undefined
  if (!amount || typeof amount.value !== 'number' || !Number.isFinite(amount.value)) return '"amount.value" is not a number'
  if (typeof amount.currency === 'string' && amount.currency.toLowerCase() !== 'usd') return `"amount.currency" is ${JSON.stringify(amount.currency)}; expected usd`
  if (!nullableString(raw.project_id) || !nullableString(raw.line_item)) return '"project_id" or "line_item" is neither text nor null'
  return { project_id: (raw.project_id as string | null | undefined) ?? null, line_item: (raw.line_item as string | null | undefined) ?? null, usd: amount.value }
}

async function fetchAllPages<T>(options: UsageApiOptions, path: string, query: [string, string][], parse: Parse<T>): Promise<ApiResult<T>> {
  const results: T[] = []
  let page: string | undefined
  for (let n = 1; n <= MAX_PAGES; n++) {
    const params = new URLSearchParams(page ? [...query, ['page', page] as [string, string]] : query)
    const url = `${options.baseUrl.replace(/\/+$/, '')}${path}?${params.toString()}`
    const answer = await request(options, url)
    if (!answer.ok) return answer
    const where = `the answer from ${path} (page ${n})`
    const body = answer.body as { data?: unknown; has_more?: unknown; next_page?: unknown } | null
    if (body === null || typeof body !== 'object' || !Array.isArray(body.data)) return { ok: false, message: `${where} has no "data" list of buckets` }
    for (const [b, bucket] of body.data.entries()) {
      const rows = (bucket as { results?: unknown } | null)?.results
      if (!Array.isArray(rows)) return { ok: false, message: `${where}: bucket ${b} has no "results" list` }
      for (const [r, row] of rows.entries()) {
        if (row === null || typeof row !== 'object') return { ok: false, message: `${where}: bucket ${b}, result ${r} is not an object` }
        const parsed = parse(row as Record<string, unknown>)
        if (typeof parsed === 'string') return { ok: false, message: `${where}: bucket ${b}, result ${r}: ${parsed}` }
        results.push(parsed)
      }
    }
    if (body.has_more !== true) return { ok: true, results, pages: n }
    if (typeof body.next_page !== 'string' || body.next_page === '') return { ok: false, message: `${where} says has_more but gives no "next_page"` }
    page = body.next_page
  }
  return { ok: false, message: `${path} gave more than ${MAX_PAGES} pages; stopped` }
}

type Answer = { ok: true; body: unknown } | { ok: false; message: string; status?: number }

/** One GET with its retries. */
async function request(options: UsageApiOptions, url: string): Promise<Answer> {
  const attempts = options.attempts ?? 5
  const maxWait = options.maxWaitMs ?? 60_000
  const shown = url.replace(/\?.*$/, '')
  let problem = ''
  for (let attempt = 1; attempt <= attempts; attempt++) {
    let status: number
    let text: string
    let retryAfter: string | null = null
    try {
      const response = await options.fetch(url, {
        headers: { authorization: `Bearer ${options.adminKey}`, accept: 'application/json' },
        signal: AbortSignal.timeout(options.timeoutMs ?? 30_000)
      })
      status = response.status
      retryAfter = response.headers?.get('retry-after') ?? null
      text = await response.text()
    } catch (error) {
      const cause = (error as { cause?: { code?: string } }).cause?.code
      problem = `could not reach ${shown}${cause ? ` (${cause})` : error instanceof Error && error.name === 'TimeoutError' ? ' (no answer in time)' : ''}`
      if (attempt < attempts) await wait(options, backoff(attempt, null, maxWait), problem)
      continue
    }
    if (status === 401 || status === 403) {
      return { ok: false, status, message: `OpenAI refused the key (HTTP ${status}) for ${shown}; the Usage and Costs APIs need an Admin API key (sk-admin-..., made by an organization owner) in OPENAI_ADMIN_KEY` }
    }
    if (status === 429 || status >= 500) {
      problem = `OpenAI answered HTTP ${status} for ${shown}`
      if (attempt < attempts) await wait(options, backoff(attempt, retryAfter, maxWait), problem)
      continue
    }
    if (status < 200 || status >= 300) return { ok: false, status, message: `OpenAI answered HTTP ${status} for ${shown}${errorMessage(text)}` }
    try {
      return { ok: true, body: JSON.parse(text) as unknown }
    } catch {
      return { ok: false, message: `the answer from ${shown} is not JSON` }
    }
  }
  return { ok: false, message: `${problem}; gave up after ${attempts} attempts` }
}

/** The wait before the next attempt: Retry-After (seconds or an HTTP date) when given, else 1 s, 2 s, 4 s, ...; never more than the cap. */
export function backoff(attempt: number, retryAfter: string | null, maxWaitMs: number, now = Date.now()): number {
  let ms = 1000 * 2 ** (attempt - 1)
  if (retryAfter !== null) {
    const seconds = Number(retryAfter)
    if (Number.isFinite(seconds) && seconds >= 0) ms = seconds * 1000
    else {
      const at = Date.parse(retryAfter)
      if (Number.isFinite(at)) ms = Math.max(0, at - now)
    }
  }
  return Math.min(ms, maxWaitMs)
}

async function wait(options: UsageApiOptions, ms: number, why: string): Promise<void> {
  options.onRetry?.(`${why}; retrying in ${(ms / 1000).toFixed(1)} s`)
  await options.sleep(ms)
}

/** OpenAI's own error message, when the body has one (it never holds the key). */
function errorMessage(text: string): string {
  try {
    const message = (JSON.parse(text) as { error?: { message?: unknown } }).error?.message
    return typeof message === 'string' && message !== '' ? `: ${message.slice(0, 300)}` : ''
  } catch {
    return ''
  }
}
