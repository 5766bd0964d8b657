/** Text safe to print to a terminal or a CI log. */

/**
 * Control characters as \u escapes: a message that quotes what a user wrote cannot recolour,
 * clear or rewrite a terminal or a log line.
 */
export function printable(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u001f\u007f-\u009f]/g, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`)
}
