/**
 * Where a YAML text first nests collections deeper than a limit. The YAML parser reports deep
 * nesting by running out of call stack, at a place that depends on the stack left; this scan gives
 * the same place every time. It counts block indentation levels, compact "- - -" items and flow
 * brackets, skipping quoted strings, comments and block scalars. Run only when the parser failed.
 */
import type { SourcePosition } from './yaml.js'

export const MAX_NESTING = 64

export function excessiveNesting(text: string, max = MAX_NESTING): SourcePosition | undefined {
  const lines = text.split('\n')
  const indents: number[] = []
  let flow = 0
  /** Open quote carried to the next line: '"' or "'" inside a flow collection. */
  let quote = ''
  /** Lines more indented than this belong to a block scalar. */
  let blockScalarIndent = -1

  for (let n = 0; n < lines.length; n++) {
    const line = (lines[n] as string).replace(/\r$/, '')
    let i = 0
    while (line.charCodeAt(i) === 32) i++
    const indent = i
    if (blockScalarIndent >= 0) {
      if (i >= line.length || indent > blockScalarIndent) continue
      blockScalarIndent = -1
    }
    if (!quote && flow === 0) {
      if (i >= line.length || line[i] === '#') continue
      while (indents.length > 0 && (indents[indents.length - 1] as number) >= indent) indents.pop()
      indents.push(indent)
      // Compact items: every "- " opens one more level.
      while (line[i] === '-' && (line[i + 1] === ' ' || i + 1 === line.length)) {
        indents.push(indent + 1)
        if (indents.length > max) return { line: n + 1, column: i + 1 }
        i += 2
        while (line.charCodeAt(i) === 32) i++
      }
      if (indents.length > max) return { line: n + 1, column: i + 1 }
    }

    let tokenStart = true
    for (; i < line.length; i++) {
      const ch = line[i] as string
      if (quote) {
        if (quote === '"' && ch === '\\') i++
        else if (ch === quote) {
          if (quote === "'" && line[i + 1] === "'") i++
          else quote = ''
        }
        tokenStart = false
        continue
      }
      if (ch === '#' && (i === 0 || line[i - 1] === ' ')) break
      if (tokenStart && (ch === '"' || ch === "'")) {
        quote = ch
        continue
      }
      if (tokenStart && (ch === '[' || ch === '{')) {
        flow++
        if (indents.length + flow > max) return { line: n + 1, column: i + 1 }
      } else if ((ch === ']' || ch === '}') && flow > 0) flow--
      else if (flow === 0 && tokenStart && (ch === '|' || ch === '>') && /^[|>][-+0-9]*\s*(#.*)?$/.test(line.slice(i))) {
        blockScalarIndent = indent
        break
      }
      tokenStart = ch === ' ' || ch === ',' || ch === '[' || ch === '{' || ch === ':' || ch === '-' || ch === '?'
    }
    // A quote left open outside a flow collection is a syntax error the parser reports: stop carrying it.
    if (quote && flow === 0) quote = ''
  }
  return undefined
}
