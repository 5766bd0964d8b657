/** The `usage` commands behind the CLI's ports: sync (OpenAI's Usage and Costs APIs) and import (JSON Lines of calls). */
import { posix } from 'node:path'
import { readFailure, type ConfigError } from '../config/errors.js'
import { loadConfig } from '../config/load.js'
import { DEFAULT_OPENAI_BASE_URL } from '../openai/models-api.js'
import { fetchCosts, fetchImageUsage, type UsageApiOptions } from '../openai/usage-api.js'
import { measureTokens } from '../usage/measure.js'
import { buildSnapshot, syncWindow } from '../usage/sync.js'
import { count } from '../util/format.js'
import type { UsageCommand } from './args.js'
import type { CliPorts } from './run.js'

/** As `check`: 0 done, 2 bad input, a refused key or a failed fetch, 3 a bug. */
export const USAGE_EXIT = { ok: 0, failed: 2 } as const

type ReportErrors = (errors: readonly ConfigError[]) => number

export async function runUsageCommand(command: UsageCommand, ports: CliPorts, reportErrors: ReportErrors): Promise<number> {
  const fail = (message: string) => {
    ports.stderr(`image-cost-gate: ${message}\n`)
    return USAGE_EXIT.failed
  }
  if (!ports.writeFileAtomic) throw new Error('no file writer is wired to the CLI')
  // A whole-second UTC time, as the files' schemas write it.
  const now = (ports.now?.() ?? new Date().toISOString()).replace(/\.\d+Z$/, 'Z')

  if (command.kind === 'usage-import') {
    const read = ports.readText(command.jsonl)
    if (!read.ok) return reportErrors([readFailure(command.jsonl, read)])
    const measured = measureTokens(read.text, command.jsonl, now)
    if (!measured.ok) return reportErrors(measured.errors)
    const written = ports.writeFileAtomic(command.out, JSON.stringify(measured.value, null, 2) + '\n')
    if (!written.ok) return fail(`could not write ${command.out}: ${written.message}`)
    ports.stdout(`${command.out}: measured tokens from ${count(measured.calls)} calls, ${measured.value.entries.length} model, quality and size combinations\n`)
    return USAGE_EXIT.ok
  }

  // The config says where the snapshot goes (usage.snapshot) and must be valid; --out overrides.
  const read = ports.readText(command.config)
  if (!read.ok) return reportErrors([readFailure(command.config, read)])
  const loaded = await loadConfig(read.text, command.config, { readCatalog: async (path) => ports.readText(path), readUsage: false })
  if (!loaded.ok) return reportErrors(loaded.errors)
  const configured = loaded.value.config.usage?.snapshot
  const out = command.out ?? (configured !== undefined ? posix.join(posix.dirname(command.config), configured) : undefined)
  if (out === undefined) return fail(`usage sync needs --out PATH, or usage.snapshot in ${command.config}`)

  const key = ports.env?.OPENAI_ADMIN_KEY
  if (!key) return fail('OPENAI_ADMIN_KEY is not set; the Usage and Costs APIs need an Admin API key (sk-admin-..., made by an organization owner)')
  if (!ports.fetch) throw new Error('no HTTP client is wired to the CLI')
  const window = syncWindow(command.date ?? now.slice(0, 10), command.days)
  const api: UsageApiOptions = {
    fetch: ports.fetch,
    adminKey: key,
    baseUrl: ports.env?.OPENAI_BASE_URL || DEFAULT_OPENAI_BASE_URL,
    sleep: ports.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms))),
    onRetry: (message) => ports.stderr(`image-cost-gate: ${message}\n`)
  }
  const images = await fetchImageUsage(api, window.startTime, window.endTime, window.days)
  if (!images.ok) return fail(`usage sync failed; ${out} is left as it was: ${images.message}`)
  const costs = await fetchCosts(api, window.startTime, window.endTime, window.days)
  if (!costs.ok) return fail(`usage sync failed; ${out} is left as it was: ${costs.message}`)
  const snapshot = buildSnapshot(images.results, costs.results, window, now)
  const written = ports.writeFileAtomic(out, JSON.stringify(snapshot, null, 2) + '\n')
  if (!written.ok) return fail(`could not write ${out}: ${written.message}`)
  const imagesTotal = snapshot.images.reduce((s, r) => s + r.images, 0)
  const usdTotal = snapshot.costs.reduce((s, r) => s + r.usd, 0)
  ports.stdout(`${out}: the ${window.days} days from ${window.start} up to ${window.end}: ${count(imagesTotal)} images in ${snapshot.images.length} rows, $${usdTotal.toFixed(2)} in ${snapshot.costs.length} cost rows\n`)
  return USAGE_EXIT.ok
}
