/** The terminal report of a run over several config files: a row per file, the run's findings, then each changed file's report. */
import { append } from '../util/array.js'
import { projectsInReadingOrder, type ProjectReport, type ProjectsReport } from './projects.js'
import { count, signedPercent, signedUsd, usd } from '../util/format.js'
import { oneLine } from './escape.js'
import { columns, DEFAULT_WIDTH, verdictLine, wrapLine, writeFindings, writeTable, writeUsage, type Emit, type TableOptions } from './table.js'

/** What the change does to a file; `priced` without a base to compare with. */
const changeWord = (p: ProjectReport) => p.summary.change ?? 'priced'

export function writeProjectsTable(report: ProjectsReport, emit: Emit, options: TableOptions = {}): void {
  const only = report.projects.length === 1 ? report.projects[0] : undefined
  if (only) return writeTable(only.report, emit, options)
  const width = Math.max(40, options.width ?? DEFAULT_WIDTH)
  const lines: string[] = []
  const prose = (text: string, indent: number) => void append(lines, wrapLine(text, width, indent))
  lines.push(verdictLine(report.status, report.findings))
  const delta = report.delta_usd === null ? '' : `  (base ${usd(report.base_total_monthly_usd ?? 0)}, ${signedUsd(report.delta_usd)}, ${signedPercent(report.delta_percent)})`
  lines.push(`Total: ${usd(report.total_monthly_usd)}/month${delta} across ${report.projects.length} configs`)
  if (report.total_budget_usd !== null) lines.push(`Total budget: ${usd(report.total_budget_usd)}/month`)
  lines.push('')

  // A finding about the run as a whole (the total budget) names no file.
  writeFindings(report.findings, (f) => (f.config ? `${oneLine(f.config)}${f.line ? `:${f.line}` : ''}` : undefined), prose)
  lines.push('')

  const { shown, unchanged } = projectsInReadingOrder(report)
  const money = (n: number | null) => (n === null ? '-' : usd(n))
  const rows = shown.map((p) => [
    oneLine(p.summary.config),
    p.summary.change === 'added' ? '-' : money(p.summary.base_total_monthly_usd),
    p.summary.change === 'removed' ? '-' : usd(p.summary.total_monthly_usd),
    p.summary.delta_usd === null ? '' : signedUsd(p.summary.delta_usd),
    changeWord(p),
    p.summary.status,
    count(p.summary.finding_count)
  ])
  if (unchanged.length > 0) {
    const total = unchanged.reduce((s, p) => s + p.summary.total_monthly_usd, 0)
    rows.push([`(${count(unchanged.length)} unchanged)`, usd(total), usd(total), signedUsd(0), 'unchanged', 'pass', '0'])
  }
  const totalDelta = report.delta_usd === null ? '' : signedUsd(report.delta_usd)
  rows.push(['TOTAL', money(report.base_total_monthly_usd), usd(report.total_monthly_usd), totalDelta, '', report.status, count(report.findings.length)])
  append(lines, columns(['CONFIG', 'BASE', 'HEAD', 'DELTA', 'CHANGE', 'STATUS', 'FINDINGS'], rows, 'lrrrllr', { width, last: [0] }))
  if (report.usage) writeUsage(report.usage, { line: (text) => void lines.push(text) }, width)
  emit(lines.join('\n') + '\n')

  // Each file that changed or has findings, in full; unchanged passing files only with --show-unchanged.
  for (const p of options.showUnchanged ? [...shown, ...unchanged] : shown) {
    emit(`\n== ${oneLine(p.summary.config)} (${changeWord(p)}) ${'='.repeat(Math.max(3, width - p.summary.config.length - changeWord(p).length - 7))}\n`)
    writeTable(p.report, emit, options)
  }
}
