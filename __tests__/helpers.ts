import { loadParsedConfig, type LoadedConfig } from '../src/config/load.js'
import { parseYamlFast, type ParsedYaml } from '../src/config/yaml.js'
import { parseYamlFully } from '../src/config/yaml-full.js'
import type { ConfigError, Result } from '../src/config/errors.js'
import { evaluate, type EvaluateInput, type Evaluation } from '../src/evaluate.js'
import { runCli, type CliPorts } from '../src/cli/run.js'
import { VERSION } from '../src/version.js'
import { priceWorkloads, type WorkloadCost } from '../src/pricing/engine.js'

export const TODAY = '2026-12-01'

/** parseYaml without waiting: the full parser is imported here, where the run imports it on demand. */
export function parseYamlNow(text: string, file: string): Result<ParsedYaml> {
  const read = parseYamlFast(text, file)
  return 'fullParserText' in read ? parseYamlFully(read.fullParserText, file) : read
}

/** loadConfig without waiting, for a config that names no team catalog. */
export function loadNow(text: string, file: string): Result<LoadedConfig> {
  const parsed = parseYamlNow(text, file)
  return parsed.ok ? loadParsedConfig(parsed.value, file) : parsed
}

export function load(text: string, file = 'image-cost.yml'): LoadedConfig {
  const result = loadNow(text, file)
  if (!result.ok) throw new Error(`unexpected config errors:\n${result.errors.map((e) => `${e.line}: ${e.path}: ${e.message}`).join('\n')}`)
  return result.value
}

export function loadErrors(text: string, file = 'image-cost.yml'): ConfigError[] {
  const result = loadNow(text, file)
  if (result.ok) throw new Error('expected config errors, got a valid config')
  return result.errors
}

/** A config with one workload; `fields` is YAML for the workload's extra lines. */
export function oneWorkload(fields: string, header = ''): string {
  const indented = fields
    .trim()
    .split('\n')
    .map((l) => `    ${l.trim()}`)
    .join('\n')
  return `version: 1\n${header}workloads:\n  - name: w\n${indented}\n`
}

export function run(head: string, options: Partial<Omit<EvaluateInput, 'head' | 'base'>> & { base?: string } = {}): Evaluation {
  const { base, ...rest } = options
  return evaluate({ head: load(head), base: base === undefined ? null : load(base, 'base.yml'), date: TODAY, ...rest })
}

/** Runs the CLI logic on `argv` with the given file reader, capturing what it prints. */
export async function runCliCapturing(
  argv: string[],
  readText: CliPorts['readText'],
  more: Pick<CliPorts, 'env' | 'fetch'> = {}
): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = ''
  let stderr = ''
  const ports: CliPorts = {
    ...more,
    readText,
    today: () => TODAY,
    stdout: (t) => void (stdout += t),
    stderr: (t) => void (stderr += t),
    version: VERSION
  }
  const code = await runCli(argv, ports)
  return { code, stdout, stderr }
}

/** The one workload of `oneWorkload(fields, header)`, priced with the config's catalog and overrides. */
export function price(fields: string, header = ''): WorkloadCost {
  const loaded = load(oneWorkload(fields, header))
  const cost = priceWorkloads(loaded.workloads, loaded.pricing.catalog, { overridden: loaded.pricing.overridden }).workloads[0]
  if (!cost) throw new Error('no cost')
  return cost
}

/** A USD amount rounded to cents, as the seeds' tables give them. */
export const cents = (n: number) => Math.round(n * 100) / 100
