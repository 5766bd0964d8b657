/**
 * Validated config -> fully specified workloads: defaults merged, model aliases resolved, and every
 * choice checked against what the chosen model offers.
 */
import { BUILTIN_CATALOG } from '../catalog/data.js'
import { allModelIds, billedQuality, listPrices, modelIndex, tableValue, unknownModelMessage } from '../catalog/lookup.js'
import { notDocumented, unmetRequirement, type Requirement } from '../catalog/capabilities.js'
import { checkSize, describeSizeRule, outputTokensPerImage, parseSize, type InputFidelity } from '../catalog/rules.js'
import type { Catalog, ModelEntry, OutputFormat, ProviderId, Quality } from '../catalog/types.js'
import { qualifiedId } from '../catalog/view.js'
import { describeFound, formatPath, type ConfigError, type PathSegment, type Result } from './errors.js'
import type { Config, WorkloadDefaults, WorkloadInput } from './schema.js'
import type { Locator } from './yaml.js'
import { append } from '../util/array.js'

/** 730 hours / 24: the days in an average month. */
export const DAYS_PER_MONTH = 730 / 24

export interface ResolvedWorkload {
  index: number
  name: string
  /** Canonical catalog id (a snapshot alias is resolved to its model). */
  model: string
  /** The id as written, when it was an alias. */
  model_alias?: string
  /** Null on a model with no quality setting (one price per image or per megapixel). */
  quality: Quality | null
  size: string
  /** Delivered images per month (after converting images_per_day). */
  images_per_month: number
  volume_from: 'images_per_month' | 'images_per_day'
  images_per_request: number
  prompt_tokens: number
  cached_prompt_share: number
  input_images: number
  input_image_size: string
  input_fidelity: InputFidelity
  input_image_tokens?: number
  partial_images: number
  text_output_tokens: number
  /** The retry rate on this workload's own model. */
  retry_rate: number
  /** Set when retry_rate is a map: the rates to use when pricing this workload on other models. */
  retry_rates?: { default: number; by_model: Record<string, number> }
  requires: Requirement[]
  batch: boolean
  peak_images_per_minute?: number
  /** Peak requests in progress at once, for a vendor's concurrency limit. */
  peak_concurrent_requests?: number
  budget_usd?: number
  /** gpt-image-2.6's complexity setting (no cost). */
  complexity?: 'low' | 'medium' | 'high'
  output_format?: OutputFormat
  /** The OpenAI project it runs in (proj_...), tying it to a usage snapshot's costs. */
  openai_project?: string
  /** Fields whose value came from `defaults` (see fieldPath); usually few, so stored as a list. */
  from_defaults: readonly FieldName[]
}

type FieldName = keyof WorkloadDefaults

const NONE: readonly FieldName[] = Object.freeze([])
/** What a model whose catalog entry lists no output formats takes: the Images API's formats, priced alike. */
const DEFAULT_OUTPUT_FORMATS = { priced: ['png', 'jpeg', 'webp'] as OutputFormat[], not_priced: [] as OutputFormat[] }
/** Shared by every workload that requires nothing. */
const NO_REQUIREMENTS: Requirement[] = Object.freeze([]) as unknown as Requirement[]

/**
 * Config path of a field's value, to point messages at it: the workload's own field, or the
 * default it took. A field set nowhere locates to its workload.
 */
export function fieldPath(w: Pick<ResolvedWorkload, 'index' | 'from_defaults'>, field: FieldName | 'name'): PathSegment[] {
  return field !== 'name' && w.from_defaults.includes(field) ? ['defaults', field] : ['workloads', w.index, field]
}

export function resolveWorkloads(
  config: Config,
  file: string,
  locator: Locator,
  catalog: Catalog = BUILTIN_CATALOG,
  /** Workloads to leave out (they failed the schema; the others are still checked, for every error in one pass). */
  skip?: ReadonlySet<number>
): Result<ResolvedWorkload[]> {
  const models = modelIndex(catalog)
  const errors: PendingError[] = []
  const resolved: ResolvedWorkload[] = []
  const defaults: WorkloadDefaults = config.defaults ?? {}
  const taken = new DefaultsTaken(defaults)

  const providers = new Set(catalog.providers.map((p) => p.id))
  const context: ResolveContext = { models, ownProvider: catalog.provider, providers, taken }
  config.workloads.forEach((workload, index) => {
    if (skip?.has(index)) return
    const result = resolveOne(workload, index, defaults, context)
    if (result.ok) resolved.push(result.value)
    else append(errors, result.errors)
  })

  if (errors.length > 0) {
    return {
      ok: false,
      errors: errors.map(({ at, ...rest }) => ({ file, ...rest, ...(at ? locator.locate(at) : {}) }))
    }
  }
  return { ok: true, value: resolved }
}

/**
 * The catalog id a workload's provider and model name: another vendor's model is `provider/model`;
 * the organization's own provider keeps plain ids. A model already written `provider/model` stays.
 */
export function qualifiedModel(model: string, provider: ProviderId | undefined, ownProvider: ProviderId): string {
  if (provider === undefined || provider === ownProvider || model.startsWith(qualifiedId(provider, ''))) return model
  return qualifiedId(provider, model)
}

/** Why a workload cannot name this provider (Azure is chosen with organization.provider), or undefined when it can. */
export function providerProblem(provider: string, providers: ReadonlySet<string>): string | undefined {
  if (providers.has(provider)) return undefined
  return `provider ${provider} serves another provider's models and is chosen with organization.provider, not per workload; expected one of ${[...providers].join(', ')}`
}

type Raw = Record<string, unknown>
/** The value as a mapping, when parsed data is one (the data may not have passed the schema). */
export const asRaw = (value: unknown): Raw | undefined => (value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Raw) : undefined)

/**
 * Every model id the config names (workload and default models, and the keys of budget.models,
 * organization.limits, pricing and retry-rate maps) that the catalog lacks. Runs on the data as
 * parsed, before or beside the schema's own checks, so that these errors come with the others.
 */
export function unknownModelErrors(data: unknown, catalog: Catalog, file: string, locator: Locator): ConfigError[] {
  const models = modelIndex(catalog)
  const known = allModelIds(catalog)
  const errors: ConfigError[] = []
  const config = asRaw(data)
  if (!config) return errors
  const providers = new Set<string>(catalog.providers.map((p) => p.id))
  const value = (at: PathSegment[], id: unknown) => {
    if (typeof id === 'string' && id !== '' && !models.has(id)) errors.push({ file, ...locator.locate(at), path: formatPath(at), message: unknownModelMessage(id, known) })
  }
  // A provider no workload may name: said at the provider, not as an unknown model.
  const badProvider = (at: PathSegment[], w: Raw | undefined): boolean => {
    const p = w?.provider
    const message = typeof p === 'string' ? providerProblem(p, providers) : undefined
    if (message) errors.push({ file, ...locator.locate(at), path: formatPath(at), message })
    return message !== undefined
  }
  const keys = (at: PathSegment[], map: unknown, allowed: readonly string[] = []) => {
    for (const key of Object.keys(asRaw(map) ?? {})) {
      if (!models.has(key) && !allowed.includes(key)) errors.push({ file, ...locator.locateKey(at, key), path: formatPath([...at, key]), message: unknownModelMessage(key, known) })
    }
  }
  const defaults = asRaw(config.defaults)
  const providerOf = (w: Raw | undefined) => {
    const p = w?.provider ?? defaults?.provider
    // Only a provider the catalog holds gets here (badProvider reports the others).
    return typeof p === 'string' ? (p as ProviderId) : undefined
  }
  const qualified = (id: unknown, w: Raw | undefined) => (typeof id === 'string' ? qualifiedModel(id, providerOf(w), catalog.provider) : id)
  if (!badProvider(['defaults', 'provider'], defaults)) value(['defaults', 'model'], qualified(defaults?.model, defaults))
  keys(['defaults', 'retry_rate'], defaults?.retry_rate, ['default'])
  keys(['budget', 'models'], asRaw(config.budget)?.models)
  keys(['organization', 'limits'], asRaw(config.organization)?.limits)
  keys(['pricing'], config.pricing, ['catalog'])
  if (Array.isArray(config.workloads)) {
    config.workloads.forEach((item: unknown, i) => {
      const w = asRaw(item)
      if (badProvider(['workloads', i, 'provider'], w)) return
      if (w?.provider === undefined && typeof defaults?.provider === 'string' && providerProblem(defaults.provider, providers)) return
      value(['workloads', i, 'model'], qualified(w?.model, w))
      // The default model under the workload's own provider: the provider is what is wrong.
      if (w?.model === undefined && w?.provider !== undefined) value(['workloads', i, 'provider'], qualified(defaults?.model, w))
      keys(['workloads', i, 'retry_rate'], w?.retry_rate, ['default'])
    })
  }
  return errors
}

/**
 * Which fields a workload takes from `defaults`: the defaults it does not set itself. Workloads
 * share one frozen list per combination (a config has few), so 100,000 workloads hold a handful.
 */
class DefaultsTaken {
  /** The defaults that apply field by field; the volume (one choice of two fields) is decided per workload. */
  private readonly fields: FieldName[]
  private readonly lists = new Map<string, readonly FieldName[]>()

  constructor(defaults: WorkloadDefaults) {
    this.fields = (Object.keys(defaults) as FieldName[]).filter(
      (f) => f !== 'images_per_month' && f !== 'images_per_day' && defaults[f] !== undefined
    )
  }

  of(workload: WorkloadInput, volumeField: FieldName | undefined): readonly FieldName[] {
    let key = volumeField ?? ''
    for (let i = 0; i < this.fields.length; i++) key += workload[this.fields[i] as FieldName] === undefined ? '1' : '0'
    let list = this.lists.get(key)
    if (!list) {
      const taken = this.fields.filter((f) => workload[f] === undefined)
      if (volumeField) taken.push(volumeField)
      list = Object.freeze(taken)
      this.lists.set(key, list)
    }
    return list
  }
}

/** The workload's own value of a field, else the default. */
function pick<K extends FieldName>(workload: WorkloadInput, defaults: WorkloadDefaults, field: K): WorkloadDefaults[K] {
  const own = workload[field]
  return own !== undefined ? own : defaults[field]
}

/** The retry rate to use when this workload runs on `modelId`. */
export function retryRateFor(w: Pick<ResolvedWorkload, 'retry_rate' | 'retry_rates'>, modelId: string): number {
  if (!w.retry_rates) return w.retry_rate
  return w.retry_rates.by_model[modelId] ?? w.retry_rates.default
}

/** Whether an output image of this quality and size can be priced (list price, per megapixel, or tokens x rate). */
function hasOutputPrice(model: ModelEntry, quality: Quality | null, size: string, outputFormat: OutputFormat | undefined): boolean {
  const billed = quality === null ? null : billedQuality(quality, model)
  const table = listPrices(model, outputFormat)
  if (table && tableValue(table.value, billed, size) !== undefined) return true
  if (model.megapixel_prices && parseSize(size)) return true
  const rule = model.output_tokens?.value
  return rule !== undefined && billed !== null && model.token_rates?.value.image_output != null && outputTokensPerImage(rule, billed, size) !== undefined
}

interface ResolveContext {
  models: ReadonlyMap<string, ModelEntry>
  /** The organization's provider: its models keep plain ids. */
  ownProvider: ProviderId
  /** Providers with models in the catalog. */
  providers: ReadonlySet<string>
  taken: DefaultsTaken
}

/** An error before it is placed in the file: `at` is the config path to point at. */
interface PendingError {
  path: string
  message: string
  at?: PathSegment[]
}

type Outcome = { ok: true; value: ResolvedWorkload } | { ok: false; errors: PendingError[] }

/** Adds an error about `field` (or the whole workload), pointed at the value's line. */
function problem(
  errors: PendingError[] | undefined,
  index: number,
  fromDefaults: readonly FieldName[],
  field: FieldName | null,
  message: string
): PendingError[] {
  const base: PathSegment[] = ['workloads', index]
  const at = field ? fieldPath({ index, from_defaults: fromDefaults }, field) : base
  const origin = at[0] === 'defaults' ? ` (from defaults.${String(field)})` : ''
  const list = errors ?? []
  list.push({ path: formatPath(field ? [...base, field] : base), message: message + origin, at })
  return list
}

const missing = (errors: PendingError[] | undefined, index: number, field: FieldName, expected: string) =>
  problem(errors, index, NONE, null, `missing ${field}; set it on the workload or in defaults (expected ${expected})`)

/** Runs once per workload: no closures or lists are made for a workload without errors. */
function resolveOne(
  workload: WorkloadInput,
  index: number,
  defaults: WorkloadDefaults,
  { models, ownProvider, providers, taken }: ResolveContext
): Outcome {
  let errors: PendingError[] | undefined

  const writtenModel = pick(workload, defaults, 'model')
  const provider = pick(workload, defaults, 'provider')
  const modelName = writtenModel === undefined ? undefined : qualifiedModel(writtenModel, provider, ownProvider)
  const quality = pick(workload, defaults, 'quality')
  const size = pick(workload, defaults, 'size')
  // The volume is one choice: a workload's own images_per_month or images_per_day beats either default.
  const ownVolume = workload.images_per_month !== undefined || workload.images_per_day !== undefined
  const volumeSource = ownVolume ? workload : defaults
  if (volumeSource.images_per_month !== undefined && volumeSource.images_per_day !== undefined) {
    const at: PathSegment[] = ownVolume ? ['workloads', index, 'images_per_day'] : ['defaults', 'images_per_day']
    errors = [{ path: formatPath(at), message: 'both images_per_month and images_per_day are set; expected exactly one', at }]
  }
  const volumeField = volumeSource.images_per_month !== undefined ? 'images_per_month' : 'images_per_day'
  const volumeValue = volumeSource[volumeField]
  const fromDefaults = taken.of(workload, volumeValue !== undefined && !ownVolume ? volumeField : undefined)

  const wrongProvider = provider === undefined ? undefined : providerProblem(provider, providers)
  if (wrongProvider) errors = problem(errors, index, fromDefaults, 'provider', wrongProvider)
  if (modelName === undefined) errors = missing(errors, index, 'model', 'a catalog model id')
  const model = modelName === undefined ? undefined : models.get(modelName)
  const qualities = model?.qualities.value ?? []
  if (quality === undefined && (!model || qualities.length > 0)) errors = missing(errors, index, 'quality', 'low, medium, high or auto; standard or hd on dall-e-3')
  if (size === undefined) errors = missing(errors, index, 'size', 'WxH, e.g. 1024x1024')
  if (volumeValue === undefined) errors = missing(errors, index, 'images_per_month', 'images_per_month or images_per_day')
  if (!model || size === undefined || volumeValue === undefined || errors) {
    return { ok: false, errors: errors ?? [] }
  }

  // A model with no quality setting takes none; a default quality (for the other workloads) does not apply to it.
  const ownQuality = qualities.length === 0 ? (workload.quality === undefined ? null : workload.quality) : (quality ?? null)
  if (qualities.length === 0 && ownQuality !== null) {
    errors = problem(errors, index, fromDefaults, 'quality', `${model.id} has no quality setting; expected the field left out`)
  } else if (ownQuality !== null && !qualities.includes(ownQuality)) {
    errors = problem(errors, index, fromDefaults, 'quality', `${model.id} does not offer quality "${ownQuality}"; expected one of ${qualities.join(', ')}`)
  }
  const sizeCheck = checkSize(model.sizes.value, size)
  if (!sizeCheck.ok) {
    errors = problem(errors, index, fromDefaults, 'size', `${model.id} does not offer size ${describeFound(size)}; expected ${describeSizeRule(model.sizes.value)}`)
  }

  const batch = pick(workload, defaults, 'batch') ?? false
  const textOutput = pick(workload, defaults, 'text_output_tokens') ?? 0
  const partials = pick(workload, defaults, 'partial_images') ?? 0
  const inputImages = pick(workload, defaults, 'input_images') ?? 0
  const caps = model.capabilities
  // null: no source says (the catalog's "not documented").
  const lacking = (capability: keyof ModelEntry['capabilities'], doesNot: string) =>
    caps[capability]?.value === null ? notDocumented(model, capability) : `${model.id} ${doesNot}`
  if (batch && !caps.batch.value) errors = problem(errors, index, fromDefaults, 'batch', `${lacking('batch', 'is not offered on the Batch API')}; expected batch: false`)
  if (textOutput > 0 && !caps.text_output.value) {
    errors = problem(errors, index, fromDefaults, 'text_output_tokens', `${lacking('text_output', 'does not output text')}; expected 0 (${textOutputModels(models, model.provider)})`)
  }
  if (partials > 0 && !caps.partial_images.value) {
    errors = problem(errors, index, fromDefaults, 'partial_images', `${lacking('partial_images', 'does not stream partial images')}; expected 0`)
  }
  if (inputImages > 0 && !caps.edits.value) errors = problem(errors, index, fromDefaults, 'input_images', `${lacking('edits', 'takes no input images')}; expected 0`)
  else if (inputImages > 1 && caps.multi_image_input && !caps.multi_image_input.value) {
    errors = problem(errors, index, fromDefaults, 'input_images', `${lacking('multi_image_input', 'takes one input image per request')}; expected at most 1`)
  }
  const outputFormat = pick(workload, defaults, 'output_format')
  const qualityOk = ownQuality === null ? qualities.length === 0 : qualities.includes(ownQuality)
  if (qualityOk && sizeCheck.ok && !hasOutputPrice(model, ownQuality, size, outputFormat) && !model.lifecycle.value.shutdown_date) {
    const removed = model.image_prices || model.token_rates ? 'the pricing section removed it, or the catalog\'s sources give none' : 'the catalog\'s sources give none'
    const key = ownQuality ?? 'any'
    errors = problem(
      errors,
      index,
      fromDefaults,
      ownQuality === null ? 'size' : 'quality',
      `no price for ${ownQuality === null ? '' : `${ownQuality} `}${size} on ${model.id}: ${removed}; expected pricing.${model.id}.image_prices.${key} or token_rates.image_output`
    )
  }
  const complexity = pick(workload, defaults, 'complexity')
  if (complexity !== undefined && !model.complexity) {
    errors = problem(errors, index, fromDefaults, 'complexity', `${model.id} has no complexity setting (gpt-image-2.6 has); expected the field left out`)
  } else if (complexity !== undefined && model.complexity && !model.complexity.value.values.includes(complexity)) {
    errors = problem(errors, index, fromDefaults, 'complexity', `expected one of ${model.complexity.value.values.join(', ')}, found ${describeFound(complexity)}`)
  }
  // Vector output at its own price (Recraft V3) is priced; any other format is checked against the model's formats.
  const pricedVector = outputFormat === 'svg' && model.vector_prices && caps.vector_output?.value === true
  if (outputFormat !== undefined && !pricedVector) {
    const formats = model.output_formats?.value ?? DEFAULT_OUTPUT_FORMATS
    if (formats.not_priced.includes(outputFormat)) {
      const why = model.output_formats?.provenance.note
      errors = problem(
        errors,
        index,
        fromDefaults,
        'output_format',
        `${outputFormat} output on ${model.id} is not priced: ${why ?? 'its billing is not published'}; expected one of ${formats.priced.join(', ')}`
      )
    } else if (!formats.priced.includes(outputFormat)) {
      errors = problem(errors, index, fromDefaults, 'output_format', `${model.id} does not output ${outputFormat}; expected one of ${formats.priced.join(', ')}`)
    }
  }
  const fidelity = pick(workload, defaults, 'input_fidelity')
  if (fidelity !== undefined && !caps.input_fidelity_parameter.value) {
    errors = problem(
      errors,
      index,
      fromDefaults,
      'input_fidelity',
      caps.input_fidelity_parameter.value === null
        ? `${notDocumented(model, 'input_fidelity_parameter')}; expected the field left out`
        : `${model.id} takes no input_fidelity (${caps.input_fidelity_parameter.provenance.note ?? 'the API does not accept it'}); expected the field left out`
    )
  }
  const requires = pick(workload, defaults, 'requires') ?? NO_REQUIREMENTS
  const unmet = requires.length > 0 ? unmetRequirement(model, { requires, input_images: inputImages, text_output_tokens: 0, batch: false }) : undefined
  if (unmet) errors = problem(errors, index, fromDefaults, 'requires', `requires ${unmet.requirement}, but ${unmet.reason}; expected a model that has it`)
  const inputImageSize = pick(workload, defaults, 'input_image_size') ?? size
  if (inputImages > 0 && !parseSize(inputImageSize)) {
    errors = problem(errors, index, fromDefaults, 'input_image_size', `expected WxH, found ${describeFound(inputImageSize)}`)
  }

  if (errors) return { ok: false, errors }

  const resolved: ResolvedWorkload = {
    index,
    name: workload.name,
    model: model.id,
    quality: ownQuality,
    size,
    images_per_month: volumeField === 'images_per_day' ? volumeValue * DAYS_PER_MONTH : volumeValue,
    volume_from: volumeField,
    images_per_request: pick(workload, defaults, 'images_per_request') ?? 1,
    prompt_tokens: pick(workload, defaults, 'prompt_tokens') ?? 0,
    cached_prompt_share: pick(workload, defaults, 'cached_prompt_share') ?? 0,
    input_images: inputImages,
    input_image_size: inputImageSize,
    input_fidelity: fidelity ?? 'low',
    partial_images: partials,
    text_output_tokens: textOutput,
    retry_rate: 0,
    requires: requires.length === 0 ? NO_REQUIREMENTS : [...new Set(requires)],
    batch,
    from_defaults: fromDefaults
  }
  if (modelName !== model.id) resolved.model_alias = modelName
  const retry = pick(workload, defaults, 'retry_rate')
  if (typeof retry === 'object') {
    const byModel: Record<string, number> = {}
    for (const [key, value] of Object.entries(retry)) {
      if (key !== 'default' && value !== undefined) byModel[models.get(key)?.id ?? key] = value
    }
    resolved.retry_rates = { default: retry.default ?? 0, by_model: byModel }
    resolved.retry_rate = retryRateFor(resolved, model.id)
  } else if (retry !== undefined) {
    resolved.retry_rate = retry
  }
  const inputTokens = pick(workload, defaults, 'input_image_tokens')
  if (inputTokens !== undefined) resolved.input_image_tokens = inputTokens
  const peak = pick(workload, defaults, 'peak_images_per_minute')
  if (peak !== undefined) resolved.peak_images_per_minute = peak
  const concurrent = pick(workload, defaults, 'peak_concurrent_requests')
  if (concurrent !== undefined) resolved.peak_concurrent_requests = concurrent
  const budget = pick(workload, defaults, 'budget_usd')
  if (budget !== undefined) resolved.budget_usd = budget
  if (complexity !== undefined) resolved.complexity = complexity
  if (outputFormat !== undefined) resolved.output_format = outputFormat
  const project = pick(workload, defaults, 'openai_project')
  if (project !== undefined) resolved.openai_project = project
  return { ok: true, value: resolved }
}

/**
 * The provider's models in the catalog that output text, with their shutdown dates: which of them is an option
 * depends on the day, which the gate judges (a retired one is never proposed there).
 */
function textOutputModels(index: ReadonlyMap<string, ModelEntry>, provider: string): string {
  const models = [...new Set(index.values())].filter((m) => m.provider === provider && m.capabilities.text_output.value === true)
  if (models.length === 0) return 'no model of this provider in the catalog outputs text'
  const listed = models.map((m) => (m.lifecycle.value.shutdown_date ? `${m.id}, shutdown ${m.lifecycle.value.shutdown_date}` : m.id))
  return `models in the catalog that output text: ${listed.join('; ')}`
}
