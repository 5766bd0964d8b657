/**
 * Text a config author wrote ends up in a PR comment: it must not break a table, run HTML, ping
 * people or link issues.
 */
const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '|': '&#124;',
  '`': '&#96;',
  '@': '&#64;',
  '#': '&#35;',
  '[': '&#91;',
  ']': '&#93;',
  '*': '&#42;',
  '~': '&#126;',
  '\\': '&#92;'
}

/** Escapes text for a markdown table cell or list item (one line, no markup). */
export function mdText(text: string): string {
  return text.replace(/\r\n|\r|\n/g, ' ').replace(/[&<>|`@#[\]*~\\]/g, (ch) => ENTITIES[ch] ?? ch)
}

/** Inline code span for identifiers; falls back to escaped text when the value holds a backtick. */
export function mdCode(text: string): string {
  const oneLine = text.replace(/\r\n|\r|\n/g, ' ')
  if (oneLine.includes('`') || oneLine.includes('|')) return mdText(oneLine)
  return `\`${oneLine}\``
}
