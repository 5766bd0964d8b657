/** The published JSON Schema, generated from the zod schema (loaded only by the `schema` command and the build). */
import { toJSONSchema } from 'zod/mini'
import { BUILTIN_CATALOG } from '../catalog/data.js'
import { catalogFileSchema } from '../catalog/schema.js'
import type { Catalog } from '../catalog/types.js'
import { configSchema } from './schema.js'
import { measuredTokensSchema, usageSnapshotSchema } from './usage-files.js'

type JsonObject = Record<string, unknown>

/**
 * The JSON Schema (draft-07) generated from the zod schema, with one if/then per model of the
 * built-in catalog: a workload that names a model may use only its qualities and, for a model with
 * fixed sizes, only those sizes, so an editor flags what the CLI flags. What only the CLI checks
 * is listed in docs/configuration.md.
 */
export function configJsonSchema(catalog: Catalog = BUILTIN_CATALOG): JsonObject {
  const generated = toJSONSchema(configSchema, { target: 'draft-07', io: 'input' }) as JsonObject
  const workloads = (generated.properties as JsonObject | undefined)?.workloads as JsonObject | undefined
  const item = workloads?.items as JsonObject | undefined
  if (item) item.allOf = modelRules(catalog)
  return { ...generated, title: 'image-cost-gate config' }
}

/** Per model: its ids (with the dated aliases) -> the qualities and sizes it offers. */
function modelRules(catalog: Catalog): JsonObject[] {
  return catalog.models.flatMap((model) => {
    const ids = [model.id, ...model.aliases]
    const sizes = model.sizes.value
    const qualities = model.qualities.value
    const then: JsonObject = {
      // A model with no quality setting takes none.
      quality: qualities.length > 0 ? { enum: [...qualities], description: `The qualities ${model.id} offers.` } : { not: {}, description: `${model.id} has no quality setting: leave quality out.` }
    }
    if (sizes.kind === 'fixed') then.size = { enum: [...sizes.sizes], description: `The sizes ${model.id} offers.` }
    const rules: JsonObject[] = [{ if: { properties: { model: { enum: ids, description: `The ids of ${model.id}.` } }, required: ['model'] }, then: { properties: then } }]
    // Another vendor's model is also written with its own id beside provider: that vendor.
    const prefix = `${model.provider}/`
    if (model.provider !== catalog.provider && model.id.startsWith(prefix)) {
      const own = ids.map((id) => id.slice(prefix.length))
      const ifVendor = {
        provider: { const: model.provider, description: `The vendor ${model.id} is from.` },
        model: { enum: own, description: `The ids of ${model.id} under provider: ${model.provider}.` }
      }
      rules.push({ if: { properties: ifVendor, required: ['provider', 'model'] }, then: { properties: then } })
    }
    return rules
  })
}

/** The catalog file's JSON Schema (draft-07), for team catalogs (schema/catalog.schema.json). */
export function catalogJsonSchema(): JsonObject {
  const generated = toJSONSchema(catalogFileSchema, { target: 'draft-07', io: 'input' }) as JsonObject
  return { ...generated, title: 'image-cost-gate pricing catalog' }
}

/** The usage snapshot's JSON Schema (schema/usage-snapshot.schema.json). */
export function usageJsonSchema(): JsonObject {
  return { ...(toJSONSchema(usageSnapshotSchema, { target: 'draft-07', io: 'input' }) as JsonObject), title: 'image-cost-gate usage snapshot' }
}

/** The measured-tokens file's JSON Schema (schema/measured-tokens.schema.json). */
export function measuredJsonSchema(): JsonObject {
  return { ...(toJSONSchema(measuredTokensSchema, { target: 'draft-07', io: 'input' }) as JsonObject), title: 'image-cost-gate measured tokens' }
}
