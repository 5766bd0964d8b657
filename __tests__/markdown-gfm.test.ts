/**
 * Names and messages a config author wrote stay inert in the comment and the summary: rendered by
 * a GFM renderer (marked), user text adds no link, emphasis, heading or math, and bidi controls are
 * gone. The report rendered with plain names is the yardstick: every element must come from it.
 */
import { describe, expect, it } from '@jest/globals'
import { marked } from 'marked'
import { renderMarkdown } from '../src/report/markdown.js'
import { buildReport } from '../src/report/report.js'
import { run } from './helpers.js'

const HOSTILE = [
  'www.evil.test',
  'see www.evil.test/path',
  'mail a@b.co',
  '_underscored_',
  '__bold__',
  '*star*',
  '~~gone~~',
  '$x^2$',
  '$$math$$',
  '# heading',
  '[link](https://evil.test)',
  '<https://evil.test>',
  'https://evil.test',
  'evil\u202Eexe.txt',
  'a\u2066b\u2069c\u200F'
]

function config(names: readonly string[]): string {
  const workloads = names.map((name, i) => `  - { name: ${JSON.stringify(name)}, model: gpt-image-2, quality: low, size: 1024x1024, images_per_month: ${i + 1}, budget_usd: 0 }`)
  return `version: 1\nbudget: { monthly_usd: 0.0001 }\nworkloads:\n${workloads.join('\n')}\n`
}

/** The elements GFM made, by tag. */
function elements(html: string): Record<string, number> {
  const counts: Record<string, number> = {}
  for (const match of html.matchAll(/<(a|em|strong|del|h[1-6]|img|code|span class="math)\b/g)) counts[match[1] as string] = (counts[match[1] as string] ?? 0) + 1
  return counts
}

describe('user text in the comment, rendered as GitHub renders it', () => {
  it('adds no link, emphasis, strike-through, heading or math element', () => {
    const plain = renderMarkdown(buildReport(run(config(HOSTILE.map((_, i) => `plain-name-${i}`)))))
    const hostile = renderMarkdown(buildReport(run(config(HOSTILE))))
    const html = marked.parse(hostile, { gfm: true, async: false }) as string
    expect(elements(html)).toEqual(elements(marked.parse(plain, { gfm: true, async: false }) as string))
    expect(html).not.toMatch(/<a /)
    expect(html).not.toMatch(/evil\.test<\/a>|href=/)
  })

  it('drops the characters that reorder text', () => {
    const hostile = renderMarkdown(buildReport(run(config(HOSTILE))))
    expect(hostile).not.toMatch(/[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/)
    expect(hostile).toContain('evilexe.txt')
  })
})
