/**
 * OpenAI's `GET /v1/models`: the ids the key can see, with the optional `shutdown_date` OpenAI
 * publishes there. The key goes into the Authorization header and nowhere else: no message,
 * error or log line carries it.
 */
export const DEFAULT_OPENAI_BASE_URL = 'https://api.openai.com/v1'

export interface ListedModel {
  id: string
  /** YYYY-MM-DD, null (none announced), or absent when the answer has no such field. */
  shutdown_date?: string | null
}

export type ModelsResult = { ok: true; models: ListedModel[] } | { ok: false; message: string }

export type Fetch = (url: string, init: { headers: Record<string, string>; signal?: AbortSignal }) => Promise<{
  status: number
  headers?: { get(name: string): string | null }
  text(): Promise<string>
}>

const DAY = /^\d{4}-\d{2}-\d{2}$/

/** Every model the key can list; a refused key, an unreachable host or a broken answer is said plainly. */
export async function listModels(fetch: Fetch, apiKey: string, baseUrl: string = DEFAULT_OPENAI_BASE_URL, timeoutMs = 30_000): Promise<ModelsResult> {
  const url = `${baseUrl.replace(/\/+$/, '')}/models`
  let response
  try {
    response = await fetch(url, { headers: { authorization: `Bearer ${apiKey}`, accept: 'application/json' }, signal: AbortSignal.timeout(timeoutMs) })
  } catch (error) {
    const cause = (error as { cause?: { code?: string } }).cause?.code
    return { ok: false, message: `could not reach ${url}${cause ? ` (${cause})` : error instanceof Error && error.name === 'TimeoutError' ? ` (no answer within ${timeoutMs / 1000} s)` : ''}` }
  }
  if (response.status === 401 || response.status === 403) {
    return { ok: false, message: `OpenAI refused the key (HTTP ${response.status}); expected a valid API key in OPENAI_API_KEY` }
  }
  if (response.status < 200 || response.status >= 300) return { ok: false, message: `OpenAI answered HTTP ${response.status} for ${url}` }
  let body: unknown
  try {
    body = JSON.parse(await response.text())
  } catch {
    return { ok: false, message: `the answer from ${url} is not JSON` }
  }
  const data = (body as { data?: unknown } | null)?.data
  if (!Array.isArray(data)) return { ok: false, message: `the answer from ${url} has no "data" list of models` }
  const models: ListedModel[] = []
  for (const [i, item] of data.entries()) {
    const id = (item as { id?: unknown } | null)?.id
    if (typeof id !== 'string') return { ok: false, message: `model ${i} in the answer from ${url} has no string "id"` }
    const model: ListedModel = { id }
    if (item !== null && typeof item === 'object' && 'shutdown_date' in item) {
      const date = (item as { shutdown_date?: unknown }).shutdown_date
      if (date !== null && (typeof date !== 'string' || !DAY.test(date))) {
        return { ok: false, message: `model ${id} in the answer from ${url} has a shutdown_date that is neither YYYY-MM-DD nor null` }
      }
      model.shutdown_date = date as string | null
    }
    models.push(model)
  }
  return { ok: true, models }
}
