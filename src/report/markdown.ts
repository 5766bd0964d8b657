/**
 * The report as markdown (the PR comment, the job summary): the verdict, then the findings with
 * their fixes, then the tables, then the details a reviewer may open.
 */
import { providerRows } from './providers.js'
import type { Change } from '../diff/diff.js'
import type { FigureChange } from '../catalog/types.js'
import type { Finding } from '../gate/gate.js'
import { count, signedPercent, signedUsd, unitUsd, usd } from '../util/format.js'
import { append } from '../util/array.js'
import { mdCode, mdText } from './escape.js'
import { cheaperOptionsSection, costChart, shutdownSections } from './routing-md.js'
import { diffRowWorkloads, type Report, type ReportModel, type ReportWorkload } from './report.js'
import type { UsageComparison } from '../usage/projection.js'

export const STATUS_ICON = { pass: '✅', warn: '⚠️', fail: '❌' } as const
const CHANGE_LABEL: Record<Change, string> = { added: 'added', removed: 'removed', changed: 'changed', unchanged: '' }

export interface MarkdownOptions {
  /** Fold unchanged workloads into one row (the comment; the summary to fit its size limit). */
  collapseUnchanged?: boolean
  /**
   * The comment's workload table: workload, model, base → head, change and what changed, narrow
   * enough that a model name never wraps in a PR's conversation column. The summary's has every
   * column (quality, size, images per month).
   */
  narrow?: boolean
  /** Include the collapsible details (assumptions, breakdown, catalog). Default true. */
  details?: boolean
  /**
   * One file's report inside a run over several (report/projects-md.ts): no headline and no
   * findings (the run lists them, each with its file), and its sections a level down.
   */
  embedded?: boolean
}

export function renderMarkdown(report: Report, options: MarkdownOptions = {}): string {
  const out: string[] = []
  if (options.embedded) out.push(summaryLine(report), '')
  else {
    out.push(headline(report), '', summaryLine(report), '')
    append(out, findingsSection(report.findings)).push('')
  }
  out.push('#### Workloads', '')
  append(out, options.narrow ? narrowWorkloadTable(report, options.collapseUnchanged ?? false) : workloadTable(report, options.collapseUnchanged ?? false)).push('')
  out.push('#### Per model', '')
  append(out, modelTable(report)).push('')
  append(out, providerTable(report))
  append(out, costChart(report)).push('')
  if (report.usage) append(out, usageSection(report.usage))
  const settings = settingChanges(report)
  if (settings.length > 0) append(out, ['#### Threshold changes', '', ...settings, ''])
  append(out, shutdownSections(report))
  if (options.details ?? true) {
    append(out, cheaperOptionsSection(report, options.narrow)).push('')
    append(out, details(report, options.narrow ? changedWorkloads(report) : report.workloads))
  }
  const text = out.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd() + '\n'
  return options.embedded ? text.replace(/^#### /gm, '##### ') : text
}

/** "Failed: 2 errors, 1 warning", "Passed with 1 warning", "Passed": of a report, or of a run over several files. */
export function verdict(report: Pick<Report, 'status' | 'findings'>): string {
  const errors = report.findings.filter((f) => f.severity === 'error').length
  const warnings = report.findings.length - errors
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`
  if (report.status === 'fail') return `Failed: ${plural(errors, 'error')}${warnings ? `, ${plural(warnings, 'warning')}` : ''}`
  if (report.status === 'warn') return `Passed with ${plural(warnings, 'warning')}`
  return 'Passed'
}

function headline(report: Report): string {
  const delta = report.diff ? ` (${signedUsd(report.diff.total_delta_usd)}, ${signedPercent(report.diff.total_delta_percent)})` : ''
  return `### ${STATUS_ICON[report.status]} Image generation cost: ${usd(report.total_monthly_usd)}/month${delta}`
}

function summaryLine(report: Report): string {
  const parts = [`**${verdict(report)}**`]
  parts.push(`${report.workloads.length} workload${report.workloads.length === 1 ? '' : 's'} on ${report.models.length} model${report.models.length === 1 ? '' : 's'}`)
  if (report.diff) parts.push(`base ${usd(report.diff.base_total_usd)} → head ${usd(report.diff.head_total_usd)}`)
  parts.push(mdCode(report.config_path))
  return parts.join(' · ')
}

function qualitySize(w: ReportWorkload): string {
  return `${w.quality === null ? '' : `${w.quality} · `}${w.size}${w.batch ? ' · batch' : ''}`
}

function modelCell(model: string, status: string): string {
  return status === 'active' ? mdCode(model) : `${mdCode(model)} (${status})`
}

function workloadTable(report: Report, collapseUnchanged: boolean): string[] {
  const head = new Map(report.workloads.map((w) => [w.name, w]))
  if (!report.diff) {
    const rows = report.workloads.map((w) =>
      row([mdText(w.name), modelCell(w.model, w.model_status), qualitySize(w), count(w.images_per_month), usd(w.monthly_usd)])
    )
    return [row(['Workload', 'Model', 'Quality · size', 'Images/month', 'Monthly']), row(['---', '---', '---', '---:', '---:']), ...rows, row(['**Total**', '', '', '', `**${usd(report.total_monthly_usd)}**`])]
  }
  const base = new Map((report.base?.workloads ?? []).map((w) => [w.name, w]))
  const unchanged = report.diff.workloads.filter((d) => d.change === 'unchanged')
  const shown = collapseUnchanged ? report.diff.workloads.filter((d) => d.change !== 'unchanged') : report.diff.workloads
  const rows = shown.map((d) => {
    const w = head.get(d.name) ?? base.get(d.name)
    const before = base.get(d.name)
    const model = w ? modelCell(w.model, w.model_status) : ''
    const movedFrom = before && w && before.model !== w.model ? `${mdCode(before.model)} → ` : ''
    const changed = d.change === 'changed' ? `changed: ${d.changed_fields.map(mdCode).join(', ')}` : CHANGE_LABEL[d.change]
    return row([
      mdText(d.name),
      movedFrom + model,
      w ? qualitySize(w) : '',
      w ? count(w.images_per_month) : '',
      d.change === 'added' ? '–' : usd(d.base_monthly_usd),
      d.change === 'removed' ? '–' : usd(d.head_monthly_usd),
      signedUsd(d.delta_usd),
      changed
    ])
  })
  return [
    row(['Workload', 'Model', 'Quality · size', 'Images/month', 'Base', 'Head', 'Change', '']),
    row(['---', '---', '---', '---:', '---:', '---:', '---:', '---']),
    ...rows,
    ...(collapseUnchanged && unchanged.length > 0
      ? [row([`*${unchanged.length} unchanged*`, '', '', '', usd(sumOf(unchanged, 'base_monthly_usd')), usd(sumOf(unchanged, 'head_monthly_usd')), '$0.00', 'unchanged'])]
      : []),
    row(['**Total**', '', '', '', usd(report.diff.base_total_usd), `**${usd(report.diff.head_total_usd)}**`, `**${signedUsd(report.diff.total_delta_usd)}**`, signedPercent(report.diff.total_delta_percent)])
  ]
}

/** Changed fields named in the comment's table; the rest are counted. */
const NARROW_FIELDS = 2

/** Five columns: what a reviewer needs to see what moved (the base is in the headline and the summary). */
function narrowWorkloadTable(report: Report, collapseUnchanged: boolean): string[] {
  if (!report.diff) {
    const rows = report.workloads.map((w) => row([mdText(w.name), modelCell(w.model, w.model_status), qualitySize(w), usd(w.monthly_usd)]))
    return [row(['Workload', 'Model', 'Quality · size', 'Monthly']), row(['---', '---', '---', '---:']), ...rows, row(['**Total**', '', '', `**${usd(report.total_monthly_usd)}**`])]
  }
  const workloadOf = diffRowWorkloads(report)
  const unchanged = report.diff.workloads.filter((d) => d.change === 'unchanged')
  const rows = report.diff.workloads.flatMap((d, i) => {
    if (collapseUnchanged && d.change === 'unchanged') return []
    const w = workloadOf(d, i)
    const monthly = d.change === 'removed' ? '–' : usd(d.head_monthly_usd)
    // Short enough to leave the model its width: the summary's table has every column.
    const fields = d.changed_fields.slice(0, NARROW_FIELDS).map(mdText).join(', ') + (d.changed_fields.length > NARROW_FIELDS ? ` +${d.changed_fields.length - NARROW_FIELDS}` : '')
    const what = d.change === 'changed' ? fields : CHANGE_LABEL[d.change]
    return [row([mdText(d.name), w ? modelCell(w.model, w.model_status) : '', monthly, signedUsd(d.delta_usd), what])]
  })
  return [
    row(['Workload', 'Model', 'Monthly', 'Change', 'What changed']),
    row(['---', '---', '---:', '---:', '---']),
    ...rows,
    ...(collapseUnchanged && unchanged.length > 0 ? [row([`*${count(unchanged.length)} unchanged*`, '', usd(sumOf(unchanged, 'head_monthly_usd')), '$0.00', 'listed in the job summary'])] : []),
    row(['**Total**', '', `**${usd(report.diff.head_total_usd)}**`, `**${signedUsd(report.diff.total_delta_usd)}**`, `${signedPercent(report.diff.total_delta_percent)} on ${usd(report.diff.base_total_usd)}`])
  ]
}

function modelTable(report: Report): string[] {
  const status = new Map<string, ReportModel>([...(report.base?.models ?? []), ...report.models].map((m) => [m.model, m]))
  const lifecycle = (id: string) => {
    const m = status.get(id)
    if (!m || m.status === 'active') return 'active'
    return `${m.status}${m.shutdown_date ? ` (shutdown ${m.shutdown_date})` : ''}`
  }
  if (!report.diff) {
    return [
      row(['Model', 'Status', 'Billed images/month', 'Monthly']),
      row(['---', '---', '---:', '---:']),
      ...report.models.map((m) => row([mdCode(m.model), lifecycle(m.model), count(m.billed_images_per_month), usd(m.monthly_usd)]))
    ]
  }
  return [
    row(['Model', 'Status', 'Base', 'Head', 'Change']),
    row(['---', '---', '---:', '---:', '---:']),
    ...report.diff.models.map((m) => row([mdCode(m.model), lifecycle(m.model), usd(m.base_monthly_usd), usd(m.head_monthly_usd), signedUsd(m.delta_usd)]))
  ]
}

/** Per provider, with its heading, when more than one provider appears. */
function providerTable(report: Report): string[] {
  const providers = providerRows(report)
  if (providers.length === 0) return []
  if (!report.diff) return ['#### Per provider', '', row(['Provider', 'Monthly']), row(['---', '---:']), ...providers.map((p) => row([mdText(p.name), usd(p.head)])), '']
  return [
    '#### Per provider',
    '',
    row(['Provider', 'Base', 'Head', 'Change']),
    row(['---', '---:', '---:', '---:']),
    ...providers.map((p) => row([mdText(p.name), usd(p.base), usd(p.head), signedUsd(p.head - p.base)])),
    ''
  ]
}

function settingChanges(report: Report): string[] {
  const show = (v: unknown) => (v === null || v === undefined ? 'unset' : mdCode(String(v)))
  return (report.diff?.setting_changes ?? []).map((c) => `- ${mdCode(c.field)}: ${show(c.base)} → ${show(c.head)}`)
}

export function findingsSection(findings: readonly Finding[]): string[] {
  if (findings.length === 0) return ['#### Findings', '', 'No budget, tier or lifecycle rule was hit.']
  const sorted = [...findings].sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1))
  return [
    '#### Findings',
    '',
    ...sorted.map((f) => {
      const icon = f.severity === 'error' ? '❌' : '⚠️'
      const where = [f.config ? mdCode(f.config) : '', f.workload ? mdText(f.workload) : '', f.line ? `line ${f.line}` : ''].filter(Boolean).join(', ')
      const line = `- ${icon} **${f.rule}**${where ? ` (${where})` : ''}: ${mdText(f.message)}`
      return f.fix ? `${line}\n  - **Fix:** ${mdText(f.fix)}` : line
    })
  ]
}

/** The head's workloads the diff marks as added or changed (all of them without a base). */
function changedWorkloads(report: Report): ReportWorkload[] {
  if (!report.diff) return report.workloads
  const moved = new Set(report.diff.workloads.filter((d) => d.change !== 'unchanged').map((d) => d.name))
  return report.workloads.filter((w) => moved.has(w.name))
}

/** The collapsible details of `workloads` (the comment's: the changed ones; the summary's: all). */
function details(report: Report, workloads: readonly ReportWorkload[]): string[] {
  const out: string[] = []
  const assumptions = workloads.flatMap((w) => w.assumptions.map((a) => `- **${mdText(w.name)}**: ${mdText(a)}`))
  if (assumptions.length > 0) {
    out.push('<details><summary>Assumptions and estimates</summary>', '', ...assumptions, '', '</details>', '')
  }
  out.push('<details><summary>Cost breakdown</summary>', '')
  out.push(row(['Workload', 'Billed images', 'Requests', 'Per image', 'Image output', 'Text input', 'Image input', 'Text output', 'Batch savings']))
  out.push(row(['---', '---:', '---:', '---:', '---:', '---:', '---:', '---:', '---:']))
  for (const w of workloads) {
    const perImage = `${unitUsd(w.output_pricing.usd_per_image)}${w.output_pricing.method === 'tokens' ? ` (${count(w.output_pricing.tokens_per_image ?? 0)} tok)` : ''}`
    out.push(
      row([
        mdText(w.name),
        count(w.billed_images_per_month),
        count(w.requests_per_month),
        perImage,
        usd(w.cost.image_output_usd),
        usd(w.cost.text_input_usd),
        usd(w.cost.image_input_usd),
        usd(w.cost.text_output_usd),
        usd(w.batch_savings_usd)
      ])
    )
  }
  out.push('', 'Billed images = delivered / (1 − retry rate); Batch halves every component.', '', '</details>', '')
  out.push('<details><summary>Pricing catalog</summary>', '')
  out.push(`Prices from the built-in catalog checked on **${report.catalog.as_of}**; evaluated on ${report.evaluated_on}.${report.catalog.stale ? ' The catalog is more than 90 days old: prices may have moved.' : ''}`)
  if (report.catalog.pricing_note) out.push('', mdText(report.catalog.pricing_note))
  for (const team of report.catalog.applied) {
    out.push('', `Team catalog ${mdCode(team.path)}${team.title ? ` (${mdText(team.title)})` : ''}, checked on **${team.as_of}**${team.stale ? ' (more than 90 days old)' : ''}: ${team.changes.length} figure${team.changes.length === 1 ? '' : 's'} changed.`)
    if (team.changes.length > 0) out.push('', ...team.changes.map((c) => `- ${describeChange(c)}`))
  }
  if (report.thresholds_from === 'base') out.push('', 'Budget thresholds are taken from the base branch.')
  if (report.overrides.length > 0) {
    out.push('', 'Figures overridden by the config:', '')
    for (const o of report.overrides) {
      out.push(`- ${mdCode(o.model)} ${mdCode(o.figure)}: ${o.config_value ?? 'none'} (catalog: ${o.catalog_value ?? 'none'}; ${mdText(o.source)})`)
    }
  }
  out.push('', '</details>')
  return out
}

function describeChange(c: FigureChange): string {
  const model = mdCode(c.model === null ? `${c.provider} (catalog)` : `${c.provider}/${c.model}`)
  if (c.figure === '(model)') return `${model}: ${c.to === null ? 'removed' : 'added'}`
  const show = (v: unknown) => (v === null || v === undefined ? 'none' : mdCode(typeof v === 'string' ? v : JSON.stringify(v)))
  return `${model} ${mdCode(c.figure)}: ${show(c.from)} → ${show(c.to)}`
}

function sumOf<K extends string>(rows: readonly Record<K, number>[], key: K): number {
  return rows.reduce((total, r) => total + r[key], 0)
}

export function row(cells: readonly string[]): string {
  return `| ${cells.join(' | ')} |`
}

/** Projected against actual: per model in images, per project in USD, both per 730-hour month. */
export function usageSection(u: UsageComparison): string[] {
  const out = ['#### Projected vs actual', '', `Usage in the ${u.window.days} days from ${u.window.start} up to ${u.window.end} (fetched ${u.fetched_at.slice(0, 10)}), scaled to a 730-hour month.`, '']
  out.push(row(['Model', 'Projected images/month', 'Actual images/month', 'Drift']), row(['---', '---:', '---:', '---:']))
  for (const m of u.models) out.push(row([mdCode(m.model), count(Math.round(m.projected_images_per_month)), count(Math.round(m.actual_images_per_month)), signedPercent(m.drift_percent)]))
  if (u.projects.length > 0) {
    out.push('', row(['Project', 'Projected', 'Actual', 'Drift']), row(['---', '---:', '---:', '---:']))
    for (const p of u.projects) out.push(row([mdCode(p.project_id), usd(p.projected_monthly_usd), usd(p.actual_monthly_usd), signedPercent(p.drift_percent)]))
  }
  out.push('')
  return out
}
