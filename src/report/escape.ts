/**
 * Text a config author wrote ends up in a PR comment: it must not break a table, run HTML, ping
 * people, link issues or turn into a link.
 *
 * Entities alone do not stop GitHub's mention and reference links: GitHub decodes `&#64;user` back
 * to `@user` before it looks for them. A zero-width space after the `@` (and between `#` and a
 * digit, `GH-` and a digit, `:` and `//`) breaks each pattern while the text reads the same.
 */
import { CONTROL_CHARACTERS } from '../util/text.js'

const HAS_CONTROL = new RegExp(CONTROL_CHARACTERS.source)

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '|': '&#124;',
  '`': '&#96;',
  '[': '&#91;',
  ']': '&#93;',
  '*': '&#42;',
  '~': '&#126;',
  '\\': '&#92;',
  '@': '@&#8203;',
  '#': '#&#8203;',
  _: '&#95;',
  $: '&#36;'
}

/** Characters that reorder how text reads (bidi embeddings, overrides, isolates and marks). */
const BIDI_CONTROLS = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g

/** Zero-width space, as an entity: invisible, but it ends a mention, reference or URL pattern. */
export const ZWSP_ENTITY = '&#8203;'


/** Escapes text for a markdown table cell or list item (one line, no markup, no links). */
export function mdText(text: string): string {
  return oneLine(text)
    .replace(BIDI_CONTROLS, '')
    .replace(/[&<>|`[\]*~\\@#_$]/g, (ch) => ENTITIES[ch] ?? ch)
    .replace(/\b(GH)-(?=\d)/gi, `$1-${ZWSP_ENTITY}`)
    .replace(/:\/\//g, `:${ZWSP_ENTITY}//`)
    // GFM links a bare www. address: a zero-width space after "www" ends the pattern.
    .replace(/\b(www)\./gi, `$1${ZWSP_ENTITY}.`)
}

/** Inline code span for identifiers; falls back to escaped text when the value holds a backtick or pipe. */
export function mdCode(text: string): string {
  const line = oneLine(text).replace(BIDI_CONTROLS, '')
  if (line.includes('`') || line.includes('|')) return mdText(line)
  return `\`${line}\``
}

/** Newlines become spaces and other control characters are dropped: one line, nothing a terminal acts on. */
export function oneLine(text: string): string {
  // Nearly every name is clean already: one scan instead of two replacements.
  if (!HAS_CONTROL.test(text)) return text
  return text.replace(/\r\n|\r|\n|\t/g, ' ').replace(CONTROL_CHARACTERS, '')
}
