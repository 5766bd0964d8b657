/**
 * The markdown of a run over several config files (the comment, the job summary): the verdict
 * and grand total, every finding with its file, a row per file (changed ones first, unchanged
 * ones folded into one row), then each file's report in a collapsible section. Pure.
 */
import { projectsInReadingOrder, type ProjectReport, type ProjectsReport } from './projects.js'
import { count, signedPercent, signedUsd, usd } from '../util/format.js'
import { append } from '../util/array.js'
import { mdCode } from './escape.js'
import { findingsSection, renderMarkdown, row, STATUS_ICON, usageSection, verdict, type MarkdownOptions } from './markdown.js'

const changeWord = (p: ProjectReport) => p.summary.change ?? ''

/** The report of a run over one file is that file's report; over several, the projects view. */
export function renderProjectsMarkdown(report: ProjectsReport, options: MarkdownOptions = {}): string {
  const only = report.projects.length === 1 ? report.projects[0] : undefined
  if (only) return renderMarkdown(only.report, options)
  const out: string[] = []
  const delta = report.delta_usd === null ? '' : ` (${signedUsd(report.delta_usd)}, ${signedPercent(report.delta_percent)})`
  out.push(`### ${STATUS_ICON[report.status]} Image generation cost: ${usd(report.total_monthly_usd)}/month${delta}`, '')
  const parts = [`**${verdict(report)}**`, `${report.projects.length} configs`]
  if (report.base_total_monthly_usd !== null) parts.push(`base ${usd(report.base_total_monthly_usd)} → head ${usd(report.total_monthly_usd)}`)
  if (report.total_budget_usd !== null) parts.push(`total budget ${usd(report.total_budget_usd)}`)
  out.push(parts.join(' · '), '')
  append(out, findingsSection(report.findings)).push('')

  const { shown, unchanged } = projectsInReadingOrder(report)
  const compared = report.base_total_monthly_usd !== null
  out.push('#### Configs', '')
  out.push(row(['Config', ...(compared ? ['Base', 'Head', 'Change'] : ['Monthly']), 'Status', 'Findings']))
  out.push(row(['---', ...(compared ? ['---:', '---:', '---:'] : ['---:']), '---', '---:']))
  for (const p of shown) {
    const s = p.summary
    const name = `${mdCode(s.config)}${changeWord(p) && changeWord(p) !== 'changed' ? ` (${changeWord(p)})` : ''}`
    const money = compared
      ? [s.change === 'added' || s.base_total_monthly_usd === null ? '–' : usd(s.base_total_monthly_usd), s.change === 'removed' ? '–' : usd(s.total_monthly_usd), s.delta_usd === null ? '' : signedUsd(s.delta_usd)]
      : [usd(s.total_monthly_usd)]
    out.push(row([name, ...money, `${STATUS_ICON[s.status]} ${s.status}`, count(s.finding_count)]))
  }
  if (unchanged.length > 0) {
    const total = unchanged.reduce((sum, p) => sum + p.summary.total_monthly_usd, 0)
    out.push(row([`*${unchanged.length} unchanged*`, ...(compared ? [usd(total), usd(total), '$0.00'] : [usd(total)]), `${STATUS_ICON.pass} pass`, '0']))
  }
  const totals = compared ? [usd(report.base_total_monthly_usd ?? 0), `**${usd(report.total_monthly_usd)}**`, `**${signedUsd(report.delta_usd ?? 0)}**`] : [`**${usd(report.total_monthly_usd)}**`]
  out.push(row(['**Total**', ...totals, `${STATUS_ICON[report.status]} ${report.status}`, count(report.findings.length)]), '')
  if (report.usage) append(out, usageSection(report.usage))

  // Each shown file's own report, folded; unchanged passing files only in the job summary.
  if (options.details ?? true) {
    const files = options.collapseUnchanged ? shown : [...shown, ...unchanged]
    for (const p of files) {
      const s = p.summary
      const move = s.delta_usd === null ? usd(s.total_monthly_usd) : `${usd(s.base_total_monthly_usd ?? 0)} → ${usd(s.total_monthly_usd)} (${signedUsd(s.delta_usd)})`
      out.push(`<details><summary>${STATUS_ICON[s.status]} ${mdCode(s.config)}: ${move}${changeWord(p) ? `, ${changeWord(p)}` : ''}</summary>`, '')
      out.push(renderMarkdown(p.report, { ...options, embedded: true }).trimEnd(), '', '</details>', '')
    }
  }
  return out.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd() + '\n'
}
