/**
 * Display formatting; figures stay at full precision until they reach one of these. Written by hand
 * rather than with toLocaleString: the first Intl call loads ICU data, which costs a CLI run more
 * time than all of its pricing.
 */

/** Fixed decimals (between min and max) with thousands separators, e.g. 12,345.6. */
export function grouped(n: number, minFraction: number, maxFraction: number): string {
  if (!Number.isFinite(n)) return Number.isNaN(n) ? 'n/a' : n > 0 ? '∞' : '-∞'
  // toFixed switches to exponent notation from 1e21; such numbers are whole, so BigInt spells them out.
  const fixed = Math.abs(n) >= 1e21 ? BigInt(Math.abs(n)).toString() : Math.abs(n).toFixed(maxFraction)
  const dot = fixed.indexOf('.')
  const whole = dot < 0 ? fixed : fixed.slice(0, dot)
  let fraction = dot < 0 ? '' : fixed.slice(dot + 1)
  let cut = fraction.length
  while (cut > minFraction && fraction.charCodeAt(cut - 1) === 48) cut--
  fraction = fraction.slice(0, cut)
  let withCommas = whole
  if (whole.length > 3) {
    withCommas = whole.slice(0, whole.length % 3 || 3)
    for (let i = whole.length % 3 || 3; i < whole.length; i += 3) withCommas += `,${whole.slice(i, i + 3)}`
  }
  const negative = n < 0 && /[1-9]/.test(fixed)
  return `${negative ? '-' : ''}${withCommas}${fraction ? `.${fraction}` : ''}`
}

export function usd(n: number): string {
  const text = grouped(n, 2, 2)
  return text.startsWith('-') ? `-$${text.slice(1)}` : `$${text}`
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
  return grouped(n, 0, 1)
}

/** Per-image prices need more decimals than monthly totals. */
export function unitUsd(n: number): string {
  return `$${grouped(n, 3, 5)}`
}

/** Code-unit order for ids and names: stable everywhere, and no ICU collator to load. */
export function byText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}
