/** Several config files in one run: sums, organization limits on the sum, the total budget, what each file is. */
import { describe, expect, it } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { ReadResult } from '../src/config/errors.js'
import { evaluateProjects, type ProjectInput } from '../src/projects/evaluate.js'
import { gatherProjects, type ProjectSource } from '../src/projects/gather.js'
import { isGlob } from '../src/projects/glob-syntax.js'
import { expandPatterns } from '../src/projects/patterns.js'
import { buildProjectsReport } from '../src/report/projects.js'
import { runJsonReport } from '../src/report/json-report.js'
import { renderProjectsMarkdown } from '../src/report/projects-md.js'
import { load, loadNow, TODAY } from './helpers.js'

const config = (name: string, images: number, header = '', peak = 2) =>
  `version: 1\n${header}workloads:\n  - name: ${name}\n    model: gpt-image-2\n    quality: low\n    size: 1024x1024\n    images_per_month: ${images}\n    peak_images_per_minute: ${peak}\n`
// 1,000 low squares on gpt-image-2 cost $5.88 a month.
const PER_THOUSAND = 5.88

function project(path: string, head: string | null, base: string | null, extra: Partial<ProjectInput> = {}): ProjectInput {
  return { config: path, head: head === null ? null : load(head, path), base: base === null ? null : load(base, `${path}@base`), ...extra }
}

async function evaluateOk(projects: ProjectInput[], more: { totalBudgetUsd?: number } = {}) {
  const result = await evaluateProjects({ projects, date: TODAY, ...more })
  if (!result.ok) throw new Error(result.errors.map((e) => e.message).join('\n'))
  return result.value
}

describe('a run over several configs', () => {
  it('sums a vendor\'s peak concurrent requests over the configs of one organization', async () => {
    const flux = (name: string, peak: number) =>
      `version: 1\nworkloads:\n  - name: ${name}\n    provider: bfl\n    model: flux-2-pro\n    size: 1024x1024\n    images_per_month: 100\n    peak_concurrent_requests: ${peak}\n`
    const run = await evaluateOk([project('a.yml', flux('a', 14), null), project('b.yml', flux('b', 12), null)])
    const each = run.projects.flatMap((p) => p.evaluation.findings.filter((f) => f.rule === 'provider.concurrency'))
    expect(each).toEqual([])
    const summed = run.findings.filter((f) => f.rule === 'provider.concurrency')
    expect(summed.map((f) => [f.config, f.line, f.message.slice(0, 80)])).toEqual([['a.yml', 8, 'peak 26 concurrent requests on Black Forest Labs (a (a.yml) 14, b (b.yml) 12) ex']])
  })

  it('sums the heads and the bases, and says what the change does to each file', async () => {
    const run = await evaluateOk([
      project('a.yml', config('a', 1000), config('a', 1000)),
      project('b.yml', config('b', 3000), config('b', 2000)),
      project('c.yml', config('c', 1000), null, { baseMissing: true }),
      project('d.yml', null, config('d', 500))
    ])
    expect(run.projects.map((p) => [p.config, p.change])).toEqual([
      ['a.yml', 'unchanged'],
      ['b.yml', 'changed'],
      ['c.yml', 'added'],
      ['d.yml', 'removed']
    ])
    expect(run.total_monthly_usd).toBeCloseTo(5 * PER_THOUSAND, 9)
    expect(run.base_total_monthly_usd).toBeCloseTo(3.5 * PER_THOUSAND, 9)
    const report = buildProjectsReport(run)
    expect(report.delta_usd).toBeCloseTo(1.5 * PER_THOUSAND, 9)
    expect(report.projects[3]?.summary).toMatchObject({ change: 'removed', total_monthly_usd: 0 })
    expect(report.projects[3]?.report.diff?.workloads.map((w) => w.change)).toEqual(['removed'])
  })

  it('checks organization limits on the sum of the configs that share an organization, and only there', async () => {
    const tier1 = 'organization: { tier: 1 }\n'
    // Tier 1: 5 images a minute on gpt-image-2. Each file peaks at 3; two together at 6.
    const alone = await evaluateOk([project('a.yml', config('a', 1000, tier1, 3), null)])
    expect(alone.findings.concat(alone.projects[0]?.evaluation.findings ?? []).map((f) => f.rule)).toEqual([])
    const together = await evaluateOk([project('a.yml', config('a', 1000, tier1, 3), null), project('b.yml', config('b', 1000, '', 3), null)])
    expect(together.findings).toEqual([
      expect.objectContaining({ rule: 'tier.ipm', config: 'a.yml', line: 9, message: expect.stringContaining('peak 6 images/min on gpt-image-2 (a (a.yml) 3, b (b.yml) 3)') })
    ])
    // No file's own evaluation checks the organization: the sum does.
    expect(together.projects.flatMap((p) => p.evaluation.findings)).toEqual([])
    expect(together.status).toBe('fail')
    const apart = await evaluateOk([
      project('a.yml', config('a', 1000, 'organization: { tier: 1, id: one }\n', 3), null),
      project('b.yml', config('b', 1000, 'organization: { tier: 1, id: two }\n', 3), null)
    ])
    expect(apart.findings).toEqual([])
    // The monthly usage limit is checked on the sum too, and points at the file that sets it.
    const usage = await evaluateOk([project('a.yml', config('a', 10000, 'organization: { monthly_usage_limit_usd: 100 }\n'), null), project('b.yml', config('b', 10000), null)])
    expect(usage.findings).toEqual([expect.objectContaining({ rule: 'tier.monthly_usage_limit', config: 'a.yml', line: 2 })])
  })

  it('refuses two configs of one organization that disagree on a setting, naming both files', async () => {
    const result = await evaluateProjects({
      projects: [project('a.yml', config('a', 1, 'organization: { tier: 2 }\n'), null), project('b.yml', config('b', 1, 'organization:\n  tier: 3\n'), null)],
      date: TODAY
    })
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.errors).toEqual([
      expect.objectContaining({ file: 'b.yml', line: 3, path: 'organization.tier', message: expect.stringMatching(/^the default organization \(no organization\.id\) has tier 3 here but 2 in a\.yml \(line 2\)/) })
    ])
    // A setting one file leaves out is not a disagreement.
    expect((await evaluateProjects({ projects: [project('a.yml', config('a', 1, 'organization: { tier: 2 }\n'), null), project('b.yml', config('b', 1), null)], date: TODAY })).ok).toBe(true)
  })

  it('fails a grand total over the total budget, with moves named by file', async () => {
    const over = await evaluateOk([project('a.yml', config('a', 1000), null), project('b.yml', config('b', 1000), null)], { totalBudgetUsd: 10 })
    expect(over.findings).toEqual([expect.objectContaining({ rule: 'budget.total', severity: 'error', message: 'projected $11.76/month across 2 configs exceeds the total budget of $10.00 by $1.76' })])
    expect((await evaluateOk([project('a.yml', config('a', 1000), null)], { totalBudgetUsd: 10 })).findings).toEqual([])
    // One file: the finding is that file's report's too.
    const single = buildProjectsReport(await evaluateOk([project('a.yml', config('a', 2000), null)], { totalBudgetUsd: 10 }))
    expect(single.projects[0]?.report.findings.map((f) => f.rule)).toEqual(['budget.total'])
    expect(single.status).toBe('fail')
  })

  it('JSON: one config keeps the report\'s fields and a one-element projects; several put totals and findings on top', async () => {
    // As a reader gets it: the lists made while writing (MappedList) become plain lists.
    const parsed = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T
    const one = parsed(runJsonReport(buildProjectsReport(await evaluateOk([project('a.yml', config('a', 1000), config('a', 500))]))))
    expect(one).toMatchObject({ config_path: 'a.yml', workloads: [expect.objectContaining({ name: 'a' })], projects: [{ config: 'a.yml', change: 'changed', status: 'pass', finding_count: 0 }] })
    expect(Object.keys(one.projects[0] ?? {})).not.toContain('workloads')
    const two = parsed(runJsonReport(buildProjectsReport(await evaluateOk([project('a.yml', config('a', 1000), null), project('b.yml', config('b', 1000), null)], { totalBudgetUsd: 1 }))))
    expect(two).toMatchObject({ status: 'fail', total_budget_usd: 1, findings: [expect.objectContaining({ rule: 'budget.total' })] })
    expect(two).not.toHaveProperty('workloads')
    expect(two.projects.map((p) => [p.config, (p as { workloads?: unknown[] }).workloads?.length])).toEqual([
      ['a.yml', 1],
      ['b.yml', 1]
    ])
  })

  it('markdown: folds unchanged passing files into one row, and lists a failing unchanged one', async () => {
    const retired = config('old', 1000).replace('gpt-image-2', 'dall-e-2').replace('quality: low', 'quality: standard')
    const report = buildProjectsReport(
      await evaluateOk([
        project('a.yml', config('a', 1000), config('a', 1000)),
        project('b.yml', config('b', 1000), config('b', 1000)),
        project('c.yml', config('c', 2000), config('c', 1000)),
        project('d.yml', retired, retired)
      ])
    )
    const md = renderProjectsMarkdown(report, { collapseUnchanged: true, narrow: true })
    expect(md).toContain('| *2 unchanged* | $11.76 | $11.76 | $0.00 | ✅ pass | 0 |')
    expect(md.indexOf('| `c.yml`')).toBeLessThan(md.indexOf('| `d.yml`'))
    expect(md).toMatch(/\| `d\.yml` \(unchanged\) \| .* \| ❌ fail \| 1 \|/)
    expect(md).not.toContain('<summary>✅ `a.yml`')
  })
})

describe('finding the files', () => {
  it('expands globs against the files given, in order, each once, and reports the globs that match nothing', () => {
    expect(isGlob('services/*/image-cost.yml')).toBe(true)
    expect(isGlob('.github/image-cost.yml')).toBe(false)
    const files = ['services/b/image-cost.yml', 'services/a/image-cost.yml', 'node_modules/x/image-cost.yml', '.github/image-cost.yml']
    expect(expandPatterns(['.github/image-cost.yml', 'services/*/image-cost.yml', './services/a/image-cost.yml', 'apps/**/image-cost.yml'], files)).toEqual({
      paths: ['.github/image-cost.yml', 'services/a/image-cost.yml', 'services/b/image-cost.yml'],
      unmatched: ['apps/**/image-cost.yml']
    })
    expect(expandPatterns(['**/image-cost.yml'], files).paths).toEqual(['.github/image-cost.yml', 'services/a/image-cost.yml', 'services/b/image-cost.yml'])
  })

  function source(head: Record<string, string>, base: Record<string, string> | undefined, removed: string[] = []): ProjectSource & { asked: string[] } {
    const asked: string[] = []
    return {
      asked,
      listHead: async () => Object.keys(head),
      readHead: async (path): Promise<ReadResult> => (path in head ? { ok: true, text: head[path] as string } : { ok: false, missing: true, message: 'file not found' }),
      ...(base
        ? {
            base: {
              read: async (path: string) => (path in base ? { kind: 'found' as const, text: base[path] as string } : { kind: 'missing' as const }),
              removed: async () => {
                asked.push('removed')
                return removed
              },
              label: (path: string) => `${path}@base`
            }
          }
        : {}),
      load: async (text, file) => loadNow(text, file)
    }
  }

  it('gives each file its base, marks added files, and shows the deleted ones the patterns name', async () => {
    const s = source({ 'a/image-cost.yml': config('a', 1000), 'b/image-cost.yml': config('b', 1000) }, { 'a/image-cost.yml': config('a', 500), 'gone/image-cost.yml': config('g', 1) }, ['gone/image-cost.yml', 'other.yml'])
    const gathered = await gatherProjects(['*/image-cost.yml'], s)
    expect(gathered.errors).toEqual([])
    expect(gathered.projects.map((p) => [p.config, p.head !== null, p.base !== null, p.baseMissing ?? false])).toEqual([
      ['a/image-cost.yml', true, true, false],
      ['b/image-cost.yml', true, false, true],
      ['gone/image-cost.yml', false, true, false]
    ])
  })

  it('asks for deleted files only when one may be: a glob or a path not found', async () => {
    const present = source({ 'a.yml': config('a', 1) }, {})
    await gatherProjects(['a.yml'], present)
    expect(present.asked).toEqual([])
    const gone = source({}, { 'a.yml': config('a', 1) }, ['a.yml'])
    const gathered = await gatherProjects(['a.yml'], gone)
    expect(gone.asked).toEqual(['removed'])
    expect(gathered.projects.map((p) => [p.config, p.head])).toEqual([['a.yml', null]])
  })

  it('errors: a path that is not there, a glob that matches nothing, every invalid file in one pass', async () => {
    const s = source({ 'bad.yml': 'version: 2\nworkloads: []\n', 'worse.yml': 'version: 1\nworkload: []\n' }, {})
    const gathered = await gatherProjects(['bad.yml', 'worse.yml', 'missing.yml', 'apps/*/image-cost.yml'], s)
    expect(gathered.errors.map((e) => `${e.file}: ${e.message}`)).toEqual([
      expect.stringMatching(/^bad\.yml: unsupported version 2/),
      'worse.yml: missing required field; expected a list',
      expect.stringMatching(/^worse\.yml: unknown field "workload"/),
      'missing.yml: file not found',
      expect.stringMatching(/^apps\/\*\/image-cost\.yml: no file matches the pattern "apps\/\*\/image-cost\.yml"/)
    ])
  })
})

describe('cli: check over a git repository', () => {
  const git = (cwd: string, ...args: string[]) => {
    const r = spawnSync('git', ['-c', 'user.email=t@example.com', '-c', 'user.name=t', ...args], { cwd, encoding: 'utf8' })
    if (r.status !== 0) throw new Error(r.stderr)
  }
  const cli = (cwd: string, ...args: string[]) => spawnSync(process.execPath, [join(process.cwd(), 'dist/cli/index.js'), ...args, '--date', TODAY], { cwd, encoding: 'utf8' })

  it('--config GLOB with --base-ref REF: each file against its version at REF, deleted files as removed', () => {
    const dir = mkdtempSync(join(tmpdir(), 'icg-mono-'))
    try {
      const write = (path: string, text: string) => {
        mkdirSync(join(dir, path, '..'), { recursive: true })
        writeFileSync(join(dir, path), text)
      }
      git(dir, 'init', '-q')
      write('services/a/image-cost.yml', config('a', 1000))
      write('services/b/image-cost.yml', config('b', 1000))
      write('services/gone/image-cost.yml', config('g', 500))
      git(dir, 'add', '.')
      git(dir, 'commit', '-qm', 'base')
      write('services/b/image-cost.yml', config('b', 2000))
      write('services/new/image-cost.yml', config('n', 1000))
      rmSync(join(dir, 'services/gone'), { recursive: true })

      const r = cli(dir, 'check', '--config', 'services/*/image-cost.yml', '--base-ref', 'HEAD', '--format', 'json')
      expect(r.stderr).toBe('')
      expect(r.status).toBe(0)
      const report = JSON.parse(r.stdout) as { total_monthly_usd: number; base_total_monthly_usd: number; projects: { config: string; change: string }[] }
      expect(report.projects.map((p) => [p.config, p.change])).toEqual([
        ['services/a/image-cost.yml', 'unchanged'],
        ['services/b/image-cost.yml', 'changed'],
        ['services/new/image-cost.yml', 'added'],
        ['services/gone/image-cost.yml', 'removed']
      ])
      expect(report.total_monthly_usd).toBeCloseTo(4 * PER_THOUSAND, 9)
      expect(report.base_total_monthly_usd).toBeCloseTo(2.5 * PER_THOUSAND, 9)

      // --config twice is two files, not the last one.
      const both = cli(dir, 'check', '--config', 'services/a/image-cost.yml', '--config', 'services/b/image-cost.yml', '--total-budget-usd', '10')
      expect(both.status).toBe(1)
      expect(both.stdout).toMatch(/across 2 configs exceeds the total budget of \$10\.00/)
      expect(both.stderr).toBe('')

      const badRef = cli(dir, 'check', '--config', 'services/a/image-cost.yml', '--base-ref', 'no-such-branch')
      expect(badRef.status).toBe(2)
      expect(badRef.stderr).toContain('--base-ref: "no-such-branch" is not a commit in this repository')
      const baseWithGlob = cli(dir, 'check', '--config', 'services/*/image-cost.yml', '--base', 'x.yml')
      expect(baseWithGlob.status).toBe(2)
      expect(baseWithGlob.stderr).toContain('--base PATH is the base of one config; for a glob, use --base-ref REF')
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})
