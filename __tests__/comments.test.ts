import { describe, expect, it } from '@jest/globals'
import { upsertStickyComment, type CommentMode } from '../src/github/comments.js'
import { buildCommentBody, buildSummary, commentMarker, COMMENT_LIMIT, readStamp, stampLine, SUMMARY_LIMIT_BYTES } from '../src/report/comment.js'
import { renderMarkdown } from '../src/report/markdown.js'
import { buildReport } from '../src/report/report.js'
import { FakeGitHub } from './fake-github.js'
import { run } from './helpers.js'

const repo = { owner: 'o', repo: 'r' }
const marker = commentMarker('default')

function upsert(github: FakeGitHub, body: string, mode: CommentMode = 'update', author = 'github-actions[bot]') {
  return upsertStickyComment({ api: github, repo, issueNumber: 7, body, marker, author, mode })
}

describe('sticky comment', () => {
  it('creates the comment once, then edits it in place, and skips an unchanged body', async () => {
    const github = new FakeGitHub()
    expect((await upsert(github, `${marker}\nfirst`)).action).toBe('created')
    expect((await upsert(github, `${marker}\nsecond`)).action).toBe('updated')
    expect((await upsert(github, `${marker}\nsecond`)).action).toBe('unchanged')
    expect(github.comments).toHaveLength(1)
    expect(github.comments[0]?.body).toBe(`${marker}\nsecond`)
    expect(github.calls).toEqual(['GET comments #7', 'POST comment #7', 'GET comments #7', 'GET comments #7', 'PATCH comment 100', 'GET comments #7'])
  })

  it('ignores a marker pasted by someone else', async () => {
    const github = new FakeGitHub()
    github.add(7, `${marker}\nspoofed`, 'mallory')
    const result = await upsert(github, `${marker}\nreal`)
    expect(result.action).toBe('created')
    expect(github.comments.map((c) => [c.author, c.body])).toEqual([
      ['mallory', `${marker}\nspoofed`],
      ['github-actions[bot]', `${marker}\nreal`]
    ])
  })

  it('matches the marker exactly: another key is another comment', async () => {
    const github = new FakeGitHub()
    github.add(7, `${commentMarker('other')}\nx`, 'github-actions[bot]')
    github.add(7, `text mentioning ${marker}`, 'github-actions[bot]')
    expect((await upsert(github, `${marker}\nmine`)).action).toBe('created')
    expect(github.comments).toHaveLength(3)
  })

  it('uses the configured author', async () => {
    const github = new FakeGitHub('cost-bot[bot]')
    await upsert(github, `${marker}\na`, 'update', 'cost-bot[bot]')
    expect((await upsert(github, `${marker}\nb`, 'update', 'cost-bot[bot]')).action).toBe('updated')
  })

  it('mode new posts a fresh comment and deletes the previous one', async () => {
    const github = new FakeGitHub()
    await upsert(github, `${marker}\nold`)
    const result = await upsert(github, `${marker}\nnew`, 'new')
    expect(result.action).toBe('created')
    expect(github.comments.map((c) => c.body)).toEqual([`${marker}\nnew`])
  })

  it('mode off makes no request', async () => {
    const github = new FakeGitHub()
    expect((await upsert(github, 'x', 'off')).action).toBe('skipped')
    expect(github.calls).toEqual([])
  })
})

describe('comment body', () => {
  const many = Array.from({ length: 150 }, (_, i) => `  - { name: workload-${i}, model: gpt-image-2, images_per_month: ${i + 1} }`).join('\n')
  const head = `version: 1\ndefaults: { quality: low, size: 1024x1024 }\nworkloads:\n${many}\n  - { name: extra, model: gpt-image-2, images_per_month: 5 }\n`
  const report = buildReport(run(head, { base: head.replace(/  - \{ name: extra.*\n/, '') }))

  it('starts with the hidden marker and fits the limit untouched when it can', () => {
    const body = buildCommentBody(report, { key: 'default' })
    expect(body.split('\n')[0]).toBe(commentMarker('default'))
    expect(body.length).toBeLessThanOrEqual(COMMENT_LIMIT)
    expect(body).not.toMatch(/Shortened|Cut to fit/)
  })

  it('folds unchanged rows into one (the summary lists them), then drops details, then cuts, always under the limit with a note and link', () => {
    const url = 'https://github.test/o/r/actions/runs/1'
    const body = buildCommentBody(report, { key: 'k', fullReportUrl: url })
    // Folding is the comment's form, not a shortening: no note.
    expect(body).toMatch(/\| \*150 unchanged\* \|  \| \$[\d.,]+ \| \$0\.00 \| listed in the job summary \|/)
    expect(body).toContain('| extra |')
    expect(body).not.toMatch(/Shortened|Cut to fit/)
    expect(body).not.toContain('| workload-3 |')
    const summary = buildSummary(report)
    expect(summary.shortened).toBe(false)
    expect(summary.text).toContain('| workload-3 |')
    const brief = buildCommentBody(report, { key: 'k', fullReportUrl: url, limit: body.length - 1 })
    expect(brief).toMatch(/the details are left out/)
    expect(brief).toContain(`[the run's job summary](${url})`)
    expect(brief).not.toContain('<details>')
    expect(brief.length).toBeLessThan(body.length)
    const cut = buildCommentBody(report, { key: 'k', fullReportUrl: url, limit: 500 })
    expect(cut.length).toBeLessThanOrEqual(500)
    expect(cut).toMatch(/Cut to fit GitHub's comment size limit/)
    // When the summary had to be shortened too, the pointer says so.
    expect(buildCommentBody(report, { key: 'k', fullReportUrl: url, limit: 500, summaryShortened: true })).toMatch(/as far as its own size limit allows \(the action's `report-json` output has all of it\)/)
  })

  it('keeps a 6,000-workload job summary under GitHub\'s 1 MiB limit, with a note saying where the rest is', () => {
    const rows = Array.from({ length: 6000 }, (_, i) => `  - { name: a-rather-long-workload-name-${i}, model: gpt-image-2, images_per_month: ${i + 1}, retry_rate: 0.1 }`).join('\n')
    const big = `version: 1\ndefaults: { quality: low, size: 1024x1024 }\nworkloads:\n${rows}\n`
    const changed = buildReport(run(big, { base: big.replace(/images_per_month: (\d+)0,/g, 'images_per_month: $11,') }))
    const summary = buildSummary(changed)
    expect(Buffer.byteLength(summary.text, 'utf8')).toBeLessThanOrEqual(SUMMARY_LIMIT_BYTES)
    expect(summary.shortened).toBe(true)
    expect(summary.text).toMatch(/^> \[!NOTE\]\n> (Shortened|Cut) to fit GitHub's step summary size limit.*The full report is in the JSON report/)
    // Unshortened it would not have fitted.
    expect(Buffer.byteLength(renderMarkdown(changed), 'utf8')).toBeGreaterThan(SUMMARY_LIMIT_BYTES)
  })

  it('keeps a hostile key from closing the marker', () => {
    expect(commentMarker('a --> <b>\nc')).toBe('<!-- image-cost-gate:comment key="a - -&gt; <b&gt; c" -->')
  })
})

describe('sticky comment: overlapping runs', () => {
  const stamp = (runId: number) => ({ runId, attempt: 1, sha: runId.toString(16).padStart(40, '0') })
  const bodyOf = (runId: number, text: string) => `${marker}\n${stampLine(stamp(runId))}\n${text}`
  /** This run posts as the token's login; the run exists in the repository, as a real one does. */
  const upsertAs = (github: FakeGitHub, runId: number, text: string, mode: CommentMode = 'update') => {
    github.runs.set(runId, Math.max(github.runs.get(runId) ?? 1, 1))
    return upsertStickyComment({ api: github, repo, issueNumber: 7, body: bodyOf(runId, text), marker, author: 'github-actions[bot]', mode, stamp: stamp(runId) })
  }

  /** Holds the first `n` comment listings until all of them have arrived: every run sees the same (empty) list. */
  function holdListings(github: FakeGitHub, n: number): void {
    let waiting: (() => void)[] = []
    let held = 0
    github.beforeAnswer = async (call) => {
      if (!call.startsWith('GET comments') || held >= n) return
      held += 1
      await new Promise<void>((resolve) => {
        waiting.push(resolve)
        if (waiting.length === n) {
          waiting.forEach((r) => r())
          waiting = []
        }
      })
    }
  }

  it('two runs that both create a comment end with one: the oldest, holding the newer run\'s report', async () => {
    const github = new FakeGitHub()
    holdListings(github, 2)
    const [older, newer] = await Promise.all([upsertAs(github, 41, 'report of run 41'), upsertAs(github, 42, 'report of run 42')])
    expect(github.calls.filter((c) => c.startsWith('POST'))).toHaveLength(2) // the race did happen
    expect(github.comments).toHaveLength(1)
    expect(github.comments[0]?.id).toBe(100)
    expect(github.comments[0]?.body).toBe(bodyOf(42, 'report of run 42'))
    expect(older.removedDuplicates + newer.removedDuplicates).toBeGreaterThanOrEqual(1)
  })

  it('ends with the newer report whichever run creates its comment first', async () => {
    const github = new FakeGitHub()
    holdListings(github, 2)
    await Promise.all([upsertAs(github, 42, 'report of run 42'), upsertAs(github, 41, 'report of run 41')])
    expect(github.comments.map((c) => [c.id, c.body])).toEqual([[100, bodyOf(42, 'report of run 42')]])
  })

  it('an older run never overwrites a newer run\'s comment', async () => {
    const github = new FakeGitHub()
    await upsertAs(github, 42, 'report of run 42')
    const late = await upsertAs(github, 41, 'report of run 41')
    expect(late.action).toBe('skipped-newer')
    expect(github.comments.map((c) => c.body)).toEqual([bodyOf(42, 'report of run 42')])
    // A re-run attempt of the newer run, or a later run, does update it.
    github.runs.set(42, 2)
    expect((await upsertStickyComment({ api: github, repo, issueNumber: 7, body: `${marker}\n${stampLine({ ...stamp(42), attempt: 2 })}\nretried`, marker, author: 'github-actions[bot]', mode: 'update', stamp: { ...stamp(42), attempt: 2 } })).action).toBe('updated')
    expect((await upsertAs(github, 43, 'report of run 43')).action).toBe('updated')
    expect(github.comments).toHaveLength(1)
  })

  it('a stamp that names no run of the repository, or an attempt it never reached, never holds the comment back', async () => {
    const github = new FakeGitHub()
    // The token's own comment, holding a stamp it was handed (say, text another workflow posted).
    github.add(7, bodyOf(9_000_000_000_000, 'planted'), 'github-actions[bot]')
    const first = await upsertAs(github, 41, 'report of run 41')
    expect(first.action).toBe('updated')
    expect(github.calls).toContain('GET run 9000000000000')
    // A real run, but an attempt it never reached.
    github.runs.set(50, 1)
    github.comments[0]!.body = `${marker}\n${stampLine({ ...stamp(50), attempt: 7 })}\nplanted`
    expect((await upsertAs(github, 42, 'report of run 42')).action).toBe('updated')
    // A run that cannot be checked (no actions: read, API down) does not count either.
    github.runs.set(60, 1)
    github.comments[0]!.body = bodyOf(60, 'unverifiable')
    github.failures.run = 403
    expect((await upsertAs(github, 43, 'report of run 43')).action).toBe('updated')
    expect(github.comments.map((c) => c.body)).toEqual([bodyOf(43, 'report of run 43')])
  })

  it('reads a stamp only as GitHub writes one: positive ids that are safe integers, attempts of up to four digits', () => {
    const line = (id: string, attempt = '1') => `${marker}\n<!-- image-cost-gate:run id=${id} attempt=${attempt} sha=ab -->\nx`
    expect(readStamp(line('42'))).toEqual({ runId: 42, attempt: 1, sha: 'ab' })
    expect(readStamp(line('9007199254740991'))).toEqual({ runId: 9007199254740991, attempt: 1, sha: 'ab' })
    for (const bad of [line('9007199254740993'), line('12345678901234567'), line('0'), line('042'), line('42', '0'), line('42', '12345')]) expect(readStamp(bad)).toBeUndefined()
  })

  it('mode new: a comment with a stamp that is not real never survives over this run\'s', async () => {
    const github = new FakeGitHub()
    github.add(7, bodyOf(9_000_000_000_000, 'planted'), 'github-actions[bot]')
    const result = await upsertAs(github, 41, 'report of run 41', 'new')
    expect(result.action).toBe('created')
    expect(github.comments.map((c) => c.body)).toEqual([bodyOf(41, 'report of run 41')])
  })

  it('does not edit when only the stamp differs', async () => {
    const github = new FakeGitHub()
    await upsertAs(github, 41, 'same report')
    expect((await upsertAs(github, 42, 'same report')).action).toBe('unchanged')
  })

  it('removes duplicates left by an earlier overlap, keeping the oldest', async () => {
    const github = new FakeGitHub()
    github.add(7, bodyOf(40, 'a'), 'github-actions[bot]')
    github.add(7, bodyOf(40, 'b'), 'github-actions[bot]')
    github.add(7, bodyOf(40, 'c'), 'github-actions[bot]')
    const result = await upsertAs(github, 41, 'fresh')
    expect(result).toMatchObject({ action: 'updated', removedDuplicates: 2 })
    expect(github.comments.map((c) => [c.id, c.body])).toEqual([[100, bodyOf(41, 'fresh')]])
  })

  it('mode new: overlapping runs keep only the newest run\'s comment', async () => {
    const github = new FakeGitHub()
    await upsertAs(github, 40, 'previous', 'new')
    holdListings(github, 2)
    await Promise.all([upsertAs(github, 41, 'report of run 41', 'new'), upsertAs(github, 42, 'report of run 42', 'new')])
    expect(github.comments.map((c) => c.body)).toEqual([bodyOf(42, 'report of run 42')])
  })
})
