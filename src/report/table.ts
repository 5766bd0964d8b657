/** Plain-text report for terminals: aligned columns, no markup. */
import { providerRows } from './providers.js'
import { count, signedPercent, signedUsd, usd } from '../util/format.js'
import { oneLine } from './escape.js'
import { alternativeOn, migrationOptions, type Alternative } from '../routing/route.js'
import { diffRowWorkloads, type Report } from './report.js'
import type { Finding, Status } from '../gate/gate.js'
import type { UsageComparison } from '../usage/projection.js'

/** Receives the report a piece at a time: the text of 100,000 workloads never has to be one string. */
export type Emit = (text: string) => void

export interface TableOptions {
  /**
   * List every unchanged workload of a diff on its own row. By default they are folded into one
   * row with their count and totals: a terminal reader looks for what moved, and the JSON report
   * still lists every workload.
   */
  showUnchanged?: boolean
  /** The terminal's width in columns (default 100): tables shorten names to fit, prose wraps. */
  width?: number
}

/** The whole report as one string (tests, small reports). */
export function renderTable(report: Report, options: TableOptions = {}): string {
  let text = ''
  writeTable(report, (chunk) => (text += chunk), options)
  return text
}

/** Gathers lines and hands them on in chunks of about 64 kB. */
class ChunkedLines {
  private chunk = ''

  constructor(private readonly emit: Emit) {}

  push(...lines: string[]): void {
    for (const line of lines) this.line(line)
  }

  line(line: string): void {
    this.chunk += line + '\n'
    if (this.chunk.length >= 65536) this.flush()
  }

  flush(): void {
    if (this.chunk !== '') this.emit(this.chunk)
    this.chunk = ''
  }
}

export function writeTable(report: Report, emit: Emit, options: TableOptions = {}): void {
  const out = new ChunkedLines(emit)
  const width = Math.max(40, options.width ?? DEFAULT_WIDTH)
  const prose = (text: string, indent: number) => out.push(...wrapLine(text, width, indent))
  out.line(verdictLine(report.status, report.findings))
  const delta = report.diff
    ? `  (base ${usd(report.diff.base_total_usd)}, ${signedUsd(report.diff.total_delta_usd)}, ${signedPercent(report.diff.total_delta_percent)})`
    : ''
  out.push(`Total: ${usd(report.total_monthly_usd)}/month${delta}`, `Config: ${oneLine(report.config_path)}`, '')
  // The reason a run fails, and its fix, before the tables.
  const file = oneLine(report.config_path)
  writeFindings(report.findings, (f) => (f.line ? `${file}:${f.line}` : file), prose)
  out.line('')

  if (report.diff) {
    const workloadOf = diffRowWorkloads(report)
    const rows: string[][] = []
    const folded = { count: 0, base: 0, head: 0, delta: 0 }
    report.diff.workloads.forEach((d, i) => {
      if (d.change === 'unchanged' && !options.showUnchanged) {
        folded.count++
        folded.base += d.base_monthly_usd
        folded.head += d.head_monthly_usd
        folded.delta += d.delta_usd
        return
      }
      const w = workloadOf(d, i)
      rows.push([
        oneLine(d.name),
        w?.model ?? '',
        w?.quality ?? '',
        w?.size ?? '',
        w ? count(w.images_per_month) : '',
        d.change === 'added' ? '-' : usd(d.base_monthly_usd),
        d.change === 'removed' ? '-' : usd(d.head_monthly_usd),
        signedUsd(d.delta_usd),
        d.change === 'changed' ? `changed: ${d.changed_fields.join(', ')}` : d.change
      ])
    })
    if (folded.count > 0) {
      const label = `(${count(folded.count)} unchanged)`
      rows.push([label, '', '', '', '', usd(folded.base), usd(folded.head), signedUsd(folded.delta), 'unchanged; --show-unchanged lists them'])
    }
    writeColumns(['WORKLOAD', 'MODEL', 'QUALITY', 'SIZE', 'IMAGES/MO', 'BASE', 'HEAD', 'DELTA', 'CHANGE'], rows, 'llllrrrrl', out, { width, first: [8], drop: [2, 3, 5, 4], last: [0, 1] })
  } else {
    const rows = report.workloads.map((w) => [oneLine(w.name), w.model, w.quality ?? '-', w.size, count(w.images_per_month), usd(w.monthly_usd)])
    writeColumns(['WORKLOAD', 'MODEL', 'QUALITY', 'SIZE', 'IMAGES/MO', 'MONTHLY'], rows, 'llllrr', out, { width, drop: [2, 3], last: [0, 1] })
  }
  out.line('')

  const status = new Map([...(report.base?.models ?? []), ...report.models].map((m) => [m.model, m]))
  const lifecycle = (id: string) => {
    const m = status.get(id)
    return !m || m.status === 'active' ? 'active' : `${m.status}${m.shutdown_date ? ` ${m.shutdown_date}` : ''}`
  }
  if (report.diff) {
    const rows = report.diff.models.map((m) => [m.model, lifecycle(m.model), usd(m.base_monthly_usd), usd(m.head_monthly_usd), signedUsd(m.delta_usd)])
    writeColumns(['MODEL', 'STATUS', 'BASE', 'HEAD', 'DELTA'], rows, 'llrrr', out, { width, last: [0, 1] })
  } else {
    const rows = report.models.map((m) => [m.model, lifecycle(m.model), count(m.billed_images_per_month), usd(m.monthly_usd)])
    writeColumns(['MODEL', 'STATUS', 'BILLED IMAGES/MO', 'MONTHLY'], rows, 'llrr', out, { width, last: [0, 1] })
  }

  const providers = providerRows(report)
  if (providers.length > 0) {
    out.line('')
    if (report.diff) writeColumns(['PROVIDER', 'BASE', 'HEAD', 'DELTA'], providers.map((p) => [p.name, usd(p.base), usd(p.head), signedUsd(p.head - p.base)]), 'lrrr', out, { width, last: [0] })
    else writeColumns(['PROVIDER', 'MONTHLY'], providers.map((p) => [p.name, usd(p.head)]), 'lr', out, { width, last: [0] })
  }

  if (report.usage) writeUsage(report.usage, out, width)

  const settingChanges = report.diff?.setting_changes ?? []
  if (settingChanges.length > 0) out.push('', 'THRESHOLD CHANGES')
  for (const c of settingChanges) prose(`  ${c.field}: ${String(c.base ?? 'unset')} -> ${String(c.head ?? 'unset')}`, 4)

  let migrating = false
  for (const w of report.workloads) {
    const m = w.migration
    if (!m) continue
    if (!migrating) out.push('', 'MIGRATION')
    migrating = true
    const when = m.status === 'retired' ? `shut down ${m.shutdown_date}` : `shuts down ${m.shutdown_date} (${m.days_left} days left)`
    // Only models that are options for the workload are named (the finding's fix says why when none is).
    const { options, cheapestInstead } = migrationOptions(w)
    const named = (a: Alternative) => `${a.model} ${usd(a.monthly_usd ?? 0)} (${signedUsd(a.delta_usd ?? 0)}${a.cross_vendor ? ', another vendor' : ''})`
    const where =
      options.length > 0
        ? `${options.map(named).join(' or ')}${cheapestInstead ? ', the cheapest eligible model' : ''}`
        : m.replacements.length > 0
            ? 'no active model is an option (see the finding)'
            : (m.replacement_note ?? 'no replacement named')
    prose(`  ${oneLine(w.name)}: ${w.model} ${when}; ${where}`, 4)
  }

  let movers = false
  for (const w of report.workloads) {
    const cheapest = w.cheapest
    if (!cheapest || cheapest.model === w.model || !(cheapest.saving_usd > 0.005)) continue
    if (!movers) out.push('', 'CHEAPER OPTIONS')
    movers = true
    const best = alternativeOn(w, cheapest.model)
    prose(`  ${oneLine(w.name)}: ${w.model} ${usd(w.monthly_usd)} -> ${cheapest.model} ${usd(cheapest.monthly_usd)} (saves ${usd(cheapest.saving_usd)}/month${best?.notes.length ? `; ${best.notes.join('; ')}` : ''})`, 4)
  }
  if (movers) {
    prose(`  If every workload moved to its cheapest eligible model: ${usd(report.routing.if_cheapest.total_monthly_usd)}/month. Run \`image-cost-gate compare\` for the matrix.`, 4)
  }

  writeAssumptions(report, out, width)
  out.push('', `Catalog checked ${report.catalog.as_of}; evaluated on ${report.evaluated_on}.`)
  if (report.catalog.pricing_note) out.line(oneLine(report.catalog.pricing_note))
  for (const team of report.catalog.applied) {
    out.line(`Team catalog ${oneLine(team.path)} (as of ${team.as_of}${team.stale ? ', more than 90 days old' : ''}): ${team.changes.length} figure${team.changes.length === 1 ? '' : 's'} changed`)
    for (const c of team.changes) {
      const model = c.model === null ? `${c.provider} (catalog)` : `${c.provider}/${c.model}`
      const show = (v: unknown) => (v === null || v === undefined ? 'none' : typeof v === 'string' ? v : JSON.stringify(v))
      out.line(`  ${oneLine(model)} ${oneLine(c.figure)}: ${c.figure === '(model)' ? (c.to === null ? 'removed' : 'added') : `${oneLine(show(c.from))} -> ${oneLine(show(c.to))}`}`)
    }
  }
  for (const o of report.overrides) {
    out.line(`Override: ${o.model} ${o.figure} = ${o.config_value ?? 'none'} (catalog ${o.catalog_value ?? 'none'}; ${oneLine(o.source)})`)
  }
  out.flush()
}

/** Projected against actual, per model and per project, per 730-hour month. */
export function writeUsage(u: UsageComparison, out: { line(text: string): void }, width: number): void {
  out.line('')
  out.line(`PROJECTED VS ACTUAL (the ${u.window.days} days from ${u.window.start} up to ${u.window.end}, per 730-hour month)`)
  writeColumns(['MODEL', 'PROJECTED IMAGES/MO', 'ACTUAL IMAGES/MO', 'DRIFT'], u.models.map((m) => [m.model, count(Math.round(m.projected_images_per_month)), count(Math.round(m.actual_images_per_month)), signedPercent(m.drift_percent)]), 'lrrr', out, { width, last: [0] })
  if (u.projects.length > 0) {
    out.line('')
    writeColumns(['PROJECT', 'PROJECTED', 'ACTUAL', 'DRIFT'], u.projects.map((p) => [oneLine(p.project_id), usd(p.projected_monthly_usd), usd(p.actual_monthly_usd), signedPercent(p.drift_percent)]), 'lrrr', out, { width, last: [0] })
  }
}

/** The first line: the verdict and how many errors and warnings decided it. */
export function verdictLine(status: Status, findings: readonly Finding[]): string {
  let errors = 0
  for (const f of findings) if (f.severity === 'error') errors++
  const warnings = findings.length - errors
  return `image-cost-gate: ${status.toUpperCase()} (${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'})`
}

/** Each finding on its line, where it is (`place`: file and line, when it has one) and why, then what would clear it. */
export function writeFindings(findings: readonly Finding[], place: (f: Finding) => string | undefined, prose: (text: string, indent: number) => void): void {
  prose('FINDINGS', 0)
  if (findings.length === 0) prose('  none: no budget, tier or lifecycle rule was hit', 4)
  for (const f of findings) {
    const where = place(f)
    prose(`  ${f.severity.padEnd(7)} ${f.rule}  ${where === undefined ? '' : `${where}: `}${oneLine(f.message)}`, 10)
    if (f.fix) prose(`          fix: ${oneLine(f.fix)}`, 15)
  }
}

/**
 * Each assumption once, in the order first met, with the workloads it applies to under it: a
 * large config repeats a handful of sentences across hundreds of workloads.
 */
function writeAssumptions(report: Report, out: ChunkedLines, width: number): void {
  const workloadsBySentence = new Map<string, string[]>()
  for (const w of report.workloads) {
    if (w.assumptions.length === 0) continue
    const name = oneLine(w.name)
    for (const a of w.assumptions) {
      const names = workloadsBySentence.get(a)
      if (names) names.push(name)
      else workloadsBySentence.set(a, [name])
    }
  }
  if (workloadsBySentence.size === 0) return
  out.push('', 'ASSUMPTIONS')
  for (const [sentence, names] of workloadsBySentence) {
    out.push(...wrapLine(`  ${oneLine(sentence)}`, width, 4))
    let line = '     '
    for (const name of names) {
      if (line.length > 5 && line.length + 2 + name.length > width) {
        out.line(line)
        line = '     '
      }
      line += ` ${ellipsis(name, width - 7)},`
    }
    out.line(line.slice(0, -1))
  }
}

/** The width a report fits when the terminal's is unknown (no TTY, no $COLUMNS). */
export const DEFAULT_WIDTH = 100
/** The narrowest a shortened column gets. */
const MIN_SHRUNK = 8

/**
 * How a table fits a width, step by step until it does: shorten the `first` columns (free text)
 * with an ellipsis, then leave out the `drop` columns in order (the least needed first), then
 * shorten the `last` columns (names).
 */
export interface Fit {
  width: number
  first?: readonly number[]
  drop?: readonly number[]
  last?: readonly number[]
}

/** Aligned columns; `align` holds one l or r per column. */
export function columns(headers: readonly string[], rows: readonly (readonly string[])[], align: string, fit?: Fit): string[] {
  const lines: string[] = []
  writeColumns(headers, rows, align, { line: (text) => void lines.push(text) }, fit)
  return lines
}

/** `text` cut to `width` characters, the last one an ellipsis when anything was cut. */
export function ellipsis(text: string, width: number): string {
  return text.length <= width ? text : `${text.slice(0, Math.max(0, width - 1))}…`
}

function writeColumns(headers: readonly string[], rows: readonly (readonly string[])[], align: string, out: { line(text: string): void }, fit?: Fit): void {
  const widths = headers.map((h) => h.length)
  for (const r of rows) {
    for (let i = 0; i < widths.length; i++) {
      const length = (r[i] ?? '').length
      if (length > (widths[i] as number)) widths[i] = length
    }
  }
  const shown = headers.map(() => true)
  if (fit) fitColumns(headers, widths, shown, fit)
  const right = widths.map((_, i) => align[i] === 'r')
  const line = (cells: readonly string[]) => {
    let text = ''
    let first = true
    for (let i = 0; i < widths.length; i++) {
      if (!shown[i]) continue
      const width = widths[i] as number
      const cell = ellipsis(cells[i] ?? '', width)
      if (!first) text += '  '
      first = false
      text += right[i] ? cell.padStart(width) : cell.padEnd(width)
    }
    return text.trimEnd()
  }
  out.line(line(headers))
  for (const r of rows) out.line(line(r))
}

/** Narrows the shrinkable columns, widest first, and leaves columns out until the table fits. */
function fitColumns(headers: readonly string[], widths: number[], shown: boolean[], fit: Fit): void {
  const total = () => widths.reduce((sum, w, i) => sum + (shown[i] ? w : 0), 0) + 2 * (shown.filter(Boolean).length - 1)
  const floor = (i: number) => Math.max(MIN_SHRUNK, (headers[i] ?? '').length)
  const shrink = (which: readonly number[]) => {
    while (total() > fit.width) {
      let widest = -1
      for (const i of which) if (shown[i] && (widths[i] as number) > floor(i) && (widest < 0 || (widths[i] as number) > (widths[widest] as number))) widest = i
      if (widest < 0) return
      widths[widest] = (widths[widest] as number) - 1
    }
  }
  const natural = [...widths]
  shrink(fit.first ?? [])
  for (const i of fit.drop ?? []) {
    if (total() <= fit.width) break
    shown[i] = false
  }
  shrink(fit.last ?? [])
  // Room a left-out column freed goes back to the free text.
  for (const i of fit.first ?? []) widths[i] = Math.min(natural[i] as number, (widths[i] as number) + Math.max(0, fit.width - total()))
}

/** Prose wrapped at `width` at spaces, each further line indented by `indent` spaces; a word longer than a line is cut with an ellipsis. */
export function wrapLine(text: string, width: number, indent: number): string[] {
  if (text.length <= width) return [text]
  const lead = /^ */.exec(text)?.[0] ?? ''
  const pad = ' '.repeat(indent)
  const lines: string[] = []
  let line = ''
  for (const word of text.slice(lead.length).split(' ')) {
    if (line !== '' && line.trim() !== '' && line.length + 1 + word.length > width) {
      lines.push(line)
      line = ''
    }
    line = ellipsis(line === '' ? `${lines.length === 0 ? lead : pad}${word}` : `${line} ${word}`, width)
  }
  if (line.trim() !== '') lines.push(line)
  return lines
}
