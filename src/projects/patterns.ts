/**
 * Config globs matched against lists of repository paths (picomatch). Loaded only when a
 * pattern is a glob (glob-syntax.ts tells). Pure.
 */
import picomatch from 'picomatch'
import { IGNORED_DIRECTORIES, isGlob, normalPath } from './glob-syntax.js'

/** A test for the paths a pattern matches (dot directories such as .github included). */
export function pathMatcher(pattern: string): (path: string) => boolean {
  const match = picomatch(normalPath(pattern), { dot: true })
  const ignored = picomatch([...IGNORED_DIRECTORIES], { dot: true })
  return (path) => {
    const p = normalPath(path)
    return match(p) && !ignored(p)
  }
}

/**
 * The paths of `available` each pattern names, in pattern order then path order, each once: a
 * literal path stands for itself (whether it exists is for the reader to say), a glob for the
 * paths it matches. `unmatched` lists the globs that matched nothing.
 */
export function expandPatterns(patterns: readonly string[], available: readonly string[]): { paths: string[]; unmatched: string[] } {
  const paths: string[] = []
  const seen = new Set<string>()
  const unmatched: string[] = []
  const add = (path: string) => {
    if (seen.has(path)) return
    seen.add(path)
    paths.push(path)
  }
  const sorted = [...available].map(normalPath).sort()
  for (const pattern of patterns) {
    if (!isGlob(pattern)) {
      add(normalPath(pattern))
      continue
    }
    const match = pathMatcher(pattern)
    const found = sorted.filter(match)
    if (found.length === 0) unmatched.push(pattern)
    for (const path of found) add(path)
  }
  return { paths, unmatched }
}
