/**
 * Imports follow the pipeline (docs/architecture.md): config -> pricing -> routing -> gate -> diff
 * -> report -> publish, with no circle; the edges (cli, action, github, io, openai) import inward.
 */
import { describe, expect, it } from '@jest/globals'
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'

/** What each folder of src/ may import besides itself ("top:evaluate" is src/evaluate.ts, the pure pipeline). */
const ALLOWED: Record<string, readonly string[]> = {
  util: [],
  catalog: ['util'],
  config: ['catalog', 'util'],
  pricing: ['catalog', 'config', 'util'],
  routing: ['catalog', 'config', 'pricing', 'util'],
  gate: ['catalog', 'config', 'pricing', 'routing', 'util'],
  diff: ['config', 'pricing', 'util'],
  usage: ['catalog', 'config', 'pricing', 'gate', 'openai', 'util'],
  'top:evaluate': ['config', 'pricing', 'routing', 'gate', 'diff', 'usage', 'util'],
  'top:version': [],
  projects: ['config', 'pricing', 'gate', 'diff', 'top:evaluate', 'usage', 'util'],
  report: ['catalog', 'config', 'pricing', 'routing', 'gate', 'diff', 'top:evaluate', 'projects', 'usage', 'util'],
  openai: [],
  io: ['config', 'util'],
  github: ['report', 'util'],
  action: ['catalog', 'config', 'top:evaluate', 'projects', 'gate', 'diff', 'github', 'report', 'util'],
  cli: ['catalog', 'config', 'top:evaluate', 'projects', 'gate', 'io', 'openai', 'report', 'usage', 'util'],
  types: []
}

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    return statSync(path).isDirectory() ? files(path) : path.endsWith('.ts') ? [path] : []
  })
}

/** The folder a source file belongs to; a file directly in src/ is its own layer, "top:name". */
function layerOf(path: string): string {
  const [, first, second] = path.split('/')
  return second === undefined ? `top:${(first as string).replace(/\.ts$/, '')}` : (first as string)
}

describe('the import graph', () => {
  it('follows the pipeline: each folder imports only the folders before it', () => {
    const problems: string[] = []
    for (const file of files('src')) {
      const from = layerOf(file)
      if (!(from in ALLOWED)) continue // the entry points (src/main.ts, src/cli.ts, src/index.ts) wire everything
      for (const match of readFileSync(file, 'utf8').matchAll(/from '(\.{1,2}\/[^']+)'/g)) {
        const target = join(file, '..', match[1] as string).replace(/\.js$/, '.ts')
        const to = layerOf(target)
        if (to !== from && !(ALLOWED[from] ?? []).includes(to)) problems.push(`${file} imports ${to} (${match[1]})`)
      }
    }
    expect(problems).toEqual([])
  })
})
