/**
 * On a runner behind a proxy, GitHub API calls go through it (the runner's proxy variables), as
 * @actions/github and @actions/http-client route them: the bundled action runs as a step would,
 * with http_proxy set. The API host must not be a loopback address, which is never proxied: the
 * stand-in is reached as github.test through a proxy on 127.0.0.1 that forwards everything to it.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { spawn } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { createServer, request, type Server } from 'node:http'
import { connect, type AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { GitHubStandIn } from './github-stand-in.js'

const api = new GitHubStandIn()
let apiPort = 0
let proxy: Server
let proxyUrl = ''
/** What the proxy was asked for: CONNECT targets and absolute request URLs. */
const proxied: string[] = []

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
  proxy.closeAllConnections()
  await new Promise<void>((resolve) => proxy.close(() => resolve()))
  await api.stop()
})

/** Runs dist/index.js on a pull_request event against the stand-in at `apiUrl`, with `env` added. */
async function runAction(apiUrl: string, env: Record<string, string>): Promise<{ code: number | null; output: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'icg-proxy-'))
  const workspace = join(dir, 'workspace')
  mkdirSync(join(workspace, '.github'), { recursive: true })
  writeFileSync(join(workspace, '.github/image-cost.yml'), 'version: 1\nworkloads: []\n')
  const event = join(dir, 'event.json')
  writeFileSync(event, JSON.stringify({ pull_request: { number: 7, base: { sha: 'b'.repeat(40) }, head: { sha: 'c'.repeat(40) } } }))
  const outputFile = join(dir, 'output')
  writeFileSync(outputFile, '')
  writeFileSync(join(dir, 'summary.md'), '')
  const child = spawn(process.execPath, ['dist/index.js'], {
    env: {
      PATH: process.env.PATH ?? '',
      GITHUB_ACTIONS: 'true',
      GITHUB_EVENT_NAME: 'pull_request',
      GITHUB_EVENT_PATH: event,
      GITHUB_REPOSITORY: 'o/r',
      GITHUB_API_URL: apiUrl,
      GITHUB_WORKSPACE: workspace,
      GITHUB_OUTPUT: outputFile,
      GITHUB_STEP_SUMMARY: join(dir, 'summary.md'),
      RUNNER_TEMP: dir,
      'INPUT_GITHUB-TOKEN': 't0ken',
      INPUT_COMMENT: 'off',
      INPUT_DATE: '2026-12-01',
      ...env
    }
  })
  let output = ''
  child.stdout.on('data', (d: Buffer) => (output += d.toString()))
  child.stderr.on('data', (d: Buffer) => (output += d.toString()))
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve))
  return { code, output: `${output}${readFileSync(outputFile, 'utf8')}` }
}

describe('GitHub API calls behind a proxy', () => {
  it('go through the proxy named by the runner\'s proxy variables', async () => {
    api.files = new Map([[`${'b'.repeat(40)}:.github/image-cost.yml`, 'version: 1\nworkloads: []\n']])
    api.requests = []
    const result = await runAction(`http://github.test:${apiPort}`, { http_proxy: proxyUrl })
    expect(result.code).toBe(0)
    expect(proxied.length).toBeGreaterThan(0)
    expect(proxied.every((p) => p.includes(`github.test:${apiPort}`))).toBe(true)
    expect(api.requests.map((r) => r.path)).toEqual([`/repos/o/r/contents/.github%2Fimage-cost.yml?ref=${'b'.repeat(40)}`])
  }, 30_000)

  it('go straight to the API when no proxy is set', async () => {
    const before = proxied.length
    api.requests = []
    const result = await runAction(`http://127.0.0.1:${apiPort}`, {})
    expect(result.code).toBe(0)
    expect(api.requests).toHaveLength(1)
    expect(proxied.length).toBe(before)
  }, 30_000)
})
