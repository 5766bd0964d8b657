/** Reads files at a git revision for `check --base-ref`: git itself, run in the working directory. */
import { execFileSync } from 'node:child_process'
import type { BaseRead } from '../config/errors.js'
import { decodeUtf8 } from './read-config-file.js'
import { MAX_CONFIG_BYTES } from '../config/yaml.js'

export interface GitPort {
  /** Why `ref` cannot be used (not a commit, not a repository), or undefined when it can. */
  verify(ref: string): string | undefined
  /** A file at `ref`, its path relative to the working directory. */
  show(ref: string, path: string): BaseRead
  /** Every file at `ref` under the working directory, relative to it. */
  listFiles(ref: string): string[]
}

function git(args: readonly string[], cwd: string): { ok: true; stdout: Buffer } | { ok: false; stderr: string; status: number | null } {
  try {
    return { ok: true, stdout: execFileSync('git', [...args], { cwd, stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 4 * MAX_CONFIG_BYTES }) }
  } catch (error) {
    const e = error as { stderr?: Buffer; status?: number | null; code?: string; message?: string }
    if (e.code === 'ENOENT') return { ok: false, stderr: 'git is not installed (or not on PATH)', status: null }
    return { ok: false, stderr: (e.stderr?.toString('utf8') ?? e.message ?? '').trim(), status: e.status ?? null }
  }
}

export function createGitPort(cwd: string = process.cwd()): GitPort {
  return {
    verify(ref) {
      const result = git(['rev-parse', '--verify', '--quiet', `${ref}^{commit}`], cwd)
      if (result.ok) return undefined
      return result.status === 1 ? `"${ref}" is not a commit in this repository` : result.stderr || `git rev-parse failed for "${ref}"`
    },
    show(ref, path) {
      const result = git(['show', `${ref}:./${path.replace(/^(\.\/)+/, '')}`], cwd)
      if (!result.ok) {
        if (/does not exist in|exists on disk, but not in/.test(result.stderr)) return { kind: 'missing' }
        return { kind: 'failed', reason: `git show ${ref}:${path} failed: ${result.stderr}` }
      }
      const decoded = decodeUtf8(result.stdout)
      return decoded.ok ? { kind: 'found', text: decoded.text } : { kind: 'failed', reason: `${path} at ${ref}: ${decoded.message}` }
    },
    listFiles(ref) {
      const result = git(['ls-tree', '-r', '-z', '--name-only', ref], cwd)
      return result.ok ? result.stdout.toString('utf8').split('\0').filter(Boolean) : []
    }
  }
}
