/**
 * The CLI as a user installs it: the package packed as npm would publish it, installed from the
 * tarball into an empty folder, and run from there. The bundles embed their dependencies, so the
 * package has none and installs without the registry.
 */
import { describe, expect, it } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

const run = (command: string, args: string[], cwd: string) => spawnSync(command, args, { cwd, encoding: 'utf8', timeout: 120_000 })

describe('the published package', () => {
  it('installs from its tarball into an empty folder and prices a config there', () => {
    const dir = mkdtempSync(join(tmpdir(), 'icg-pack-'))
    const packed = run('npm', ['pack', '--json', '--pack-destination', dir], process.cwd())
    expect(packed.status).toBe(0)
    const [info] = JSON.parse(packed.stdout) as { filename: string; files: { path: string }[] }[]
    // What a user gets: the CLI bundle and its chunks, the JSON Schemas, the README and the licence.
    expect(info?.files.map((f) => f.path).every((p) => /^(dist\/cli\/|schema\/|README\.md$|LICENSE$|package\.json$)/.test(p))).toBe(true)
    expect(info?.files.map((f) => f.path)).toContain('dist/cli/index.js')

    const project = join(dir, 'project')
    run('mkdir', ['-p', project], dir)
    writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'a-team', private: true }))
    const installed = run('npm', ['install', '--no-audit', '--no-fund', '--offline', join(dir, info?.filename ?? '')], project)
    expect([installed.status, installed.stderr]).toEqual([0, expect.any(String)])
    const manifest = JSON.parse(readFileSync(join(project, 'node_modules/image-cost-gate/package.json'), 'utf8')) as { dependencies?: unknown }
    expect(manifest.dependencies).toBeUndefined()

    copyFileSync('examples/image-cost.yml', join(project, 'image-cost.yml'))
    copyFileSync('examples/image-cost.base.yml', join(project, 'image-cost.base.yml'))
    const bin = join(project, 'node_modules/.bin/image-cost-gate')
    const checked = run(bin, ['check', '--config', 'image-cost.yml', '--base', 'image-cost.base.yml', '--date', '2026-12-01'], project)
    expect([checked.status, checked.stderr]).toEqual([0, ''])
    expect(checked.stdout.split('\n')[0]).toBe('image-cost-gate: PASS (0 errors, 0 warnings)')
    // A syntax error loads the YAML chunk from the installed package.
    writeFileSync(join(project, 'bad.yml'), 'version: 1\nworkloads:\n  - name: "a\n')
    const bad = run(bin, ['check', '--config', 'bad.yml'], project)
    expect(bad.status).toBe(2)
    expect(bad.stderr).toContain('bad.yml:3:11: YAML syntax error: this quoted value is not closed')
  }, 180_000)

  it('offers a pre-commit hook that runs the installed command on the default config', async () => {
    const { parse } = await import('yaml')
    const hooks = parse(readFileSync('.pre-commit-hooks.yaml', 'utf8')) as { id: string; entry: string; language: string; files: string }[]
    const bin = Object.keys((JSON.parse(readFileSync('package.json', 'utf8')) as { bin: Record<string, string> }).bin)
    expect(hooks.map((h) => [h.id, h.language, h.entry.split(' ')[0]])).toEqual([['image-cost-gate', 'node', bin[0]]])
    const files = new RegExp(hooks[0]?.files ?? '$^')
    expect(['.github/image-cost.yml', 'services/api/image-cost.yaml'].every((p) => files.test(p))).toBe(true)
    expect(files.test('.github/workflows/image-cost.yml.bak')).toBe(false)
  })
})

