/** The few GitHub REST calls the action makes, behind a port the logic (and its tests) can fake. */

export interface IssueComment {
  id: number
  /** The GraphQL node id (for minimizing), when the API gave one. */
  node_id?: string
  body: string
  author: string | null
  url: string
  created_at: string
}

export interface RepoRef {
  owner: string
  repo: string
}

/** An open pull request as the API reports it: trusted data, unlike anything a fork's run produced. */
export interface OpenPullRequest {
  number: number
  baseSha: string
  headSha: string
}

/** A file a pull request touches, as GET /pulls/{n}/files lists it. */
export interface PullRequestFile {
  filename: string
  /** added | removed | modified | renamed | copied | changed | unchanged */
  status: string
  /** For a renamed file: its path at the base. */
  previous_filename?: string
}

export interface GitHubApi {
  /** Every file a pull request touches, over all pages (GitHub lists at most 3,000). */
  listPullRequestFiles(repo: RepoRef, pullNumber: number): Promise<PullRequestFile[]>
  /** Every file path in the repository at a commit (the git tree, recursively); `truncated` when GitHub cut the list. */
  listFilesAtRef(repo: RepoRef, ref: string): Promise<{ paths: string[]; truncated: boolean }>
  /** A file's raw text at a commit, or null when it does not exist there (404). */
  getFileAtRef(repo: RepoRef, path: string, ref: string): Promise<string | null>
  /** Every comment on an issue or pull request, over all pages, oldest first. */
  listIssueComments(repo: RepoRef, issueNumber: number): Promise<IssueComment[]>
  createIssueComment(repo: RepoRef, issueNumber: number, body: string): Promise<IssueComment>
  updateIssueComment(repo: RepoRef, commentId: number, body: string): Promise<IssueComment>
  /** Resolves once the comment is gone, also when it already was (another run deleted it). */
  deleteIssueComment(repo: RepoRef, commentId: number): Promise<void>
  /** The open pull requests whose head is `label` ("owner:branch"). */
  listOpenPullRequests(repo: RepoRef, label: string): Promise<OpenPullRequest[]>
  /** A workflow run of the repository: its latest attempt, or null when there is no such run (404). */
  getWorkflowRun(repo: RepoRef, runId: number): Promise<{ attempt: number } | null>
  /** Of these comments (GraphQL node ids), the ones already minimized (hidden). */
  minimizedComments(nodeIds: readonly string[]): Promise<Set<string>>
  /** Minimizes (hides) a comment as outdated, through GraphQL's minimizeComment. */
  minimizeComment(nodeId: string): Promise<void>
}

/** A failed GitHub API call, with the HTTP status when there was one. */
export class GitHubApiError extends Error {
  constructor(
    message: string,
    readonly status: number | undefined,
    readonly operation: string,
    /** The call gave up on GitHub's rate limit (not on a permission). */
    readonly rateLimited = false
  ) {
    super(message)
    this.name = 'GitHubApiError'
  }
}

/** A plain-words explanation of a failed call, for the log. */
export function explainApiError(error: unknown): string {
  if (!(error instanceof GitHubApiError)) return error instanceof Error ? error.message : String(error)
  const what = error.operation
  if (error.rateLimited) return `${what} failed: GitHub's rate limit held it back past the waits allowed (${error.message})`
  switch (error.status) {
    case 401:
      return `${what} failed: the token was rejected (401). Check the github-token input.`
    case 403:
      return `${what} failed: the token may not do this (403): ${error.message}`
    case 404:
      return `${what} failed: not found (404), or the token cannot see it.`
    case 422:
      return `${what} failed: GitHub rejected the request (422): ${error.message}`
    case undefined:
      return `${what} failed: ${error.message}`
    default:
      return `${what} failed with HTTP ${error.status}: ${error.message}`
  }
}

/** The explanation as a clause to go inside a sentence: no closing period. */
export function apiErrorClause(error: unknown): string {
  return explainApiError(error).replace(/\.$/, '')
}
