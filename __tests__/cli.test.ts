import { describe, expect, it } from '@jest/globals'
import { spawn, spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parseCommand, UsageError } from '../src/cli/args.js'
import { EXIT } from '../src/cli/run.js'
import { VERSION } from '../src/version.js'
import { runCliCapturing, TODAY } from './helpers.js'

/** Runs the CLI logic against an in-memory file system. */
function cli(argv: string[], files: Record<string, string> = {}) {
  return runCliCapturing(argv, (path) => (path in files ? { ok: true, text: files[path] as string } : { ok: false, message: 'file not found' }))
}

const PASSING = 'version: 1\nworkloads:\n  - { name: a, model: gpt-image-2, quality: low, size: 1024x1024, images_per_month: 100 }\n'
const OVER_BUDGET = `version: 1\nbudget: { monthly_usd: 0.1 }\n${PASSING.slice('version: 1\n'.length)}`
const DEPRECATED = PASSING.replace('gpt-image-2', 'gpt-image-1-mini')

describe('cli: check', () => {
  it('exits 0 and prints the table when no rule fails', async () => {
    const r = await cli(['check', '--config', 'c.yml'], { 'c.yml': PASSING })
    expect(r.code).toBe(EXIT.ok)
    expect(r.stdout).toMatch(/^image-cost-gate: PASS/)
  })

  it('reads .github/image-cost.yml by default', async () => {
    expect((await cli(['check'], { '.github/image-cost.yml': PASSING })).code).toBe(0)
  })

  it('exits 1 when the gate fails, and prints the report all the same', async () => {
    const r = await cli(['check', '--config', 'c.yml', '--format', 'json'], { 'c.yml': OVER_BUDGET })
    expect(r.code).toBe(EXIT.gateFailed)
    expect(JSON.parse(r.stdout)).toMatchObject({ status: 'fail', findings: [{ rule: 'budget.monthly' }] })
  })

  it('--fail-on decides which findings fail the run', async () => {
    const files = { 'c.yml': DEPRECATED }
    // Before the shutdown the deprecated model is a warning.
    expect((await cli(['check', '--config', 'c.yml', '--date', '2026-11-21'], files)).code).toBe(0)
    expect((await cli(['check', '--config', 'c.yml', '--date', '2026-11-21', '--fail-on', 'warning'], files)).code).toBe(1)
    expect((await cli(['check', '--config', 'c.yml', '--fail-on', 'never'], { 'c.yml': OVER_BUDGET })).code).toBe(0)
  })

  it('--date judges lifecycle rules on another day', async () => {
    const files = { 'c.yml': DEPRECATED }
    expect((await cli(['check', '--config', 'c.yml', '--date', '2026-12-01'], files)).code).toBe(1)
    expect((await cli(['check', '--config', 'c.yml', '--date', '2026-01-01', '--fail-on', 'warning'], files)).code).toBe(0)
  })

  it('--base adds the diff; --format markdown prints the comment body', async () => {
    const r = await cli(['check', '--config', 'head.yml', '--base', 'base.yml', '--format', 'markdown'], {
      'head.yml': PASSING.replace('100', '200'),
      'base.yml': PASSING
    })
    expect(r.code).toBe(0)
    expect(r.stdout).toMatch(/^### ✅ Image generation cost: \$1.18\/month \(\+\$0.59, \+100.0%\)/)
  })

  it('exits 2 with located messages for an invalid config, in head or base', async () => {
    const r = await cli(['check', '--config', 'c.yml', '--base', 'b.yml'], { 'c.yml': 'version: 3\nworkloads: []\n', 'b.yml': 'version: 1\nworkload: []\n' })
    expect(r.code).toBe(EXIT.invalid)
    expect(r.stdout).toBe('')
    expect(r.stderr).toContain('c.yml:1:10: version: unsupported version 3; expected 1')
    // Both files' errors in one pass.
    expect(r.stderr).toContain('b.yml:2:1: workload: unknown field "workload"')
    expect(r.stderr).toMatch(/3 config errors; nothing was priced/)
    expect(r.stderr).not.toMatch(/\n\s+at /) // no stack trace
    // An invalid base is decided as the action decides it: the rules that compare with it fail, the rest stand.
    const badBase = { 'c.yml': PASSING, 'b.yml': 'version: 1\nworkload: []\n' }
    const alone = await cli(['check', '--config', 'c.yml', '--base', 'b.yml'], badBase)
    expect(alone.code).toBe(EXIT.ok)
    expect(alone.stderr).toContain('b.yml:2:1: workload: unknown field "workload"')
    // The base's own lines, also past the end of the head file.
    const far = await cli(['check', '--config', 'c.yml', '--base', 'b.yml'], { ...badBase, 'b.yml': `${'\n'.repeat(50)}version: 1\nworkload: []\n` })
    expect(far.stderr).toContain('b.yml:52:1: workload: unknown field "workload"')
    const guarded = await cli(['check', '--config', 'c.yml', '--base', 'b.yml', '--format', 'json'], { ...badBase, 'c.yml': PASSING.replace('version: 1\n', 'version: 1\nbudget: { max_increase_usd: 5 }\n') })
    expect(guarded.code).toBe(EXIT.gateFailed)
    expect(JSON.parse(guarded.stdout)).toMatchObject({ status: 'fail', findings: [{ rule: 'base.unavailable' }] })
    expect((await cli(['check', '--config', 'c.yml', '--base', 'b.yml', '--thresholds-from', 'base', '--fail-on', 'never'], badBase)).code).toBe(EXIT.gateFailed)
  })

  it('reports every error of a file in one pass: the schema\'s, unknown models and what resolving the valid workloads finds', async () => {
    const text = [
      'version: 1',
      'budget:',
      '  monthly_usd: lots',
      'workloads:',
      '  - name: a',
      '    model: gpt-image-2',
      '    quality: low',
      '    size: 1024x1024',
      '    images_per_month: ten',
      '  - name: b',
      '    model: gpt-image-2',
      '    quality: low',
      '    size: 999x999',
      '    images_per_month: 10',
      '  - name: c',
      '    model: gpt-image-9',
      '    quality: low',
      '    size: 1024x1024',
      '    images_per_month: 10',
      ''
    ].join('\n')
    const r = await cli(['check', '--config', 'c.yml'], { 'c.yml': text })
    expect(r.code).toBe(EXIT.invalid)
    expect(r.stderr.split('\n').filter((l) => l.startsWith('c.yml:')).map((l) => l.split(': ')[0])).toEqual(['c.yml:3:16', 'c.yml:9:23', 'c.yml:13:11', 'c.yml:16:12'])

    // With --format json the errors are a JSON object on stdout, and the exit code is still 2.
    const json = await cli(['check', '--config', 'c.yml', '--format', 'json'], { 'c.yml': text })
    expect(json.code).toBe(EXIT.invalid)
    const body = JSON.parse(json.stdout) as { status: string; error_count: number; errors: Record<string, unknown>[] }
    expect(body.status).toBe('error')
    expect(body.error_count).toBe(4)
    expect(body.errors[0]).toEqual({ file: 'c.yml', line: 3, column: 16, path: 'budget.monthly_usd', message: 'expected a finite number, found "lots"', expected: 'a finite number', found: '"lots"' })
    expect(body.errors[2]).toMatchObject({ line: 13, path: 'workloads[1].size', found: null })
    expect(body.errors[2]?.expected).toMatch(/^WxH with both edges multiples of 16/)
  })

  it('exits 2 for a missing file', async () => {
    const r = await cli(['check', '--config', 'nope.yml'])
    expect([r.code, r.stderr.split('\n')[0]]).toEqual([2, 'nope.yml: file not found'])
  })
})

describe('cli: compare', () => {
  const files = { 'c.yml': readFileSync('examples/image-cost.yml', 'utf8') }

  it('prints the model matrix as a table, markdown and JSON', async () => {
    const table = await cli(['compare', '--config', 'c.yml', '--models', 'gpt-image-2,gpt-image-2.6-flare'], files)
    expect(table.code).toBe(0)
    expect(table.stdout).toBe(readFileSync('__tests__/golden/compare.txt', 'utf8'))
    const markdown = await cli(['compare', '--config', 'c.yml', '--format', 'markdown'], files)
    expect(markdown.stdout).toBe(readFileSync('__tests__/golden/compare.md', 'utf8'))
    const json = JSON.parse((await cli(['compare', '--config', 'c.yml', '--format', 'json', '--models', 'gpt-image-1-mini'], files)).stdout) as {
      models_compared: string[]
      workloads: { name: string; alternatives: { model: string; current: boolean }[] }[]
    }
    expect(json.models_compared).toEqual(['gpt-image-1-mini'])
    expect(json.workloads[0]?.alternatives.map((a) => [a.model, a.current])).toEqual([
      ['gpt-image-2.5-flare', true],
      ['gpt-image-1-mini', false]
    ])
  })

  it('rejects an unknown model in --models with the nearest ids', async () => {
    const r = await cli(['compare', '--config', 'c.yml', '--models', 'gpt-image-2x'], files)
    expect(r.code).toBe(2)
    expect(r.stderr).toMatch(/--models: unknown model "gpt-image-2x". Did you mean "gpt-image-2"/)
  })
})

describe('cli: usage', () => {
  it('says "did you mean" for a mistyped command or option', async () => {
    const command = await cli(['chek'])
    expect(command.stderr.split('\n')[0]).toBe('image-cost-gate: unknown command "chek"; did you mean "check"? expected check, compare, models, catalog, usage or schema')
    const option = await cli(['check', '--formt', 'json'])
    expect(option.stderr.split('\n')[0]).toBe("image-cost-gate: unknown option --formt; did you mean --format? (see --help)")
    expect((await cli(['check', '--zzzzzzzz'])).stderr.split('\n')[0]).toBe('image-cost-gate: unknown option --zzzzzzzz (see --help)')
  })

  it('warns about a setting that has no effect, and still runs', async () => {
    const twice = await cli(['check', '--config', 'c.yml', '--format', 'table', '--format', 'json'], { 'c.yml': PASSING })
    expect(twice.code).toBe(0)
    expect(twice.stderr).toContain('image-cost-gate: warning: --format was given 2 times; only the last one (json) counts')
    expect(JSON.parse(twice.stdout)).toMatchObject({ status: 'pass' })
    const unchanged = await cli(['check', '--config', 'c.yml', '--show-unchanged'], { 'c.yml': PASSING })
    expect(unchanged.stderr).toContain('warning: --show-unchanged has no effect without --base')
    const alternatives = await cli(['check', '--config', 'c.yml', '--alternatives', 'full'], { 'c.yml': PASSING })
    expect(alternatives.stderr).toContain('warning: --alternatives applies to --format json; the table report is not changed by it')
    // --catalog may be given several times: each one counts.
    const catalogs = await cli(['check', '--config', 'c.yml', '--catalog', 'a.json', '--catalog', 'b.json'], { 'c.yml': PASSING })
    expect(catalogs.stderr).not.toContain('was given')
  })

  it('exits 2 with the usage text for bad flags and values', async () => {
    for (const argv of [['check', '--formt', 'json'], ['check', '--format', 'xml'], ['check', '--date', '2026-02-30'], ['frobnicate'], ['schema', '--date', '2026-01-01']]) {
      const r = await cli(argv)
      expect([argv, r.code]).toEqual([argv, 2])
      expect(r.stderr).toMatch(/Usage:/)
    }
  })

  it('parses every check flag', async () => {
    expect(parseCommand(['check', '-c', 'a.yml', '-b', 'b.yml', '-f', 'json', '--date', '2026-01-31', '--fail-on', 'warning', '--thresholds-from', 'base'])).toEqual({
      kind: 'check',
      configs: ['a.yml'],
      catalogs: [],
      base: 'b.yml',
      format: 'json',
      date: '2026-01-31',
      failOn: 'warning',
      thresholdsFrom: 'base',
      showUnchanged: false,
      alternatives: 'compact'
    })
    expect(() => parseCommand(['check', '--thresholds-from', 'base'])).toThrow(UsageError)
    expect(parseCommand(['check', '--base', 'b.yml', '--show-unchanged'])).toMatchObject({ kind: 'check', format: 'table', showUnchanged: true })
    expect(() => parseCommand(['check', '--show-unchanged', '--format', 'json'])).toThrow(/--show-unchanged applies to --format table/)
    expect(() => parseCommand(['compare', '--show-unchanged'])).toThrow(/--show-unchanged does not apply to "compare"/)
  })

  it('prints help, the version, the schema and the models', async () => {
    expect((await cli(['--help'])).stdout).toMatch(/^Usage:/)
    expect((await cli(['--version'])).stdout).toBe(`${VERSION}\n`)
    expect(JSON.parse((await cli(['schema'])).stdout)).toMatchObject({ $schema: 'http://json-schema.org/draft-07/schema#' })
    const models = (await cli(['models', '--date', '2026-11-21'])).stdout
    expect(models).toMatch(/gpt-image-1-mini\s+deprecated\s+2026-12-01\s+gpt-image-2.6-sunburst, gpt-image-2.6-flare/)
    expect(models).toMatch(/dall-e-3\s+retired\s+2026-05-12/)
    const json = JSON.parse((await cli(['models', '--format', 'json'])).stdout) as { models: { id: string; entry: { token_rates: { provenance: { source: string } } | null } }[] }
    expect(json.models.find((m) => m.id === 'gpt-image-2')?.entry.token_rates?.provenance.source).toBe('openai-pricing')
  })

  it('keeps the version equal to package.json', async () => {
    expect(VERSION).toBe((JSON.parse(readFileSync('package.json', 'utf8')) as { version: string }).version)
  })
})

describe('the bundled CLI (dist/cli/index.js)', () => {
  const node = (args: string[]) => spawnSync(process.execPath, ['dist/cli/index.js', ...args], { encoding: 'utf8' })

  it('prints the example report and exits 0', async () => {
    const r = node(['check', '--config', 'examples/image-cost.yml', '--base', 'examples/image-cost.base.yml', '--date', TODAY])
    expect(r.stderr).toBe('')
    expect(r.status).toBe(0)
    expect(r.stdout).toBe(readFileSync('__tests__/golden/example-diff.txt', 'utf8'))
  })

  it('exits 1 for a failing config and 2 for an invalid one', async () => {
    expect(node(['check', '--config', '__tests__/fixtures/failing.yml', '--date', TODAY]).status).toBe(1)
    const invalid = node(['check', '--config', 'package.json'])
    expect(invalid.status).toBe(2)
    expect(invalid.stderr).toMatch(/^package.json:1:1: workloads: missing required field; expected a list\n/)
  })

  it('stops quietly with the gate\'s exit code when the reader closes the pipe early (| head)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cli-pipe-'))
    const rows = Array.from({ length: 3000 }, (_, i) => `  - { name: w${i}, model: gpt-image-2, quality: low, size: 1024x1024, images_per_month: ${i + 1} }`)
    writeFileSync(join(dir, 'big.yml'), `version: 1\nbudget:\n  monthly_usd: 1\nworkloads:\n${rows.join('\n')}\n`)
    const child = spawn(process.execPath, ['dist/cli/index.js', 'check', '--config', join(dir, 'big.yml'), '--date', TODAY])
    let stderr = ''
    let first = ''
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()))
    child.stdout.once('data', (d: Buffer) => {
      first = d.toString()
      child.stdout.destroy()
    })
    const code = await new Promise<number | null>((done) => child.on('close', done))
    expect(first).toMatch(/^image-cost-gate: FAIL/)
    expect(stderr).toBe('')
    expect(code).toBe(1)
  })

  it('waits for a slow reader and delivers the whole report (the pipe fills; nothing is queued in memory or lost)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cli-slow-'))
    const rows = Array.from({ length: 3000 }, (_, i) => `  - name: w${i}\n    model: gpt-image-2\n    quality: low\n    size: 1024x1024\n    images_per_month: ${i + 1}`)
    writeFileSync(join(dir, 'big.yml'), `version: 1\nworkloads:\n${rows.join('\n')}\n`)
    const child = spawn(process.execPath, ['dist/cli/index.js', 'check', '--config', join(dir, 'big.yml'), '--date', TODAY, '--format', 'json'])
    let stderr = ''
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()))
    const chunks: Buffer[] = []
    // Read nothing for a while, so the pipe's buffer (64 kB) fills long before the report is written.
    child.stdout.pause()
    await new Promise((resolve) => setTimeout(resolve, 400))
    child.stdout.on('data', (d: Buffer) => chunks.push(d))
    child.stdout.resume()
    const code = await new Promise<number | null>((done) => child.on('close', done))
    const text = Buffer.concat(chunks).toString('utf8')
    expect([code, stderr]).toEqual([0, ''])
    expect(text.length).toBeGreaterThan(256 * 1024)
    expect((JSON.parse(text) as { workloads: unknown[] }).workloads).toHaveLength(3000)
  })
})

describe('cli: large invalid files', () => {
  it('reports a list of 150,000 bad items as located errors, the first 50 listed and the rest counted, never an internal error', async () => {
    const text = `version: 1\nworkloads:\n${'  - 1\n'.repeat(150_000)}`
    const r = await cli(['check', '--config', 'c.yml'], { 'c.yml': text })
    expect(r.code).toBe(EXIT.invalid)
    const lines = r.stderr.trimEnd().split('\n')
    expect(lines).toHaveLength(52)
    expect(lines[0]).toBe('c.yml:3:5: workloads[0]: expected a mapping, found number 1')
    expect(lines[50]).toBe('... and 149950 more errors')
    expect(lines[51]).toBe('image-cost-gate: 150000 config errors; nothing was priced.')
  }, 60_000)
})
