/**
 * The config schema compiled to a generated parser, for large files. Compiling takes a few
 * milliseconds and the compiler is a sizeable module, so both are paid only when a file has
 * enough workloads to win it back (see COMPILE_FROM_WORKLOADS); this module is loaded lazily.
 */
import { compile } from 'zod/mini'
import { configSchema } from './schema.js'

let compiled: typeof configSchema | undefined

/** Parses valid input on the generated fast path; invalid input falls back to the interpreting parser, so errors are the same. */
export function compiledConfigSchema(): typeof configSchema {
  compiled ??= compile(configSchema)
  return compiled
}
