import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'

export interface RecordedRequest {
  method: string
  path: string
  authorization: string | undefined
  accept: string | undefined
  body: string
}

/** A scripted failure: the next `times` requests that match get it instead of the normal answer. */
export interface Fault {
  method?: string
  path: RegExp
  times: number
  status?: number
  headers?: Record<string, string>
  message?: string
  /** Close the connection without answering. */
  reset?: boolean
  /** Answer this late (normally, or with `status` when given). */
  delayMs?: number
}

interface StoredComment {
  id: number
  issue: number
  body: string
  login: string
  created_at: string
}

/** A GitHub REST API stand-in on 127.0.0.1 with the endpoints the action uses. */
export class GitHubStandIn {
  requests: RecordedRequest[] = []
  /** `${ref}:${path}` -> file text */
  files = new Map<string, string>()
  comments: StoredComment[] = []
  /** Login that the token posts as. */
  login = 'github-actions[bot]'
  perPage?: number
  /** Open pull requests by head label ("owner:branch"). */
  pulls: { number: number; label: string; baseSha: string; headSha: string }[] = []
  /** The files of each pull request, as GET /pulls/{n}/files lists them. */
  pullFiles = new Map<number, { filename: string; status: string; previous_filename?: string }[]>()
  /** Workflow runs of the repository: run id -> latest attempt. */
  runs = new Map<number, number>()
  /** GraphQL requests, and the comments (node ids) hidden through them. */
  graphql: { query: string; variables: unknown }[] = []
  minimized = new Set<string>()
  faults: Fault[] = []
  /** Awaited before each request is answered: lets a test hold requests back to force an interleaving. */
  beforeAnswer?: (method: string, path: string) => Promise<void>
  private server: Server | undefined
  private nextId = 1000

  async start(): Promise<string> {
    this.server = createServer((req, res) => void this.handle(req, res))
    await new Promise<void>((resolve) => this.server?.listen(0, '127.0.0.1', resolve))
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()))
  }

  addComment(issue: number, body: string, login: string): StoredComment {
    const comment = { id: this.nextId++, issue, body, login, created_at: new Date(Date.UTC(2026, 10, 21, 0, 0, this.nextId)).toISOString() }
    this.comments.push(comment)
    return comment
  }

  private json(res: ServerResponse, status: number, data: unknown, headers: Record<string, string> = {}): void {
    res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers })
    res.end(JSON.stringify(data))
  }

  private toApi(c: StoredComment, base: string) {
    return {
      id: c.id,
      node_id: `IC_${c.id}`,
      body: c.body,
      user: { login: c.login, type: 'Bot' },
      html_url: `https://github.test/o/r/pull/${c.issue}#issuecomment-${c.id}`,
      url: `${base}/repos/o/r/issues/comments/${c.id}`,
      created_at: c.created_at,
      updated_at: c.created_at
    }
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    let body = ''
    for await (const chunk of req) body += String(chunk)
    const url = new URL(req.url ?? '/', 'http://127.0.0.1')
    const base = `http://${req.headers.host ?? '127.0.0.1'}`
    this.requests.push({ method: req.method ?? '', path: `${url.pathname}${url.search}`, authorization: req.headers.authorization, accept: req.headers.accept, body })
    const fault = this.faults.find((f) => f.times > 0 && (!f.method || f.method === req.method) && f.path.test(url.pathname))
    if (fault) {
      fault.times -= 1
      if (fault.delayMs) await new Promise((resolve) => setTimeout(resolve, fault.delayMs))
      if (fault.reset) return void req.socket.destroy()
      if (fault.status) return this.json(res, fault.status, { message: fault.message ?? `stand-in fault ${fault.status}` }, fault.headers)
      if (res.destroyed || req.socket.destroyed) return
    }
    await this.beforeAnswer?.(req.method ?? '', url.pathname)

    const contents = /^\/repos\/o\/r\/contents\/(.+)$/.exec(url.pathname)
    if (req.method === 'GET' && contents) {
      const text = this.files.get(`${url.searchParams.get('ref')}:${decodeURIComponent(contents[1] ?? '')}`)
      if (text === undefined) return this.json(res, 404, { message: 'Not Found' })
      res.writeHead(200, { 'content-type': 'application/vnd.github.raw; charset=utf-8' })
      return void res.end(text)
    }
    const list = /^\/repos\/o\/r\/issues\/(\d+)\/comments$/.exec(url.pathname)
    if (list && req.method === 'GET') {
      const all = this.comments.filter((c) => c.issue === Number(list[1]))
      const perPage = this.perPage ?? Number(url.searchParams.get('per_page') ?? 30)
      const page = Number(url.searchParams.get('page') ?? 1)
      const slice = all.slice((page - 1) * perPage, page * perPage)
      const headers: Record<string, string> = {}
      if (page * perPage < all.length) headers.link = `<${base}${url.pathname}?per_page=${perPage}&page=${page + 1}>; rel="next"`
      return this.json(res, 200, slice.map((c) => this.toApi(c, base)), headers)
    }
    if (list && req.method === 'POST') {
      const created = this.addComment(Number(list[1]), (JSON.parse(body) as { body: string }).body, this.login)
      return this.json(res, 201, this.toApi(created, base))
    }
    const one = /^\/repos\/o\/r\/issues\/comments\/(\d+)$/.exec(url.pathname)
    const comment = one ? this.comments.find((c) => c.id === Number(one[1])) : undefined
    if (one && !comment) return this.json(res, 404, { message: 'Not Found' })
    if (comment && req.method === 'PATCH') {
      comment.body = (JSON.parse(body) as { body: string }).body
      return this.json(res, 200, this.toApi(comment, base))
    }
    if (comment && req.method === 'DELETE') {
      this.comments = this.comments.filter((c) => c !== comment)
      res.writeHead(204)
      return void res.end()
    }
    if (req.method === 'POST' && url.pathname === '/graphql') {
      const { query, variables } = JSON.parse(body) as { query: string; variables: { id?: string; ids?: string[] } }
      this.graphql.push({ query, variables })
      if (query.includes('minimizeComment')) {
        this.minimized.add(variables.id ?? '')
        return this.json(res, 200, { data: { minimizeComment: { minimizedComment: { isMinimized: true } } } })
      }
      return this.json(res, 200, { data: { nodes: (variables.ids ?? []).map((id) => ({ id, isMinimized: this.minimized.has(id) })) } })
    }
    if (req.method === 'GET' && url.pathname === '/repos/o/r/pulls') {
      const label = url.searchParams.get('head')
      const open = this.pulls.filter((p) => p.label === label && url.searchParams.get('state') === 'open')
      return this.json(res, 200, open.map((p) => ({ number: p.number, base: { sha: p.baseSha }, head: { sha: p.headSha, label: p.label } })))
    }
    const files = /^\/repos\/o\/r\/pulls\/(\d+)\/files$/.exec(url.pathname)
    if (files && req.method === 'GET') {
      const all = this.pullFiles.get(Number(files[1])) ?? []
      const perPage = this.perPage ?? Number(url.searchParams.get('per_page') ?? 30)
      const page = Number(url.searchParams.get('page') ?? 1)
      const headers: Record<string, string> = {}
      if (page * perPage < all.length) headers.link = `<${base}${url.pathname}?per_page=${perPage}&page=${page + 1}>; rel="next"`
      return this.json(res, 200, all.slice((page - 1) * perPage, page * perPage), headers)
    }
    const tree = /^\/repos\/o\/r\/git\/trees\/([^/]+)$/.exec(url.pathname)
    if (tree && req.method === 'GET') {
      const prefix = `${decodeURIComponent(tree[1] ?? '')}:`
      const paths = [...this.files.keys()].filter((k) => k.startsWith(prefix)).map((k) => k.slice(prefix.length))
      return this.json(res, 200, { sha: tree[1], truncated: false, tree: paths.map((path) => ({ path, type: 'blob', mode: '100644' })) })
    }
    const run = /^\/repos\/o\/r\/actions\/runs\/(\d+)$/.exec(url.pathname)
    if (run && req.method === 'GET') {
      const attempt = this.runs.get(Number(run[1]))
      if (attempt === undefined) return this.json(res, 404, { message: 'Not Found' })
      return this.json(res, 200, { id: Number(run[1]), run_attempt: attempt })
    }
    this.json(res, 404, { message: `no route for ${req.method} ${url.pathname}` })
  }
}
