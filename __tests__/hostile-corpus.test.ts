/**
 * The corpus of hostile and broken configs in __tests__/fixtures/hostile/, run through the CLI with
 * the real file reader. Every file ends in a clear error (file, line, column, field, expectation;
 * exit 2; no stack trace; nothing a terminal would act on) or, where it is valid, a correct report.
 * expectations.json says which, per file; two more cases are generated here (a file over 16 MiB
 * and 100,000 workloads) rather than committed.
 */
import { afterAll, describe, expect, it } from '@jest/globals'
import { spawn } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { readConfigFile } from '../src/io/read-config-file.js'
import { runCliCapturing, TODAY } from './helpers.js'
import { expectSafeMarkdown } from './markdown-safety.js'

const DIR = '__tests__/fixtures/hostile'

interface ExpectedError {
  line?: number
  column?: number
  path: string
  message: string
}

interface Expectation {
  what: string
  exit: number
  errors?: ExpectedError[]
  total_monthly_usd?: number
  same_as?: string
  names?: string[]
  markdown_safe?: boolean
  finite?: boolean
}

const expectations = JSON.parse(readFileSync(`${DIR}/expectations.json`, 'utf8')) as Record<string, Expectation>
const files = readdirSync(DIR).filter((f) => f !== 'expectations.json')

function cli(argv: string[]) {
  return runCliCapturing(argv, (path) => readConfigFile(path, 'file not found'))
}

interface JsonWorkload {
  name: string
  model: string
  quality: string
  size: string
  images_per_month: number
  monthly_usd: number
  cost: Record<string, number>
}

interface JsonReport {
  status: string
  total_monthly_usd: number
  workloads: JsonWorkload[]
}

/** What a workload's price depends on (its line and other bookkeeping may differ between twins). */
const priced = ({ name, model, quality, size, images_per_month, monthly_usd, cost }: JsonWorkload) => ({ name, model, quality, size, images_per_month, monthly_usd, cost })

// eslint-disable-next-line no-control-regex
const TERMINAL_CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/

describe('the hostile config corpus', () => {
  it('has at least 60 fixtures, each with an expectation, and no expectation without its fixture', () => {
    expect(files.length).toBeGreaterThanOrEqual(60)
    expect(files.filter((f) => !expectations[f])).toEqual([])
    expect(Object.keys(expectations).filter((f) => !files.includes(f))).toEqual([])
  })

  const totals = new Map<string, number>()
  for (const file of files) {
    const exp = expectations[file] as Expectation
    it(`${file}: ${exp?.what}`, async () => {
      const path = `${DIR}/${file}`
      const r = await cli(['check', '--config', path, '--format', 'json'])
      expect(r.code).toBe(exp.exit)
      expect(`${r.stdout}${r.stderr}`).not.toMatch(/\n\s+at |TypeError|RangeError|internal error/)
      expect(r.stderr).not.toMatch(TERMINAL_CONTROL)

      if (exp.exit === 2) {
        // With --format json the errors are a JSON object on stdout; stderr says how many.
        expect(r.stderr.trimEnd()).toMatch(/^image-cost-gate: \d+ config errors?; nothing was priced\.$/)
        const body = JSON.parse(r.stdout) as { status: string; error_count: number; errors: { file: string; line: number | null; column: number | null; path: string; message: string }[] }
        expect(body.status).toBe('error')
        expect(body.errors.every((e) => e.file === path)).toBe(true)
        for (const e of exp.errors ?? []) {
          const where = `${e.line ?? '-'}:${e.column ?? '-'} ${e.path}`
          expect([where, body.errors.some((got) => got.line === (e.line ?? null) && (e.line === undefined || got.column === e.column) && got.path === e.path && got.message.startsWith(e.message))]).toEqual([where, true])
        }
        expect(body.errors).toHaveLength(exp.errors?.length ?? 0)
        expect(body.error_count).toBe(exp.errors?.length ?? 0)
        return
      }

      const report = JSON.parse(r.stdout) as JsonReport
      totals.set(file, report.total_monthly_usd)
      if (exp.total_monthly_usd !== undefined) expect(report.total_monthly_usd).toBeCloseTo(exp.total_monthly_usd, 9)
      if (exp.same_as) {
        const twin = JSON.parse((await cli(['check', '--config', `${DIR}/${exp.same_as}`, '--format', 'json'])).stdout) as JsonReport
        expect(report.workloads.map(priced)).toEqual(twin.workloads.map(priced))
        expect(report.total_monthly_usd).toBe(twin.total_monthly_usd)
      }
      // Nothing the user wrote is lost: names come through exactly.
      if (exp.names) expect(report.workloads.map((w) => w.name)).toEqual(exp.names)
      if (exp.markdown_safe) {
        const markdown = (await cli(['check', '--config', path, '--format', 'markdown'])).stdout
        expectSafeMarkdown(markdown)
        const table = (await cli(['check', '--config', path])).stdout
        expect(table).not.toMatch(TERMINAL_CONTROL)
      }
      if (exp.finite) {
        const numbers: number[] = []
        JSON.parse(r.stdout, (_k, v: unknown) => (typeof v === 'number' ? (numbers.push(v), v) : v))
        expect(numbers.every(Number.isFinite)).toBe(true)
        expect(report.total_monthly_usd).toBeGreaterThan(0)
        expect(report.workloads.every((w) => typeof w.monthly_usd === 'number' && Number.isFinite(w.monthly_usd))).toBe(true)
        const table = (await cli(['check', '--config', path])).stdout
        expect(table).not.toMatch(/Infinity|NaN|e\+|∞|n\/a/)
      }
    })
  }
})

describe('generated hostile configs', () => {
  const dir = mkdtempSync(join(tmpdir(), 'icg-hostile-'))
  afterAll(() => rmSync(dir, { recursive: true, force: true }))

  it('a file over 16 MiB: refused before it is read, exit 2', async () => {
    const path = join(dir, 'huge.yml')
    const line = '  - { name: padding, model: gpt-image-2 }\n'
    writeFileSync(path, `version: 1\nworkloads:\n${line.repeat(Math.ceil((16 * 1024 * 1024) / line.length) + 10)}`)
    const r = await cli(['check', '--config', path])
    expect(r.code).toBe(2)
    expect(r.stderr).toMatch(new RegExp(`^${path}: file is [\\d,]+ bytes; expected at most 16 MiB \\(16,777,216 bytes\\)\\n`))
  })

  it('100,000 workloads: a correct report, each workload priced like one alone', async () => {
    const path = join(dir, 'many.yml')
    const n = 100_000
    const rows = Array.from({ length: n }, (_, i) => `  - { name: w${i}, model: gpt-image-2, quality: low, size: 1024x1024, images_per_month: 1000 }\n`)
    writeFileSync(path, `version: 1\nworkloads:\n${rows.join('')}`)
    const r = await cli(['check', '--config', path, '--format', 'json'])
    expect(r.code).toBe(0)
    const report = JSON.parse(r.stdout) as JsonReport
    const one = JSON.parse((await cli(['check', '--config', `${DIR}/valid-plain.yml`, '--format', 'json'])).stdout) as JsonReport
    expect(report.workloads).toHaveLength(n)
    expect(report.total_monthly_usd).toBeCloseTo(one.total_monthly_usd * n, 6)
    expect(new Set(report.workloads.map((w) => w.monthly_usd))).toEqual(new Set([one.total_monthly_usd]))
  })
})

describe('the bundled CLI on the worst of the corpus', () => {
  const worst = [
    'binary-junk.bin',
    'encoding-utf16.yml',
    'file-alias-bomb.yml',
    'file-deep-nesting.yml',
    'file-nul-byte.yml',
    'file-proto-key.yml',
    'syntax-unknown-tag.yml',
    'images-overflow.yml',
    'valid-control-characters.yml',
    'valid-markdown-html-names.yml'
  ]
  const run = (file: string) =>
    new Promise<{ code: number | null; stderr: string; stdout: string }>((resolve) => {
      const child = spawn(process.execPath, ['dist/cli/index.js', 'check', '--config', `${DIR}/${file}`, '--date', TODAY])
      let stdout = ''
      let stderr = ''
      child.stdout.on('data', (d: Buffer) => (stdout += d.toString()))
      child.stderr.on('data', (d: Buffer) => (stderr += d.toString()))
      child.on('close', (code) => resolve({ code, stderr, stdout }))
    })

  it('ends each in its expected exit code, with no stack trace and nothing a terminal would act on', async () => {
    const results = await Promise.all(worst.map(async (file) => ({ file, ...(await run(file)) })))
    for (const r of results) {
      expect([r.file, r.code]).toEqual([r.file, (expectations[r.file] as Expectation).exit])
      expect(`${r.stdout}${r.stderr}`).not.toMatch(/\n\s+at |internal error/)
      expect(`${r.stdout}${r.stderr}`).not.toMatch(TERMINAL_CONTROL)
    }
  })
})
