/**
 * Whether a run's report is worth a new comment (the comment-on and minimum-change-usd inputs).
 * An existing comment is brought up to date either way, so it never goes stale. Pure.
 */
import { changesAnything } from '../diff/diff.js'
import type { ProjectsReport } from '../report/projects.js'
import type { Report } from '../report/report.js'

export const COMMENT_ON = ['always', 'change', 'failure'] as const
export type CommentOn = (typeof COMMENT_ON)[number]

export interface CommentPolicy {
  on: CommentOn
  /** No new comment for a smaller change of the total (USD per month), unless the verdict is not pass. */
  minimumChangeUsd?: number
}

/** Undefined when the report should be posted; else why not, for the log. */
export function whyNoNewComment(run: ProjectsReport, policy: CommentPolicy): string | undefined {
  if (policy.on === 'failure' && run.status !== 'fail') return `comment-on: failure, and the check ${run.status === 'warn' ? 'passed with warnings' : 'passed'}`
  if (run.status !== 'pass') return undefined
  if (policy.on === 'change' && !run.projects.some((p) => changesCost(p.report))) return 'comment-on: change, and the pull request changes no cost and the check passes'
  const delta = Math.abs(run.delta_usd ?? run.total_monthly_usd)
  if (policy.minimumChangeUsd !== undefined && delta < policy.minimumChangeUsd) {
    return `minimum-change-usd: the total changes by $${delta.toFixed(2)}/month, less than $${policy.minimumChangeUsd.toFixed(2)}, and the check passes`
  }
  return undefined
}

/** Whether the pull request changes what the config costs: a total, a workload or a threshold (without a base, every workload is new). */
function changesCost(report: Report): boolean {
  const diff = report.diff
  return diff ? changesAnything(diff) : report.workloads.length > 0
}
