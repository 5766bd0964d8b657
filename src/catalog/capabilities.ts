/** What a workload needs from a model, checked against the catalog's sourced capabilities. */
import type { ModelEntry, Sourced } from './types.js'

export const REQUIREMENTS = ['text_output', 'multi_image_fidelity', 'edits', 'multi_image_input', 'batch', 'transparent_background', 'vector_output'] as const
export type Requirement = (typeof REQUIREMENTS)[number]

export interface Needs {
  requires: readonly Requirement[]
  input_images: number
  text_output_tokens: number
  batch: boolean
  /** svg asks for vector output. */
  output_format?: string
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
  if (needs.input_images > 1) all.add('multi_image_input')
  if (needs.batch) all.add('batch')
  if (needs.output_format === 'svg') all.add('vector_output')
  return REQUIREMENTS.filter((r) => all.has(r))
}

function cite(figure: Sourced<unknown>): string {
  return ` [${figure.provenance.source}, ${figure.provenance.confidence}]`
}

/** Each capability as a sentence names it. */
const CAPABILITY_WORDS: Record<keyof ModelEntry['capabilities'], string> = {
  batch: 'a batch API',
  edits: 'input images (edits)',
  text_output: 'text output',
  partial_images: 'streaming partial images',
  transparent_background: 'a transparent background',
  high_fidelity_inputs: 'keeping input images at high fidelity',
  input_fidelity_parameter: 'an input_fidelity setting',
  multi_image_input: 'several input images per request',
  vector_output: 'vector (SVG) output'
}

/**
 * Why a capability no source states rules a model out, citing the figure that says so (a
 * capability the catalog leaves out has no source to cite).
 */
export function notDocumented(model: ModelEntry, capability: keyof ModelEntry['capabilities'], figure?: Sourced<unknown>): string {
  const where = figure && figure.provenance.source !== 'not-documented' ? cite(figure) : ' in the catalog\'s sources'
  return `${model.id}: ${CAPABILITY_WORDS[capability]} is not documented${where}`
}

/** Why the model lacks a yes/no capability: it does not have it, or no source says it has. */
function lacks(model: ModelEntry, capability: keyof ModelEntry['capabilities'], doesNot: string): string | undefined {
  const figure = model.capabilities[capability] as Sourced<boolean | null> | undefined
  if (!figure) return notDocumented(model, capability)
  if (figure.value === true) return undefined
  return figure.value === null ? notDocumented(model, capability, figure) : `${model.id} ${doesNot}${cite(figure)}`
}

/** The first requirement the model does not meet, with a reason that cites the source. */
export function unmetRequirement(model: ModelEntry, needs: Needs): Unmet | undefined {
  const caps = model.capabilities
  for (const requirement of effectiveRequirements(needs)) {
    const reason = unmetReason(model, requirement, needs)
    if (reason) return { requirement, reason }
  }
  return undefined
}

function unmetReason(model: ModelEntry, requirement: Requirement, needs: Needs): string | undefined {
  const caps = model.capabilities
  switch (requirement) {
    case 'text_output':
      return lacks(model, 'text_output', 'does not output text')
    case 'edits':
      return lacks(model, 'edits', 'takes no input images')
    case 'multi_image_input':
      // OpenAI's entries predate this field: there, edits with several inputs are what edits says.
      return caps.multi_image_input ? lacks(model, 'multi_image_input', 'takes one input image per request') : undefined
    case 'batch':
      return lacks(model, 'batch', 'is not on the Batch API')
    case 'transparent_background':
      return lacks(model, 'transparent_background', 'has no transparent background')
    case 'vector_output':
      return lacks(model, 'vector_output', 'outputs no vector images')
    case 'multi_image_fidelity': {
      const kept = caps.high_fidelity_inputs.value
      if (kept === null) return notDocumented(model, 'high_fidelity_inputs', caps.high_fidelity_inputs)
      const wanted = Math.max(2, needs.input_images)
      if (kept !== 'all' && kept < wanted) {
        const keeps = kept === 0 ? 'keeps no input image' : `keeps only the first ${kept === 1 ? 'input image' : `${kept} input images`}`
        return `${model.id} ${keeps} at high fidelity; ${wanted} needed${cite(caps.high_fidelity_inputs)}`
      }
      return undefined
    }
  }
}
