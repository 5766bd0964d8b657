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
      const dir = mkdtempSync(join(tmpdir(), 'icg-browser-'))
      const page = join(dir, 'comment.html')
      writeFileSync(page, commentPage(buildCommentBody(report, { key: 'default' })))
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
          '--virtual-time-budget=20000',
          '--dump-dom',
          `file://${page}`
        ],
        { encoding: 'utf8', timeout: 90_000 }
      )
      const dom = result.stdout
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
})
