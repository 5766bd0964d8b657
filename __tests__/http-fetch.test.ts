/**
 * The fetch Octokit runs on (src/github/http-fetch.ts), against servers on 127.0.0.1: what it
 * sends, how it follows redirects, decodes compressed answers, honours an abort signal, and reports
 * a network failure the way fetch does.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import { createServer as createTlsServer, globalAgent } from 'node:https'
import type { AddressInfo } from 'node:net'
import { brotliCompressSync, deflateSync, gzipSync } from 'node:zlib'
import { httpFetch } from '../src/github/http-fetch.js'

interface Seen {
  method: string
  url: string
  headers: IncomingMessage['headers']
  body: string
}

type Handler = (req: IncomingMessage, res: ServerResponse, body: string) => void

/** A server whose answer each test sets, recording what it was sent. */
async function serve(): Promise<{ url: string; seen: Seen[]; handle: (h: Handler) => void; server: Server }> {
  const seen: Seen[] = []
  let handler: Handler = (_req, res) => res.end('ok')
  const server = createServer((req, res) => {
    let body = ''
    req.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')))
    req.on('end', () => {
      seen.push({ method: req.method ?? '', url: req.url ?? '', headers: req.headers, body })
      handler(req, res, body)
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, seen, handle: (h) => void (handler = h), server }
}

let a: Awaited<ReturnType<typeof serve>>
let b: Awaited<ReturnType<typeof serve>>
beforeAll(async () => {
  a = await serve()
  b = await serve()
})
afterAll(async () => {
  for (const s of [a, b]) {
    s.server.closeAllConnections()
    await new Promise<void>((resolve) => s.server.close(() => resolve()))
  }
})
const clear = () => {
  a.seen.length = 0
  b.seen.length = 0
}

describe('httpFetch', () => {
  it('sends the method, headers and a string body with its length, and reads status, headers and text', async () => {
    clear()
    a.handle((_req, res) => {
      res.writeHead(201, 'Created', [
        ['Content-Type', 'application/json'],
        ['X-Multi', 'one'],
        ['X-Multi', 'two'],
        ['A-First', '1']
      ])
      res.end('{"id":7,"note":"ünïcode"}')
    })
    const response = await httpFetch(`${a.url}/repos/o/r/issues/1/comments`, {
      method: 'post',
      headers: { Authorization: 'token t', 'Content-Type': 'application/json; charset=utf-8' },
      body: '{"body":"héllo"}'
    })
    expect(a.seen).toEqual([
      expect.objectContaining({ method: 'POST', url: '/repos/o/r/issues/1/comments', body: '{"body":"héllo"}' })
    ])
    const sent = a.seen[0]?.headers ?? {}
    expect(sent['content-length']).toBe(String(Buffer.byteLength('{"body":"héllo"}')))
    expect(sent.authorization).toBe('token t')
    expect(sent['accept-encoding']).toBe('gzip, deflate, br')
    expect(response.status).toBe(201)
    expect(response.statusText).toBe('Created')
    expect(response.url).toBe(`${a.url}/repos/o/r/issues/1/comments`)
    expect(response.redirected).toBe(false)
    expect(response.headers.get('content-type')).toBe('application/json')
    expect(response.headers.get('X-MULTI')).toBe('one, two')
    expect(response.headers.has('x-missing')).toBe(false)
    const names = [...response.headers].map(([name]) => name)
    expect(names).toEqual([...names].sort())
    expect(names.slice(0, 2)).toEqual(['a-first', 'connection'])
    expect(await response.text()).toBe('{"id":7,"note":"ünïcode"}')
    expect(new TextDecoder().decode(await response.arrayBuffer())).toBe('{"id":7,"note":"ünïcode"}')
  })

  it('decodes gzip, deflate and brotli answers', async () => {
    const text = 'version: 1\n'.repeat(200)
    for (const [coding, encode] of [
      ['gzip', gzipSync],
      ['deflate', deflateSync],
      ['br', brotliCompressSync]
    ] as const) {
      a.handle((_req, res) => {
        res.writeHead(200, { 'Content-Encoding': coding })
        res.end(encode(Buffer.from(text)))
      })
      const response = await httpFetch(`${a.url}/file`)
      expect([coding, await response.text()]).toEqual([coding, text])
    }
  })

  it('follows redirects as fetch does: 303 and a POST on 301 or 302 become a GET without a body; 307 and 308 keep both', async () => {
    for (const [status, method, expected] of [
      [303, 'PATCH', 'GET'],
      [301, 'POST', 'GET'],
      [302, 'POST', 'GET'],
      [301, 'PATCH', 'PATCH'],
      [307, 'POST', 'POST'],
      [308, 'PATCH', 'PATCH']
    ] as const) {
      clear()
      a.handle((req, res) => {
        if (req.url === '/old') res.writeHead(status, { Location: '/new' }).end()
        else res.end(`${req.method}`)
      })
      const response = await httpFetch(`${a.url}/old`, { method, headers: { 'content-type': 'application/json', 'content-language': 'en' }, body: '{"x":1}' })
      expect([status, method, await response.text(), response.redirected, response.url]).toEqual([status, method, expected, true, `${a.url}/new`])
      const second = a.seen[1] as Seen
      const kept = [second.body, second.headers['content-type'], second.headers['content-language'], second.headers['content-length']]
      expect([status, ...kept]).toEqual(expected === 'GET' ? [status, '', undefined, undefined, undefined] : [status, '{"x":1}', 'application/json', 'en', '7'])
    }
  })

  it('drops the credentials when a redirect leaves the origin, and keeps them when it does not', async () => {
    clear()
    a.handle((req, res) => {
      if (req.url === '/same') res.writeHead(302, { Location: '/moved' }).end()
      else if (req.url === '/away') res.writeHead(301, { Location: `${b.url}/there` }).end()
      else res.end('here')
    })
    b.handle((_req, res) => res.end('there'))
    await httpFetch(`${a.url}/same`, { headers: { authorization: 'token t' } })
    expect(a.seen.map((s) => s.headers.authorization)).toEqual(['token t', 'token t'])
    const away = await httpFetch(`${a.url}/away`, { headers: { authorization: 'token t', accept: 'application/json' } })
    expect(await away.text()).toBe('there')
    expect(b.seen[0]?.headers.authorization).toBeUndefined()
    expect(b.seen[0]?.headers.accept).toBe('application/json')
  })

  it('returns the redirect itself in manual mode, and rejects it in error mode or after 20 redirects', async () => {
    clear()
    a.handle((req, res) => res.writeHead(302, { Location: `/hop${Number(req.url?.slice(4) || 0) + 1}` }).end())
    const manual = await httpFetch(`${a.url}/hop0`, { redirect: 'manual' })
    expect([manual.status, manual.headers.get('location')]).toEqual([302, '/hop1'])
    await expect(httpFetch(`${a.url}/hop0`, { redirect: 'error' })).rejects.toMatchObject({ name: 'TypeError', message: 'fetch failed' })
    clear()
    const endless = httpFetch(`${a.url}/hop0`)
    await expect(endless).rejects.toMatchObject({ message: 'fetch failed', cause: expect.objectContaining({ message: 'redirect count exceeded' }) })
    expect(a.seen).toHaveLength(21)
  })

  it('rejects a network failure as fetch does: TypeError "fetch failed" with the system error as its cause', async () => {
    const closed = createServer()
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve))
    const port = (closed.address() as AddressInfo).port
    await new Promise<void>((resolve) => closed.close(() => resolve()))
    const failure = httpFetch(`http://127.0.0.1:${port}/`)
    await expect(failure).rejects.toBeInstanceOf(TypeError)
    await expect(failure).rejects.toMatchObject({ message: 'fetch failed', cause: expect.objectContaining({ code: 'ECONNREFUSED' }) })
    a.handle((_req, res) => res.socket?.destroy())
    await expect(httpFetch(`${a.url}/reset`)).rejects.toMatchObject({ message: 'fetch failed', cause: expect.objectContaining({ code: 'ECONNRESET' }) })
  })

  it('stops at the abort signal, before sending or while waiting, with the signal\'s reason', async () => {
    const early = new AbortController()
    early.abort(new Error('not wanted'))
    await expect(httpFetch(`${a.url}/`, { signal: early.signal })).rejects.toThrow('not wanted')
    a.handle(() => undefined) // never answers
    const started = performance.now()
    const late = httpFetch(`${a.url}/slow`, { signal: AbortSignal.timeout(50) })
    await expect(late).rejects.toMatchObject({ name: 'TimeoutError' })
    expect(performance.now() - started).toBeLessThan(5000)
  })

  it('refuses what it does not speak: other URL schemes, a body that is not a string, an invalid URL', async () => {
    await expect(httpFetch('ftp://example.test/file')).rejects.toMatchObject({ message: 'fetch failed', cause: expect.objectContaining({ message: 'unsupported URL scheme "ftp:"' }) })
    a.handle((_req, res) => res.writeHead(302, { Location: 'ftp://example.test/file' }).end())
    await expect(httpFetch(`${a.url}/elsewhere`)).rejects.toMatchObject({ message: 'fetch failed', cause: expect.objectContaining({ message: 'unsupported URL scheme "ftp:"' }) })
    await expect(httpFetch(`${a.url}/`, { body: new Uint8Array(1) as unknown as string })).rejects.toThrow('only a string body is supported')
    await expect(httpFetch('not a url')).rejects.toThrow('invalid URL: not a url')
  })

  it('speaks TLS to an https URL and checks the certificate: refused while untrusted, read once trusted', async () => {
    const cert = readFileSync(new URL('fixtures/tls/localhost.crt', import.meta.url))
    const server = createTlsServer({ cert, key: readFileSync(new URL('fixtures/tls/localhost.key', import.meta.url)) }, (_req, res) => res.end('secret'))
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    const url = `https://127.0.0.1:${(server.address() as AddressInfo).port}/`
    try {
      await expect(httpFetch(url)).rejects.toMatchObject({ message: 'fetch failed', cause: expect.objectContaining({ code: 'DEPTH_ZERO_SELF_SIGNED_CERT' }) })
      globalAgent.options.ca = cert
      expect(await (await httpFetch(url)).text()).toBe('secret')
    } finally {
      delete globalAgent.options.ca
      globalAgent.destroy()
      server.closeAllConnections()
      await new Promise<void>((resolve) => server.close(() => resolve()))
    }
  })
})
