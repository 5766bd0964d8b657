/** The action's bundle entry (dist/index.js). */
import { WorkflowCommands } from './github/workflow-commands.js'
import { run } from './main.js'

const commands = new WorkflowCommands()
run(commands).catch((error: unknown) => {
  commands.setFailed(`image-cost-gate: internal error: ${error instanceof Error ? error.message : String(error)}`)
})
