/** Writes src/config/config-parser.generated.ts from the zod schema (run by npm run build). */
import { writeFileSync } from 'node:fs'
import { CONFIG_PARSER_FILE, configParserSource } from '../src/config/parser-source.js'

writeFileSync(CONFIG_PARSER_FILE, configParserSource())
