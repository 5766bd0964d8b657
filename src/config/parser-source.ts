/** The generated parser's source for this project's schema (used by the build and by its freshness test). */
import { generateParserSource } from './parser-codegen.js'
import { configSchema } from './schema.js'

export const CONFIG_PARSER_FILE = 'src/config/config-parser.generated.ts'

export function configParserSource(): string {
  return generateParserSource(configSchema, {
    customChecksRunBy: {
      workloads: 'unique names, which the loader checks with duplicateNames() (unique-names.ts)',
      pricing: 'the kind of each entry (a path under catalog, a mapping under a model), which applyPricingOverrides() checks (pricing/overrides.ts)'
    }
  })
}
