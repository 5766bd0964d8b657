/**
 * The benchmark's reference for the action row: what any action that reads the PR's base config
 * and keeps one comment up to date must do at the least. It loads @actions/core and
 * @actions/github, builds the same Octokit (retry and throttling plugins), makes the same three
 * requests as the action on the example PR event (read the base config at the base commit, list
 * the PR's comments, edit the comment), and writes an output and a summary line. No pricing.
 * scripts/bench.ts bundles it with the action's build options and times it beside the action.
 */
import * as core from '@actions/core'
import { context, getOctokit } from '@actions/github'
import { retry } from '@octokit/plugin-retry'
import { throttling } from '@octokit/plugin-throttling'
import { readFileSync } from 'node:fs'

const MARKER = '<!-- image-cost-gate:reference -->'

async function main(): Promise<void> {
  const octokit = getOctokit(
    core.getInput('github-token', { required: true }),
    { throttle: { onRateLimit: () => false, onSecondaryRateLimit: () => false } },
    retry,
    throttling
  )
  const { owner, repo } = context.repo
  const pr = context.payload.pull_request as { number: number; base: { sha: string } }
  const path = core.getInput('config') || '.github/image-cost.yml'
  const head = readFileSync(`${process.env.GITHUB_WORKSPACE}/${path}`, 'utf8')
  const base = await octokit.rest.repos.getContent({ owner, repo, path, ref: pr.base.sha, mediaType: { format: 'raw' } })
  const comments = await octokit.paginate(octokit.rest.issues.listComments, { owner, repo, issue_number: pr.number, per_page: 100 })
  const body = `${MARKER}\nhead ${head.length} bytes, base ${String(base.data).length} bytes`
  const mine = comments.find((c) => c.body?.includes(MARKER))
  if (mine) await octokit.rest.issues.updateComment({ owner, repo, comment_id: mine.id, body })
  else await octokit.rest.issues.createComment({ owner, repo, issue_number: pr.number, body })
  core.setOutput('status', 'pass')
  await core.summary.addRaw(body).write()
}

main().catch((error: unknown) => core.setFailed(error instanceof Error ? error.message : String(error)))
