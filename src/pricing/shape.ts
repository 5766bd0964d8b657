/**
 * Workloads that price alike: the same values in every field that decides a workload's price per
 * image and its assumptions. Found by a hash of those fields and a check of each one, so that no
 * key string is built per workload (100,000 workloads would build and hash 100,000 strings).
 */
import type { ResolvedWorkload } from '../config/resolve.js'

/** Whether two workloads ask for the same thing: every pricing field but the model agrees. */
export function sameIntent(a: ResolvedWorkload, b: ResolvedWorkload): boolean {
  return (
    a.quality === b.quality &&
    a.size === b.size &&
    a.volume_from === b.volume_from &&
    a.images_per_request === b.images_per_request &&
    a.prompt_tokens === b.prompt_tokens &&
    a.cached_prompt_share === b.cached_prompt_share &&
    a.input_images === b.input_images &&
    a.input_image_size === b.input_image_size &&
    a.input_fidelity === b.input_fidelity &&
    a.input_image_tokens === b.input_image_tokens &&
    a.partial_images === b.partial_images &&
    a.text_output_tokens === b.text_output_tokens &&
    a.retry_rate === b.retry_rate &&
    a.batch === b.batch &&
    a.complexity === b.complexity &&
    a.output_format === b.output_format &&
    (a.peak_images_per_minute === undefined) === (b.peak_images_per_minute === undefined)
  )
}

/** Whether two workloads price alike: the same intent on the same model, written the same way. */
export function samePricing(a: ResolvedWorkload, b: ResolvedWorkload): boolean {
  return a.model === b.model && a.model_alias === b.model_alias && sameIntent(a, b)
}

const float = new Float64Array(1)
const halves = new Uint32Array(float.buffer)

function mix(hash: number, value: number): number {
  return (Math.imul(hash, 31) + value) | 0
}

function numberHash(value: number | undefined): number {
  if (value === undefined) return -1
  if ((value | 0) === value) return value
  float[0] = value
  return (halves[0] as number) ^ (halves[1] as number)
}

/**
 * Values keyed by a workload's intent (`withModel` false) or its full pricing (`withModel` true).
 * Strings are hashed by a number given to each distinct string, which the table keeps.
 */
export class ShapeTable<V> {
  private readonly buckets = new Map<number, { workload: ResolvedWorkload; value: V }[]>()
  private readonly words = new Map<string | undefined, number>()

  constructor(private readonly withModel: boolean) {}

  get(w: ResolvedWorkload): V | undefined {
    const bucket = this.buckets.get(this.hash(w))
    if (!bucket) return undefined
    const same = this.withModel ? samePricing : sameIntent
    for (let i = 0; i < bucket.length; i++) {
      const entry = bucket[i] as { workload: ResolvedWorkload; value: V }
      if (same(entry.workload, w)) return entry.value
    }
    return undefined
  }

  set(w: ResolvedWorkload, value: V): void {
    const hash = this.hash(w)
    const bucket = this.buckets.get(hash)
    if (bucket) bucket.push({ workload: w, value })
    else this.buckets.set(hash, [{ workload: w, value }])
  }

  private word(text: string | undefined): number {
    let id = this.words.get(text)
    if (id === undefined) {
      id = this.words.size
      this.words.set(text, id)
    }
    return id
  }

  private hash(w: ResolvedWorkload): number {
    let h = this.withModel ? mix(this.word(w.model), this.word(w.model_alias)) : 0
    h = mix(h, this.word(w.quality ?? undefined))
    h = mix(h, this.word(w.size))
    h = mix(h, this.word(w.volume_from))
    h = mix(h, numberHash(w.images_per_request))
    h = mix(h, numberHash(w.prompt_tokens))
    h = mix(h, numberHash(w.cached_prompt_share))
    h = mix(h, numberHash(w.input_images))
    h = mix(h, this.word(w.input_image_size))
    h = mix(h, this.word(w.input_fidelity))
    h = mix(h, numberHash(w.input_image_tokens))
    h = mix(h, numberHash(w.partial_images))
    h = mix(h, numberHash(w.text_output_tokens))
    h = mix(h, numberHash(w.retry_rate))
    h = mix(h, w.batch ? 1 : 0)
    h = mix(h, this.word(w.complexity))
    h = mix(h, this.word(w.output_format))
    return mix(h, w.peak_images_per_minute === undefined ? 1 : 0)
  }
}
