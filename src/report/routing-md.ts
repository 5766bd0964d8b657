/** Report sections about routing: the shutdown plan, the cheaper options and the per-model chart. */
import { byText, count, signedUsd, unitUsd, usd } from '../util/format.js'
import { mdCode, mdText } from './escape.js'
import type { HeadWorkload, Report } from './report.js'
import { migrationOptions } from '../routing/route.js'

const row = (cells: readonly string[]) => `| ${cells.join(' | ')} |`
/** Requirement notes listed in the cheaper-options section before the rest are only counted. */
const MAX_REQUIREMENT_LINES = 20
/** Per workload, the models named with why they are ruled out; the rest are counted. */
const MAX_REASONS_PER_WORKLOAD = 8

/** "Before <date>" for announced shutdowns and "Shut down on <date>" for past ones, soonest first. */
export function shutdownSections(report: Report): string[] {
  const groups = new Map<string, HeadWorkload[]>()
  for (const w of report.workloads) {
    if (!w.migration) continue
    const key = `${w.migration.status}|${w.migration.shutdown_date ?? ''}`
    groups.set(key, [...(groups.get(key) ?? []), w])
  }
  const out: string[] = []
  for (const [key, workloads] of [...groups].sort(([a], [b]) => byText(a, b))) {
    const [status, date] = key.split('|')
    const first = workloads[0]?.migration
    const heading =
      status === 'retired'
        ? `#### Shut down on ${date} (${Math.abs(first?.days_left ?? 0)} days ago)`
        : `#### Before ${date || 'the announced shutdown'}${first?.days_left != null ? ` (${first.days_left} days left)` : ''}`
    out.push(heading, '', row(['Workload', 'Model', 'Now', 'Replacement', 'Projected', 'Change']), row(['---', '---', '---:', '---', '---:', '---:']))
    for (const w of workloads) {
      const migration = w.migration
      if (!migration) continue
      // Only a model that is an option for the workload is named: a listed replacement that is
      // not gives way to the cheapest eligible model, and with none the finding's fix says why.
      const { options, cheapestInstead } = migrationOptions(w)
      const lead = [mdText(w.name), mdCode(w.model), usd(w.monthly_usd)]
      if (options.length === 0) {
        const why = migration.replacements.length > 0 ? 'none is an option (see the fix above)' : mdText(migration.replacement_note ?? 'none named')
        out.push(row([...lead, why, '–', '–']))
      }
      options.forEach((alt, i) => {
        const label = `${mdCode(alt.model)}${cheapestInstead ? ' (cheapest eligible)' : ''}${alt.cross_vendor ? ' (another vendor)' : ''}`
        out.push(row([...(i === 0 ? lead : ['', '', '']), label, usd(alt.monthly_usd ?? 0), signedUsd(alt.delta_usd ?? 0)]))
      })
    }
    out.push('')
  }
  return out
}

/** One line of arithmetic: what an accepted image costs on a model once retries are paid for. */
function perDelivered(model: string, perGeneration: number | null, retry: number | undefined, perDeliveredImage: number | null): string {
  if (perGeneration === null || perDeliveredImage === null) return ''
  return `${mdCode(model)} ${unitUsd(perGeneration)} ÷ (1 − ${retry ?? 0}) = ${unitUsd(perDeliveredImage)}`
}

/** `narrow`: the comment's form, without the per-delivered-image arithmetic (the summary has it). */
export function cheaperOptionsSection(report: Report, narrow = false): string[] {
  const { if_cheapest } = report.routing
  const movers = report.workloads.filter((w) => w.cheapest && w.cheapest.model !== w.model && w.cheapest.saving_usd > 0.005)
  const saving = movers.reduce((total, w) => total + (w.cheapest?.saving_usd ?? 0), 0)
  const summary =
    movers.length > 0
      ? `Cheaper options: ${movers.length} workload${movers.length === 1 ? '' : 's'} could save ${usd(saving)}/month on another model`
      : 'Cheaper options: every workload is on its cheapest eligible model'
  const out = [`<details><summary>${summary}</summary>`, '']
  if (movers.length > 0) {
    out.push(
      narrow ? row(['Workload', 'Now', 'Cheapest eligible', 'Monthly', 'Saving']) : row(['Workload', 'Now', 'Cheapest eligible', 'Monthly', 'Saving', 'Per delivered image']),
      narrow ? row(['---', '---', '---', '---:', '---:']) : row(['---', '---', '---', '---:', '---:', '---'])
    )
    for (const w of movers) {
      const now = w.alternatives.find((a) => a.current)
      const best = w.alternatives.find((a) => a.model === w.cheapest?.model)
      if (!now || !best || !w.cheapest) continue
      const notes = best.notes.length > 0 ? ` (${best.notes.map(mdText).join('; ')})` : ''
      const cells = [mdText(w.name), mdCode(w.model), `${mdCode(best.model)}${notes}`, usd(w.cheapest.monthly_usd), usd(w.cheapest.saving_usd)]
      if (!narrow) {
        cells[1] = `${mdCode(w.model)} ${usd(w.monthly_usd)}`
        cells.push(`${perDelivered(now.model, now.per_generation_usd, now.retry_rate, now.per_delivered_image_usd)} vs ${perDelivered(best.model, best.per_generation_usd, best.retry_rate, best.per_delivered_image_usd)}`)
      }
      out.push(row(cells))
    }
    if (!narrow) out.push('', 'Per delivered image = all components per generation ÷ (1 − that model\'s retry rate).', '')
    else out.push('')
  }
  out.push(row(['If every workload moved', 'Workloads', 'Monthly']), row(['---', '---:', '---:']))
  for (const m of if_cheapest.models) out.push(row([mdCode(m.model), count(m.workloads), usd(m.monthly_usd)]))
  out.push(row(['**Total**', '', `**${usd(if_cheapest.total_monthly_usd)}** (${signedUsd(-if_cheapest.saving_usd)})`]))
  // Models a workload's requirements rule out (shutdowns aside), with the reason and its source.
  const requirementLines: string[] = []
  let more = 0
  for (const w of report.workloads) {
    if (w.requires.length === 0) continue
    if (requirementLines.length >= MAX_REQUIREMENT_LINES) {
      more += 1
      continue
    }
    // Requirements only: shutdowns, and an intent a model cannot take (no close quality or size), are said elsewhere.
    const excluded = w.alternatives.filter(
      (a) => !a.eligible && a.reason !== undefined && !/^(retired|deprecated|not released)|is not offered on|offers no (quality|size) close to|has quality settings/.test(a.reason)
    )
    const shown = excluded.slice(0, MAX_REASONS_PER_WORKLOAD).map((a) => mdText(a.reason ?? a.model))
    if (excluded.length > shown.length) shown.push(`${excluded.length - shown.length} more (\`image-cost-gate compare\`)`)
    if (excluded.length > 0) requirementLines.push(`- ${mdText(w.name)} needs ${w.requires.map(mdCode).join(', ')}: ${shown.join('; ')}`)
  }
  if (more > 0) requirementLines.push(`- … and ${more} more workloads with requirements: see \`image-cost-gate compare\``)
  if (requirementLines.length > 0) out.push('', ...requirementLines)
  out.push('', 'Only active models that meet each workload\'s requirements are options; `image-cost-gate compare` prints the whole matrix.', '', '</details>')
  return out
}

/** Monthly cost per model as a Mermaid bar chart (head) with the base as a line; the table stays beside it. */
export function costChart(report: Report): string[] {
  const models = report.diff ? report.diff.models : report.models.map((m) => ({ model: m.model, head_monthly_usd: m.monthly_usd, base_monthly_usd: 0 }))
  if (models.length === 0) return []
  const round = (n: number) => Math.round(n * 100) / 100
  const head = models.map((m) => round(m.head_monthly_usd))
  const base = models.map((m) => round(m.base_monthly_usd))
  const top = Math.max(1, Math.ceil(Math.max(...head, ...base) * 1.1))
  const lines = [
    '```mermaid',
    'xychart-beta',
    `    title "Monthly cost per model (USD)${report.diff ? ': bars = this PR, line = base' : ''}"`,
    `    x-axis [${models.map((m) => JSON.stringify(m.model)).join(', ')}]`,
    `    y-axis "USD per month" 0 --> ${top}`,
    `    bar [${head.join(', ')}]`
  ]
  if (report.diff) lines.push(`    line [${base.join(', ')}]`)
  lines.push('```')
  return lines
}
