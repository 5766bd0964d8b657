#!/usr/bin/env node
/**
 * `npm run build`: bundles the action (dist/) and the CLI (dist/cli/) with ncc, writes each bundle's licenses.txt, and
 * regenerates the JSON Schemas in schema/ (config, catalog, usage snapshot, measured tokens) from the zod schemas.
 *
 * The bundles are CommonJS (each directory's package.json says so) although the sources are ES
 * modules: Node 20 spends 5-15 ms more starting a program through its ES module loader, and a check
 * is mostly start-up (docs/benchmarks.md). ncc's command line always emits ES modules for a
 * "type": "module" package, so its programmatic API is used with `esm: false`.
 *
 * ncc's own --license option covers only the last chunk it emits, and both bundles load the full
 * YAML parser as a separate chunk, so the licenses are collected here from webpack's module list
 * instead: every package whose code is in any chunk, with its license text.
 */
import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join, resolve } from 'node:path'

const root = resolve(dirname(new URL(import.meta.url).pathname), '..')
const ncc = createRequire(import.meta.url)('@vercel/ncc')
const BUNDLES = [
  { entry: 'src/index.ts', out: 'dist' },
  { entry: 'src/cli.ts', out: 'dist/cli' }
]

rmSync(join(root, 'dist'), { recursive: true, force: true })
for (const { entry, out } of BUNDLES) {
  // No cache: ncc keys its cache by directory alone, so a cache left by a build with other options
  // (an ES module build) would leak into this one.
  const { code, assets, stats } = await ncc(join(root, entry), { esm: false, minify: true, quiet: true, cache: false })
  const dir = join(root, out)
  mkdirSync(dir, { recursive: true })
  writeFileSync(join(dir, 'index.js'), code)
  // The chunks loaded on demand (the full YAML parser, the JSON Schema, ...).
  for (const [name, asset] of Object.entries(assets)) writeFileSync(join(dir, name), asset.source)
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ type: 'commonjs' }, null, 2) + '\n')
  writeFileSync(join(dir, 'licenses.txt'), licenses(bundledPackages(stats.toJson())))
}
const schema = execFileSync(process.execPath, [join(root, 'dist/cli/index.js'), 'schema'], { cwd: root })
writeFileSync(join(root, 'schema/image-cost.schema.json'), schema)
for (const [flag, file] of [['--catalog', 'catalog'], ['--usage', 'usage-snapshot'], ['--measured', 'measured-tokens']]) {
  writeFileSync(join(root, `schema/${file}.schema.json`), execFileSync(process.execPath, [join(root, 'dist/cli/index.js'), 'schema', flag], { cwd: root }))
}

/** Directories (relative to the root) of every npm package with code in the bundle. */
function bundledPackages(stats) {
  const dirs = new Set()
  const visit = (module) => {
    const id = module.name ?? ''
    // The last node_modules segment names the package, also when it is nested in another one.
    const match = /^(?:\.\/)?((?:.*\/)?node_modules\/(?:@[^/]+\/)?[^/]+)\//.exec(id)
    if (match) dirs.add(match[1])
    for (const inner of module.modules ?? []) visit(inner)
  }
  for (const module of stats.modules ?? []) visit(module)
  return [...dirs]
}

/** The license of each package, in the format ncc writes: name, license id, then its text. */
function licenses(packageDirs) {
  const entries = packageDirs.map((dir) => {
    const pkg = JSON.parse(readFileSync(join(root, dir, 'package.json'), 'utf8'))
    const file = readdirSync(join(root, dir)).find((f) => /^(licen[cs]e|copying)(\.|$)/i.test(f))
    const text = file ? readFileSync(join(root, dir, file), 'utf8').trim() : ''
    const license = typeof pkg.license === 'string' ? pkg.license : (pkg.license?.type ?? 'UNKNOWN')
    return { name: pkg.name, license, text }
  })
  const unique = new Map(entries.map((e) => [e.name, e]))
  return [...unique.values()]
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .map((e) => [e.name, e.license, e.text].filter(Boolean).join('\n'))
    .join('\n\n') + '\n'
}

if (!existsSync(join(root, 'dist/cli/index.js'))) throw new Error('the CLI bundle was not written')
