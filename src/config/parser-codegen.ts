/**
 * Generates config-parser.generated.ts from the zod schema: a plain-TypeScript check that accepts
 * exactly what the schema accepts, without loading zod. The CLI and the action use it first and
 * load zod only for a file it rejects, to report the errors.
 *
 * The schema has no defaults or transforms, so what zod returns for a valid config is the parsed
 * YAML itself, with object keys in the schema's order. The check returns the parsed data as it is,
 * in the file's key order (nothing reads a config's keys in order): no copy of 100,000 workloads.
 *
 * The generator knows the schema kinds and checks the config uses and stops with an error on any
 * other, so a schema change it cannot mirror fails the build instead of passing unchecked. Where
 * it is unsure it rejects (a file it rejects is still validated by zod), never the other way round.
 * Run by `npm run build` (scripts/generate-parser.ts); a test fails when the committed file is stale.
 */
import type * as z from 'zod/mini'

interface Def {
  type: string
  checks?: { _zod: { def: CheckDef } }[]
  shape?: Record<string, z.ZodMiniType>
  catchall?: z.ZodMiniType
  innerType?: z.ZodMiniType
  options?: z.ZodMiniType[]
  element?: z.ZodMiniType
  keyType?: z.ZodMiniType
  valueType?: z.ZodMiniType
  partial?: boolean
  entries?: Record<string, string | number>
  values?: unknown[]
  check?: string
  format?: string
}

interface CheckDef {
  check: string
  value?: number | bigint
  inclusive?: boolean
  minimum?: number
  maximum?: number
  format?: string
  pattern?: RegExp
}

export interface CodegenOptions {
  /** Paths (e.g. "workloads") whose custom checks the caller runs itself; any other custom check is an error. */
  customChecksRunBy: Record<string, string>
}

const defOf = (schema: z.ZodMiniType): Def => (schema as unknown as { _zod: { def: Def } })._zod.def

export function generateParserSource(root: z.ZodMiniType, options: CodegenOptions): string {
  const names = new Map<z.ZodMiniType, string>()
  const functions: string[] = []
  const constants: string[] = []
  const constantNames = new Map<string, string>()
  const constant = (code: string) => {
    const known = constantNames.get(code)
    if (known) return known
    const name = `C${constants.length}`
    constantNames.set(code, name)
    constants.push(`const ${name} = ${code}`)
    return name
  }

  function fn(schema: z.ZodMiniType, path: string): string {
    const known = names.get(schema)
    if (known) return known
    const name = `p${names.size}`
    names.set(schema, name)
    functions.push(`/** ${path || '(root)'} */\nfunction ${name}(x: unknown): boolean {\n${body(schema, path)}\n}`)
    return name
  }

  function checksOf(def: Def, path: string): CheckDef[] {
    const list = (def.checks ?? []).map((c) => c._zod.def)
    for (const c of list) {
      if (c.check === 'custom' && !options.customChecksRunBy[path]) throw new Error(`${path}: a custom check the parser cannot mirror`)
    }
    return list.filter((c) => c.check !== 'custom')
  }

  function body(schema: z.ZodMiniType, path: string): string {
    const def = defOf(schema)
    const lines: string[] = []
    const reject = (condition: string) => lines.push(`  if (${condition}) return false`)
    switch (def.type) {
      case 'object': {
        if (!def.catchall || defOf(def.catchall).type !== 'never') throw new Error(`${path}: only strict objects are supported`)
        checksOf(def, path).forEach((c) => unsupported(path, c))
        const shape = def.shape ?? {}
        const keys = constant(`new Set(${JSON.stringify(Object.keys(shape))})`)
        reject('!isPlainObject(x)')
        lines.push(`  for (const key in x) if (!${keys}.has(key)) return false`)
        for (const [key, field] of Object.entries(shape)) {
          const k = JSON.stringify(key)
          const child = fn(field, path ? `${path}.${key}` : key)
          lines.push(`  if (!${child}(hasOwn(x, ${k}) ? x[${k}] : undefined)) return false`)
        }
        lines.push('  return true')
        break
      }
      case 'optional':
        lines.push(`  return x === undefined || ${fn(def.innerType as z.ZodMiniType, path)}(x)`)
        break
      case 'nullable':
        lines.push(`  return x === null || ${fn(def.innerType as z.ZodMiniType, path)}(x)`)
        break
      case 'number': {
        reject("typeof x !== 'number' || !Number.isFinite(x)")
        const checks = checksOf(def, path)
        if (def.check === 'number_format') checks.unshift({ check: 'number_format', ...(def.format ? { format: def.format } : {}) })
        for (const c of checks) {
          if (c.check === 'number_format' && c.format === 'safeint') reject('!Number.isSafeInteger(x)')
          else if (c.check === 'greater_than' && typeof c.value === 'number') reject(`x ${c.inclusive ? '<' : '<='} ${c.value}`)
          else if (c.check === 'less_than' && typeof c.value === 'number') reject(`x ${c.inclusive ? '>' : '>='} ${c.value}`)
          else unsupported(path, c)
        }
        lines.push('  return true')
        break
      }
      case 'string': {
        reject("typeof x !== 'string'")
        for (const c of checksOf(def, path)) {
          if (c.check === 'min_length') reject(`x.length < ${c.minimum}`)
          else if (c.check === 'max_length') reject(`x.length > ${c.maximum}`)
          else if (c.check === 'string_format' && c.format === 'regex' && c.pattern && !c.pattern.global && !c.pattern.sticky) {
            reject(`!${constant(String(c.pattern))}.test(x)`)
          } else unsupported(path, c)
        }
        lines.push('  return true')
        break
      }
      case 'boolean':
        checksOf(def, path).forEach((c) => unsupported(path, c))
        lines.push("  return typeof x === 'boolean'")
        break
      case 'enum':
      case 'literal': {
        checksOf(def, path).forEach((c) => unsupported(path, c))
        const values = def.type === 'enum' ? Object.values(def.entries ?? {}) : (def.values ?? [])
        if (!values.every((v) => typeof v === 'string' || (typeof v === 'number' && Number.isFinite(v)))) throw new Error(`${path}: only string and number values are supported`)
        lines.push(`  return ${constant(`new Set<unknown>(${JSON.stringify(values)})`)}.has(x)`)
        break
      }
      case 'union': {
        checksOf(def, path).forEach((c) => unsupported(path, c))
        lines.push(`  return ${(def.options ?? []).map((option) => `${fn(option, path)}(x)`).join(' || ') || 'false'}`)
        break
      }
      case 'record': {
        checksOf(def, path).forEach((c) => unsupported(path, c))
        const keyDef = defOf(def.keyType as z.ZodMiniType)
        // A record keyed by an enum without `partial` needs every key: not used by the config, so not mirrored.
        if ((keyDef.type === 'enum' || keyDef.type === 'literal') && !def.partial) throw new Error(`${path}: exhaustive records are not supported`)
        const key = fn(def.keyType as z.ZodMiniType, `${path}{key}`)
        const value = fn(def.valueType as z.ZodMiniType, `${path}{}`)
        reject('!isPlainObject(x)')
        // zod skips a __proto__ key in a record; rejecting it here leaves that case to zod.
        lines.push('  for (const k of Object.keys(x)) {', `    if (k === '__proto__' || !${key}(k) || !${value}(x[k])) return false`, '  }', '  return true')
        break
      }
      case 'array': {
        for (const c of checksOf(def, path)) {
          if (c.check === 'min_length') reject(`!Array.isArray(x) || x.length < ${c.minimum}`)
          else if (c.check === 'max_length') reject(`!Array.isArray(x) || x.length > ${c.maximum}`)
          else unsupported(path, c)
        }
        const element = fn(def.element as z.ZodMiniType, `${path}[]`)
        reject('!Array.isArray(x)')
        lines.push('  for (let i = 0; i < x.length; i++) if (!' + element + '(x[i])) return false', '  return true')
        break
      }
      default:
        throw new Error(`${path}: schema kind "${def.type}" is not supported`)
    }
    return lines.join('\n')
  }

  const entry = fn(root, '')
  const customNotes = Object.entries(options.customChecksRunBy).map(([path, by]) => ` * - the custom check at ${path} is not mirrored: ${by}`)
  return [
    '// Generated from src/config/schema.ts by src/config/parser-codegen.ts (npm run build). Do not edit.',
    '/**',
    ' * Returns a config the schema accepts as it is (zod would return the same value, its keys in',
    ' * schema order), or INVALID; a rejected config is then validated by zod for its error messages.',
    ' * Unlike the schema:',
    ...customNotes,
    ' */',
    '',
    "export const INVALID: unique symbol = Symbol('invalid config')",
    '',
    'function hasOwn(x: object, key: string): boolean {',
    '  return Object.prototype.hasOwnProperty.call(x, key)',
    '}',
    '',
    '/** A mapping: no prototype, or the Object.prototype of this or another realm (never a class instance). */',
    'function isPlainObject(x: unknown): x is Record<string, unknown> {',
    "  if (typeof x !== 'object' || x === null || Array.isArray(x)) return false",
    '  const proto: object | null = Object.getPrototypeOf(x) as object | null',
    "  return proto === null || (Object.getPrototypeOf(proto) === null && hasOwn(proto, 'isPrototypeOf'))",
    '}',
    '',
    ...constants,
    '',
    functions.join('\n\n'),
    '',
    '/** The config, when the schema accepts it; else INVALID. */',
    'export function parseConfigFast(input: unknown): unknown {',
    `  return ${entry}(input) ? input : INVALID`,
    '}',
    ''
  ].join('\n')
}

function unsupported(path: string, check: CheckDef): never {
  throw new Error(`${path || '(root)'}: check "${check.check}${check.format ? `:${check.format}` : ''}" is not supported`)
}
