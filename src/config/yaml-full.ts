/** The full YAML parser (the `yaml` package): every syntax error, alias limits, several documents. */
import { wordSyntaxError } from './yaml-words.js'
import { isAlias, isMap, isPair, isScalar, isSeq, LineCounter, parseAllDocuments, visit, type Document, type Node } from 'yaml'
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
    // One mistake can repeat at every level, and set off more errors on the same line: report the
    // first error of each line once, in plain words at the line to edit.
    const seenLines = new Set<number>()
    const seen = new Set<string>()
    const errors: ConfigError[] = []
    for (const problem of problems) {
      const at = position(problem.pos[0])
      if (seenLines.has(at.line)) continue
      seenLines.add(at.line)
      const worded =
        problem.name === 'YAMLWarning'
          ? { at, message: `YAML warning treated as error: ${firstLine(problem.message)}` }
          : wordSyntaxError({ code: problem.code, message: firstLine(problem.message), at }, text)
      const message = worded.message.startsWith('YAML ') ? worded.message : `YAML syntax error: ${worded.message}`
      if (seen.has(message)) continue
      seen.add(message)
      errors.push({ file, ...worded.at, path: '', message })
    }
    return { ok: false, errors }
  }

  const outside = outsideCore(first, text)
  if (outside.length > 0) return { ok: false, errors: outside.map(({ message, at }) => ({ file, ...position(at), path: '', message })) }

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

/**
 * What YAML 1.2's core schema leaves out, or what a config cannot mean, that the parser accepts:
 * directives, keys that are null or collections, a key repeated through an alias, and integers past
 * 2^53, which no double holds exactly (the message quotes them as written).
 */
function outsideCore(doc: Document.Parsed, text: string): { message: string; at: number }[] {
  const found: { message: string; at: number }[] = []
  const directive = /^%(YAML|TAG)\b.*$/m.exec(text)
  if (directive && (doc.directives?.yaml.explicit || Object.keys(doc.directives?.tags ?? {}).length > 1)) {
    found.push({ message: `YAML directive "${directive[0].trim()}" is not supported; expected a plain YAML 1.2 document (remove the line and the "---" after it)`, at: directive.index })
  }
  visit(doc, {
    Map(_key, map) {
      const seen = new Map<string, number>()
      for (const pair of map.items) {
        const key = pair.key as Node | null
        const at = key?.range?.[0] ?? map.range?.[0] ?? 0
        const target = isAlias(key) ? key.resolve(doc) : key
        if (target && !isScalar(target)) {
          found.push({ message: `a mapping key must be a name, found a ${isSeq(target) ? 'list' : 'mapping'}; expected a plain key such as "name"`, at })
          continue
        }
        const value = isScalar(target) ? target.value : null
        if (value === null || value === undefined) {
          found.push({ message: 'a mapping key must be a name, found an empty (null) key; expected a plain key such as "name"', at })
          continue
        }
        const name = String(value)
        const first = seen.get(name)
        if (first !== undefined && isAlias(key)) found.push({ message: `duplicate key "${name}" (through the alias *${key.source}); expected each key once in a mapping`, at })
        else if (first === undefined) seen.set(name, at)
      }
    },
    Scalar(_key, node) {
      if (typeof node.value === 'number' && Number.isInteger(node.value) && !Number.isSafeInteger(node.value)) {
        const written = node.source ?? String(node.value)
        if (/^[-+]?(0x[0-9a-fA-F]+|0o[0-7]+|[0-9]+)$/.test(written)) {
          found.push({ message: `the integer ${written} is beyond 2^53 and cannot be read exactly; expected a whole number up to 9,007,199,254,740,991`, at: node.range?.[0] ?? 0 })
        }
      }
    }
  })
  return found.sort((a, b) => a.at - b.at)
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
