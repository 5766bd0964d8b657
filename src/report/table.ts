/** Plain-text report for terminals: aligned columns, no markup. */
import { append } from '../util/array.js'
import { count, signedPercent, signedUsd, usd } from '../util/format.js'
import { oneLine } from './escape.js'
import type { Report } from './report.js'

export function renderTable(report: Report): string {
  const out: string[] = []
  const errors = report.findings.filter((f) => f.severity === 'error').length
  const warnings = report.findings.length - errors
  out.push(`image-cost-gate: ${report.status.toUpperCase()} (${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'})`)
  const delta = report.diff
    ? `  (base ${usd(report.diff.base_total_usd)}, ${signedUsd(report.diff.total_delta_usd)}, ${signedPercent(report.diff.total_delta_percent)})`
    : ''
  out.push(`Total: ${usd(report.total_monthly_usd)}/month${delta}`, `Config: ${oneLine(report.config_path)}`, '')

  const head = new Map(report.workloads.map((w) => [w.name, w]))
  const base = new Map((report.base?.workloads ?? []).map((w) => [w.name, w]))
  if (report.diff) {
    const rows = report.diff.workloads.map((d) => {
      const w = head.get(d.name) ?? base.get(d.name)
      return [
        oneLine(d.name),
        w?.model ?? '',
        w?.quality ?? '',
        w?.size ?? '',
        w ? count(w.images_per_month) : '',
        d.change === 'added' ? '-' : usd(d.base_monthly_usd),
        d.change === 'removed' ? '-' : usd(d.head_monthly_usd),
        signedUsd(d.delta_usd),
        d.change === 'changed' ? `changed: ${d.changed_fields.join(', ')}` : d.change
      ]
    })
    append(out, columns(['WORKLOAD', 'MODEL', 'QUALITY', 'SIZE', 'IMAGES/MO', 'BASE', 'HEAD', 'DELTA', 'CHANGE'], rows, 'llllrrrrl'))
  } else {
    const rows = report.workloads.map((w) => [oneLine(w.name), w.model, w.quality, w.size, count(w.images_per_month), usd(w.monthly_usd)])
    append(out, columns(['WORKLOAD', 'MODEL', 'QUALITY', 'SIZE', 'IMAGES/MO', 'MONTHLY'], rows, 'llllrr'))
  }
  out.push('')

  const status = new Map([...(report.base?.models ?? []), ...report.models].map((m) => [m.model, m]))
  const lifecycle = (id: string) => {
    const m = status.get(id)
    return !m || m.status === 'active' ? 'active' : `${m.status}${m.shutdown_date ? ` ${m.shutdown_date}` : ''}`
  }
  if (report.diff) {
    const rows = report.diff.models.map((m) => [m.model, lifecycle(m.model), usd(m.base_monthly_usd), usd(m.head_monthly_usd), signedUsd(m.delta_usd)])
    append(out, columns(['MODEL', 'STATUS', 'BASE', 'HEAD', 'DELTA'], rows, 'llrrr'))
  } else {
    const rows = report.models.map((m) => [m.model, lifecycle(m.model), count(m.billed_images_per_month), usd(m.monthly_usd)])
    append(out, columns(['MODEL', 'STATUS', 'BILLED IMAGES/MO', 'MONTHLY'], rows, 'llrr'))
  }

  for (const c of report.diff?.setting_changes ?? []) {
    if (c === report.diff?.setting_changes[0]) out.push('', 'THRESHOLD CHANGES')
    out.push(`  ${c.field}: ${String(c.base ?? 'unset')} -> ${String(c.head ?? 'unset')}`)
  }

  const migrating = report.workloads.filter((w) => w.migration)
  if (migrating.length > 0) out.push('', 'MIGRATION')
  for (const w of migrating) {
    const m = w.migration
    if (!m) continue
    const when = m.status === 'retired' ? `shut down ${m.shutdown_date}` : `shuts down ${m.shutdown_date} (${m.days_left} days left)`
    const options = m.replacements.map((a) =>
      a.eligible && a.monthly_usd !== null ? `${a.model} ${usd(a.monthly_usd)} (${signedUsd(a.delta_usd ?? 0)})` : `${a.model} not an option: ${a.reason ?? ''}`
    )
    out.push(`  ${oneLine(w.name)}: ${w.model} ${when}; ${options.length > 0 ? options.join(' or ') : (m.replacement_note ?? 'no replacement named')}`)
  }

  const movers = report.workloads.filter((w) => w.cheapest && w.cheapest.model !== w.model && w.cheapest.saving_usd > 0.005)
  if (movers.length > 0) {
    out.push('', 'CHEAPER OPTIONS')
    for (const w of movers) {
      const best = w.alternatives.find((a) => a.model === w.cheapest?.model)
      out.push(`  ${oneLine(w.name)}: ${w.model} ${usd(w.monthly_usd)} -> ${w.cheapest?.model} ${usd(w.cheapest?.monthly_usd ?? 0)} (saves ${usd(w.cheapest?.saving_usd ?? 0)}/month${best?.notes.length ? `; ${best.notes.join('; ')}` : ''})`)
    }
    out.push(`  If every workload moved to its cheapest eligible model: ${usd(report.routing.if_cheapest.total_monthly_usd)}/month. Run \`image-cost-gate compare\` for the matrix.`)
  }

  out.push('', 'FINDINGS')
  if (report.findings.length === 0) out.push('  none')
  for (const f of report.findings) {
    const where = oneLine(f.line ? `${report.config_path}:${f.line}` : report.config_path)
    out.push(`  ${f.severity.padEnd(7)} ${f.rule.padEnd(24)} ${where}  ${oneLine(f.message)}`)
  }

  const assumptions = report.workloads.flatMap((w) => w.assumptions.map((a) => `  ${oneLine(w.name)}: ${oneLine(a)}`))
  if (assumptions.length > 0) append(out, ['', 'ASSUMPTIONS', ...assumptions])
  out.push('', `Catalog checked ${report.catalog.as_of}; evaluated on ${report.evaluated_on}.`)
  for (const o of report.overrides) {
    out.push(`Override: ${o.model} ${o.figure} = ${o.config_value ?? 'none'} (catalog ${o.catalog_value ?? 'none'}; ${oneLine(o.source)})`)
  }
  return out.join('\n') + '\n'
}


/** Aligned columns; `align` holds one l or r per column. */
export function columns(headers: readonly string[], rows: readonly (readonly string[])[], align: string): string[] {
  const widths = headers.map((h) => h.length)
  for (const r of rows) {
    for (let i = 0; i < widths.length; i++) widths[i] = Math.max(widths[i] ?? 0, (r[i] ?? '').length)
  }
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, i) => (align[i] === 'r' ? cell.padStart(widths[i] ?? 0) : cell.padEnd(widths[i] ?? 0)))
      .join('  ')
      .trimEnd()
  return [line(headers), ...rows.map(line)]
}
