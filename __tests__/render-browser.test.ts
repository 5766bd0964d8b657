import { describe, expect, it } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { marked } from 'marked'
import { buildCommentBody } from '../src/report/comment.js'
import { buildReport } from '../src/report/report.js'
import { evaluate } from '../src/evaluate.js'
import { load, TODAY } from './helpers.js'

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
const hasChromium = existsSync(CHROMIUM)
if (!hasChromium) {
  console.warn(`Skipping the headless-Chromium rendering test: no browser at ${CHROMIUM} (apt-get install chromium, or set CHROMIUM_PATH).`)
}

/** The comment as GitHub would show it: GitHub-flavoured markdown, with mermaid fences drawn by mermaid. */
function commentPage(markdown: string): string {
  const html = (marked.parse(markdown, { gfm: true, async: false }) as string).replace(
    /<pre><code class="language-mermaid">([\s\S]*?)<\/code><\/pre>/g,
    '<pre class="mermaid">$1</pre>'
  )
  const script = resolve('node_modules/mermaid/dist/mermaid.min.js')
  return `<!doctype html><html><head><meta charset="utf-8"></head><body>${html}
<script src="file://${script}"></script>
<script>
  mermaid.initialize({ startOnLoad: false })
  mermaid.run({ querySelector: 'pre.mermaid' }).then(
    () => { document.body.dataset.rendered = 'yes' },
    (error) => { document.body.dataset.rendered = 'error: ' + error }
  )
</script></body></html>`
}


/** The page's DOM after headless Chromium has run its scripts, at a desktop window size. */
function renderInChromium(html: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'icg-browser-'))
  const page = join(dir, 'comment.html')
  writeFileSync(page, html)
  const result = spawnSync(
    CHROMIUM,
    [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      `--user-data-dir=${join(dir, 'profile')}`,
      '--allow-file-access-from-files',
      '--window-size=1280,900',
      '--virtual-time-budget=20000',
      '--dump-dom',
      `file://${page}`
    ],
    { encoding: 'utf8', timeout: 90_000 }
  )
  return result.stdout
}

/**
 * The comment in a column as wide as a pull request's conversation (about 760 px, GitHub's
 * markdown styles for tables and code), marking each table cell whose model name wraps.
 */
function conversationColumn(markdown: string): string {
  const html = marked.parse(markdown, { gfm: true, async: false }) as string
  return `<!doctype html><html><head><meta charset="utf-8"><style>
  body { width: 760px; margin: 0; font: 14px/1.5 -apple-system, "Segoe UI", "Noto Sans", Helvetica, Arial, sans-serif }
  table { border-collapse: collapse; display: block; width: max-content; max-width: 100%; overflow: auto }
  td, th { padding: 6px 13px; border: 1px solid #d0d7de }
  code { font: 85% ui-monospace, SFMono-Regular, "SF Mono", Menlo, Consolas, "Liberation Mono", monospace; padding: .2em .4em }
</style></head><body>${html}
<script>
  const wrapped = [...document.querySelectorAll('td code')].filter((c) => c.getClientRects().length > 1).map((c) => [...c.closest('table').querySelectorAll('th')].map((h) => h.textContent).join('|') + ': ' + c.textContent)
  document.body.dataset.wrapped = JSON.stringify(wrapped)
  document.body.dataset.measured = String(document.querySelectorAll('td code').length)
</script></body></html>`
}

describe('the PR comment in a browser', () => {
  ;(hasChromium ? it : it.skip)(
    'renders the tables and the chart SVG in headless Chromium',
    () => {
      const report = buildReport(
        evaluate({
          head: load(readFileSync('examples/image-cost.yml', 'utf8'), 'examples/image-cost.yml'),
          base: load(readFileSync('examples/image-cost.base.yml', 'utf8'), 'examples/image-cost.base.yml'),
          date: TODAY
        })
      )
      const dom = renderInChromium(commentPage(buildCommentBody(report, { key: 'default' })))
      expect(dom).toContain('data-rendered="yes"')
      // The workload table, rendered as a real table.
      expect(dom).toMatch(/<table>[\s\S]*<th>Workload<\/th>[\s\S]*<td>product-thumbnails<\/td>/)
      // The chart, drawn as an SVG with one bar per model.
      const svg = /<pre class="mermaid"[^>]*>\s*<svg[\s\S]*?<\/svg>/.exec(dom)?.[0] ?? ''
      expect(svg).toContain('aria-roledescription="xychart"')
      const bars = /<g class="bar-plot-0">([\s\S]*?)<\/g>/.exec(svg)?.[1] ?? ''
      expect((bars.match(/<rect /g) ?? []).length).toBe(report.diff?.models.length)
      expect(svg).toMatch(/<g class="line-plot-\d+">\s*<path /)
      expect(svg).toContain('gpt-image-2.6-flare')
    },
    120_000
  )

  ;(hasChromium ? it : it.skip)(
    'never wraps a model name in a table row, in a column as wide as a pull request conversation',
    () => {
      const read = (path: string) => readFileSync(path, 'utf8')
      const reports = [
        buildReport(evaluate({ head: load(read('examples/image-cost.yml'), 'examples/image-cost.yml'), base: load(read('examples/image-cost.base.yml'), 'examples/image-cost.base.yml'), date: TODAY })),
        buildReport(evaluate({ head: load(read('__tests__/fixtures/failing.yml'), 'fixtures/failing.yml'), date: TODAY }))
      ]
      for (const report of reports) {
        const dom = renderInChromium(conversationColumn(buildCommentBody(report, { key: 'default' })))
        const measured = Number(/data-measured="(\d+)"/.exec(dom)?.[1] ?? 0)
        expect(measured).toBeGreaterThan(5)
        const wrapped = JSON.parse((/data-wrapped="([^"]*)"/.exec(dom)?.[1] ?? 'null').replace(/&quot;/g, '"')) as string[] | null
        expect(wrapped).toEqual([])
      }
    },
    120_000
  )
})

