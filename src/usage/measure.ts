/**
 * `usage import` without its I/O: JSON Lines of Images API calls (what a team logs from each
 * response: model, quality, size, n and usage) -> measured tokens per image for each model,
 * quality and size. A line that is not such a call is an error naming its line. Pure.
 */
import type { ConfigError } from '../config/errors.js'
import { USAGE_FILE_VERSION, type MeasuredTokens } from '../config/usage-files.js'
import { QUALITIES } from '../catalog/vocabulary.js'

interface Call {
  model: string
  quality: string
  size: string
  n: number
  outputTokens: number
  inputImageTokens: number
}

const isCount = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && v >= 0

function readCall(value: unknown): Call | string {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return 'expected a JSON object: one Images API call'
  const v = value as Record<string, unknown>
  if (typeof v.model !== 'string' || v.model === '') return 'model: expected the model id as text'
  if (typeof v.quality !== 'string' || !(QUALITIES as readonly string[]).includes(v.quality)) return `quality: expected one of ${QUALITIES.join(', ')}`
  if (typeof v.size !== 'string' || !/^[1-9][0-9]*x[1-9][0-9]*$/.test(v.size)) return 'size: expected WxH, e.g. 1024x1024'
  const n = v.n ?? 1
  if (typeof n !== 'number' || !Number.isInteger(n) || n < 1) return 'n: expected the number of images, 1 or more'
  const usage = v.usage as { output_tokens?: unknown; input_tokens_details?: { image_tokens?: unknown } } | null | undefined
  if (!usage || typeof usage !== 'object') return 'usage: expected the response\'s usage object'
  if (!isCount(usage.output_tokens)) return 'usage.output_tokens: expected a count'
  const imageTokens = usage.input_tokens_details?.image_tokens ?? 0
  if (!isCount(imageTokens)) return 'usage.input_tokens_details.image_tokens: expected a count'
  return { model: v.model, quality: v.quality, size: v.size, n, outputTokens: usage.output_tokens, inputImageTokens: imageTokens }
}

/** The 90th percentile by nearest rank. */
function p90(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.max(0, Math.ceil(sorted.length * 0.9) - 1)] ?? 0
}

export function measureTokens(text: string, file: string, importedAt: string): { ok: true; value: MeasuredTokens; calls: number } | { ok: false; errors: ConfigError[] } {
  const errors: ConfigError[] = []
  const groups = new Map<string, Call[]>()
  const lines = text.split(/\r?\n/)
  lines.forEach((line, i) => {
    if (line.trim() === '') return
    let value: unknown
    try {
      value = JSON.parse(line)
    } catch {
      errors.push({ file, line: i + 1, column: 1, path: '', message: 'not valid JSON; expected one JSON object per line' })
      return
    }
    const call = readCall(value)
    if (typeof call === 'string') {
      errors.push({ file, line: i + 1, column: 1, path: call.split(':')[0] ?? '', message: call })
      return
    }
    const key = JSON.stringify([call.model, call.quality, call.size])
    const list = groups.get(key) ?? []
    list.push(call)
    groups.set(key, list)
  })
  if (errors.length > 0) return { ok: false, errors }
  if (groups.size === 0) return { ok: false, errors: [{ file, path: '', message: 'no calls in the file; expected one JSON object per line' }] }
  const entries = [...groups.values()].map((calls) => {
    const first = calls[0] as Call
    const images = calls.reduce((s, c) => s + c.n, 0)
    const output = calls.reduce((s, c) => s + c.outputTokens, 0)
    return {
      model: first.model,
      quality: first.quality as MeasuredTokens['entries'][number]['quality'],
      size: first.size,
      calls: calls.length,
      images,
      mean_output_tokens_per_image: output / images,
      p90_output_tokens_per_image: p90(calls.map((c) => c.outputTokens / c.n)),
      mean_input_image_tokens: calls.reduce((s, c) => s + c.inputImageTokens, 0) / calls.length
    }
  })
  entries.sort((a, b) => (a.model === b.model ? (a.quality === b.quality ? (a.size < b.size ? -1 : 1) : a.quality < b.quality ? -1 : 1) : a.model < b.model ? -1 : 1))
  const calls = entries.reduce((s, e) => s + e.calls, 0)
  return { ok: true, value: { schema_version: USAGE_FILE_VERSION, imported_at: importedAt, source: file, entries }, calls }
}
