/**
 * `npm run bench`: times the bundled CLI and action as whole processes, alternating with
 * `node -e 0` on the same machine in the same session, and reports medians, the ratio to
 * `node -e 0`, peak memory and bundle sizes. `--write` records the results in docs/benchmarks.md.
 *
 *   npm run bench                 # every case, printed
 *   npm run bench -- --write      # and written to docs/benchmarks.md
 *   npm run bench -- --quick      # fewer runs, no 100,000-workload case
 *   npm run bench -- --action-node=/path/to/node24/bin/node   # the action row on that Node
 */
import { execFileSync, spawn } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { cpus, release, tmpdir, totalmem } from 'node:os'
import { join, resolve } from 'node:path'
import { GitHubStandIn } from '../__tests__/github-stand-in.js'
import { generateConfig } from './gen-config.js'

const args = new Set(process.argv.slice(2))
const quick = args.has('--quick')
/** The Node that runs the action row (action.yml declares node24); by default the one running this. */
const actionNode = process.argv.find((a) => a.startsWith('--action-node='))?.slice('--action-node='.length) || process.execPath
const TIME = '/usr/bin/time'
const hasTime = existsSync(TIME)
const node = process.execPath
const root = resolve('.')

interface Sample {
  seconds: number
  /** Peak resident memory in MB, when /usr/bin/time is there to read it. */
  peakMb: number | null
  status: number | null
  /** Bytes the command wrote to stdout. */
  outputBytes: number
}

/** Runs a command once, timing the whole process. */
function timeOne(command: string[], env?: NodeJS.ProcessEnv): Promise<Sample> {
  return new Promise((done) => {
    const argv = hasTime ? [TIME, '-f', '%M', ...command] : command
    const start = process.hrtime.bigint()
    const child = spawn(argv[0] as string, argv.slice(1), { stdio: ['ignore', 'pipe', 'pipe'], env: env ?? process.env })
    let outputBytes = 0
    child.stdout.on('data', (d: Buffer) => (outputBytes += d.length))
    let stderr = ''
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()))
    child.on('close', (status) => {
      const kb = Number(stderr.trim().split('\n').pop())
      done({ seconds: Number(process.hrtime.bigint() - start) / 1e9, peakMb: hasTime && Number.isFinite(kb) ? kb / 1024 : null, status, outputBytes })
    })
  })
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2
}

interface Row {
  name: string
  target: string
  runs: number
  medianS: number
  nodeS: number
  ratio: number
  peakMb: number | null
  ok: boolean | null
  note?: string
}

interface Hooks {
  env?: NodeJS.ProcessEnv
  /** The Node for the command's `node -e 0` (the command's own). */
  node?: string
  /** Say in the row's name how much the command wrote. */
  noteOutput?: boolean
  before?: (run: number) => void
  after?: () => void
}

type Judge = (r: { medianS: number; ratio: number; peakMb: number | null; outputMb: number }) => { target: string; ok: boolean | null }

/** Alternates the command with `node -e 0` so both see the same machine state. */
async function measure(name: string, command: string[], runs: number, judge: Judge, hooks: Hooks = {}): Promise<Row> {
  const baseline: number[] = []
  const samples: Sample[] = []
  await timeOne(command, hooks.env) // warm the file cache
  for (let i = 0; i < runs; i++) {
    // The same environment as the command: variables such as NODE_EXTRA_CA_CERTS change Node's start-up.
    baseline.push((await timeOne([hooks.node ?? node, '-e', '0'], hooks.env)).seconds)
    hooks.before?.(i)
    samples.push(await timeOne(command, hooks.env))
    hooks.after?.()
  }
  // A run that ends in a config error (2) or a crash measured something else: stop rather than report it.
  const broken = samples.find((s) => s.status !== 0 && s.status !== 1)
  if (broken) throw new Error(`${name}: ${command.join(' ')} exited with ${broken.status}; expected 0 or 1`)
  const medianS = median(samples.map((s) => s.seconds))
  const nodeS = median(baseline)
  const peaks = samples.map((s) => s.peakMb).filter((p): p is number => p !== null)
  const peakMb = peaks.length ? Math.max(...peaks) : null
  const ratio = medianS / nodeS
  const outputMb = Math.max(...samples.map((s) => s.outputBytes)) / 1e6
  const row: Row = { name, runs, medianS, nodeS, ratio, peakMb, ...judge({ medianS, ratio, peakMb, outputMb }) }
  if (hooks.noteOutput) row.note = `${outputMb.toFixed(1)} MB written`
  console.error(`${name}: median ${medianS.toFixed(3)} s, node -e 0 ${nodeS.toFixed(3)} s, ratio ${ratio.toFixed(2)}, peak ${peakMb?.toFixed(0) ?? 'n/a'} MB`)
  return row
}

const atMostRatio = (limit: number): Judge => (r) => ({ target: `≤ ${limit}x node -e 0`, ok: r.ratio <= limit })
/** Under `limit` seconds, and under `memMb` of peak memory and `outputMb` written where given. */
const underSeconds = (limit: number, { memMb, outputMb }: { memMb?: number; outputMb?: number } = {}): Judge => (r) => ({
  target: `< ${limit} s${memMb ? `, < ${memMb} MB` : ''}${outputMb ? `, output < ${outputMb} MB` : ''}`,
  ok: r.medianS < limit && (memMb === undefined || (r.peakMb !== null && r.peakMb < memMb)) && (outputMb === undefined || r.outputMb < outputMb)
})
const noTarget: Judge = () => ({ target: '(series)', ok: null })

async function main(): Promise<void> {
  const cli = join(root, 'dist/cli/index.js')
  const action = join(root, 'dist/index.js')
  if (!existsSync(cli) || !existsSync(action)) throw new Error('run npm run build first')
  const dir = mkdtempSync(join(tmpdir(), 'icg-bench-'))
  const rows: Row[] = []
  const runs = quick ? 5 : 11

  rows.push(
    await measure(
      'CLI check, example config with base',
      [node, cli, 'check', '--config', 'examples/image-cost.yml', '--base', 'examples/image-cost.base.yml'],
      runs,
      atMostRatio(1.5)
    )
  )
  const sizes = quick ? [10, 1000, 10000] : [10, 1000, 10000, 100000]
  // Block style (one key per line) is how people write a config; flow style is beside it for comparison.
  for (const style of ['block', 'flow'] as const) {
    for (const n of sizes) {
      const head = join(dir, `head-${style}-${n}.yml`)
      const base = join(dir, `base-${style}-${n}.yml`)
      writeFileSync(head, generateConfig(n, true, style))
      writeFileSync(base, generateConfig(n, false, style))
      const targets = style === 'block'
      const judge = !targets ? noTarget : n === 1000 ? atMostRatio(2.5) : n === 10000 ? underSeconds(1.5) : n === 100000 ? underSeconds(8, { memMb: 1000 }) : noTarget
      const label = `CLI check, ${n.toLocaleString('en-US')} ${style}-style workloads with base`
      const command = [node, cli, 'check', '--config', head, '--base', base, '--fail-on', 'never']
      rows.push(await measure(label, command, n === 100000 ? 3 : runs, judge))
      if (targets && n >= 1000) {
        const judgeJson = n === 10000 ? underSeconds(1.5, { outputMb: 15 }) : judge
        rows.push(await measure(`${label}, --format json`, [...command, '--format', 'json'], n === 100000 ? 3 : runs, judgeJson, { noteOutput: true }))
      }
    }
  }

  // The action end to end on a pull_request event, against the API stand-in on 127.0.0.1.
  const api = new GitHubStandIn()
  const apiUrl = await api.start()
  const workspace = join(dir, 'workspace')
  mkdirSync(join(workspace, '.github'), { recursive: true })
  const headConfig = readFileSync('examples/image-cost.yml', 'utf8')
  api.files.set(`${'a'.repeat(40)}:.github/image-cost.yml`, readFileSync('examples/image-cost.base.yml', 'utf8'))
  const event = join(dir, 'event.json')
  writeFileSync(event, JSON.stringify({ number: 7, pull_request: { number: 7, base: { sha: 'a'.repeat(40) }, head: { sha: 'c'.repeat(40) } } }))
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: dir,
    GITHUB_EVENT_NAME: 'pull_request',
    GITHUB_EVENT_PATH: event,
    GITHUB_REPOSITORY: 'o/r',
    GITHUB_API_URL: apiUrl,
    GITHUB_WORKSPACE: workspace,
    GITHUB_OUTPUT: join(dir, 'output'),
    GITHUB_STEP_SUMMARY: join(dir, 'summary'),
    RUNNER_TEMP: dir,
    'INPUT_GITHUB-TOKEN': 'bench-token',
    INPUT_DATE: '2026-11-21'
  }
  const requestsPerRun: number[] = []
  let before = 0
  // Alternate two head versions so every run after the first edits the comment in place.
  const variants = [headConfig, headConfig.replace('images_per_month: 40000', 'images_per_month: 41000')]
  writeFileSync(join(workspace, '.github/image-cost.yml'), variants[1] as string)
  // The runner creates these files before a step starts; the action appends to them.
  writeFileSync(join(dir, 'output'), '')
  writeFileSync(join(dir, 'summary'), '')
  await timeOne([actionNode, action], env) // posts the comment
  const actionVersion = execFileSync(actionNode, ['-p', 'process.version'], { encoding: 'utf8' }).trim()
  const actionRow = await measure(`Action on a pull_request event (comment edited, Node ${actionVersion})`, [actionNode, action], runs, atMostRatio(3), {
    env,
    node: actionNode,
    before: (i) => {
      writeFileSync(join(workspace, '.github/image-cost.yml'), variants[i % 2] as string)
      writeFileSync(join(dir, 'output'), '')
      writeFileSync(join(dir, 'summary'), '')
      before = api.requests.length
    },
    after: () => requestsPerRun.push(api.requests.length - before)
  })
  // The reference: @actions/core and @actions/github loaded, the same three requests, no pricing.
  const reference = await bundleReference(dir)
  const referenceRequests: number[] = []
  const referenceRow = await measure(`Reference script on the same event (scripts/reference-action.ts, Node ${actionVersion})`, [actionNode, reference], runs, noTarget, {
    env,
    node: actionNode,
    before: () => {
      writeFileSync(join(dir, 'output'), '')
      writeFileSync(join(dir, 'summary'), '')
      before = api.requests.length
    },
    after: () => referenceRequests.push(api.requests.length - before)
  })
  await api.stop()
  // The warm-up run is not counted: it edits the comment too, but its requests fall before the first `before`.
  const maxRequests = Math.max(...requestsPerRun)
  const againstReference = actionRow.medianS / referenceRow.medianS
  actionRow.note = `${maxRequests} API requests per run; ${againstReference.toFixed(2)}x the reference script`
  actionRow.target = '≤ 1.5x the reference script, ≤ 3 API requests'
  actionRow.ok = againstReference <= 1.5 && maxRequests <= 3
  referenceRow.note = `${Math.max(...referenceRequests)} API requests per run`
  rows.push(actionRow, referenceRow)

  const bundles = ['dist/cli/index.js', 'dist/index.js'].map((file) => ({ file, kb: statSync(file).size / 1000 }))
  const report = render(rows, bundles)
  console.log(report)
  if (args.has('--write')) {
    writeFileSync(DOC, withResults(existsSync(DOC) ? readFileSync(DOC, 'utf8') : '', report))
    console.error(`wrote ${DOC}`)
  }
}

/** scripts/reference-action.ts bundled as the action is (scripts/build.mjs), so both start the same way. */
async function bundleReference(dir: string): Promise<string> {
  const ncc = createRequire(import.meta.url)('@vercel/ncc') as (entry: string, options: object) => Promise<{ code: string }>
  const { code } = await ncc(join(root, 'scripts/reference-action.ts'), { esm: false, minify: true, quiet: true, cache: false })
  const out = join(dir, 'reference')
  mkdirSync(out, { recursive: true })
  writeFileSync(join(out, 'package.json'), JSON.stringify({ type: 'commonjs' }))
  writeFileSync(join(out, 'index.js'), code)
  return join(out, 'index.js')
}

const DOC = 'docs/benchmarks.md'
const START = '<!-- bench:start -->'
const END = '<!-- bench:end -->'

/** The page with its generated part replaced; the prose around the markers is kept. */
function withResults(page: string, results: string): string {
  const from = page.indexOf(START)
  const to = page.indexOf(END)
  if (from < 0 || to < from) return `${START}\n${results}${END}\n`
  return `${page.slice(0, from + START.length)}\n${results}${page.slice(to)}`
}

/** What in the inherited environment changes how long Node takes to start, for the results' reader. */
function startupEnvironment(): string {
  const set = ['NODE_OPTIONS', 'NODE_EXTRA_CA_CERTS'].filter((name) => process.env[name])
  const inherited = set.length > 0 ? `inherit ${set.map((n) => `\`${n}\``).join(' and ')} from the shell` : 'inherit the shell\'s environment (no `NODE_OPTIONS` or `NODE_EXTRA_CA_CERTS`)'
  return [
    `The CLI rows and their \`node -e 0\` ${inherited}. The action row runs the action and its`,
    '`node -e 0` in the environment a runner gives a step (the GitHub variables, `PATH` and `HOME`).',
    '`NODE_EXTRA_CA_CERTS` makes Node read a CA bundle at start-up, which adds the same fixed time to',
    'both sides of a ratio.'
  ].join('\n')
}

function render(rows: Row[], bundles: { file: string; kb: number }[]): string {
  const cpu = cpus()[0]?.model ?? 'unknown CPU'
  const lines = [
    '## Latest results',
    '',
    'Produced by `npm run bench -- --write` (scripts/bench.ts). Each case runs the committed bundle as a',
    'whole process, alternating with `node -e 0` on the same machine in the same session; times are',
    'medians of wall-clock time, the ratio is against the median `node -e 0`, and peak memory is the',
    'largest resident set reported by `/usr/bin/time -f %M`. Machines are noisy: compare ratios, not',
    'absolute times across runs. Configs are generated by scripts/gen-config.ts (about 10% of',
    'workloads changed between base and head); the CLI prints its default table report.',
    '',
    `Machine: ${cpus().length} × ${cpu}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB memory, Linux ${release()}, Node ${process.version}.`,
    '',
    startupEnvironment(),
    '',
    '| case | runs | median | `node -e 0` | ratio | peak memory | target | met |',
    '| --- | ---: | ---: | ---: | ---: | ---: | --- | --- |',
    ...rows.map(
      (r) =>
        `| ${r.name}${r.note ? ` (${r.note})` : ''} | ${r.runs} | ${r.medianS.toFixed(3)} s | ${r.nodeS.toFixed(3)} s | ${r.ratio.toFixed(2)}x | ${r.peakMb === null ? 'n/a' : `${r.peakMb.toFixed(0)} MB`} | ${r.target} | ${r.ok === null ? '–' : r.ok ? 'yes' : '**no**'} |`
    ),
    '',
    '| bundle | size | target | met |',
    '| --- | ---: | --- | --- |',
    ...bundles.map((b) => {
      const limit = b.file === 'dist/cli/index.js' ? 400 : 1200
      return `| \`${b.file}\` | ${b.kb.toFixed(0)} kB | < ${limit} kB | ${b.kb < limit ? 'yes' : '**no**'} |`
    }),
    ''
  ]
  return lines.join('\n')
}

main().catch((error: unknown) => {
  console.error(error)
  process.exitCode = 1
})
