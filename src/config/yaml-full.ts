/** The full YAML parser (the `yaml` package): every syntax error, alias limits, several documents. */
import { isMap, isPair, isScalar, isSeq, LineCounter, parseAllDocuments, visit, type Node } from 'yaml'
import type { ConfigError, PathSegment, Result } from './errors.js'
import { excessiveNesting, MAX_NESTING } from './nesting.js'
import { MAX_ALIAS_COUNT, type Locator, type ParsedYaml, type SourcePosition } from './yaml.js'

/** Parses text the fast reader declined (its size, BOM and NUL checks already passed). */
export function parseYamlFully(text: string, file: string): Result<ParsedYaml> {
  const fail = (message: string, position?: SourcePosition): Result<ParsedYaml> => ({
    ok: false,
    errors: [{ file, path: '', message, ...(position ? { line: position.line, column: position.column } : {}) }]
  })
  const lineCounter = new LineCounter()
  const position = (offset: number): SourcePosition => {
    const { line, col } = lineCounter.linePos(offset)
    return { line: Math.max(line, 1), column: Math.max(col, 1) }
  }
  const docs = parseAllDocuments(text, { lineCounter, uniqueKeys: true, prettyErrors: false, strict: true })
  const list = Array.isArray(docs) ? docs : []
  const first = list[0]
  if (!first || first.contents === null) {
    return fail('file is empty; expected a mapping that starts with "version: 1"')
  }
  const second = list[1]
  if (second) {
    return fail('file holds more than one YAML document; expected exactly one (remove the "---" separator)', position(second.range[0]))
  }

  const problems = [...first.errors, ...first.warnings].sort((a, b) => a.pos[0] - b.pos[0])
  if (problems.some((p) => /call stack/i.test(p.message))) {
    // Where the parser ran out of stack depends on the stack left: report where the nesting passes the limit.
    const at = excessiveNesting(text)
    const where = at ? `deeper than ${MAX_NESTING} levels here` : 'too deep to read'
    return fail(`YAML nesting is ${where}; expected a config nested a few levels deep`, at)
  }
  if (problems.length > 0) {
    // One failure can repeat at every level: report each message once.
    const seen = new Set<string>()
    const errors: ConfigError[] = []
    for (const problem of problems) {
      const message = `YAML ${problem.name === 'YAMLWarning' ? 'warning treated as error' : 'syntax error'}: ${firstLine(problem.message)}`
      if (seen.has(message)) continue
      seen.add(message)
      errors.push({ file, ...position(problem.pos[0]), path: '', message })
    }
    return { ok: false, errors }
  }

  let data: unknown
  try {
    data = first.toJS({ maxAliasCount: MAX_ALIAS_COUNT })
  } catch (error) {
    const reason = firstLine(error instanceof Error ? error.message : String(error))
    const unresolved = /^Unresolved alias.*: (.+)$/.exec(reason)?.[1]
    // Point at the alias the problem starts from: the unresolved one, or the first one expanded.
    let aliasAt: number | undefined
    visit(first, {
      Alias(_key, node) {
        if (unresolved !== undefined && node.source !== unresolved) return undefined
        aliasAt = node.range?.[0]
        return visit.BREAK
      }
    })
    const where = aliasAt === undefined ? undefined : position(aliasAt)
    if (unresolved !== undefined) {
      return fail(`YAML alias *${unresolved} has no anchor &${unresolved} before it; expected the anchor to be defined above its first use`, where)
    }
    return fail(`YAML aliases expand too far (${reason}); expected at most ${MAX_ALIAS_COUNT} alias expansions`, where)
  }

  return { ok: true, value: { data, locator: yamlLocator(first.contents, position) } }
}

function firstLine(message: string): string {
  return message.split('\n')[0]?.trim() ?? message
}

function yamlLocator(root: Node | null, position: (offset: number) => SourcePosition): Locator {
  const at = (node: Node | null | undefined) => (node?.range ? position(node.range[0]) : undefined)

  function child(node: Node, segment: PathSegment): { key?: Node; value?: Node } | undefined {
    if (isMap(node)) {
      for (const pair of node.items) {
        if (!isPair(pair)) continue
        const key = pair.key as Node | null
        const keyValue = isScalar(key) ? String(key.value) : undefined
        if (keyValue === String(segment)) return { key: key ?? undefined, value: (pair.value as Node | null) ?? undefined }
      }
      return undefined
    }
    if (isSeq(node) && typeof segment === 'number') {
      const item = node.items[segment] as Node | null | undefined
      return item ? { value: item } : undefined
    }
    return undefined
  }

  function walk(path: readonly PathSegment[]): { node: Node; keyOfLast?: Node } | undefined {
    if (!root) return undefined
    let node: Node = root
    let keyOfLast: Node | undefined
    for (const segment of path) {
      const next = child(node, segment)
      if (!next) break
      keyOfLast = next.key
      if (!next.value) return keyOfLast ? { node: keyOfLast } : { node }
      node = next.value
    }
    return keyOfLast ? { node, keyOfLast } : { node }
  }

  return {
    locate(path) {
      return at(walk(path)?.node ?? root)
    },
    locateKey(path, key) {
      const found = walk(path)
      const entry = found ? child(found.node, key) : undefined
      return at(entry?.key ?? found?.node ?? root)
    }
  }
}
