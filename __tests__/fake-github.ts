import type { GitHubApi, IssueComment, OpenPullRequest, PullRequestFile, RepoRef } from '../src/github/api.js'
import { GitHubApiError } from '../src/github/api.js'

/** An in-memory GitHub: files per ref, comments per issue, and a log of the calls made. */
export class FakeGitHub implements GitHubApi {
  files = new Map<string, string>()
  comments: (IssueComment & { issue: number })[] = []
  /** Open pull requests by head label ("owner:branch"). */
  pulls: (OpenPullRequest & { label: string })[] = []
  /** Workflow runs of the repository: run id -> latest attempt. */
  runs = new Map<number, number>()
  /** Node ids of the comments hidden through GraphQL. */
  minimized = new Set<string>()
  calls: string[] = []
  /** The files of each pull request, as GET /pulls/{n}/files lists them. */
  pullFiles = new Map<number, PullRequestFile[]>()
  /** Awaited before every call answers: lets a test hold calls back to force an interleaving. */
  beforeAnswer?: (call: string) => Promise<void>
  /** Operations that fail with this status, e.g. { create: 403 }. */
  failures: Partial<Record<'get' | 'list' | 'create' | 'update' | 'delete' | 'pulls' | 'run', number>> = {}
  private nextId = 100

  constructor(readonly login = 'github-actions[bot]') {}

  private fail(op: keyof FakeGitHub['failures'], what: string): void {
    const status = this.failures[op]
    if (status) throw new GitHubApiError(`HTTP ${status}`, status, what)
  }

  async listPullRequestFiles(_repo: RepoRef, pullNumber: number): Promise<PullRequestFile[]> {
    this.calls.push(`GET files #${pullNumber}`)
    this.fail('pulls', 'listing the files')
    return this.pullFiles.get(pullNumber) ?? []
  }

  async listFilesAtRef(_repo: RepoRef, ref: string): Promise<{ paths: string[]; truncated: boolean }> {
    this.calls.push(`GET tree ${ref}`)
    const prefix = `${ref}:`
    return { paths: [...this.files.keys()].filter((k) => k.startsWith(prefix)).map((k) => k.slice(prefix.length)), truncated: false }
  }

  async getFileAtRef(_repo: RepoRef, path: string, ref: string): Promise<string | null> {
    this.calls.push(`GET contents ${path}@${ref}`)
    await this.beforeAnswer?.(`GET contents ${path}@${ref}`)
    this.fail('get', `reading ${path}`)
    return this.files.get(`${ref}:${path}`) ?? null
  }

  async listIssueComments(_repo: RepoRef, issue: number): Promise<IssueComment[]> {
    this.calls.push(`GET comments #${issue}`)
    await this.beforeAnswer?.(`GET comments #${issue}`)
    this.fail('list', 'listing comments')
    return this.comments.filter((c) => c.issue === issue)
  }

  async createIssueComment(_repo: RepoRef, issue: number, body: string): Promise<IssueComment> {
    this.calls.push(`POST comment #${issue}`)
    await this.beforeAnswer?.(`POST comment #${issue}`)
    this.fail('create', 'commenting')
    return this.add(issue, body, this.login)
  }

  async updateIssueComment(_repo: RepoRef, id: number, body: string): Promise<IssueComment> {
    this.calls.push(`PATCH comment ${id}`)
    await this.beforeAnswer?.(`PATCH comment ${id}`)
    this.fail('update', 'updating')
    const comment = this.comments.find((c) => c.id === id)
    if (!comment) throw new GitHubApiError('Not Found', 404, 'updating')
    comment.body = body
    return comment
  }

  async deleteIssueComment(_repo: RepoRef, id: number): Promise<void> {
    this.calls.push(`DELETE comment ${id}`)
    await this.beforeAnswer?.(`DELETE comment ${id}`)
    this.fail('delete', 'deleting')
    this.comments = this.comments.filter((c) => c.id !== id)
  }

  async listOpenPullRequests(_repo: RepoRef, label: string): Promise<OpenPullRequest[]> {
    this.calls.push(`GET pulls head=${label}`)
    await this.beforeAnswer?.(`GET pulls head=${label}`)
    this.fail('pulls', 'finding the pull request')
    return this.pulls.filter((p) => p.label === label).map(({ number, baseSha, headSha }) => ({ number, baseSha, headSha }))
  }

  async getWorkflowRun(_repo: RepoRef, runId: number): Promise<{ attempt: number } | null> {
    this.calls.push(`GET run ${runId}`)
    await this.beforeAnswer?.(`GET run ${runId}`)
    this.fail('run', 'reading the run')
    const attempt = this.runs.get(runId)
    return attempt === undefined ? null : { attempt }
  }

  async minimizedComments(nodeIds: readonly string[]): Promise<Set<string>> {
    this.calls.push(`GRAPHQL isMinimized ${nodeIds.join(',')}`)
    return new Set(nodeIds.filter((id) => this.minimized.has(id)))
  }

  async minimizeComment(nodeId: string): Promise<void> {
    this.calls.push(`GRAPHQL minimizeComment ${nodeId}`)
    this.minimized.add(nodeId)
  }

  add(issue: number, body: string, author: string): IssueComment & { issue: number } {
    const id = this.nextId++
    const comment = { id, node_id: `IC_${id}`, issue, body, author, url: `https://github.test/o/r/pull/${issue}#issuecomment-${id}`, created_at: new Date(id * 1000).toISOString() }
    this.comments.push(comment)
    return comment
  }
}
