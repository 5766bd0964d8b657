/**
 * The JSON report at scale and its compact alternatives. The 100,000-workload run goes through the
 * bundled CLI as a child process, as a user runs it; its output is parsed as a stream, so the test
 * holds neither the text nor the whole object.
 */
import { describe, expect, it } from '@jest/globals'
import { JSONParser } from '@streamparser/json'
import { spawn } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { renderReport } from '../src/cli/run.js'
import { buildReport } from '../src/report/report.js'
import { jsonReport } from '../src/report/json-report.js'
import { oneWorkload, run } from './helpers.js'

describe('the JSON report', () => {
  it('lists per workload only the models that are options for it, and every other model once with its reasons', () => {
    const report = buildReport(run(oneWorkload('model: gpt-image-2.5-flare\nquality: low\nsize: 1024x1024\nimages_per_month: 100\ninput_images: 1\nrequires: [transparent_background]')))
    const full = report.workloads[0]?.alternatives ?? []
    const compact = jsonReport(report)
    if (compact.alternatives_form !== 'compact') throw new Error('expected the compact form')
    const options = full.filter((a) => a.current || (a.eligible && a.monthly_usd !== null))
    const others = full.filter((a) => !options.includes(a))
    expect(others.length).toBeGreaterThan(0)
    expect(compact.workloads.at(0)?.alternatives).toEqual(options.map((a) => ({ model: a.model, ...(a.current ? { current: true } : {}), monthly_usd: a.monthly_usd, delta_usd: a.delta_usd, ...(a.notes.length ? { notes: a.notes } : {}) })))
    // Each model that is not an option appears once, with its reason and how many workloads it concerns.
    expect(compact.ineligible_models.map((m) => m.model).sort()).toEqual(others.map((a) => a.model).sort())
    for (const alt of others) expect(compact.ineligible_models.find((m) => m.model === alt.model)?.reasons).toEqual([{ reason: alt.reason, workloads: 1 }])
    // The full form is the report's own matrix.
    const asFull = JSON.parse(renderReport(report, 'json', { alternatives: 'full' })) as { alternatives_form: string; workloads: { alternatives: unknown[] }[] }
    expect(asFull.alternatives_form).toBe('full')
    expect(asFull.workloads[0]?.alternatives).toHaveLength(full.length)
    expect(JSON.parse(renderReport(report, 'json'))).toEqual(JSON.parse(JSON.stringify(compact)))
  })

  it('is valid JSON for 100,000 workloads with a base, written as a stream', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'icg-json-'))
    // One key per line, as people write it; every workload on an active model (the bench's configs add retiring ones).
    const config = (bump: boolean) =>
      ['version: 1', 'workloads:', ...Array.from({ length: 100_000 }, (_, i) => `  - name: w-${i}\n    model: gpt-image-2\n    quality: low\n    size: 1024x1024\n    images_per_month: ${100 + (i % 97) + (bump && i % 10 === 0 ? 50 : 0)}`)].join('\n') + '\n'
    writeFileSync(join(dir, 'head.yml'), config(true))
    writeFileSync(join(dir, 'base.yml'), config(false))
    const child = spawn(process.execPath, ['dist/cli/index.js', 'check', '--config', join(dir, 'head.yml'), '--base', join(dir, 'base.yml'), '--format', 'json', '--date', '2026-12-01'], {
      stdio: ['ignore', 'pipe', 'pipe']
    })
    const parser = new JSONParser({ paths: ['$.workloads.*', '$.base.workloads.*', '$.diff.workloads.*', '$.status', '$.base.workloads_same_as_head', '$.diff.unchanged_workloads'], keepStack: false })
    const seen = { workloads: 0, base: 0, diff: 0, status: '' as unknown, baseSameAsHead: 0 as unknown, diffUnchanged: 0 as unknown }
    parser.onValue = ({ value, stack }) => {
      const path = stack.map((s) => String(s.key ?? '')).join('.')
      if (path === '') seen.status = value
      else if (path === '.base') seen.baseSameAsHead = value
      else if (path === '.diff') seen.diffUnchanged = value
      else if (path === '.workloads') seen.workloads++
      else if (path === '.base.workloads') seen.base++
      else if (path === '.diff.workloads') seen.diff++
    }
    let bytes = 0
    child.stdout.on('data', (chunk: Buffer) => {
      bytes += chunk.length
      parser.write(chunk)
    })
    let stderr = ''
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve))
    // The parser ends by itself once the top-level object closes; it throws if the text was cut short.
    if (!parser.isEnded) parser.end()
    expect([code, stderr]).toEqual([expect.any(Number), ''])
    expect([0, 1]).toContain(code)
    // Every tenth workload changed: the others' base records and diff rows are counted, not repeated.
    expect(seen).toEqual({ workloads: 100_000, base: 10_000, diff: 10_000, baseSameAsHead: 90_000, diffUnchanged: 90_000, status: expect.stringMatching(/^(pass|warn|fail)$/) })
    expect(bytes).toBeGreaterThan(0)
  }, 240_000)
})
