// Generated from src/config/schema.ts by src/config/parser-codegen.ts (npm run build). Do not edit.
/**
 * Parses a config the schema accepts into the value zod would return, or returns INVALID; a
 * rejected config is then validated by zod for its error messages. Unlike the schema:
 * - the custom check at workloads is not mirrored: unique names, which the loader checks with duplicateNames() (unique-names.ts)
 */

export const INVALID: unique symbol = Symbol('invalid config')

function hasOwn(x: object, key: string): boolean {
  return Object.prototype.hasOwnProperty.call(x, key)
}

/** A mapping: no prototype, or the Object.prototype of this or another realm (never a class instance). */
function isPlainObject(x: unknown): x is Record<string, unknown> {
  if (typeof x !== 'object' || x === null || Array.isArray(x)) return false
  const proto: object | null = Object.getPrototypeOf(x) as object | null
  return proto === null || (Object.getPrototypeOf(proto) === null && hasOwn(proto, 'isPrototypeOf'))
}

const C0 = new Set(["version","organization","budget","defaults","pricing","workloads"])
const C1 = new Set<unknown>([1])
const C2 = new Set(["tier","limits","monthly_usage_limit_usd"])
const C3 = new Set<unknown>(["free"])
const C4 = new Set<unknown>([2])
const C5 = new Set<unknown>([3])
const C6 = new Set<unknown>([4])
const C7 = new Set<unknown>([5])
const C8 = new Set<unknown>(["gpt-image-2","gpt-image-2-2026-04-21","gpt-image-2.5-flare","gpt-image-2.5-flare-2026-09-08","gpt-image-2.5-sunburst","gpt-image-2.5-sunburst-2026-09-08","gpt-image-2.6-flare","gpt-image-2.6-flare-2026-11-04","gpt-image-2.6-sunburst","gpt-image-2.6-sunburst-2026-11-04","gpt-image-1.5","gpt-image-1.5-2025-12-16","gpt-image-1-mini","chatgpt-image-latest","gpt-image-1","dall-e-3","dall-e-2"])
const C9 = new Set(["images_per_minute","tokens_per_minute"])
const C10 = new Set(["monthly_usd","warn_at_percent","max_increase_usd","max_increase_percent","models"])
const C11 = new Set(["model","images_per_month","images_per_day","quality","size","images_per_request","prompt_tokens","cached_prompt_share","input_images","input_image_size","input_fidelity","input_image_tokens","partial_images","text_output_tokens","retry_rate","requires","batch","peak_images_per_minute","budget_usd"])
const C12 = new Set<unknown>(["low","medium","high","auto","xhigh","max","standard","hd"])
const C13 = /^[1-9][0-9]*x[1-9][0-9]*$/
const C14 = new Set<unknown>(["low","high"])
const C15 = new Set<unknown>(["default","gpt-image-2","gpt-image-2-2026-04-21","gpt-image-2.5-flare","gpt-image-2.5-flare-2026-09-08","gpt-image-2.5-sunburst","gpt-image-2.5-sunburst-2026-09-08","gpt-image-2.6-flare","gpt-image-2.6-flare-2026-11-04","gpt-image-2.6-sunburst","gpt-image-2.6-sunburst-2026-11-04","gpt-image-1.5","gpt-image-1.5-2025-12-16","gpt-image-1-mini","chatgpt-image-latest","gpt-image-1","dall-e-3","dall-e-2"])
const C16 = new Set<unknown>(["text_output","multi_image_fidelity","edits","batch","transparent_background"])
const C17 = new Set(["token_rates","image_prices","source"])
const C18 = new Set(["text_input","cached_text_input","image_input","cached_image_input","image_output","text_output"])
const C19 = new Set(["name","model","images_per_month","images_per_day","quality","size","images_per_request","prompt_tokens","cached_prompt_share","input_images","input_image_size","input_fidelity","input_image_tokens","partial_images","text_output_tokens","retry_rate","requires","batch","peak_images_per_minute","budget_usd"])

/** version */
function p1(x: unknown): unknown {
  return C1.has(x) ? x : INVALID
}

/** organization.tier */
function p6(x: unknown): unknown {
  return C3.has(x) ? x : INVALID
}

/** organization.tier */
function p7(x: unknown): unknown {
  return C1.has(x) ? x : INVALID
}

/** organization.tier */
function p8(x: unknown): unknown {
  return C4.has(x) ? x : INVALID
}

/** organization.tier */
function p9(x: unknown): unknown {
  return C5.has(x) ? x : INVALID
}

/** organization.tier */
function p10(x: unknown): unknown {
  return C6.has(x) ? x : INVALID
}

/** organization.tier */
function p11(x: unknown): unknown {
  return C7.has(x) ? x : INVALID
}

/** organization.tier */
function p5(x: unknown): unknown {
  let v: unknown
  v = p6(x)
  if (v !== INVALID) return v
  v = p7(x)
  if (v !== INVALID) return v
  v = p8(x)
  if (v !== INVALID) return v
  v = p9(x)
  if (v !== INVALID) return v
  v = p10(x)
  if (v !== INVALID) return v
  v = p11(x)
  if (v !== INVALID) return v
  return INVALID
}

/** organization.tier */
function p4(x: unknown): unknown {
  return x === undefined ? undefined : p5(x)
}

/** organization.limits{key} */
function p14(x: unknown): unknown {
  return C8.has(x) ? x : INVALID
}

/** organization.limits{}.images_per_minute */
function p17(x: unknown): unknown {
  if (typeof x !== 'number' || !Number.isFinite(x)) return INVALID
  if (x < 0) return INVALID
  if (x > 1000000000000) return INVALID
  return x
}

/** organization.limits{}.images_per_minute */
function p16(x: unknown): unknown {
  return x === undefined ? undefined : p17(x)
}

/** organization.limits{}.tokens_per_minute */
function p19(x: unknown): unknown {
  if (typeof x !== 'number' || !Number.isFinite(x)) return INVALID
  if (x < 0) return INVALID
  if (x > 1000000000000000) return INVALID
  return x
}

/** organization.limits{}.tokens_per_minute */
function p18(x: unknown): unknown {
  return x === undefined ? undefined : p19(x)
}

/** organization.limits{} */
function p15(x: unknown): unknown {
  if (!isPlainObject(x)) return INVALID
  for (const key in x) if (!C9.has(key)) return INVALID
  const out: Record<string, unknown> = {}
  let v: unknown
  if (hasOwn(x, "images_per_minute")) {
    v = p16(x["images_per_minute"])
    if (v === INVALID) return INVALID
    out["images_per_minute"] = v
  } else if (p16(undefined) === INVALID) return INVALID
  if (hasOwn(x, "tokens_per_minute")) {
    v = p18(x["tokens_per_minute"])
    if (v === INVALID) return INVALID
    out["tokens_per_minute"] = v
  } else if (p18(undefined) === INVALID) return INVALID
  return out
}

/** organization.limits */
function p13(x: unknown): unknown {
  if (!isPlainObject(x)) return INVALID
  const out: Record<string, unknown> = {}
  for (const k of Object.keys(x)) {
    if (k === '__proto__' || p14(k) === INVALID) return INVALID
    const v = p15(x[k])
    if (v === INVALID) return INVALID
    out[k] = v
  }
  return out
}

/** organization.limits */
function p12(x: unknown): unknown {
  return x === undefined ? undefined : p13(x)
}

/** organization.monthly_usage_limit_usd */
function p21(x: unknown): unknown {
  if (typeof x !== 'number' || !Number.isFinite(x)) return INVALID
  if (x < 0) return INVALID
  if (x > 1000000000000000) return INVALID
  return x
}

/** organization.monthly_usage_limit_usd */
function p20(x: unknown): unknown {
  return x === undefined ? undefined : p21(x)
}

/** organization */
function p3(x: unknown): unknown {
  if (!isPlainObject(x)) return INVALID
  for (const key in x) if (!C2.has(key)) return INVALID
  const out: Record<string, unknown> = {}
  let v: unknown
  if (hasOwn(x, "tier")) {
    v = p4(x["tier"])
    if (v === INVALID) return INVALID
    out["tier"] = v
  } else if (p4(undefined) === INVALID) return INVALID
  if (hasOwn(x, "limits")) {
    v = p12(x["limits"])
    if (v === INVALID) return INVALID
    out["limits"] = v
  } else if (p12(undefined) === INVALID) return INVALID
  if (hasOwn(x, "monthly_usage_limit_usd")) {
    v = p20(x["monthly_usage_limit_usd"])
    if (v === INVALID) return INVALID
    out["monthly_usage_limit_usd"] = v
  } else if (p20(undefined) === INVALID) return INVALID
  return out
}

/** organization */
function p2(x: unknown): unknown {
  return x === undefined ? undefined : p3(x)
}

/** budget.monthly_usd */
function p24(x: unknown): unknown {
  return x === undefined ? undefined : p21(x)
}

/** budget.warn_at_percent */
function p26(x: unknown): unknown {
  if (typeof x !== 'number' || !Number.isFinite(x)) return INVALID
  if (x <= 0) return INVALID
  if (x > 100) return INVALID
  return x
}

/** budget.warn_at_percent */
function p25(x: unknown): unknown {
  return x === undefined ? undefined : p26(x)
}

/** budget.max_increase_usd */
function p27(x: unknown): unknown {
  return x === undefined ? undefined : p21(x)
}

/** budget.max_increase_percent */
function p29(x: unknown): unknown {
  if (typeof x !== 'number' || !Number.isFinite(x)) return INVALID
  if (x < 0) return INVALID
  if (x > 1000000000) return INVALID
  return x
}

/** budget.max_increase_percent */
function p28(x: unknown): unknown {
  return x === undefined ? undefined : p29(x)
}

/** budget.models */
function p31(x: unknown): unknown {
  if (!isPlainObject(x)) return INVALID
  const out: Record<string, unknown> = {}
  for (const k of Object.keys(x)) {
    if (k === '__proto__' || p14(k) === INVALID) return INVALID
    const v = p21(x[k])
    if (v === INVALID) return INVALID
    out[k] = v
  }
  return out
}

/** budget.models */
function p30(x: unknown): unknown {
  return x === undefined ? undefined : p31(x)
}

/** budget */
function p23(x: unknown): unknown {
  if (!isPlainObject(x)) return INVALID
  for (const key in x) if (!C10.has(key)) return INVALID
  const out: Record<string, unknown> = {}
  let v: unknown
  if (hasOwn(x, "monthly_usd")) {
    v = p24(x["monthly_usd"])
    if (v === INVALID) return INVALID
    out["monthly_usd"] = v
  } else if (p24(undefined) === INVALID) return INVALID
  if (hasOwn(x, "warn_at_percent")) {
    v = p25(x["warn_at_percent"])
    if (v === INVALID) return INVALID
    out["warn_at_percent"] = v
  } else if (p25(undefined) === INVALID) return INVALID
  if (hasOwn(x, "max_increase_usd")) {
    v = p27(x["max_increase_usd"])
    if (v === INVALID) return INVALID
    out["max_increase_usd"] = v
  } else if (p27(undefined) === INVALID) return INVALID
  if (hasOwn(x, "max_increase_percent")) {
    v = p28(x["max_increase_percent"])
    if (v === INVALID) return INVALID
    out["max_increase_percent"] = v
  } else if (p28(undefined) === INVALID) return INVALID
  if (hasOwn(x, "models")) {
    v = p30(x["models"])
    if (v === INVALID) return INVALID
    out["models"] = v
  } else if (p30(undefined) === INVALID) return INVALID
  return out
}

/** budget */
function p22(x: unknown): unknown {
  return x === undefined ? undefined : p23(x)
}

/** defaults.model */
function p35(x: unknown): unknown {
  return C8.has(x) ? x : INVALID
}

/** defaults.model */
function p34(x: unknown): unknown {
  return x === undefined ? undefined : p35(x)
}

/** defaults.images_per_month */
function p37(x: unknown): unknown {
  if (typeof x !== 'number' || !Number.isFinite(x)) return INVALID
  if (x < 0) return INVALID
  if (x > 1000000000000) return INVALID
  return x
}

/** defaults.images_per_month */
function p36(x: unknown): unknown {
  return x === undefined ? undefined : p37(x)
}

/** defaults.images_per_day */
function p39(x: unknown): unknown {
  if (typeof x !== 'number' || !Number.isFinite(x)) return INVALID
  if (x < 0) return INVALID
  if (x > 1000000000000) return INVALID
  return x
}

/** defaults.images_per_day */
function p38(x: unknown): unknown {
  return x === undefined ? undefined : p39(x)
}

/** defaults.quality */
function p41(x: unknown): unknown {
  return C12.has(x) ? x : INVALID
}

/** defaults.quality */
function p40(x: unknown): unknown {
  return x === undefined ? undefined : p41(x)
}

/** defaults.size */
function p43(x: unknown): unknown {
  if (typeof x !== 'string') return INVALID
  if (!C13.test(x)) return INVALID
  return x
}

/** defaults.size */
function p42(x: unknown): unknown {
  return x === undefined ? undefined : p43(x)
}

/** defaults.images_per_request */
function p45(x: unknown): unknown {
  if (typeof x !== 'number' || !Number.isFinite(x)) return INVALID
  if (!Number.isSafeInteger(x)) return INVALID
  if (x < 1) return INVALID
  if (x > 1000) return INVALID
  return x
}

/** defaults.images_per_request */
function p44(x: unknown): unknown {
  return x === undefined ? undefined : p45(x)
}

/** defaults.prompt_tokens */
function p47(x: unknown): unknown {
  if (typeof x !== 'number' || !Number.isFinite(x)) return INVALID
  if (!Number.isSafeInteger(x)) return INVALID
  if (x < 0) return INVALID
  if (x > 100000000) return INVALID
  return x
}

/** defaults.prompt_tokens */
function p46(x: unknown): unknown {
  return x === undefined ? undefined : p47(x)
}

/** defaults.cached_prompt_share */
function p49(x: unknown): unknown {
  if (typeof x !== 'number' || !Number.isFinite(x)) return INVALID
  if (x < 0) return INVALID
  if (x > 1) return INVALID
  return x
}

/** defaults.cached_prompt_share */
function p48(x: unknown): unknown {
  return x === undefined ? undefined : p49(x)
}

/** defaults.input_images */
function p51(x: unknown): unknown {
  if (typeof x !== 'number' || !Number.isFinite(x)) return INVALID
  if (!Number.isSafeInteger(x)) return INVALID
  if (x < 0) return INVALID
  if (x > 1000) return INVALID
  return x
}

/** defaults.input_images */
function p50(x: unknown): unknown {
  return x === undefined ? undefined : p51(x)
}

/** defaults.input_image_size */
function p53(x: unknown): unknown {
  if (typeof x !== 'string') return INVALID
  if (!C13.test(x)) return INVALID
  return x
}

/** defaults.input_image_size */
function p52(x: unknown): unknown {
  return x === undefined ? undefined : p53(x)
}

/** defaults.input_fidelity */
function p55(x: unknown): unknown {
  return C14.has(x) ? x : INVALID
}

/** defaults.input_fidelity */
function p54(x: unknown): unknown {
  return x === undefined ? undefined : p55(x)
}

/** defaults.input_image_tokens */
function p57(x: unknown): unknown {
  if (typeof x !== 'number' || !Number.isFinite(x)) return INVALID
  if (!Number.isSafeInteger(x)) return INVALID
  if (x < 0) return INVALID
  if (x > 100000000) return INVALID
  return x
}

/** defaults.input_image_tokens */
function p56(x: unknown): unknown {
  return x === undefined ? undefined : p57(x)
}

/** defaults.partial_images */
function p59(x: unknown): unknown {
  if (typeof x !== 'number' || !Number.isFinite(x)) return INVALID
  if (!Number.isSafeInteger(x)) return INVALID
  if (x < 0) return INVALID
  if (x > 3) return INVALID
  return x
}

/** defaults.partial_images */
function p58(x: unknown): unknown {
  return x === undefined ? undefined : p59(x)
}

/** defaults.text_output_tokens */
function p61(x: unknown): unknown {
  if (typeof x !== 'number' || !Number.isFinite(x)) return INVALID
  if (!Number.isSafeInteger(x)) return INVALID
  if (x < 0) return INVALID
  if (x > 100000000) return INVALID
  return x
}

/** defaults.text_output_tokens */
function p60(x: unknown): unknown {
  return x === undefined ? undefined : p61(x)
}

/** defaults.retry_rate */
function p64(x: unknown): unknown {
  if (typeof x !== 'number' || !Number.isFinite(x)) return INVALID
  if (x < 0) return INVALID
  if (x >= 1) return INVALID
  return x
}

/** defaults.retry_rate{key} */
function p66(x: unknown): unknown {
  return C15.has(x) ? x : INVALID
}

/** defaults.retry_rate */
function p65(x: unknown): unknown {
  if (!isPlainObject(x)) return INVALID
  const out: Record<string, unknown> = {}
  for (const k of Object.keys(x)) {
    if (k === '__proto__' || p66(k) === INVALID) return INVALID
    const v = p64(x[k])
    if (v === INVALID) return INVALID
    out[k] = v
  }
  return out
}

/** defaults.retry_rate */
function p63(x: unknown): unknown {
  let v: unknown
  v = p64(x)
  if (v !== INVALID) return v
  v = p65(x)
  if (v !== INVALID) return v
  return INVALID
}

/** defaults.retry_rate */
function p62(x: unknown): unknown {
  return x === undefined ? undefined : p63(x)
}

/** defaults.requires[] */
function p69(x: unknown): unknown {
  return C16.has(x) ? x : INVALID
}

/** defaults.requires */
function p68(x: unknown): unknown {
  if (!Array.isArray(x)) return INVALID
  const out: unknown[] = new Array(x.length)
  for (let i = 0; i < x.length; i++) {
    const v = p69(x[i])
    if (v === INVALID) return INVALID
    out[i] = v
  }
  return out
}

/** defaults.requires */
function p67(x: unknown): unknown {
  return x === undefined ? undefined : p68(x)
}

/** defaults.batch */
function p71(x: unknown): unknown {
  return typeof x === 'boolean' ? x : INVALID
}

/** defaults.batch */
function p70(x: unknown): unknown {
  return x === undefined ? undefined : p71(x)
}

/** defaults.peak_images_per_minute */
function p73(x: unknown): unknown {
  if (typeof x !== 'number' || !Number.isFinite(x)) return INVALID
  if (x < 0) return INVALID
  if (x > 1000000000000) return INVALID
  return x
}

/** defaults.peak_images_per_minute */
function p72(x: unknown): unknown {
  return x === undefined ? undefined : p73(x)
}

/** defaults.budget_usd */
function p75(x: unknown): unknown {
  if (typeof x !== 'number' || !Number.isFinite(x)) return INVALID
  if (x < 0) return INVALID
  if (x > 1000000000000000) return INVALID
  return x
}

/** defaults.budget_usd */
function p74(x: unknown): unknown {
  return x === undefined ? undefined : p75(x)
}

/** defaults */
function p33(x: unknown): unknown {
  if (!isPlainObject(x)) return INVALID
  for (const key in x) if (!C11.has(key)) return INVALID
  const out: Record<string, unknown> = {}
  let v: unknown
  if (hasOwn(x, "model")) {
    v = p34(x["model"])
    if (v === INVALID) return INVALID
    out["model"] = v
  } else if (p34(undefined) === INVALID) return INVALID
  if (hasOwn(x, "images_per_month")) {
    v = p36(x["images_per_month"])
    if (v === INVALID) return INVALID
    out["images_per_month"] = v
  } else if (p36(undefined) === INVALID) return INVALID
  if (hasOwn(x, "images_per_day")) {
    v = p38(x["images_per_day"])
    if (v === INVALID) return INVALID
    out["images_per_day"] = v
  } else if (p38(undefined) === INVALID) return INVALID
  if (hasOwn(x, "quality")) {
    v = p40(x["quality"])
    if (v === INVALID) return INVALID
    out["quality"] = v
  } else if (p40(undefined) === INVALID) return INVALID
  if (hasOwn(x, "size")) {
    v = p42(x["size"])
    if (v === INVALID) return INVALID
    out["size"] = v
  } else if (p42(undefined) === INVALID) return INVALID
  if (hasOwn(x, "images_per_request")) {
    v = p44(x["images_per_request"])
    if (v === INVALID) return INVALID
    out["images_per_request"] = v
  } else if (p44(undefined) === INVALID) return INVALID
  if (hasOwn(x, "prompt_tokens")) {
    v = p46(x["prompt_tokens"])
    if (v === INVALID) return INVALID
    out["prompt_tokens"] = v
  } else if (p46(undefined) === INVALID) return INVALID
  if (hasOwn(x, "cached_prompt_share")) {
    v = p48(x["cached_prompt_share"])
    if (v === INVALID) return INVALID
    out["cached_prompt_share"] = v
  } else if (p48(undefined) === INVALID) return INVALID
  if (hasOwn(x, "input_images")) {
    v = p50(x["input_images"])
    if (v === INVALID) return INVALID
    out["input_images"] = v
  } else if (p50(undefined) === INVALID) return INVALID
  if (hasOwn(x, "input_image_size")) {
    v = p52(x["input_image_size"])
    if (v === INVALID) return INVALID
    out["input_image_size"] = v
  } else if (p52(undefined) === INVALID) return INVALID
  if (hasOwn(x, "input_fidelity")) {
    v = p54(x["input_fidelity"])
    if (v === INVALID) return INVALID
    out["input_fidelity"] = v
  } else if (p54(undefined) === INVALID) return INVALID
  if (hasOwn(x, "input_image_tokens")) {
    v = p56(x["input_image_tokens"])
    if (v === INVALID) return INVALID
    out["input_image_tokens"] = v
  } else if (p56(undefined) === INVALID) return INVALID
  if (hasOwn(x, "partial_images")) {
    v = p58(x["partial_images"])
    if (v === INVALID) return INVALID
    out["partial_images"] = v
  } else if (p58(undefined) === INVALID) return INVALID
  if (hasOwn(x, "text_output_tokens")) {
    v = p60(x["text_output_tokens"])
    if (v === INVALID) return INVALID
    out["text_output_tokens"] = v
  } else if (p60(undefined) === INVALID) return INVALID
  if (hasOwn(x, "retry_rate")) {
    v = p62(x["retry_rate"])
    if (v === INVALID) return INVALID
    out["retry_rate"] = v
  } else if (p62(undefined) === INVALID) return INVALID
  if (hasOwn(x, "requires")) {
    v = p67(x["requires"])
    if (v === INVALID) return INVALID
    out["requires"] = v
  } else if (p67(undefined) === INVALID) return INVALID
  if (hasOwn(x, "batch")) {
    v = p70(x["batch"])
    if (v === INVALID) return INVALID
    out["batch"] = v
  } else if (p70(undefined) === INVALID) return INVALID
  if (hasOwn(x, "peak_images_per_minute")) {
    v = p72(x["peak_images_per_minute"])
    if (v === INVALID) return INVALID
    out["peak_images_per_minute"] = v
  } else if (p72(undefined) === INVALID) return INVALID
  if (hasOwn(x, "budget_usd")) {
    v = p74(x["budget_usd"])
    if (v === INVALID) return INVALID
    out["budget_usd"] = v
  } else if (p74(undefined) === INVALID) return INVALID
  return out
}

/** defaults */
function p32(x: unknown): unknown {
  return x === undefined ? undefined : p33(x)
}

/** pricing{}.token_rates.text_input */
function p83(x: unknown): unknown {
  if (typeof x !== 'number' || !Number.isFinite(x)) return INVALID
  if (x < 0) return INVALID
  if (x > 1000000) return INVALID
  return x
}

/** pricing{}.token_rates.text_input */
function p82(x: unknown): unknown {
  return x === null ? null : p83(x)
}

/** pricing{}.token_rates.text_input */
function p81(x: unknown): unknown {
  return x === undefined ? undefined : p82(x)
}

/** pricing{}.token_rates.cached_text_input */
function p84(x: unknown): unknown {
  return x === undefined ? undefined : p82(x)
}

/** pricing{}.token_rates.image_input */
function p85(x: unknown): unknown {
  return x === undefined ? undefined : p82(x)
}

/** pricing{}.token_rates.cached_image_input */
function p86(x: unknown): unknown {
  return x === undefined ? undefined : p82(x)
}

/** pricing{}.token_rates.image_output */
function p87(x: unknown): unknown {
  return x === undefined ? undefined : p82(x)
}

/** pricing{}.token_rates.text_output */
function p88(x: unknown): unknown {
  return x === undefined ? undefined : p82(x)
}

/** pricing{}.token_rates */
function p80(x: unknown): unknown {
  if (!isPlainObject(x)) return INVALID
  for (const key in x) if (!C18.has(key)) return INVALID
  const out: Record<string, unknown> = {}
  let v: unknown
  if (hasOwn(x, "text_input")) {
    v = p81(x["text_input"])
    if (v === INVALID) return INVALID
    out["text_input"] = v
  } else if (p81(undefined) === INVALID) return INVALID
  if (hasOwn(x, "cached_text_input")) {
    v = p84(x["cached_text_input"])
    if (v === INVALID) return INVALID
    out["cached_text_input"] = v
  } else if (p84(undefined) === INVALID) return INVALID
  if (hasOwn(x, "image_input")) {
    v = p85(x["image_input"])
    if (v === INVALID) return INVALID
    out["image_input"] = v
  } else if (p85(undefined) === INVALID) return INVALID
  if (hasOwn(x, "cached_image_input")) {
    v = p86(x["cached_image_input"])
    if (v === INVALID) return INVALID
    out["cached_image_input"] = v
  } else if (p86(undefined) === INVALID) return INVALID
  if (hasOwn(x, "image_output")) {
    v = p87(x["image_output"])
    if (v === INVALID) return INVALID
    out["image_output"] = v
  } else if (p87(undefined) === INVALID) return INVALID
  if (hasOwn(x, "text_output")) {
    v = p88(x["text_output"])
    if (v === INVALID) return INVALID
    out["text_output"] = v
  } else if (p88(undefined) === INVALID) return INVALID
  return out
}

/** pricing{}.token_rates */
function p79(x: unknown): unknown {
  return x === undefined ? undefined : p80(x)
}

/** pricing{}.image_prices{key} */
function p91(x: unknown): unknown {
  return C12.has(x) ? x : INVALID
}

/** pricing{}.image_prices{}{key} */
function p93(x: unknown): unknown {
  if (typeof x !== 'string') return INVALID
  if (!C13.test(x)) return INVALID
  return x
}

/** pricing{}.image_prices{}{} */
function p94(x: unknown): unknown {
  if (typeof x !== 'number' || !Number.isFinite(x)) return INVALID
  if (x < 0) return INVALID
  if (x > 1000000) return INVALID
  return x
}

/** pricing{}.image_prices{} */
function p92(x: unknown): unknown {
  if (!isPlainObject(x)) return INVALID
  const out: Record<string, unknown> = {}
  for (const k of Object.keys(x)) {
    if (k === '__proto__' || p93(k) === INVALID) return INVALID
    const v = p94(x[k])
    if (v === INVALID) return INVALID
    out[k] = v
  }
  return out
}

/** pricing{}.image_prices */
function p90(x: unknown): unknown {
  if (!isPlainObject(x)) return INVALID
  const out: Record<string, unknown> = {}
  for (const k of Object.keys(x)) {
    if (k === '__proto__' || p91(k) === INVALID) return INVALID
    const v = p92(x[k])
    if (v === INVALID) return INVALID
    out[k] = v
  }
  return out
}

/** pricing{}.image_prices */
function p89(x: unknown): unknown {
  return x === undefined ? undefined : p90(x)
}

/** pricing{}.source */
function p96(x: unknown): unknown {
  if (typeof x !== 'string') return INVALID
  return x
}

/** pricing{}.source */
function p95(x: unknown): unknown {
  return x === undefined ? undefined : p96(x)
}

/** pricing{} */
function p78(x: unknown): unknown {
  if (!isPlainObject(x)) return INVALID
  for (const key in x) if (!C17.has(key)) return INVALID
  const out: Record<string, unknown> = {}
  let v: unknown
  if (hasOwn(x, "token_rates")) {
    v = p79(x["token_rates"])
    if (v === INVALID) return INVALID
    out["token_rates"] = v
  } else if (p79(undefined) === INVALID) return INVALID
  if (hasOwn(x, "image_prices")) {
    v = p89(x["image_prices"])
    if (v === INVALID) return INVALID
    out["image_prices"] = v
  } else if (p89(undefined) === INVALID) return INVALID
  if (hasOwn(x, "source")) {
    v = p95(x["source"])
    if (v === INVALID) return INVALID
    out["source"] = v
  } else if (p95(undefined) === INVALID) return INVALID
  return out
}

/** pricing */
function p77(x: unknown): unknown {
  if (!isPlainObject(x)) return INVALID
  const out: Record<string, unknown> = {}
  for (const k of Object.keys(x)) {
    if (k === '__proto__' || p14(k) === INVALID) return INVALID
    const v = p78(x[k])
    if (v === INVALID) return INVALID
    out[k] = v
  }
  return out
}

/** pricing */
function p76(x: unknown): unknown {
  return x === undefined ? undefined : p77(x)
}

/** workloads[].name */
function p99(x: unknown): unknown {
  if (typeof x !== 'string') return INVALID
  if (x.length < 1) return INVALID
  return x
}

/** workloads[].model */
function p100(x: unknown): unknown {
  return x === undefined ? undefined : p35(x)
}

/** workloads[].images_per_month */
function p101(x: unknown): unknown {
  return x === undefined ? undefined : p37(x)
}

/** workloads[].images_per_day */
function p102(x: unknown): unknown {
  return x === undefined ? undefined : p39(x)
}

/** workloads[].quality */
function p103(x: unknown): unknown {
  return x === undefined ? undefined : p41(x)
}

/** workloads[].size */
function p104(x: unknown): unknown {
  return x === undefined ? undefined : p43(x)
}

/** workloads[].images_per_request */
function p105(x: unknown): unknown {
  return x === undefined ? undefined : p45(x)
}

/** workloads[].prompt_tokens */
function p106(x: unknown): unknown {
  return x === undefined ? undefined : p47(x)
}

/** workloads[].cached_prompt_share */
function p107(x: unknown): unknown {
  return x === undefined ? undefined : p49(x)
}

/** workloads[].input_images */
function p108(x: unknown): unknown {
  return x === undefined ? undefined : p51(x)
}

/** workloads[].input_image_size */
function p109(x: unknown): unknown {
  return x === undefined ? undefined : p53(x)
}

/** workloads[].input_fidelity */
function p110(x: unknown): unknown {
  return x === undefined ? undefined : p55(x)
}

/** workloads[].input_image_tokens */
function p111(x: unknown): unknown {
  return x === undefined ? undefined : p57(x)
}

/** workloads[].partial_images */
function p112(x: unknown): unknown {
  return x === undefined ? undefined : p59(x)
}

/** workloads[].text_output_tokens */
function p113(x: unknown): unknown {
  return x === undefined ? undefined : p61(x)
}

/** workloads[].retry_rate */
function p114(x: unknown): unknown {
  return x === undefined ? undefined : p63(x)
}

/** workloads[].requires */
function p115(x: unknown): unknown {
  return x === undefined ? undefined : p68(x)
}

/** workloads[].batch */
function p116(x: unknown): unknown {
  return x === undefined ? undefined : p71(x)
}

/** workloads[].peak_images_per_minute */
function p117(x: unknown): unknown {
  return x === undefined ? undefined : p73(x)
}

/** workloads[].budget_usd */
function p118(x: unknown): unknown {
  return x === undefined ? undefined : p75(x)
}

/** workloads[] */
function p98(x: unknown): unknown {
  if (!isPlainObject(x)) return INVALID
  for (const key in x) if (!C19.has(key)) return INVALID
  const out: Record<string, unknown> = {}
  let v: unknown
  if (hasOwn(x, "name")) {
    v = p99(x["name"])
    if (v === INVALID) return INVALID
    out["name"] = v
  } else if (p99(undefined) === INVALID) return INVALID
  if (hasOwn(x, "model")) {
    v = p100(x["model"])
    if (v === INVALID) return INVALID
    out["model"] = v
  } else if (p100(undefined) === INVALID) return INVALID
  if (hasOwn(x, "images_per_month")) {
    v = p101(x["images_per_month"])
    if (v === INVALID) return INVALID
    out["images_per_month"] = v
  } else if (p101(undefined) === INVALID) return INVALID
  if (hasOwn(x, "images_per_day")) {
    v = p102(x["images_per_day"])
    if (v === INVALID) return INVALID
    out["images_per_day"] = v
  } else if (p102(undefined) === INVALID) return INVALID
  if (hasOwn(x, "quality")) {
    v = p103(x["quality"])
    if (v === INVALID) return INVALID
    out["quality"] = v
  } else if (p103(undefined) === INVALID) return INVALID
  if (hasOwn(x, "size")) {
    v = p104(x["size"])
    if (v === INVALID) return INVALID
    out["size"] = v
  } else if (p104(undefined) === INVALID) return INVALID
  if (hasOwn(x, "images_per_request")) {
    v = p105(x["images_per_request"])
    if (v === INVALID) return INVALID
    out["images_per_request"] = v
  } else if (p105(undefined) === INVALID) return INVALID
  if (hasOwn(x, "prompt_tokens")) {
    v = p106(x["prompt_tokens"])
    if (v === INVALID) return INVALID
    out["prompt_tokens"] = v
  } else if (p106(undefined) === INVALID) return INVALID
  if (hasOwn(x, "cached_prompt_share")) {
    v = p107(x["cached_prompt_share"])
    if (v === INVALID) return INVALID
    out["cached_prompt_share"] = v
  } else if (p107(undefined) === INVALID) return INVALID
  if (hasOwn(x, "input_images")) {
    v = p108(x["input_images"])
    if (v === INVALID) return INVALID
    out["input_images"] = v
  } else if (p108(undefined) === INVALID) return INVALID
  if (hasOwn(x, "input_image_size")) {
    v = p109(x["input_image_size"])
    if (v === INVALID) return INVALID
    out["input_image_size"] = v
  } else if (p109(undefined) === INVALID) return INVALID
  if (hasOwn(x, "input_fidelity")) {
    v = p110(x["input_fidelity"])
    if (v === INVALID) return INVALID
    out["input_fidelity"] = v
  } else if (p110(undefined) === INVALID) return INVALID
  if (hasOwn(x, "input_image_tokens")) {
    v = p111(x["input_image_tokens"])
    if (v === INVALID) return INVALID
    out["input_image_tokens"] = v
  } else if (p111(undefined) === INVALID) return INVALID
  if (hasOwn(x, "partial_images")) {
    v = p112(x["partial_images"])
    if (v === INVALID) return INVALID
    out["partial_images"] = v
  } else if (p112(undefined) === INVALID) return INVALID
  if (hasOwn(x, "text_output_tokens")) {
    v = p113(x["text_output_tokens"])
    if (v === INVALID) return INVALID
    out["text_output_tokens"] = v
  } else if (p113(undefined) === INVALID) return INVALID
  if (hasOwn(x, "retry_rate")) {
    v = p114(x["retry_rate"])
    if (v === INVALID) return INVALID
    out["retry_rate"] = v
  } else if (p114(undefined) === INVALID) return INVALID
  if (hasOwn(x, "requires")) {
    v = p115(x["requires"])
    if (v === INVALID) return INVALID
    out["requires"] = v
  } else if (p115(undefined) === INVALID) return INVALID
  if (hasOwn(x, "batch")) {
    v = p116(x["batch"])
    if (v === INVALID) return INVALID
    out["batch"] = v
  } else if (p116(undefined) === INVALID) return INVALID
  if (hasOwn(x, "peak_images_per_minute")) {
    v = p117(x["peak_images_per_minute"])
    if (v === INVALID) return INVALID
    out["peak_images_per_minute"] = v
  } else if (p117(undefined) === INVALID) return INVALID
  if (hasOwn(x, "budget_usd")) {
    v = p118(x["budget_usd"])
    if (v === INVALID) return INVALID
    out["budget_usd"] = v
  } else if (p118(undefined) === INVALID) return INVALID
  return out
}

/** workloads */
function p97(x: unknown): unknown {
  if (!Array.isArray(x)) return INVALID
  const out: unknown[] = new Array(x.length)
  for (let i = 0; i < x.length; i++) {
    const v = p98(x[i])
    if (v === INVALID) return INVALID
    out[i] = v
  }
  return out
}

/** (root) */
function p0(x: unknown): unknown {
  if (!isPlainObject(x)) return INVALID
  for (const key in x) if (!C0.has(key)) return INVALID
  const out: Record<string, unknown> = {}
  let v: unknown
  if (hasOwn(x, "version")) {
    v = p1(x["version"])
    if (v === INVALID) return INVALID
    out["version"] = v
  } else if (p1(undefined) === INVALID) return INVALID
  if (hasOwn(x, "organization")) {
    v = p2(x["organization"])
    if (v === INVALID) return INVALID
    out["organization"] = v
  } else if (p2(undefined) === INVALID) return INVALID
  if (hasOwn(x, "budget")) {
    v = p22(x["budget"])
    if (v === INVALID) return INVALID
    out["budget"] = v
  } else if (p22(undefined) === INVALID) return INVALID
  if (hasOwn(x, "defaults")) {
    v = p32(x["defaults"])
    if (v === INVALID) return INVALID
    out["defaults"] = v
  } else if (p32(undefined) === INVALID) return INVALID
  if (hasOwn(x, "pricing")) {
    v = p76(x["pricing"])
    if (v === INVALID) return INVALID
    out["pricing"] = v
  } else if (p76(undefined) === INVALID) return INVALID
  if (hasOwn(x, "workloads")) {
    v = p97(x["workloads"])
    if (v === INVALID) return INVALID
    out["workloads"] = v
  } else if (p97(undefined) === INVALID) return INVALID
  return out
}

/** The config as zod would parse it, or INVALID. */
export function parseConfigFast(input: unknown): unknown {
  return p0(input)
}
