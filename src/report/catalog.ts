/** The `models` listing: the catalog as seen on a given day. */
import { modelStatus, type ModelStatus } from '../catalog/lookup.js'
import { describeSizeRule } from '../catalog/rules.js'
import type { LifecycleCheck } from '../catalog/lifecycle-check.js'
import type { Catalog, FigureChange, ModelEntry } from '../catalog/types.js'
import { mdCode, mdText, oneLine } from './escape.js'
import { columns } from './table.js'

export interface ModelListing {
  id: string
  provider: string
  aliases: string[]
  status: ModelStatus
  release_date: string | null
  /** Why the catalog's provider cannot serve the model, when it cannot. */
  unavailable: string | null
  notice_date: string | null
  shutdown_date: string | null
  replacements: string[]
  qualities: string[]
  sizes: string
  /** How an output image is priced; none where the sources give no price. */
  pricing: 'per_image' | 'tokens' | 'megapixels' | 'none'
  /** null: not documented in the sources. */
  batch: boolean | null
  edits: boolean | null
  text_output: boolean | null
  entry: ModelEntry
}

export function listModels(catalog: Catalog, date: string): ModelListing[] {
  return catalog.models.map((m) => ({
    id: m.id,
    provider: m.provider,
    aliases: m.aliases,
    status: modelStatus(m, date),
    release_date: m.lifecycle.value.release_date,
    unavailable: m.unavailable?.value ?? null,
    notice_date: m.lifecycle.value.notice_date,
    shutdown_date: m.lifecycle.value.shutdown_date,
    replacements: m.lifecycle.value.replacements,
    qualities: m.qualities.value,
    sizes: describeSizeRule(m.sizes.value),
    pricing: pricingKind(m),
    batch: m.capabilities.batch.value,
    edits: m.capabilities.edits.value,
    text_output: m.capabilities.text_output.value,
    entry: m
  }))
}

export function renderModelsJson(catalog: Catalog, date: string): string {
  const listing = {
    as_of: catalog.as_of,
    evaluated_on: date,
    currency: catalog.currency,
    provider: catalog.provider,
    catalogs_applied: catalog.applied.map(({ path, as_of }) => ({ path, as_of })),
    models: listModels(catalog, date),
    sources: catalog.sources
  }
  return JSON.stringify(listing, null, 2) + '\n'
}

function pricingKind(m: ModelEntry): ModelListing['pricing'] {
  if (m.image_prices) return 'per_image'
  if (m.megapixel_prices) return 'megapixels'
  return m.output_tokens && m.token_rates?.value.image_output != null ? 'tokens' : 'none'
}

const PRICED_BY: Record<ModelListing['pricing'], string> = { per_image: 'per image', tokens: 'tokens', megapixels: 'megapixel', none: 'no price' }

/** "not released (until ...)" reads better in a table than the status word. */
function statusCell(m: ModelListing): string {
  if (m.unavailable) return 'not offered'
  if (m.status === 'unreleased') return `not released (until ${m.release_date})`
  return m.status
}

export function renderModelsTable(catalog: Catalog, date: string): string {
  const yesNo = (b: boolean | null) => (b === null ? 'n/d' : b ? 'yes' : 'no')
  const rows = listModels(catalog, date).map((m) => {
    const rates = m.entry.token_rates?.value
    return [
      m.id,
      statusCell(m),
      m.shutdown_date ?? '-',
      m.replacements.join(', ') || m.entry.lifecycle.value.replacement_note || '-',
      m.qualities.join('/') || '-',
      PRICED_BY[m.pricing],
      rates?.image_output != null ? `$${rates.image_output}` : '-',
      yesNo(m.batch),
      yesNo(m.text_output)
    ]
  })
  const header = ['MODEL', 'STATUS', 'SHUTDOWN', 'REPLACEMENT', 'QUALITIES', 'PRICED BY', 'IMAGE OUT /1M', 'BATCH', 'TEXT OUT']
  return [
    `Pricing catalog checked ${catalog.as_of}${catalog.applied.length > 0 ? `, with ${catalog.applied.map((a) => `${a.path} (${a.as_of})`).join(', ')}` : ''}; ${catalog.provider_name}; status as of ${date}.`,
    '',
    ...columns(header, rows, 'llllllrll'),
    '',
    ...(catalog.providers.length > 1 ? ['n/d: not documented in the sources. Other vendors\' models are named provider/model.'] : []),
    'Run `image-cost-gate models --format json` for every figure with its source and confidence.'
  ].join('\n') + '\n'
}

/** A figure's value as a reader reads it in a diff. */
function shown(value: unknown): string {
  if (value === null || value === undefined) return 'none'
  return typeof value === 'string' ? value : JSON.stringify(value)
}

function changeRows(changes: readonly FigureChange[]): string[][] {
  return changes.map((c) => [
    c.model === null ? `${c.provider} (catalog)` : `${c.provider}/${c.model}`,
    c.figure,
    c.figure === '(model)' ? (c.to === null ? 'removed' : 'added') : `${shown(c.from)} -> ${shown(c.to)}`
  ])
}

export interface CatalogDiff {
  old: { path: string; as_of: string }
  new: { path: string; as_of: string }
  changes: FigureChange[]
}

export function renderCatalogDiff(diff: CatalogDiff, format: 'table' | 'markdown' | 'json'): string {
  if (format === 'json') return JSON.stringify(diff, null, 2) + '\n'
  const title = `${diff.old.path} (as of ${diff.old.as_of}) -> ${diff.new.path} (as of ${diff.new.as_of})`
  if (format === 'markdown') {
    const out = [`### Catalog changes: ${mdText(title)}`, '']
    if (diff.changes.length === 0) return [...out, 'No figure differs.'].join('\n') + '\n'
    out.push('| Model | Figure | Change |', '| --- | --- | --- |')
    for (const [model, figure, change] of changeRows(diff.changes)) out.push(`| ${mdCode(model ?? '')} | ${mdCode(figure ?? '')} | ${mdText(change ?? '')} |`)
    return [...out, '', `${diff.changes.length} change${diff.changes.length === 1 ? '' : 's'}.`].join('\n') + '\n'
  }
  if (diff.changes.length === 0) return `Catalog diff ${oneLine(title)}: no figure differs.\n`
  return [`Catalog diff ${oneLine(title)}`, '', ...columns(['MODEL', 'FIGURE', 'CHANGE'], changeRows(diff.changes).map((r) => r.map(oneLine)), 'lll'), '', `${diff.changes.length} change${diff.changes.length === 1 ? '' : 's'}.`].join('\n') + '\n'
}

export function renderLifecycleCheck(check: LifecycleCheck, format: 'table' | 'markdown' | 'json'): string {
  if (format === 'json') return JSON.stringify(check, null, 2) + '\n'
  const rows = check.differences.map((d) => [d.model, d.listed_id, d.catalog_shutdown_date ?? 'none', d.api_shutdown_date ?? 'none'])
  const out: string[] = []
  if (rows.length === 0) out.push("Every shutdown date OpenAI's models list gives matches the catalog.")
  else if (format === 'markdown') {
    out.push('| Model | Listed as | Catalog shutdown | OpenAI shutdown |', '| --- | --- | --- | --- |', ...rows.map((r) => `| ${r.map(mdCode).join(' | ')} |`))
  } else out.push(`${rows.length} shutdown date${rows.length === 1 ? ' differs' : 's differ'} from the catalog:`, '', ...columns(['MODEL', 'LISTED AS', 'CATALOG', 'OPENAI'], rows, 'llll'))
  if (check.not_listed.length > 0) out.push('', `Not in the key's models list (no access, or gone): ${check.not_listed.join(', ')}`)
  if (check.not_in_catalog.length > 0) out.push('', `Image models the catalog lacks: ${check.not_in_catalog.join(', ')}`)
  return out.join('\n') + '\n'
}
