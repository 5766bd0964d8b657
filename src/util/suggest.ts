import { byText } from './format.js'
/** Edit distance between two strings (Levenshtein), for "did you mean" hints. */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j)
  for (let i = 1; i <= a.length; i++) {
    const current = [i]
    for (let j = 1; j <= b.length; j++) {
      const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1)
      current[j] = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution)
    }
    previous = current
  }
  return previous[b.length] ?? 0
}

/** The candidates closest to `word`, best first, within a distance that scales with its length. */
export function nearest(word: string, candidates: readonly string[], limit = 3): string[] {
  const lowered = word.toLowerCase()
  // A dated snapshot id no source lists (model-YYYY-MM-DD) points at its undated model.
  const undated = /^(.+)-\d{4}-\d{2}-\d{2}$/.exec(lowered)?.[1]
  const model = undated === undefined ? undefined : candidates.find((c) => c.toLowerCase() === undated)
  if (model !== undefined) return [model]
  const maxDistance = Math.max(2, Math.floor(word.length / 3))
  return candidates
    .map((candidate) => ({ candidate, distance: editDistance(lowered, candidate.toLowerCase()) }))
    .filter(({ candidate, distance }) => distance <= maxDistance || candidate.startsWith(lowered))
    .sort((x, y) => x.distance - y.distance || byText(x.candidate, y.candidate))
    .slice(0, limit)
    .map(({ candidate }) => candidate)
}

export function didYouMean(word: string, candidates: readonly string[]): string {
  const close = nearest(word, candidates)
  if (close.length === 0) return ''
  return ` Did you mean ${close.map((c) => `"${c}"`).join(' or ')}?`
}
