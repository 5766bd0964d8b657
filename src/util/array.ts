/** Appends items one by one: `push(...items)` overflows the call stack for large lists. */
export function append<T>(target: T[], items: readonly T[]): T[] {
  for (const item of items) target.push(item)
  return target
}
