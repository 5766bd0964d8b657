/**
 * YAML syntax errors in plain words, at the line the mistake is on, with the fix. The `yaml`
 * package finds the error where the text stops making sense (an unclosed quote at the end of the
 * file, a missing "- " at the next item); these rules look back to the line a person has to edit.
 * Pure.
 */
import type { SourcePosition } from './yaml.js'

export interface SyntaxProblem {
  /** The yaml package's error code (BAD_INDENT, MISSING_CHAR, ...). */
  code: string
  /** Its message's first line. */
  message: string
  at: SourcePosition
}

export interface WordedProblem {
  at: SourcePosition
  message: string
}

const indentOf = (line: string) => /^ */.exec(line)?.[0].length ?? 0
const isBlank = (line: string) => line.trim() === '' || line.trim().startsWith('#')

/** The nearest line above `index` that holds something, with its index. */
function previousLine(lines: readonly string[], index: number): { text: string; index: number } | undefined {
  for (let i = index - 1; i >= 0; i--) if (!isBlank(lines[i] ?? '')) return { text: lines[i] as string, index: i }
  return undefined
}

/** Where the keys of the mapping a line belongs to start: after "- " for a list item's first line. */
function keyColumn(line: string): number {
  const item = /^( *)- +(?=\S)/.exec(line)
  return item ? (item[0] as string).length : indentOf(line)
}

/** The line and column of a quote that opens a value and is not closed on its line. */
function unclosedQuote(lines: readonly string[], from: number, quote: '"' | "'"): SourcePosition | undefined {
  for (let i = Math.min(from, lines.length - 1); i >= 0; i--) {
    const line = lines[i] ?? ''
    const opens = new RegExp(`(^|[:\\-\\[{,]\\s*)${quote}`).exec(line)
    if (!opens) continue
    const start = opens.index + (opens[1] ?? '').length
    const rest = line.slice(start + 1)
    const closed = quote === '"' ? /(^|[^\\])"/.test(rest) : /'(?!')/.test(rest.replace(/''/g, ''))
    if (!closed) return { line: i + 1, column: start + 1 }
  }
  return undefined
}

export function wordSyntaxError(problem: SyntaxProblem, text: string): WordedProblem {
  const lines = text.split(/\r?\n/)
  const index = problem.at.line - 1
  const line = lines[index] ?? ''
  const yamlSays = ` (YAML: ${problem.message})`

  const quote = /Missing closing (["'])quote/.exec(problem.message)?.[1] as '"' | "'" | undefined
  if (quote) {
    const opened = unclosedQuote(lines, index, quote)
    if (opened) {
      return { at: opened, message: `this quoted value is not closed: add the closing ${quote} at the end of the value on line ${opened.line}${yamlSays}` }
    }
  }

  if (problem.code === 'BLOCK_AS_IMPLICIT_KEY') {
    // A "- " item after lines of the same list written without "- ": the first of those lines needs one.
    const itemIndent = indentOf(line)
    for (let i = index - 1; i >= 0; i--) {
      const above = lines[i] ?? ''
      if (isBlank(above)) continue
      if (indentOf(above) < itemIndent) break
      if (indentOf(above) === itemIndent && !above.trimStart().startsWith('- ')) {
        const first = previousLine(lines, i)
        if (first && indentOf(first.text) === itemIndent && !first.text.trimStart().startsWith('- ')) continue
        return {
          at: { line: i + 1, column: itemIndent + 1 },
          message: `this list item has no "- " while the one on line ${problem.at.line} has: write it as "${' '.repeat(itemIndent)}- ${above.trim()}"${yamlSays}`
        }
      }
    }
  }

  if (/Implicit map keys need to be followed by map values/.test(problem.message)) {
    const keyValue = /^(\s*(?:- +)?)([A-Za-z_][\w.-]*) +(\S.*)$/.exec(line)
    if (keyValue) {
      const [, lead = '', key = '', value = ''] = keyValue
      return { at: { line: problem.at.line, column: lead.length + key.length + 1 }, message: `"${key}" needs a colon after it: write "${lead}${key}: ${value}"${yamlSays}` }
    }
  }

  const flow = /^Flow (sequence|map) in block collection/.exec(problem.message)?.[1]
  if (flow) {
    const [open, close] = flow === 'sequence' ? ['[', ']'] : ['{', '}']
    for (let i = Math.min(index, lines.length - 1); i >= 0; i--) {
      const text = lines[i] ?? ''
      const opened = text.lastIndexOf(open)
      if (opened >= 0 && text.indexOf(close, opened) < 0) {
        return { at: { line: i + 1, column: opened + 1 }, message: `this ${flow === 'sequence' ? 'list' : 'mapping'} in ${open} ${close} is not closed: add ${close} after its last ${flow === 'sequence' ? 'item' : 'entry'} (on this line for a one-line ${flow === 'sequence' ? 'list' : 'mapping'})${yamlSays}` }
      }
    }
  }

  if (/Nested mappings are not allowed in compact mappings/.test(problem.message)) {
    // "- key: value" followed by a line indented deeper than that item's keys.
    const next = lines.findIndex((l, i) => i > index && !isBlank(l))
    const wanted = keyColumn(line)
    if (next > index && indentOf(lines[next] ?? '') > wanted) {
      const has = indentOf(lines[next] ?? '')
      return {
        at: { line: next + 1, column: 1 },
        message: `this line is indented ${has} spaces, the keys of its item ${wanted}: indent it by ${wanted} spaces like "${line.trim().replace(/^- +/, '')}" on line ${problem.at.line}${yamlSays}`
      }
    }
  }

  if (problem.code === 'BAD_INDENT' || /without - indicator|must start at the same column/.test(problem.message)) {
    const above = previousLine(lines, index)
    if (above) {
      const wanted = keyColumn(above.text)
      const has = indentOf(line)
      if (has !== wanted) {
        return {
          at: { line: problem.at.line, column: 1 },
          message: `this line is indented ${has} space${has === 1 ? '' : 's'}, the keys above it ${wanted}: indent it by ${wanted} spaces to keep it in the same item, or start a new item with "- "${yamlSays}`
        }
      }
    }
  }

  return { at: problem.at, message: `YAML syntax error: ${problem.message}` }
}
