/** What a workload needs from a model, checked against the catalog's sourced capabilities. */
import type { ModelEntry, Sourced } from './types.js'

export const REQUIREMENTS = ['text_output', 'multi_image_fidelity', 'edits', 'batch', 'transparent_background'] as const
export type Requirement = (typeof REQUIREMENTS)[number]

export interface Needs {
  requires: readonly Requirement[]
  input_images: number
  text_output_tokens: number
  batch: boolean
}

export interface Unmet {
  requirement: Requirement
  reason: string
}

/** The requirements a workload states, plus the ones its own fields imply. */
export function effectiveRequirements(needs: Needs): Requirement[] {
  const all = new Set<Requirement>(needs.requires)
  if (needs.text_output_tokens > 0) all.add('text_output')
  if (needs.input_images > 0) all.add('edits')
  if (needs.batch) all.add('batch')
  return REQUIREMENTS.filter((r) => all.has(r))
}

function cite(figure: Sourced<unknown>): string {
  return ` [${figure.provenance.source}, ${figure.provenance.confidence}]`
}

/** The first requirement the model does not meet, with a reason that cites the source. */
export function unmetRequirement(model: ModelEntry, needs: Needs): Unmet | undefined {
  const caps = model.capabilities
  for (const requirement of effectiveRequirements(needs)) {
    switch (requirement) {
      case 'text_output':
        if (!caps.text_output.value) return { requirement, reason: `${model.id} does not output text${cite(caps.text_output)}` }
        break
      case 'edits':
        if (!caps.edits.value) return { requirement, reason: `${model.id} takes no input images${cite(caps.edits)}` }
        break
      case 'batch':
        if (!caps.batch.value) return { requirement, reason: `${model.id} is not on the Batch API${cite(caps.batch)}` }
        break
      case 'transparent_background':
        if (!caps.transparent_background.value) {
          return { requirement, reason: `${model.id} has no transparent background${cite(caps.transparent_background)}` }
        }
        break
      case 'multi_image_fidelity': {
        const kept = caps.high_fidelity_inputs.value
        const wanted = Math.max(2, needs.input_images)
        if (kept !== 'all' && kept < wanted) {
          const keeps = kept === 0 ? 'keeps no input image' : `keeps only the first ${kept === 1 ? 'input image' : `${kept} input images`}`
          return { requirement, reason: `${model.id} ${keeps} at high fidelity; ${wanted} needed${cite(caps.high_fidelity_inputs)}` }
        }
        break
      }
    }
  }
  return undefined
}
