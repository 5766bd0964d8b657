/** The published JSON Schema, generated from the zod schema (loaded only by the `schema` command and the build). */
import { toJSONSchema } from 'zod/mini'
import { catalogFileSchema } from '../catalog/schema.js'
import { configSchema } from './schema.js'

/** The JSON Schema (draft-07) generated from the zod schema. */
export function configJsonSchema(): Record<string, unknown> {
  const generated = toJSONSchema(configSchema, { target: 'draft-07', io: 'input' }) as Record<string, unknown>
  return { ...generated, title: 'image-cost-gate config' }
}

/** The catalog file's JSON Schema (draft-07), for team catalogs (schema/catalog.schema.json). */
export function catalogJsonSchema(): Record<string, unknown> {
  const generated = toJSONSchema(catalogFileSchema, { target: 'draft-07', io: 'input' }) as Record<string, unknown>
  return { ...generated, title: 'image-cost-gate pricing catalog' }
}
