/**
 * The two usage files a config may name: a usage snapshot (`image-cost-gate usage sync`: what the
 * organization used and paid, from OpenAI's Usage and Costs APIs) and measured tokens (`usage
 * import`: output tokens per image from the team's own logs). Both are JSON, read as YAML (of which
 * JSON is a part) so that errors carry lines; their schemas are published in schema/. Imported on
 * demand: a config without `usage:` never builds them.
 */
import * as z from 'zod/mini'
import { QUALITIES } from '../catalog/vocabulary.js'
import type { Result } from './errors.js'
import { validateAgainst } from './validate.js'
import { parseYaml } from './yaml.js'

export const USAGE_FILE_VERSION = 1

const day = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'a day written YYYY-MM-DD' }))
const count = z.number().check(z.nonnegative(), z.maximum(1e15))
const nullableText = z.nullable(z.string())

export const usageSnapshotSchema = z.strictObject({
  schema_version: z.literal(USAGE_FILE_VERSION),
  fetched_at: z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/, { message: 'a UTC time written YYYY-MM-DDTHH:MM:SSZ' })),
  window: z.strictObject({
    /** The first day counted (UTC). */
    start: day,
    /** The day after the last one counted (UTC): the window is [start, end). */
    end: day,
    days: z.int().check(z.minimum(1), z.maximum(3660))
  }),
  images: z.array(
    z.strictObject({
      model: nullableText,
      size: nullableText,
      source: nullableText,
      project_id: nullableText,
      images: count,
      requests: count
    })
  ),
  costs: z.array(z.strictObject({ project_id: nullableText, line_item: nullableText, usd: z.number().check(z.minimum(-1e15), z.maximum(1e15)) }))
})
export type UsageSnapshot = z.output<typeof usageSnapshotSchema>

export const measuredTokensSchema = z.strictObject({
  schema_version: z.literal(USAGE_FILE_VERSION),
  imported_at: z.string(),
  /** The JSON Lines file the figures come from. */
  source: z.string(),
  entries: z.array(
    z.strictObject({
      model: z.string().check(z.minLength(1)),
      quality: z.enum(QUALITIES),
      size: z.string().check(z.minLength(1)),
      calls: z.int().check(z.minimum(1)),
      images: z.int().check(z.minimum(1)),
      mean_output_tokens_per_image: count,
      p90_output_tokens_per_image: count,
      mean_input_image_tokens: count
    })
  )
})
export type MeasuredTokens = z.output<typeof measuredTokensSchema>
export type MeasuredEntry = MeasuredTokens['entries'][number]

async function parseJsonFile<S extends z.ZodMiniType>(schema: S, text: string, path: string, what: string): Promise<Result<z.output<S>>> {
  const parsed = await parseYaml(text, path)
  if (!parsed.ok) return parsed
  const { data, locator } = parsed.value
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    return { ok: false, errors: [{ file: path, ...locator.locate([]), path: '', message: `expected ${what}: a JSON object with "schema_version": ${USAGE_FILE_VERSION}` }] }
  }
  return validateAgainst(schema, data, path, locator)
}

export function parseUsageSnapshot(text: string, path: string): Promise<Result<UsageSnapshot>> {
  return parseJsonFile(usageSnapshotSchema, text, path, 'a usage snapshot (image-cost-gate usage sync)')
}

export function parseMeasuredTokens(text: string, path: string): Promise<Result<MeasuredTokens>> {
  return parseJsonFile(measuredTokensSchema, text, path, 'a measured-tokens file (image-cost-gate usage import)')
}
