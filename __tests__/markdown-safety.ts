/** Checks that rendered markdown is safe to post on GitHub, as GitHub would read it. */
import { expect } from '@jest/globals'

/** What GitHub does before it looks for mentions and references: decode the entities. */
export function decodeEntities(html: string): string {
  return html
    .replace(/&#(\d+);/g, (_m, n: string) => String.fromCodePoint(Number(n)))
    .replace(/&#x([0-9a-f]+);/gi, (_m, n: string) => String.fromCodePoint(parseInt(n, 16)))
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&')
}

/** Checks a markdown report: no HTML, mention, issue reference or link survives, and every table row has its header's cell count. */
export function expectSafeMarkdown(markdown: string): void {
  const text = decodeEntities(markdown.replace(/`[^`\n]*`/g, '')) // code spans are never linked
  expect(markdown).not.toMatch(/<(script|img|a |iframe)/i)
  expect(text).not.toMatch(/(^|[^\w`])@[A-Za-z0-9]/m) // a mention
  expect(text).not.toMatch(/(^|\W)#\d/m) // an issue reference
  expect(text).not.toMatch(/\bGH-\d/i)
  expect(text).not.toMatch(/https?:\/\//)
  let columns = 0
  for (const line of markdown.split('\n')) {
    if (!line.startsWith('|')) {
      columns = 0
      continue
    }
    // Cells are split on unescaped pipes; escaped ones are entities.
    const cells = line.split('|').length - 2
    if (columns === 0) columns = cells
    else expect([line, cells]).toEqual([line, columns])
  }
}
