import { describe, expect, it } from '@jest/globals'
import { excessiveNesting } from '../src/config/nesting.js'

describe('excessiveNesting', () => {
  it('finds the bracket that passes the limit in flow collections', () => {
    // Level 1 is the top-level mapping; "a: " puts the first bracket (level 2) at column 4.
    expect(excessiveNesting('a: [[[[1]]]]', 3)).toEqual({ line: 1, column: 6 })
    expect(excessiveNesting('a: [[1]]', 3)).toBeUndefined()
    expect(excessiveNesting('a: {b: {c: {d: 1}}}', 3)).toEqual({ line: 1, column: 12 })
  })

  it('counts block indentation levels and pops them on dedent', () => {
    const deep = 'a:\n b:\n  c:\n   d: 1\n'
    expect(excessiveNesting(deep, 3)).toEqual({ line: 4, column: 4 })
    expect(excessiveNesting(deep, 4)).toBeUndefined()
    // Siblings at one indentation do not add up.
    expect(excessiveNesting('a:\n b: 1\n c: 1\n d: 1\n e: 1\n', 2)).toBeUndefined()
  })

  it('counts every compact "- " item as a level, at the dash that passes the limit', () => {
    expect(excessiveNesting('a:\n  - - - - x\n', 3)).toEqual({ line: 2, column: 5 })
  })

  it('ignores brackets inside quoted strings, comments and block scalars', () => {
    expect(excessiveNesting('a: "[[[[[["\nb: \'{{{{{{\' # [[[[[[\n', 3)).toBeUndefined()
    expect(excessiveNesting('a: |\n  [[[[[[[[\n  {{{{{{{{\nb: 1\n', 3)).toBeUndefined()
    // A quote inside a flow collection can run over a line break.
    expect(excessiveNesting('a: ["[[[[\n[[[[", 1]\n', 3)).toBeUndefined()
  })

  it('finds nesting after a block scalar ends', () => {
    expect(excessiveNesting('a: |\n  [[[[\nb: [[[[1]]]]\n', 3)).toEqual({ line: 3, column: 6 })
  })
})
