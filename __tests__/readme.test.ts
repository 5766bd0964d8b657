/** The README's excerpt of the example comment is the tested comment's own text (npm run docs:excerpt rewrites it). */
import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'

describe('README', () => {
  it('quotes the start of the example comment exactly as the golden file has it', () => {
    const readme = readFileSync('README.md', 'utf8')
    const start = readme.indexOf('\n> ### ')
    expect(start).toBeGreaterThan(0)
    const quoted = readme
      .slice(start + 1)
      .split('\n')
      .filter((_, i, lines) => lines.slice(0, i + 1).every((l) => l.startsWith('>')))
      .map((l) => l.replace(/^> ?/, ''))
    expect(quoted.length).toBeGreaterThan(10)
    const golden = readFileSync('__tests__/golden/example-comment.md', 'utf8').split('\n')
    const at = golden.indexOf(quoted[0] as string)
    expect(golden.slice(at, at + quoted.length)).toEqual(quoted)
  })
})
