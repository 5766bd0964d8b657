/**
 * The built-in pricing catalog. Every figure is transcribed from shared/pricing-facts.md
 * (checked 2026-11-21), which cites OpenAI's pages and the seed articles; each carries its
 * source, checked-on date and confidence. Update figures here, never in the engine.
 */
import type {
  Catalog,
  Confidence,
  InputImageRule,
  Lifecycle,
  ModelEntry,
  OutputTokenRule,
  Provenance,
  Quality,
  QualitySizeTable,
  SizeRule,
  Sourced,
  TierLimits,
  TokenRates
} from './types.js'

export const CATALOG_AS_OF = '2026-11-21'
const FACTS = 'pricing-facts.md'

function sourced<T>(value: T, source: string, confidence: Confidence, note?: string): Sourced<T> {
  const provenance: Provenance = { source, checked_on: CATALOG_AS_OF, confidence }
  if (note) provenance.note = note
  return { value, provenance }
}

const SOURCES: Catalog['sources'] = {
  'openai-deprecations': {
    title: 'OpenAI API deprecations page',
    url: 'https://platform.openai.com/docs/deprecations',
    via: `${FACTS} §1`
  },
  'openai-pricing': {
    title: 'OpenAI API pricing page',
    url: 'https://platform.openai.com/docs/pricing',
    via: `${FACTS} §2-3`
  },
  'openai-model-pages': {
    title: 'OpenAI model pages (gpt-image-1-mini, gpt-image-1.5, gpt-image-1, gpt-image-2, gpt-image-2.5/2.6)',
    url: 'https://platform.openai.com/docs/models',
    via: `${FACTS} §1, §2, §6`
  },
  'openai-image-guide': {
    title: 'OpenAI image generation guide, "Cost and latency"',
    url: 'https://platform.openai.com/docs/guides/image-generation',
    via: `${FACTS} §4-5`
  },
  'openai-vision-guide': {
    title: 'OpenAI vision guide (image input tokens)',
    url: 'https://platform.openai.com/docs/guides/images-vision',
    via: `${FACTS} §5`
  },
  'openai-rate-limits': {
    title: 'OpenAI rate limits guide (usage tiers)',
    url: 'https://platform.openai.com/docs/guides/rate-limits',
    via: `${FACTS} §6`
  },
  'seed-mini-review': {
    title: '"Is GPT Image 1 Mini worth using?" (checked 2026-03-28)',
    via: 'seeds/000_b887678a2e49c9c7.txt'
  },
  'seed-mini-pricing': {
    title: '"GPT Image 1 Mini pricing in 2026" (checked 2026-03-27)',
    via: 'seeds/002_ee2e6d70f2325ac8.txt'
  },
  'community-gpt-image-2-formula': {
    title: 'Community reverse-engineering of OpenAI\'s gpt-image-2 cost calculator (matches all 13 published values)',
    via: `${FACTS} §4`
  },
  'community-gpt-image-2.5-fit': {
    title: 'Community fit of metered third-party prices for gpt-image-2.5/2.6 qualities (unconfirmed)',
    via: `${FACTS} §4`
  },
  'community-gpt-image-2-input': {
    title: 'Community measurement of gpt-image-2 input-image tokenization',
    via: `${FACTS} §5`
  },
  'community-transparent-background': {
    title: 'Third-party API provider\'s FAQ on transparent backgrounds per OpenAI image model, with its notice that OpenAI withdrew gpt-image-2\'s transparent background on 2026-09-30',
    url: 'https://docs.apiyi.com/en/faq/image-transparent-background',
    via: 'docs.apiyi.com FAQ and live notice 2026-10-15'
  },
  'infracost-month': {
    title: 'Infracost convention: 730 hours per month',
    via: `${FACTS} §7`
  }
}

const SQUARE = '1024x1024'
const PORTRAIT = '1024x1536'
const LANDSCAPE = '1536x1024'
const GPT_IMAGE_1_SIZES: SizeRule = { kind: 'fixed', sizes: [SQUARE, PORTRAIT, LANDSCAPE] }
const GPT_IMAGE_1_QUALITIES: Quality[] = ['low', 'medium', 'high', 'auto']
const GPT_IMAGE_2_QUALITIES: Quality[] = ['low', 'medium', 'high', 'auto']
const GPT_IMAGE_25_QUALITIES: Quality[] = ['low', 'medium', 'high', 'auto', 'xhigh', 'max']

/** Per-image list price table for the three gpt-image-1 family sizes (portrait = landscape). */
function ladder(square: [number, number, number], oblong: [number, number, number]): QualitySizeTable {
  const row = (i: 0 | 1 | 2) => ({ [SQUARE]: square[i], [PORTRAIT]: oblong[i], [LANDSCAPE]: oblong[i] })
  return { low: row(0), medium: row(1), high: row(2) }
}

const GPT_IMAGE_1_OUTPUT_TOKENS: OutputTokenRule = {
  kind: 'table',
  tokens: {
    low: { [SQUARE]: 272, [PORTRAIT]: 408, [LANDSCAPE]: 400 },
    medium: { [SQUARE]: 1056, [PORTRAIT]: 1584, [LANDSCAPE]: 1568 },
    high: { [SQUARE]: 4160, [PORTRAIT]: 6240, [LANDSCAPE]: 6208 }
  }
}

const GPT_IMAGE_2_SIZES: SizeRule = {
  kind: 'flexible',
  multiple_of: 16,
  max_edge: 3840,
  max_aspect_ratio: 3,
  min_pixels: 655_360,
  max_pixels: 8_294_400,
  experimental_above_pixels: 3_686_400
}

const TILE_INPUT: InputImageRule = {
  kind: 'tiles',
  tile_px: 512,
  base_tokens: 65,
  tokens_per_tile: 129,
  high_fidelity_square: 4160,
  high_fidelity_other: 6240
}

const PATCH_INPUT: InputImageRule = { kind: 'patches', patch_px: 32, max_patches: 1536 }

function rates(r: [number, number, number, number, number, number | null]): TokenRates {
  const [text_input, cached_text_input, image_input, cached_image_input, image_output, text_output] = r
  return { text_input, cached_text_input, image_input, cached_image_input, image_output, text_output }
}

/** The TPM/IPM ladder shared by gpt-image-1-mini, 1.5, 1 and 2. */
const GPT_IMAGE_TIER_LIMITS: TierLimits = {
  free: 'unsupported',
  '1': { tokens_per_minute: 100_000, images_per_minute: 5 },
  '2': { tokens_per_minute: 250_000, images_per_minute: 20 },
  '3': { tokens_per_minute: 800_000, images_per_minute: 50 },
  '4': { tokens_per_minute: 3_000_000, images_per_minute: 150 },
  '5': { tokens_per_minute: 8_000_000, images_per_minute: 250 }
}

const DALL_E_3_TIER_LIMITS: TierLimits = {
  free: { tokens_per_minute: null, images_per_minute: 1 },
  '1': { tokens_per_minute: null, images_per_minute: 500 },
  '2': { tokens_per_minute: null, images_per_minute: 2500 },
  '3': { tokens_per_minute: null, images_per_minute: 5000 },
  '4': { tokens_per_minute: null, images_per_minute: 7500 },
  '5': { tokens_per_minute: null, images_per_minute: 10000 }
}

const SUNSET_2026_12_01: Lifecycle = {
  notice_date: '2026-06-02',
  shutdown_date: '2026-12-01',
  replacements: ['gpt-image-2.6-sunburst', 'gpt-image-2.6-flare'],
  replacement_note: 'earlier copies of the deprecations page named gpt-image-2, then gpt-image-2.5'
}

const ACTIVE: Lifecycle = { notice_date: null, shutdown_date: null, replacements: [] }

const yes = (source: string, confidence: Confidence = 'official', note?: string) => sourced(true, source, confidence, note)
const no = (source: string, confidence: Confidence = 'official', note?: string) => sourced(false, source, confidence, note)

/** gpt-image-2 and its 2.5/2.6 successors share rates, sizes and input handling. */
function gptImage2Family(
  id: string,
  aliases: string[],
  opts: {
    lifecycle: Sourced<Lifecycle>
    qualities: Quality[]
    qualityFactor: Sourced<OutputTokenRule>
    inherited: boolean
    transparent: Sourced<boolean>
  }
): ModelEntry {
  // The 2.5/2.6 pages publish rates but not sizes or limits; those are assumed to match gpt-image-2.
  const inheritedNote = opts.inherited ? 'not published for this model; assumed equal to gpt-image-2' : undefined
  const inheritedConfidence: Confidence = opts.inherited ? 'estimate' : 'official'
  return {
    id,
    aliases,
    lifecycle: opts.lifecycle,
    qualities: sourced(opts.qualities, 'openai-model-pages', 'official'),
    sizes: sourced(GPT_IMAGE_2_SIZES, 'openai-model-pages', inheritedConfidence, inheritedNote),
    token_rates: sourced(rates([5, 1.25, 8, 2, 30, null]), 'openai-pricing', 'official', 'no text-output rate published'),
    image_prices: null,
    output_tokens: opts.qualityFactor,
    input_images: sourced(
      PATCH_INPUT,
      'community-gpt-image-2-input',
      'estimate',
      'inputs are always high fidelity; OpenAI documents no tokenization'
    ),
    capabilities: {
      batch: yes('openai-pricing', 'official', 'Batch = 50% of each rate'),
      edits: yes('openai-model-pages', inheritedConfidence, inheritedNote),
      text_output: no('openai-pricing', 'official', 'no text-output rate published'),
      partial_images: yes('openai-image-guide', inheritedConfidence, inheritedNote),
      transparent_background: opts.transparent,
      high_fidelity_inputs: sourced<number | 'all'>('all', 'openai-image-guide', 'official', 'gpt-image-2 models always use high input fidelity')
    },
    tier_limits: sourced(GPT_IMAGE_TIER_LIMITS, 'openai-model-pages', inheritedConfidence, inheritedNote)
  }
}

const GPT_IMAGE_2_TOKENS = sourced<OutputTokenRule>(
  { kind: 'formula', quality_factor: { low: 16, medium: 48, high: 96 } },
  'community-gpt-image-2-formula',
  'community',
  'OpenAI publishes a calculator, not a table'
)
const GPT_IMAGE_25_TOKENS = sourced<OutputTokenRule>(
  { kind: 'formula', quality_factor: { low: 16, medium: 24, high: 48, xhigh: 64, max: 96 } },
  'community-gpt-image-2.5-fit',
  'estimate',
  'unconfirmed fit; OpenAI: "equal token rates don\'t mean equal cost per image"'
)

const TRANSPARENT_2_5 = yes('community-transparent-background', 'community', 'supported natively')
const TRANSPARENT_2_6 = yes('community-transparent-background', 'estimate', 'not stated; assumed equal to gpt-image-2.5')

const ACTIVE_2_5 = sourced({ ...ACTIVE, release_date: '2026-09-08' }, 'openai-model-pages', 'official')
const ACTIVE_2_6_SUNBURST = sourced({ ...ACTIVE, release_date: '2026-11-04' }, 'openai-model-pages', 'official')
const ACTIVE_2_6_FLARE = sourced({ ...ACTIVE, release_date: '2026-11-04' }, 'openai-model-pages', 'community', 'secondary source only')

const MODELS: ModelEntry[] = [
  gptImage2Family('gpt-image-2', ['gpt-image-2-2026-04-21'], {
    lifecycle: sourced({ ...ACTIVE, release_date: '2026-04-21' }, 'openai-model-pages', 'official', 'snapshot 2026-04-21; no shutdown announced'),
    qualities: GPT_IMAGE_2_QUALITIES,
    qualityFactor: GPT_IMAGE_2_TOKENS,
    inherited: false,
    transparent: no('community-transparent-background', 'community', 'a preview from 2026-08-21, withdrawn by OpenAI on 2026-09-30')
  }),
  gptImage2Family('gpt-image-2.5-flare', ['gpt-image-2.5-flare-2026-09-08'], {
    lifecycle: ACTIVE_2_5,
    qualities: GPT_IMAGE_25_QUALITIES,
    qualityFactor: GPT_IMAGE_25_TOKENS,
    inherited: true,
    transparent: TRANSPARENT_2_5
  }),
  gptImage2Family('gpt-image-2.5-sunburst', ['gpt-image-2.5-sunburst-2026-09-08'], {
    lifecycle: ACTIVE_2_5,
    qualities: GPT_IMAGE_25_QUALITIES,
    qualityFactor: GPT_IMAGE_25_TOKENS,
    inherited: true,
    transparent: TRANSPARENT_2_5
  }),
  gptImage2Family('gpt-image-2.6-flare', ['gpt-image-2.6-flare-2026-11-04'], {
    lifecycle: ACTIVE_2_6_FLARE,
    qualities: GPT_IMAGE_25_QUALITIES,
    qualityFactor: GPT_IMAGE_25_TOKENS,
    inherited: true,
    transparent: TRANSPARENT_2_6
  }),
  gptImage2Family('gpt-image-2.6-sunburst', ['gpt-image-2.6-sunburst-2026-11-04'], {
    lifecycle: ACTIVE_2_6_SUNBURST,
    qualities: GPT_IMAGE_25_QUALITIES,
    qualityFactor: GPT_IMAGE_25_TOKENS,
    inherited: true,
    transparent: TRANSPARENT_2_6
  }),
  {
    id: 'gpt-image-1.5',
    aliases: ['gpt-image-1.5-2025-12-16'],
    lifecycle: sourced({ ...SUNSET_2026_12_01, release_date: '2025-12-16' }, 'openai-deprecations', 'official', 'released as snapshot gpt-image-1.5-2025-12-16'),
    qualities: sourced(GPT_IMAGE_1_QUALITIES, 'openai-model-pages', 'official'),
    sizes: sourced(GPT_IMAGE_1_SIZES, 'openai-model-pages', 'official'),
    token_rates: sourced(rates([5, 1.25, 8, 2, 32, 10]), 'openai-pricing', 'official'),
    image_prices: sourced(ladder([0.009, 0.034, 0.133], [0.013, 0.05, 0.2]), 'openai-pricing', 'official'),
    output_tokens: sourced(GPT_IMAGE_1_OUTPUT_TOKENS, 'openai-image-guide', 'official'),
    input_images: sourced(TILE_INPUT, 'openai-vision-guide', 'official', 'high fidelity preserves the first five images'),
    capabilities: {
      batch: yes('openai-pricing'),
      edits: yes('seed-mini-review'),
      text_output: yes('seed-mini-review'),
      partial_images: yes('openai-image-guide'),
      transparent_background: yes('community-transparent-background', 'community'),
      high_fidelity_inputs: sourced<number | 'all'>(5, 'seed-mini-review', 'official', 'preserves the first five input images')
    },
    tier_limits: sourced(GPT_IMAGE_TIER_LIMITS, 'openai-model-pages', 'official')
  },
  {
    id: 'gpt-image-1-mini',
    aliases: [],
    lifecycle: sourced(SUNSET_2026_12_01, 'openai-deprecations', 'official'),
    qualities: sourced(GPT_IMAGE_1_QUALITIES, 'openai-model-pages', 'official'),
    sizes: sourced(GPT_IMAGE_1_SIZES, 'seed-mini-pricing', 'official'),
    token_rates: sourced(rates([2, 0.2, 2.5, 0.25, 8, null]), 'seed-mini-pricing', 'official', 'image output only'),
    image_prices: sourced(ladder([0.005, 0.011, 0.036], [0.006, 0.015, 0.052]), 'seed-mini-pricing', 'official'),
    output_tokens: sourced(
      GPT_IMAGE_1_OUTPUT_TOKENS,
      'openai-image-guide',
      'estimate',
      "gpt-image-1's counts, used only for TPM checks; mini is priced from its list table"
    ),
    input_images: sourced(TILE_INPUT, 'openai-vision-guide', 'official', 'high fidelity preserves the first image'),
    capabilities: {
      batch: yes('seed-mini-review'),
      edits: yes('seed-mini-review'),
      text_output: no('seed-mini-review'),
      partial_images: yes('openai-image-guide'),
      transparent_background: no('community-transparent-background', 'estimate', 'not stated in the sources'),
      high_fidelity_inputs: sourced<number | 'all'>(1, 'seed-mini-review', 'official', 'preserves the first input image')
    },
    tier_limits: sourced(GPT_IMAGE_TIER_LIMITS, 'seed-mini-pricing', 'official')
  },
  {
    id: 'chatgpt-image-latest',
    aliases: [],
    lifecycle: sourced(SUNSET_2026_12_01, 'openai-deprecations', 'official'),
    qualities: sourced(GPT_IMAGE_1_QUALITIES, 'openai-model-pages', 'derived', 'assumed equal to gpt-image-1.5'),
    sizes: sourced(GPT_IMAGE_1_SIZES, 'openai-model-pages', 'derived', 'assumed equal to gpt-image-1.5'),
    token_rates: sourced(rates([5, 1.25, 8, 2, 32, 10]), 'openai-pricing', 'official'),
    image_prices: null,
    output_tokens: sourced(
      GPT_IMAGE_1_OUTPUT_TOKENS,
      'openai-image-guide',
      'derived',
      'no per-image table published; priced from gpt-image-1.5 token counts'
    ),
    input_images: sourced(TILE_INPUT, 'openai-vision-guide', 'derived', 'assumed equal to gpt-image-1.5'),
    capabilities: {
      batch: yes('openai-pricing'),
      edits: yes('openai-model-pages', 'derived', 'assumed equal to gpt-image-1.5'),
      text_output: yes('openai-pricing', 'derived', 'a text-output rate is published'),
      partial_images: yes('openai-image-guide', 'derived', 'assumed equal to gpt-image-1.5'),
      transparent_background: yes('community-transparent-background', 'estimate', 'assumed equal to gpt-image-1.5'),
      high_fidelity_inputs: sourced<number | 'all'>(5, 'seed-mini-review', 'estimate', 'assumed equal to gpt-image-1.5')
    },
    tier_limits: sourced(GPT_IMAGE_TIER_LIMITS, 'openai-model-pages', 'estimate', 'assumed equal to gpt-image-1.5')
  },
  {
    id: 'gpt-image-1',
    aliases: [],
    lifecycle: sourced(
      {
        notice_date: '2026-04-22',
        shutdown_date: '2026-10-23',
        replacements: ['gpt-image-2.5-sunburst', 'gpt-image-2'],
        replacement_note: 'earlier pages named gpt-image-2; later pages gpt-image-2.5-sunburst'
      },
      'openai-deprecations',
      'official'
    ),
    qualities: sourced(GPT_IMAGE_1_QUALITIES, 'openai-model-pages', 'official'),
    sizes: sourced(GPT_IMAGE_1_SIZES, 'openai-model-pages', 'official'),
    token_rates: sourced(rates([5, 1.25, 10, 2.5, 40, null]), 'openai-pricing', 'official'),
    image_prices: sourced(ladder([0.011, 0.042, 0.167], [0.016, 0.063, 0.25]), 'openai-pricing', 'official'),
    output_tokens: sourced(GPT_IMAGE_1_OUTPUT_TOKENS, 'openai-image-guide', 'official'),
    input_images: sourced(TILE_INPUT, 'openai-vision-guide', 'official', 'high fidelity preserves the first image'),
    capabilities: {
      batch: yes('openai-pricing'),
      edits: yes('seed-mini-review'),
      text_output: no('seed-mini-review'),
      partial_images: yes('openai-image-guide'),
      transparent_background: yes('community-transparent-background', 'community'),
      high_fidelity_inputs: sourced<number | 'all'>(1, 'seed-mini-review', 'official', 'preserves the first input image')
    },
    tier_limits: sourced(GPT_IMAGE_TIER_LIMITS, 'openai-model-pages', 'official')
  },
  {
    id: 'dall-e-3',
    aliases: [],
    lifecycle: sourced(
      { notice_date: '2025-11-14', shutdown_date: '2026-05-12', replacements: [], replacement_note: 'gpt-image models' },
      'openai-deprecations',
      'official'
    ),
    qualities: sourced<Quality[]>(['standard', 'hd'], 'openai-pricing', 'official'),
    sizes: sourced<SizeRule>({ kind: 'fixed', sizes: [SQUARE, '1024x1792', '1792x1024'] }, 'openai-pricing', 'official'),
    token_rates: null,
    image_prices: sourced<QualitySizeTable>(
      {
        standard: { [SQUARE]: 0.04, '1024x1792': 0.08, '1792x1024': 0.08 },
        hd: { [SQUARE]: 0.08, '1024x1792': 0.12, '1792x1024': 0.12 }
      },
      'openai-pricing',
      'official'
    ),
    output_tokens: null,
    input_images: sourced<InputImageRule>({ kind: 'none' }, 'openai-pricing', 'official', 'priced per image only'),
    capabilities: {
      batch: no('openai-pricing'),
      edits: no('openai-pricing', 'estimate', 'not listed in the sources'),
      text_output: no('openai-pricing'),
      partial_images: no('openai-image-guide', 'estimate', 'streaming is documented for gpt-image models only'),
      transparent_background: no('community-transparent-background', 'estimate', 'not stated in the sources'),
      high_fidelity_inputs: sourced<number | 'all'>(0, 'openai-pricing', 'estimate', 'takes no input images')
    },
    tier_limits: sourced(DALL_E_3_TIER_LIMITS, 'openai-rate-limits', 'official', 'images per minute only')
  },
  {
    id: 'dall-e-2',
    aliases: [],
    lifecycle: sourced(
      { notice_date: '2025-11-14', shutdown_date: '2026-05-12', replacements: [], replacement_note: 'gpt-image models' },
      'openai-deprecations',
      'official'
    ),
    qualities: sourced<Quality[]>(['standard'], 'openai-pricing', 'official', 'a single quality'),
    sizes: sourced<SizeRule>({ kind: 'fixed', sizes: ['256x256', '512x512', SQUARE] }, 'openai-pricing', 'official'),
    token_rates: null,
    image_prices: sourced<QualitySizeTable>(
      { standard: { '256x256': 0.016, '512x512': 0.018, [SQUARE]: 0.02 } },
      'openai-pricing',
      'official'
    ),
    output_tokens: null,
    input_images: sourced<InputImageRule>({ kind: 'none' }, 'openai-pricing', 'official', 'priced per image only'),
    capabilities: {
      batch: no('openai-pricing', 'estimate', 'not stated in the sources'),
      edits: no('openai-pricing', 'estimate', 'not listed in the sources'),
      text_output: no('openai-pricing'),
      partial_images: no('openai-image-guide', 'estimate', 'streaming is documented for gpt-image models only'),
      transparent_background: no('community-transparent-background', 'estimate', 'not stated in the sources'),
      high_fidelity_inputs: sourced<number | 'all'>(0, 'openai-pricing', 'estimate', 'takes no input images')
    },
    tier_limits: null
  }
]

export const BUILTIN_CATALOG: Catalog = {
  as_of: CATALOG_AS_OF,
  currency: 'USD',
  models: MODELS,
  monthly_usage_limits: sourced(
    { free: 100, '1': 100, '2': 500, '3': 1000, '4': 5000, '5': 200_000 },
    'openai-rate-limits',
    'official'
  ),
  partial_image_tokens: sourced(100, 'openai-image-guide', 'official'),
  hours_per_month: sourced(730, 'infracost-month', 'derived', '365 x 24 / 12, a convention'),
  batch_discount: sourced(0.5, 'openai-pricing', 'official'),
  sources: SOURCES
}
