/**
 * On a runner behind a proxy, GitHub API calls go through it (the runner's proxy variables), and
 * the proxy-aware client is loaded for that. The API host must not be a loopback address, which
 * is never proxied: the stand-in is reached as github.test through a proxy on 127.0.0.1 that
 * forwards everything to it.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { createServer, request, type Server } from 'node:http'
import { connect, type AddressInfo } from 'node:net'
import { createOctokitApi } from '../src/github/octokit.js'
import { GitHubStandIn } from './github-stand-in.js'

const api = new GitHubStandIn()
let apiPort = 0
let proxy: Server
let proxyUrl = ''
/** What the proxy was asked for: CONNECT targets and absolute request URLs. */
const proxied: string[] = []
const saved = { ...process.env }

beforeAll(async () => {
  apiPort = Number(new URL(await api.start()).port)
  proxy = createServer((req, res) => {
    // A plain HTTP proxy request: "GET http://github.test:PORT/path".
    proxied.push(`${req.method} ${req.url}`)
    const target = new URL(req.url ?? '/')
    const upstream = request({ host: '127.0.0.1', port: apiPort, method: req.method, path: `${target.pathname}${target.search}`, headers: req.headers }, (answer) => {
      res.writeHead(answer.statusCode ?? 502, answer.headers)
      answer.pipe(res)
    })
    req.pipe(upstream)
  })
  proxy.on('connect', (req, socket, head) => {
    // A tunnel: "CONNECT github.test:PORT".
    proxied.push(`CONNECT ${req.url}`)
    const upstream = connect(apiPort, '127.0.0.1', () => {
      socket.write('HTTP/1.1 200 Connection Established\r\n\r\n')
      upstream.write(head)
      upstream.pipe(socket)
      socket.pipe(upstream)
    })
    upstream.on('error', () => socket.destroy())
    socket.on('error', () => upstream.destroy())
  })
  await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve))
  proxyUrl = `http://127.0.0.1:${(proxy.address() as AddressInfo).port}`
})

afterAll(async () => {
  process.env = saved
  proxy.closeAllConnections()
  await new Promise<void>((resolve) => proxy.close(() => resolve()))
  await api.stop()
})

describe('GitHub API calls behind a proxy', () => {
  it('go through the proxy named by the runner\'s proxy variables', async () => {
    const baseUrl = `http://github.test:${apiPort}`
    process.env.GITHUB_API_URL = baseUrl
    process.env.http_proxy = proxyUrl
    delete process.env.no_proxy
    delete process.env.NO_PROXY
    api.files = new Map([[`${'b'.repeat(40)}:.github/image-cost.yml`, 'version: 1\nworkloads: []\n']])
    const gh = createOctokitApi({ token: 't0ken', baseUrl, log: () => undefined, timeoutMs: 5000 })

    const text = await gh.getFileAtRef({ owner: 'o', repo: 'r' }, '.github/image-cost.yml', 'b'.repeat(40))

    expect(text).toBe('version: 1\nworkloads: []\n')
    expect(proxied.length).toBeGreaterThan(0)
    expect(proxied.every((p) => p.includes(`github.test:${apiPort}`))).toBe(true)
    expect(api.requests.map((r) => r.path)).toEqual([`/repos/o/r/contents/.github%2Fimage-cost.yml?ref=${'b'.repeat(40)}`])
  })

  it('go straight to the API when no proxy is set', async () => {
    const before = proxied.length
    delete process.env.http_proxy
    delete process.env.HTTP_PROXY
    const gh = createOctokitApi({ token: 't0ken', baseUrl: `http://127.0.0.1:${apiPort}`, log: () => undefined })
    await gh.getFileAtRef({ owner: 'o', repo: 'r' }, '.github/image-cost.yml', 'b'.repeat(40))
    expect(proxied.length).toBe(before)
  })
})
