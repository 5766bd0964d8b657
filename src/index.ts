/** The action's bundle entry (dist/index.js). */
import * as core from '@actions/core'
import { run } from './main.js'

run().catch((error: unknown) => {
  core.setFailed(`image-cost-gate: internal error: ${error instanceof Error ? error.message : String(error)}`)
})
