/** The `models` listing: the catalog as seen on a given day. */
import { modelStatus, type ModelStatus } from '../catalog/lookup.js'
import { describeSizeRule } from '../catalog/rules.js'
import type { Catalog, ModelEntry } from '../catalog/types.js'
import { columns } from './table.js'

export interface ModelListing {
  id: string
  aliases: string[]
  status: ModelStatus
  notice_date: string | null
  shutdown_date: string | null
  replacements: string[]
  qualities: string[]
  sizes: string
  pricing: 'per_image' | 'tokens'
  batch: boolean
  edits: boolean
  text_output: boolean
  entry: ModelEntry
}

export function listModels(catalog: Catalog, date: string): ModelListing[] {
  return catalog.models.map((m) => ({
    id: m.id,
    aliases: m.aliases,
    status: modelStatus(m, date),
    notice_date: m.lifecycle.value.notice_date,
    shutdown_date: m.lifecycle.value.shutdown_date,
    replacements: m.lifecycle.value.replacements,
    qualities: m.qualities.value,
    sizes: describeSizeRule(m.sizes.value),
    pricing: m.image_prices ? 'per_image' : 'tokens',
    batch: m.capabilities.batch.value,
    edits: m.capabilities.edits.value,
    text_output: m.capabilities.text_output.value,
    entry: m
  }))
}

export function renderModelsJson(catalog: Catalog, date: string): string {
  return JSON.stringify({ as_of: catalog.as_of, evaluated_on: date, currency: catalog.currency, models: listModels(catalog, date), sources: catalog.sources }, null, 2) + '\n'
}

export function renderModelsTable(catalog: Catalog, date: string): string {
  const yesNo = (b: boolean) => (b ? 'yes' : 'no')
  const rows = listModels(catalog, date).map((m) => {
    const rates = m.entry.token_rates?.value
    return [
      m.id,
      m.status,
      m.shutdown_date ?? '-',
      m.replacements.join(', ') || m.entry.lifecycle.value.replacement_note || '-',
      m.qualities.join('/'),
      m.pricing === 'per_image' ? 'per image' : 'tokens',
      rates?.image_output != null ? `$${rates.image_output}` : '-',
      yesNo(m.batch),
      yesNo(m.text_output)
    ]
  })
  const header = ['MODEL', 'STATUS', 'SHUTDOWN', 'REPLACEMENT', 'QUALITIES', 'PRICED BY', 'IMAGE OUT /1M', 'BATCH', 'TEXT OUT']
  return [
    `Pricing catalog checked ${catalog.as_of}; status as of ${date}.`,
    '',
    ...columns(header, rows, 'llllllrll'),
    '',
    'Run `image-cost-gate models --format json` for every figure with its source and confidence.'
  ].join('\n') + '\n'
}
