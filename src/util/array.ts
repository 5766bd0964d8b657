/** Appends items one by one: `push(...items)` overflows the call stack for large lists. */
export function append<T>(target: T[], items: readonly T[]): T[] {
  for (const item of items) target.push(item)
  return target
}

/** The first `max` items, formatted, then "N more" for the rest: a list in a message stays short however many there are. */
export function firstFew<T>(items: readonly T[], max: number, format: (item: T) => string): string[] {
  const shown = items.slice(0, max).map(format)
  if (items.length > max) shown.push(`${items.length - max} more`)
  return shown
}
