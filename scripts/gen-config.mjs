// Writes a synthetic head and base config with N workloads (about 10% changed between them).
import { writeFileSync } from 'node:fs'
const n = Number(process.argv[2] ?? 1000)
const dir = process.argv[3] ?? '/tmp'
const models = ['gpt-image-2', 'gpt-image-2.5-flare', 'gpt-image-2.6-sunburst', 'gpt-image-1-mini', 'gpt-image-1.5']
const qualities = ['low', 'medium', 'high']
const sizes = ['1024x1024', '1024x1536', '1536x1024']
function config(changed) {
  const lines = ['version: 1', 'organization:', '  tier: 5', 'budget:', '  monthly_usd: 100000000', '  max_increase_percent: 50', 'defaults:', '  prompt_tokens: 120', '  cached_prompt_share: 0.25', 'workloads:']
  for (let i = 0; i < n; i++) {
    const bump = changed && i % 10 === 0
    lines.push(`  - name: workload-${i}`)
    lines.push(`    model: ${models[i % models.length]}`)
    lines.push(`    quality: ${qualities[i % 3]}`)
    lines.push(`    size: ${sizes[(i >> 1) % 3]}`)
    lines.push(`    images_per_month: ${1000 + (i % 97) * 10 + (bump ? 500 : 0)}`)
    lines.push(`    retry_rate: ${((i % 7) * 0.03).toFixed(2)}`)
    if (i % 4 === 0) lines.push('    input_images: 1')
    if (i % 5 === 0) lines.push('    batch: true')
  }
  return lines.join('\n') + '\n'
}
writeFileSync(`${dir}/bench-${n}-head.yml`, config(true))
writeFileSync(`${dir}/bench-${n}-base.yml`, config(false))
