/**
 * A change as a percent of the base total, or null when the base total is under half a cent: a
 * base that shows as $0.00 gives no meaningful percent (and a tiny one would give an infinite one).
 */
export const PERCENT_BASE_MIN_USD = 0.005

export function percentOfBase(delta: number, base: number): number | null {
  return base >= PERCENT_BASE_MIN_USD ? (delta / base) * 100 : null
}
