/** Display formatting; figures stay at full precision until they reach one of these. */

export function usd(n: number): string {
  const sign = n < 0 ? '-' : ''
  return `${sign}$${Math.abs(n).toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`
}

export function signedUsd(n: number): string {
  if (Math.abs(n) < 0.005) return '$0.00'
  return n > 0 ? `+${usd(n)}` : usd(n)
}

export function signedPercent(p: number | null): string {
  if (p === null) return 'n/a'
  if (Math.abs(p) < 0.05) return '0.0%'
  return `${p > 0 ? '+' : ''}${p.toFixed(1)}%`
}

/** Counts with thousands separators and at most one decimal. */
export function count(n: number): string {
  return n.toLocaleString('en-US', { maximumFractionDigits: 1 })
}

/** Per-image prices need more decimals than monthly totals. */
export function unitUsd(n: number): string {
  return `$${n.toLocaleString('en-US', { minimumFractionDigits: 3, maximumFractionDigits: 5 })}`
}
