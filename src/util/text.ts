/** Text safe to print to a terminal or a CI log. */

/** Every character below U+0020, DEL and the C1 controls (U+0080-U+009F). */
// eslint-disable-next-line no-control-regex
export const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f-\u009f]/g

/**
 * Control characters as \u escapes: a message that quotes what a user wrote cannot recolour,
 * clear or rewrite a terminal or a log line.
 */
export function printable(text: string): string {
  return text.replace(CONTROL_CHARACTERS, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`)
}
