/**
 * The small part of fetch that Octokit uses, over node:http and node:https.
 *
 * Node's global fetch loads its bundled HTTP client (undici) and the web-stream internals it needs
 * on first use: on Node 24 that is about 70 ms, more than the rest of a typical action run. Octokit
 * needs only a string body out, and status, headers and text back, so this client gives it that:
 * redirects are followed as fetch follows them, compressed answers are decoded, an abort signal
 * cancels the exchange, and a network failure rejects with the `TypeError('fetch failed')` and
 * `cause` that fetch uses, so Octokit's retries and the caller's error messages see no difference.
 * The whole body is read before the promise resolves, so a deadline covers the body too.
 */
import { request as httpRequest, type IncomingMessage, type OutgoingHttpHeaders } from 'node:http'

export interface HttpRequestInit {
  method?: string
  headers?: Readonly<Record<string, string>>
  /** Octokit sends JSON as a string; no other body is needed. */
  body?: string | null
  /** As fetch: follow (the default), manual (return the 3xx), error (reject on a 3xx). */
  redirect?: 'follow' | 'manual' | 'error'
  signal?: AbortSignal | null
}

/** The read side of fetch's Headers: lower-case names, repeated fields joined with ", ". */
export interface HttpResponseHeaders extends Iterable<[string, string]> {
  get(name: string): string | null
  has(name: string): boolean
}

export interface HttpResponse {
  readonly status: number
  readonly statusText: string
  /** The URL that answered, after any redirects. */
  readonly url: string
  readonly redirected: boolean
  readonly headers: HttpResponseHeaders
  text(): Promise<string>
  arrayBuffer(): Promise<ArrayBuffer>
}

export type HttpFetch = (input: string | URL, init?: HttpRequestInit) => Promise<HttpResponse>

/** fetch's limit (WHATWG Fetch, "HTTP-redirect fetch", step 5). */
const MAX_REDIRECTS = 20
const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308])
/** Request fields fetch drops when a redirect leaves the origin. */
const CROSS_ORIGIN_DROPPED = ['authorization', 'cookie', 'proxy-authorization']
/** Request fields that describe the body, dropped with it when a redirect turns the request into a GET. */
const BODY_FIELDS = ['content-type', 'content-encoding', 'content-language', 'content-location']

class ResponseHeaders implements HttpResponseHeaders {
  private readonly fields = new Map<string, string>()

  constructor(raw: readonly string[]) {
    for (let i = 0; i + 1 < raw.length; i += 2) {
      const name = (raw[i] as string).toLowerCase()
      const value = raw[i + 1] as string
      const seen = this.fields.get(name)
      this.fields.set(name, seen === undefined ? value : `${seen}, ${value}`)
    }
  }

  get(name: string): string | null {
    return this.fields.get(name.toLowerCase()) ?? null
  }

  has(name: string): boolean {
    return this.fields.has(name.toLowerCase())
  }

  *[Symbol.iterator](): Iterator<[string, string]> {
    // fetch's Headers iterate in name order.
    yield* [...this.fields].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
  }
}

class BufferedResponse implements HttpResponse {
  constructor(
    readonly status: number,
    readonly statusText: string,
    readonly url: string,
    readonly redirected: boolean,
    readonly headers: HttpResponseHeaders,
    private readonly body: Buffer
  ) {}

  text(): Promise<string> {
    return Promise.resolve(new TextDecoder().decode(this.body))
  }

  arrayBuffer(): Promise<ArrayBuffer> {
    const copy = new ArrayBuffer(this.body.byteLength)
    new Uint8Array(copy).set(this.body)
    return Promise.resolve(copy)
  }
}

/** How fetch reports a network failure: Octokit turns it into a retryable status-500 error. */
function networkError(cause: unknown): TypeError {
  return new TypeError('fetch failed', { cause })
}

function abortReason(signal: AbortSignal): unknown {
  return signal.reason ?? new DOMException('This operation was aborted', 'AbortError')
}

interface Exchange {
  status: number
  statusText: string
  headers: HttpResponseHeaders
  body: Buffer
}

/** Decodes the content codings fetch decodes. zlib is loaded only when an answer is compressed. */
async function decode(body: Buffer, coding: string | null): Promise<Buffer> {
  const codings = (coding ?? '')
    .split(',')
    .map((c) => c.trim().toLowerCase())
    .filter((c) => c !== '' && c !== 'identity')
  if (codings.length === 0) return body
  const zlib = await import('node:zlib')
  const { promisify } = await import('node:util')
  let data = body
  // Codings are listed in the order they were applied: undo them last first.
  for (const c of codings.reverse()) {
    if (c === 'gzip' || c === 'x-gzip') data = await promisify(zlib.gunzip)(data, { finishFlush: zlib.constants.Z_SYNC_FLUSH })
    else if (c === 'deflate') data = await promisify(zlib.unzip)(data, { finishFlush: zlib.constants.Z_SYNC_FLUSH })
    else if (c === 'br') data = await promisify(zlib.brotliDecompress)(data)
    else throw new Error(`unsupported content-encoding "${c}"`)
  }
  return data
}

async function transport(url: URL): Promise<typeof httpRequest> {
  if (url.protocol === 'http:') return httpRequest
  if (url.protocol === 'https:') return (await import('node:https')).request
  throw new Error(`unsupported URL scheme "${url.protocol}"`)
}

/** One request and its whole answer, no redirects. Rejects with the raw error; the caller maps it. */
async function exchange(url: URL, method: string, headers: OutgoingHttpHeaders, body: string | undefined, signal: AbortSignal | undefined): Promise<Exchange> {
  const request = await transport(url)
  return new Promise<Exchange>((resolve, reject) => {
    const req = request(url, { method, headers })
    const onAbort = (): void => {
      req.destroy()
      reject(abortReason(signal as AbortSignal))
    }
    if (signal?.aborted) return onAbort()
    signal?.addEventListener('abort', onAbort, { once: true })
    const settle = <T>(fn: (value: T) => void) => (value: T): void => {
      signal?.removeEventListener('abort', onAbort)
      fn(value)
    }
    const fail = settle(reject)
    req.on('error', fail)
    req.on('response', (res: IncomingMessage) => {
      const chunks: Buffer[] = []
      res.on('data', (chunk: Buffer) => chunks.push(chunk))
      res.on('error', fail)
      res.on('end', () => {
        const headers = new ResponseHeaders(res.rawHeaders)
        decode(Buffer.concat(chunks), headers.get('content-encoding')).then(
          settle((decoded: Buffer) =>
            resolve({ status: res.statusCode ?? 0, statusText: res.statusMessage ?? '', headers, body: decoded })
          ),
          fail
        )
      })
    })
    req.end(body)
  })
}

/** fetch over node:http(s); see the module comment for what it covers. */
export const httpFetch: HttpFetch = async (input, init = {}) => {
  const signal = init.signal ?? undefined
  if (signal?.aborted) throw abortReason(signal)
  let url: URL
  try {
    url = new URL(input)
  } catch (error) {
    throw new TypeError(`invalid URL: ${String(input)}`, { cause: error })
  }
  if (init.body !== undefined && init.body !== null && typeof init.body !== 'string') throw new TypeError('only a string body is supported')
  let method = (init.method ?? 'GET').toUpperCase()
  let body = init.body ?? undefined
  const headers: Record<string, string> = {}
  for (const [name, value] of Object.entries(init.headers ?? {})) headers[name.toLowerCase()] = value
  headers['accept-encoding'] ??= 'gzip, deflate, br'

  for (let redirects = 0; ; redirects++) {
    if (body !== undefined) headers['content-length'] = String(Buffer.byteLength(body))
    else delete headers['content-length']
    let answer: Exchange
    try {
      answer = await exchange(url, method, headers, body, signal)
    } catch (error) {
      if (signal?.aborted) throw abortReason(signal)
      throw networkError(error)
    }
    const mode = init.redirect ?? 'follow'
    const location = answer.headers.get('location')
    if (!REDIRECT_STATUSES.has(answer.status) || location === null || mode === 'manual') {
      return new BufferedResponse(answer.status, answer.statusText, url.href, redirects > 0, answer.headers, answer.body)
    }
    if (mode === 'error') throw networkError(new Error(`redirect (HTTP ${answer.status}) to ${location} with redirect mode "error"`))
    if (redirects === MAX_REDIRECTS) throw networkError(new Error('redirect count exceeded'))
    let next: URL
    try {
      next = new URL(location, url)
    } catch (error) {
      throw networkError(error)
    }
    // fetch turns the request into a body-less GET on a 303, and on a 301 or 302 after a POST.
    if ((answer.status === 303 && method !== 'HEAD') || ((answer.status === 301 || answer.status === 302) && method === 'POST')) {
      method = 'GET'
      body = undefined
      for (const name of BODY_FIELDS) delete headers[name]
    }
    if (next.origin !== url.origin) for (const name of CROSS_ORIGIN_DROPPED) delete headers[name]
    url = next
  }
}
