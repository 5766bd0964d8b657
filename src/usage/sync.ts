/**
 * `usage sync` without its I/O: the window a sync covers, and the API's daily results summed over
 * it into a usage snapshot (config/usage-files.ts has the file's schema). Pure.
 */
import { USAGE_FILE_VERSION, type UsageSnapshot } from '../config/usage-files.js'
import type { CostResult, ImageUsageResult } from '../openai/usage-api.js'

export interface SyncWindow {
  /** First day counted. */
  start: string
  /** The day after the last one counted: [start, end). */
  end: string
  days: number
  /** The same as Unix seconds, for the API. */
  startTime: number
  endTime: number
}

const DAY_MS = 86_400_000

/** The `days` whole days (UTC) before `date`: a sync on a day counts up to the end of the day before, never a part of a day. */
export function syncWindow(date: string, days: number): SyncWindow {
  const endMs = Date.parse(`${date}T00:00:00Z`)
  const startMs = endMs - days * DAY_MS
  return { start: new Date(startMs).toISOString().slice(0, 10), end: date, days, startTime: startMs / 1000, endTime: endMs / 1000 }
}

/** Each (model, size, source, project) and each (project, line item) summed over the window's days, largest first. */
export function buildSnapshot(images: readonly ImageUsageResult[], costs: readonly CostResult[], window: SyncWindow, fetchedAt: string): UsageSnapshot {
  const imageRows = new Map<string, UsageSnapshot['images'][number]>()
  for (const r of images) {
    const key = JSON.stringify([r.model, r.size, r.source, r.project_id])
    const row = imageRows.get(key) ?? { model: r.model, size: r.size, source: r.source, project_id: r.project_id, images: 0, requests: 0 }
    row.images += r.images
    row.requests += r.num_model_requests
    imageRows.set(key, row)
  }
  const costRows = new Map<string, UsageSnapshot['costs'][number]>()
  for (const r of costs) {
    const key = JSON.stringify([r.project_id, r.line_item])
    const row = costRows.get(key) ?? { project_id: r.project_id, line_item: r.line_item, usd: 0 }
    row.usd += r.usd
    costRows.set(key, row)
  }
  return {
    schema_version: USAGE_FILE_VERSION,
    fetched_at: fetchedAt,
    window: { start: window.start, end: window.end, days: window.days },
    images: [...imageRows.values()].sort((a, b) => b.images - a.images),
    costs: [...costRows.values()].sort((a, b) => b.usd - a.usd)
  }
}
