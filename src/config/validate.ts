/** Plain data -> a typed Config, with every schema violation turned into a located message. */
import * as z from 'zod/mini'
import { didYouMean } from '../util/suggest.js'
import { describeFound, formatPath, type ConfigError, type PathSegment, type Result } from './errors.js'
import { append } from '../util/array.js'
import { configSchema, CONFIG_VERSION, MODEL_IDS, workloadSchema, type Config } from './schema.js'
import { duplicateNameMessage, duplicateNames } from './unique-names.js'
import type { Locator } from './yaml.js'

type Issue = z.core.$ZodIssue

/** A config whose top level is valid but some workloads are not: the valid ones can still be resolved, for every error in one pass. */
export interface PartialConfig {
  config: Config
  /** Indexes of the workloads that failed their own check. */
  invalid: ReadonlySet<number>
}

export type Validated = Result<Config> & { partial?: PartialConfig }

export function validateConfig(data: unknown, file: string, locator: Locator): Validated {
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    return {
      ok: false,
      errors: [{ file, ...locator.locate([]), path: '', message: `expected a mapping that starts with "version: ${CONFIG_VERSION}", found ${describeFound(data)}` }]
    }
  }
  // The workloads are checked one by one: zod gathers a list's issues with one spread call, which
  // overflows the stack for a list of 100,000+ bad items.
  const { workloads, ...rest } = data as Record<string, unknown>
  const issues: Issue[] = []
  const top = configSchema.safeParse({ ...rest, workloads: Array.isArray(workloads) ? [] : workloads })
  if (!top.success) append(issues, top.error.issues)
  if (Array.isArray(workloads)) {
    workloads.forEach((workload: unknown, i) => {
      const checked = workloadSchema.safeParse(workload)
      if (!checked.success) for (const issue of checked.error.issues) issues.push({ ...issue, path: ['workloads', i, ...issue.path] })
    })
    // A workload without a text name is reported by its own check, and repeats no other.
    const named = workloads.map((w: unknown, i) => ({ name: typeof (w as { name?: unknown } | null)?.name === 'string' ? (w as { name: string }).name : `\u0000${i}` }))
    for (const { index, first, name } of duplicateNames(named)) {
      issues.push({ code: 'custom', path: ['workloads', index, 'name'], message: duplicateNameMessage(name, first), input: name } as Issue)
    }
  }
  if (issues.length === 0 && top.success) return { ok: true, value: { ...top.data, workloads } as Config }
  const errors = issuesToErrors(issues, data, file, locator, configSchema)
  // Resolving reads the defaults and the pricing overrides: with those valid, the valid workloads
  // can still be resolved, whatever else is wrong (a budget, a tier).
  const blocks = (i: Issue) => i.path.length === 0 || ['version', 'defaults', 'pricing'].includes(String(i.path[0]))
  if (!Array.isArray(workloads) || issues.some(blocks)) return { ok: false, errors }
  const invalid = new Set(issues.filter((i) => i.path[0] === 'workloads').map((i) => i.path[1]).filter((i): i is number => typeof i === 'number'))
  return { ok: false, errors, partial: { config: { ...rest, workloads } as Config, invalid } }
}

/** Data checked against any zod schema, every issue turned into an error at its line. */
export function validateAgainst<S extends z.ZodMiniType>(schema: S, data: unknown, file: string, locator: Locator): Result<z.output<S>> {
  const parsed = schema.safeParse(data)
  if (parsed.success) return { ok: true, value: parsed.data }
  return { ok: false, errors: issuesToErrors(parsed.error.issues, data, file, locator, schema) }
}

function issuesToErrors(issues: readonly Issue[], data: unknown, file: string, locator: Locator, schema: z.ZodMiniType): ConfigError[] {
  // z.int() also checks the safe-integer range: drop that bound where the field has its own maximum.
  const bounded = new Set(issues.filter((i) => i.code === 'too_big' && i.maximum !== Number.MAX_SAFE_INTEGER).map((i) => i.path.join('\u0000')))
  const relevant = issues.filter((i) => !(i.code === 'too_big' && i.maximum === Number.MAX_SAFE_INTEGER && bounded.has(i.path.join('\u0000'))))
  const errors: ConfigError[] = []
  for (const issue of relevant) append(errors, issueToErrors(issue, data, file, locator, schema))
  return sortErrors(errors)
}

export function sortErrors(errors: ConfigError[]): ConfigError[] {
  return [...errors].sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0))
}

function valueAt(data: unknown, path: readonly PathSegment[]): unknown {
  let current: unknown = data
  for (const segment of path) {
    if (current === null || typeof current !== 'object') return undefined
    current = (current as Record<PropertyKey, unknown>)[segment]
  }
  return current
}

function issueToErrors(issue: Issue, data: unknown, file: string, locator: Locator, root: z.ZodMiniType): ConfigError[] {
  const path = issue.path.filter((s): s is PathSegment => typeof s === 'string' || typeof s === 'number')
  const found = valueAt(data, path)
  const at = (p: readonly PathSegment[]) => locator.locate(p)

  if (issue.code === 'unrecognized_keys') {
    const { keys: candidates, kind } = allowedKeysAt(root, path)
    return issue.keys.map((key) => ({
      file,
      ...locator.locateKey(path, key),
      path: formatPath([...path, key]),
      message:
        key === '<<'
          ? 'YAML merge keys (<<) are not supported; expected the fields written out, or values shared through defaults:'
          : kind === 'model'
          ? `unknown model "${key}"; expected a catalog model id (see \`image-cost-gate models\`).${didYouMean(key, candidates)}`
          : `unknown ${kind === 'field' ? 'field' : 'key'} "${key}"; expected one of ${candidates.join(', ')}.${didYouMean(key, candidates)}`
    }))
  }

  // For a value that may be a number or a map, report what is wrong inside the map the user wrote.
  if (issue.code === 'invalid_union' && found !== null && typeof found === 'object') {
    const branch = issue.errors.find((errors) => errors.length > 0 && errors.every((e) => e.path.length > 0 || e.code === 'unrecognized_keys'))
    if (branch) return branch.flatMap((inner) => issueToErrors({ ...inner, path: [...path, ...inner.path] } as Issue, data, file, locator, root))
  }

  return [{ file, ...at(path), path: formatPath(path), message: describeIssue(issue, path, found) }]
}

function describeIssue(issue: Issue, path: readonly PathSegment[], found: unknown): string {
  const shown = describeFound(found)
  const field = path[path.length - 1]
  switch (issue.code) {
    case 'invalid_type':
      if (found === undefined) return `missing required field; expected ${expectedType(issue.expected)}`
      if (field === 'model') return `expected a catalog model id such as ${MODEL_IDS[0]} (see \`image-cost-gate models\`), found ${shown}`
      if (field === 'size' || field === 'input_image_size') return `expected a size written WxH, e.g. 1024x1024, found ${shown}`
      return `expected ${expectedType(issue.expected)}, found ${shown}`
    case 'invalid_value': {
      const values = issue.values.map(String)
      if (found === undefined) return `missing required field; expected ${values.join(' or ')}`
      if (field === 'version') return `unsupported version ${typeof found === 'number' ? found : shown}; expected ${CONFIG_VERSION}`
      if (field === 'model' && typeof found === 'string') {
        return `unknown model "${found}"; expected a catalog model id (see \`image-cost-gate models\`).${didYouMean(found, values)}`
      }
      if (field === 'model') return `expected a catalog model id such as ${MODEL_IDS[0]} (see \`image-cost-gate models\`), found ${shown}`
      const hint = typeof found === 'string' ? didYouMean(found, values) : ''
      return hint ? `expected one of ${values.join(', ')}, found ${shown}.${hint}` : `expected one of ${values.join(', ')}, found ${shown}`
    }
    case 'invalid_union': {
      const values = issue.errors.flat().flatMap((e) => (e.code === 'invalid_value' ? e.values.map(String) : []))
      if (values.length > 0) return `expected one of ${values.join(', ')}, found ${shown}`
      if (field === 'retry_rate') return `expected a number 0 <= r < 1 or a map of model id (or default) to such a number, found ${shown}`
      return `expected a valid value, found ${shown}`
    }
    case 'too_small':
      if (issue.origin === 'string') return Number(issue.minimum) <= 1 ? `expected a non-empty text, found ${shown}` : `expected at least ${String(issue.minimum)} characters, found ${shown}`
      if (issue.origin === 'array') return `expected at least ${String(issue.minimum)} item${Number(issue.minimum) === 1 ? '' : 's'}, found ${shown}`
      return `expected a number ${issue.inclusive ? '>=' : '>'} ${String(issue.minimum)}, found ${shown}`
    case 'too_big':
      if (issue.origin === 'string') return `expected at most ${String(issue.maximum)} characters, found ${shown}`
      if (issue.origin === 'array') return `expected at most ${String(issue.maximum)} items, found ${shown}`
      return `expected a number ${issue.inclusive ? '<=' : '<'} ${String(issue.maximum)}, found ${shown}`
    case 'invalid_format':
      return `expected ${issue.message ?? issue.format}, found ${shown}`
    case 'custom':
      return issue.message ?? `invalid value ${shown}`
    default:
      return `${issue.message ?? 'invalid value'}, found ${shown}`
  }
}

function expectedType(expected: string): string {
  switch (expected) {
    case 'int':
      return 'a whole number'
    case 'number':
      return 'a finite number'
    case 'record':
    case 'object':
      return 'a mapping'
    case 'array':
      return 'a list'
    case 'boolean':
      return 'true or false'
    default:
      return `a ${expected}`
  }
}

interface SchemaDef {
  type: string
  innerType?: z.ZodMiniType
  element?: z.ZodMiniType
  shape?: Record<string, z.ZodMiniType>
  keyType?: z.ZodMiniType
  valueType?: z.ZodMiniType
  entries?: Record<string, string>
  options?: z.ZodMiniType[]
}

function defOf(schema: z.ZodMiniType): SchemaDef {
  return (schema as unknown as { def: SchemaDef }).def
}

interface AllowedKeys {
  keys: readonly string[]
  kind: 'field' | 'model' | 'key'
}

/** For a value that may be a number or a map (retry_rate), the map option: keys are looked up there. */
function mappingOption(schema: z.ZodMiniType): z.ZodMiniType {
  const def = defOf(schema)
  if (def.type !== 'union') return schema
  return def.options?.find((o) => ['object', 'record'].includes(defOf(o).type)) ?? schema
}

/** The keys the schema accepts at `path`: field names, or the ids a keyed map takes. */
function allowedKeysAt(root: z.ZodMiniType, path: readonly PathSegment[]): AllowedKeys {
  const none: AllowedKeys = { keys: [], kind: 'key' }
  let schema: z.ZodMiniType | undefined = root
  const unwrap = (s: z.ZodMiniType): z.ZodMiniType => {
    let current = s
    for (let def = defOf(current); (def.type === 'optional' || def.type === 'nullable') && def.innerType; def = defOf(current)) {
      current = def.innerType
    }
    return current
  }
  for (const segment of path) {
    if (!schema) return none
    const def = defOf(mappingOption(unwrap(schema)))
    if (def.type === 'array') schema = def.element
    else if (def.type === 'object') schema = def.shape?.[String(segment)]
    else if (def.type === 'record') schema = def.valueType
    else return none
  }
  if (!schema) return none
  const def = defOf(mappingOption(unwrap(schema)))
  if (def.type === 'object') return { keys: Object.keys(def.shape ?? {}), kind: 'field' }
  const keyDef = def.type === 'record' && def.keyType ? defOf(def.keyType) : undefined
  if (keyDef?.type !== 'enum') return none
  const keys = Object.values(keyDef.entries ?? {})
  return { keys, kind: keys.includes(MODEL_IDS[0]) ? 'model' : 'key' }
}
