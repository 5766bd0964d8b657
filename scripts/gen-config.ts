/**
 * Synthetic configs for the benchmark: N workloads, with about 10% changed between base and head.
 * `block` writes one key per line, as the README shows and people write; `flow` one mapping per line.
 */
const MODELS = ['gpt-image-2', 'gpt-image-2.5-flare', 'gpt-image-2.6-sunburst', 'gpt-image-1-mini', 'gpt-image-1.5']
const QUALITIES = ['low', 'medium', 'high']
const SIZES = ['1024x1024', '1024x1536', '1536x1024']

export function generateConfig(workloads: number, changed: boolean, style: 'block' | 'flow' = 'block'): string {
  const lines = [
    'version: 1',
    'organization:',
    '  tier: 5',
    '  monthly_usage_limit_usd: 100000000',
    'budget:',
    '  monthly_usd: 100000000',
    '  max_increase_percent: 50',
    'defaults:',
    '  peak_images_per_minute: 0.001',
    '  prompt_tokens: 120',
    '  cached_prompt_share: 0.25',
    'workloads:'
  ]
  // Either style keeps 100,000 workloads (about 13-15 MB) under the 16 MiB file cap.
  for (let i = 0; i < workloads; i++) {
    const bump = changed && i % 10 === 0
    const fields = [
      `name: workload-${i}`,
      `model: ${MODELS[i % MODELS.length]}`,
      `quality: ${QUALITIES[i % 3]}`,
      `size: ${SIZES[(i >> 1) % 3]}`,
      `images_per_month: ${1000 + (i % 97) * 10 + (bump ? 500 : 0)}`,
      `retry_rate: ${((i % 7) * 0.03).toFixed(2)}`
    ]
    if (i % 4 === 0) fields.push('input_images: 1')
    if (i % 5 === 0) fields.push('batch: true')
    if (style === 'flow') lines.push(`  - { ${fields.join(', ')} }`)
    else lines.push(...fields.map((field, k) => `${k === 0 ? '  - ' : '    '}${field}`))
  }
  return lines.join('\n') + '\n'
}
