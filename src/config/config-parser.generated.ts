// Generated from src/config/schema.ts by src/config/parser-codegen.ts (npm run build). Do not edit.
/**
 * Returns a config the schema accepts as it is (zod would return the same value, its keys in
 * schema order), or INVALID; a rejected config is then validated by zod for its error messages.
 * Unlike the schema:
 * - the custom check at workloads is not mirrored: unique names, which the loader checks with duplicateNames() (unique-names.ts)
 * - the custom check at pricing is not mirrored: the kind of each entry (a path under catalog, a mapping under a model), which applyPricingOverrides() checks (pricing/overrides.ts)
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
const C2 = new Set(["tier","provider","limits","monthly_usage_limit_usd"])
const C3 = new Set<unknown>(["free"])
const C4 = new Set<unknown>([2])
const C5 = new Set<unknown>([3])
const C6 = new Set<unknown>([4])
const C7 = new Set<unknown>([5])
const C8 = new Set<unknown>(["openai","azure"])
const C9 = new Set(["images_per_minute","tokens_per_minute"])
const C10 = new Set(["monthly_usd","warn_at_percent","max_increase_usd","max_increase_percent","models"])
const C11 = new Set(["model","images_per_month","images_per_day","quality","size","images_per_request","prompt_tokens","cached_prompt_share","input_images","input_image_size","input_fidelity","input_image_tokens","partial_images","text_output_tokens","retry_rate","requires","batch","peak_images_per_minute","budget_usd","complexity","output_format"])
const C12 = new Set<unknown>(["low","medium","high","auto","xhigh","max","standard","hd"])
const C13 = /^[1-9][0-9]*x[1-9][0-9]*$/
const C14 = new Set<unknown>(["low","high"])
const C15 = new Set<unknown>(["text_output","multi_image_fidelity","edits","batch","transparent_background"])
const C16 = new Set<unknown>(["low","medium","high"])
const C17 = new Set<unknown>(["png","jpeg","webp","gif","svg"])
const C18 = new Set(["token_rates","image_prices","source"])
const C19 = new Set(["text_input","cached_text_input","image_input","cached_image_input","image_output","text_output"])
const C20 = new Set(["name","model","images_per_month","images_per_day","quality","size","images_per_request","prompt_tokens","cached_prompt_share","input_images","input_image_size","input_fidelity","input_image_tokens","partial_images","text_output_tokens","retry_rate","requires","batch","peak_images_per_minute","budget_usd","complexity","output_format"])

/** version */
function p1(x: unknown): boolean {
  return C1.has(x)
}

/** organization.tier */
function p6(x: unknown): boolean {
  return C3.has(x)
}

/** organization.tier */
function p7(x: unknown): boolean {
  return C1.has(x)
}

/** organization.tier */
function p8(x: unknown): boolean {
  return C4.has(x)
}

/** organization.tier */
function p9(x: unknown): boolean {
  return C5.has(x)
}

/** organization.tier */
function p10(x: unknown): boolean {
  return C6.has(x)
}

/** organization.tier */
function p11(x: unknown): boolean {
  return C7.has(x)
}

/** organization.tier */
function p5(x: unknown): boolean {
  return p6(x) || p7(x) || p8(x) || p9(x) || p10(x) || p11(x)
}

/** organization.tier */
function p4(x: unknown): boolean {
  return x === undefined || p5(x)
}

/** organization.provider */
function p13(x: unknown): boolean {
  return C8.has(x)
}

/** organization.provider */
function p12(x: unknown): boolean {
  return x === undefined || p13(x)
}

/** organization.limits{key} */
function p16(x: unknown): boolean {
  if (typeof x !== 'string') return false
  return true
}

/** organization.limits{}.images_per_minute */
function p19(x: unknown): boolean {
  if (typeof x !== 'number' || !Number.isFinite(x)) return false
  if (x < 0) return false
  if (x > 1000000000000) return false
  return true
}

/** organization.limits{}.images_per_minute */
function p18(x: unknown): boolean {
  return x === undefined || p19(x)
}

/** organization.limits{}.tokens_per_minute */
function p21(x: unknown): boolean {
  if (typeof x !== 'number' || !Number.isFinite(x)) return false
  if (x < 0) return false
  if (x > 1000000000000000) return false
  return true
}

/** organization.limits{}.tokens_per_minute */
function p20(x: unknown): boolean {
  return x === undefined || p21(x)
}

/** organization.limits{} */
function p17(x: unknown): boolean {
  if (!isPlainObject(x)) return false
  for (const key in x) if (!C9.has(key)) return false
  if (!p18(hasOwn(x, "images_per_minute") ? x["images_per_minute"] : undefined)) return false
  if (!p20(hasOwn(x, "tokens_per_minute") ? x["tokens_per_minute"] : undefined)) return false
  return true
}

/** organization.limits */
function p15(x: unknown): boolean {
  if (!isPlainObject(x)) return false
  for (const k of Object.keys(x)) {
    if (k === '__proto__' || !p16(k) || !p17(x[k])) return false
  }
  return true
}

/** organization.limits */
function p14(x: unknown): boolean {
  return x === undefined || p15(x)
}

/** organization.monthly_usage_limit_usd */
function p23(x: unknown): boolean {
  if (typeof x !== 'number' || !Number.isFinite(x)) return false
  if (x < 0) return false
  if (x > 1000000000000000) return false
  return true
}

/** organization.monthly_usage_limit_usd */
function p22(x: unknown): boolean {
  return x === undefined || p23(x)
}

/** organization */
function p3(x: unknown): boolean {
  if (!isPlainObject(x)) return false
  for (const key in x) if (!C2.has(key)) return false
  if (!p4(hasOwn(x, "tier") ? x["tier"] : undefined)) return false
  if (!p12(hasOwn(x, "provider") ? x["provider"] : undefined)) return false
  if (!p14(hasOwn(x, "limits") ? x["limits"] : undefined)) return false
  if (!p22(hasOwn(x, "monthly_usage_limit_usd") ? x["monthly_usage_limit_usd"] : undefined)) return false
  return true
}

/** organization */
function p2(x: unknown): boolean {
  return x === undefined || p3(x)
}

/** budget.monthly_usd */
function p26(x: unknown): boolean {
  return x === undefined || p23(x)
}

/** budget.warn_at_percent */
function p28(x: unknown): boolean {
  if (typeof x !== 'number' || !Number.isFinite(x)) return false
  if (x <= 0) return false
  if (x > 100) return false
  return true
}

/** budget.warn_at_percent */
function p27(x: unknown): boolean {
  return x === undefined || p28(x)
}

/** budget.max_increase_usd */
function p29(x: unknown): boolean {
  return x === undefined || p23(x)
}

/** budget.max_increase_percent */
function p31(x: unknown): boolean {
  if (typeof x !== 'number' || !Number.isFinite(x)) return false
  if (x < 0) return false
  if (x > 1000000000) return false
  return true
}

/** budget.max_increase_percent */
function p30(x: unknown): boolean {
  return x === undefined || p31(x)
}

/** budget.models */
function p33(x: unknown): boolean {
  if (!isPlainObject(x)) return false
  for (const k of Object.keys(x)) {
    if (k === '__proto__' || !p16(k) || !p23(x[k])) return false
  }
  return true
}

/** budget.models */
function p32(x: unknown): boolean {
  return x === undefined || p33(x)
}

/** budget */
function p25(x: unknown): boolean {
  if (!isPlainObject(x)) return false
  for (const key in x) if (!C10.has(key)) return false
  if (!p26(hasOwn(x, "monthly_usd") ? x["monthly_usd"] : undefined)) return false
  if (!p27(hasOwn(x, "warn_at_percent") ? x["warn_at_percent"] : undefined)) return false
  if (!p29(hasOwn(x, "max_increase_usd") ? x["max_increase_usd"] : undefined)) return false
  if (!p30(hasOwn(x, "max_increase_percent") ? x["max_increase_percent"] : undefined)) return false
  if (!p32(hasOwn(x, "models") ? x["models"] : undefined)) return false
  return true
}

/** budget */
function p24(x: unknown): boolean {
  return x === undefined || p25(x)
}

/** defaults.model */
function p37(x: unknown): boolean {
  if (typeof x !== 'string') return false
  if (x.length < 1) return false
  return true
}

/** defaults.model */
function p36(x: unknown): boolean {
  return x === undefined || p37(x)
}

/** defaults.images_per_month */
function p39(x: unknown): boolean {
  if (typeof x !== 'number' || !Number.isFinite(x)) return false
  if (x < 0) return false
  if (x > 1000000000000) return false
  return true
}

/** defaults.images_per_month */
function p38(x: unknown): boolean {
  return x === undefined || p39(x)
}

/** defaults.images_per_day */
function p41(x: unknown): boolean {
  if (typeof x !== 'number' || !Number.isFinite(x)) return false
  if (x < 0) return false
  if (x > 1000000000000) return false
  return true
}

/** defaults.images_per_day */
function p40(x: unknown): boolean {
  return x === undefined || p41(x)
}

/** defaults.quality */
function p43(x: unknown): boolean {
  return C12.has(x)
}

/** defaults.quality */
function p42(x: unknown): boolean {
  return x === undefined || p43(x)
}

/** defaults.size */
function p45(x: unknown): boolean {
  if (typeof x !== 'string') return false
  if (!C13.test(x)) return false
  return true
}

/** defaults.size */
function p44(x: unknown): boolean {
  return x === undefined || p45(x)
}

/** defaults.images_per_request */
function p47(x: unknown): boolean {
  if (typeof x !== 'number' || !Number.isFinite(x)) return false
  if (!Number.isSafeInteger(x)) return false
  if (x < 1) return false
  if (x > 1000) return false
  return true
}

/** defaults.images_per_request */
function p46(x: unknown): boolean {
  return x === undefined || p47(x)
}

/** defaults.prompt_tokens */
function p49(x: unknown): boolean {
  if (typeof x !== 'number' || !Number.isFinite(x)) return false
  if (!Number.isSafeInteger(x)) return false
  if (x < 0) return false
  if (x > 100000000) return false
  return true
}

/** defaults.prompt_tokens */
function p48(x: unknown): boolean {
  return x === undefined || p49(x)
}

/** defaults.cached_prompt_share */
function p51(x: unknown): boolean {
  if (typeof x !== 'number' || !Number.isFinite(x)) return false
  if (x < 0) return false
  if (x > 1) return false
  return true
}

/** defaults.cached_prompt_share */
function p50(x: unknown): boolean {
  return x === undefined || p51(x)
}

/** defaults.input_images */
function p53(x: unknown): boolean {
  if (typeof x !== 'number' || !Number.isFinite(x)) return false
  if (!Number.isSafeInteger(x)) return false
  if (x < 0) return false
  if (x > 1000) return false
  return true
}

/** defaults.input_images */
function p52(x: unknown): boolean {
  return x === undefined || p53(x)
}

/** defaults.input_image_size */
function p55(x: unknown): boolean {
  if (typeof x !== 'string') return false
  if (!C13.test(x)) return false
  return true
}

/** defaults.input_image_size */
function p54(x: unknown): boolean {
  return x === undefined || p55(x)
}

/** defaults.input_fidelity */
function p57(x: unknown): boolean {
  return C14.has(x)
}

/** defaults.input_fidelity */
function p56(x: unknown): boolean {
  return x === undefined || p57(x)
}

/** defaults.input_image_tokens */
function p59(x: unknown): boolean {
  if (typeof x !== 'number' || !Number.isFinite(x)) return false
  if (!Number.isSafeInteger(x)) return false
  if (x < 0) return false
  if (x > 100000000) return false
  return true
}

/** defaults.input_image_tokens */
function p58(x: unknown): boolean {
  return x === undefined || p59(x)
}

/** defaults.partial_images */
function p61(x: unknown): boolean {
  if (typeof x !== 'number' || !Number.isFinite(x)) return false
  if (!Number.isSafeInteger(x)) return false
  if (x < 0) return false
  if (x > 3) return false
  return true
}

/** defaults.partial_images */
function p60(x: unknown): boolean {
  return x === undefined || p61(x)
}

/** defaults.text_output_tokens */
function p63(x: unknown): boolean {
  if (typeof x !== 'number' || !Number.isFinite(x)) return false
  if (!Number.isSafeInteger(x)) return false
  if (x < 0) return false
  if (x > 100000000) return false
  return true
}

/** defaults.text_output_tokens */
function p62(x: unknown): boolean {
  return x === undefined || p63(x)
}

/** defaults.retry_rate */
function p66(x: unknown): boolean {
  if (typeof x !== 'number' || !Number.isFinite(x)) return false
  if (x < 0) return false
  if (x >= 1) return false
  return true
}

/** defaults.retry_rate */
function p67(x: unknown): boolean {
  if (!isPlainObject(x)) return false
  for (const k of Object.keys(x)) {
    if (k === '__proto__' || !p16(k) || !p66(x[k])) return false
  }
  return true
}

/** defaults.retry_rate */
function p65(x: unknown): boolean {
  return p66(x) || p67(x)
}

/** defaults.retry_rate */
function p64(x: unknown): boolean {
  return x === undefined || p65(x)
}

/** defaults.requires[] */
function p70(x: unknown): boolean {
  return C15.has(x)
}

/** defaults.requires */
function p69(x: unknown): boolean {
  if (!Array.isArray(x)) return false
  for (let i = 0; i < x.length; i++) if (!p70(x[i])) return false
  return true
}

/** defaults.requires */
function p68(x: unknown): boolean {
  return x === undefined || p69(x)
}

/** defaults.batch */
function p72(x: unknown): boolean {
  return typeof x === 'boolean'
}

/** defaults.batch */
function p71(x: unknown): boolean {
  return x === undefined || p72(x)
}

/** defaults.peak_images_per_minute */
function p74(x: unknown): boolean {
  if (typeof x !== 'number' || !Number.isFinite(x)) return false
  if (x < 0) return false
  if (x > 1000000000000) return false
  return true
}

/** defaults.peak_images_per_minute */
function p73(x: unknown): boolean {
  return x === undefined || p74(x)
}

/** defaults.budget_usd */
function p76(x: unknown): boolean {
  if (typeof x !== 'number' || !Number.isFinite(x)) return false
  if (x < 0) return false
  if (x > 1000000000000000) return false
  return true
}

/** defaults.budget_usd */
function p75(x: unknown): boolean {
  return x === undefined || p76(x)
}

/** defaults.complexity */
function p78(x: unknown): boolean {
  return C16.has(x)
}

/** defaults.complexity */
function p77(x: unknown): boolean {
  return x === undefined || p78(x)
}

/** defaults.output_format */
function p80(x: unknown): boolean {
  return C17.has(x)
}

/** defaults.output_format */
function p79(x: unknown): boolean {
  return x === undefined || p80(x)
}

/** defaults */
function p35(x: unknown): boolean {
  if (!isPlainObject(x)) return false
  for (const key in x) if (!C11.has(key)) return false
  if (!p36(hasOwn(x, "model") ? x["model"] : undefined)) return false
  if (!p38(hasOwn(x, "images_per_month") ? x["images_per_month"] : undefined)) return false
  if (!p40(hasOwn(x, "images_per_day") ? x["images_per_day"] : undefined)) return false
  if (!p42(hasOwn(x, "quality") ? x["quality"] : undefined)) return false
  if (!p44(hasOwn(x, "size") ? x["size"] : undefined)) return false
  if (!p46(hasOwn(x, "images_per_request") ? x["images_per_request"] : undefined)) return false
  if (!p48(hasOwn(x, "prompt_tokens") ? x["prompt_tokens"] : undefined)) return false
  if (!p50(hasOwn(x, "cached_prompt_share") ? x["cached_prompt_share"] : undefined)) return false
  if (!p52(hasOwn(x, "input_images") ? x["input_images"] : undefined)) return false
  if (!p54(hasOwn(x, "input_image_size") ? x["input_image_size"] : undefined)) return false
  if (!p56(hasOwn(x, "input_fidelity") ? x["input_fidelity"] : undefined)) return false
  if (!p58(hasOwn(x, "input_image_tokens") ? x["input_image_tokens"] : undefined)) return false
  if (!p60(hasOwn(x, "partial_images") ? x["partial_images"] : undefined)) return false
  if (!p62(hasOwn(x, "text_output_tokens") ? x["text_output_tokens"] : undefined)) return false
  if (!p64(hasOwn(x, "retry_rate") ? x["retry_rate"] : undefined)) return false
  if (!p68(hasOwn(x, "requires") ? x["requires"] : undefined)) return false
  if (!p71(hasOwn(x, "batch") ? x["batch"] : undefined)) return false
  if (!p73(hasOwn(x, "peak_images_per_minute") ? x["peak_images_per_minute"] : undefined)) return false
  if (!p75(hasOwn(x, "budget_usd") ? x["budget_usd"] : undefined)) return false
  if (!p77(hasOwn(x, "complexity") ? x["complexity"] : undefined)) return false
  if (!p79(hasOwn(x, "output_format") ? x["output_format"] : undefined)) return false
  return true
}

/** defaults */
function p34(x: unknown): boolean {
  return x === undefined || p35(x)
}

/** pricing{} */
function p84(x: unknown): boolean {
  if (typeof x !== 'string') return false
  return true
}

/** pricing{}.token_rates.text_input */
function p90(x: unknown): boolean {
  if (typeof x !== 'number' || !Number.isFinite(x)) return false
  if (x < 0) return false
  if (x > 1000000) return false
  return true
}

/** pricing{}.token_rates.text_input */
function p89(x: unknown): boolean {
  return x === null || p90(x)
}

/** pricing{}.token_rates.text_input */
function p88(x: unknown): boolean {
  return x === undefined || p89(x)
}

/** pricing{}.token_rates.cached_text_input */
function p91(x: unknown): boolean {
  return x === undefined || p89(x)
}

/** pricing{}.token_rates.image_input */
function p92(x: unknown): boolean {
  return x === undefined || p89(x)
}

/** pricing{}.token_rates.cached_image_input */
function p93(x: unknown): boolean {
  return x === undefined || p89(x)
}

/** pricing{}.token_rates.image_output */
function p94(x: unknown): boolean {
  return x === undefined || p89(x)
}

/** pricing{}.token_rates.text_output */
function p95(x: unknown): boolean {
  return x === undefined || p89(x)
}

/** pricing{}.token_rates */
function p87(x: unknown): boolean {
  if (!isPlainObject(x)) return false
  for (const key in x) if (!C19.has(key)) return false
  if (!p88(hasOwn(x, "text_input") ? x["text_input"] : undefined)) return false
  if (!p91(hasOwn(x, "cached_text_input") ? x["cached_text_input"] : undefined)) return false
  if (!p92(hasOwn(x, "image_input") ? x["image_input"] : undefined)) return false
  if (!p93(hasOwn(x, "cached_image_input") ? x["cached_image_input"] : undefined)) return false
  if (!p94(hasOwn(x, "image_output") ? x["image_output"] : undefined)) return false
  if (!p95(hasOwn(x, "text_output") ? x["text_output"] : undefined)) return false
  return true
}

/** pricing{}.token_rates */
function p86(x: unknown): boolean {
  return x === undefined || p87(x)
}

/** pricing{}.image_prices{key} */
function p98(x: unknown): boolean {
  return C12.has(x)
}

/** pricing{}.image_prices{}{key} */
function p100(x: unknown): boolean {
  if (typeof x !== 'string') return false
  if (!C13.test(x)) return false
  return true
}

/** pricing{}.image_prices{}{} */
function p101(x: unknown): boolean {
  if (typeof x !== 'number' || !Number.isFinite(x)) return false
  if (x < 0) return false
  if (x > 1000000) return false
  return true
}

/** pricing{}.image_prices{} */
function p99(x: unknown): boolean {
  if (!isPlainObject(x)) return false
  for (const k of Object.keys(x)) {
    if (k === '__proto__' || !p100(k) || !p101(x[k])) return false
  }
  return true
}

/** pricing{}.image_prices */
function p97(x: unknown): boolean {
  if (!isPlainObject(x)) return false
  for (const k of Object.keys(x)) {
    if (k === '__proto__' || !p98(k) || !p99(x[k])) return false
  }
  return true
}

/** pricing{}.image_prices */
function p96(x: unknown): boolean {
  return x === undefined || p97(x)
}

/** pricing{}.source */
function p103(x: unknown): boolean {
  if (typeof x !== 'string') return false
  return true
}

/** pricing{}.source */
function p102(x: unknown): boolean {
  return x === undefined || p103(x)
}

/** pricing{} */
function p85(x: unknown): boolean {
  if (!isPlainObject(x)) return false
  for (const key in x) if (!C18.has(key)) return false
  if (!p86(hasOwn(x, "token_rates") ? x["token_rates"] : undefined)) return false
  if (!p96(hasOwn(x, "image_prices") ? x["image_prices"] : undefined)) return false
  if (!p102(hasOwn(x, "source") ? x["source"] : undefined)) return false
  return true
}

/** pricing{} */
function p83(x: unknown): boolean {
  return p84(x) || p85(x)
}

/** pricing */
function p82(x: unknown): boolean {
  if (!isPlainObject(x)) return false
  for (const k of Object.keys(x)) {
    if (k === '__proto__' || !p16(k) || !p83(x[k])) return false
  }
  return true
}

/** pricing */
function p81(x: unknown): boolean {
  return x === undefined || p82(x)
}

/** workloads[].name */
function p106(x: unknown): boolean {
  if (typeof x !== 'string') return false
  if (x.length < 1) return false
  return true
}

/** workloads[].model */
function p107(x: unknown): boolean {
  return x === undefined || p37(x)
}

/** workloads[].images_per_month */
function p108(x: unknown): boolean {
  return x === undefined || p39(x)
}

/** workloads[].images_per_day */
function p109(x: unknown): boolean {
  return x === undefined || p41(x)
}

/** workloads[].quality */
function p110(x: unknown): boolean {
  return x === undefined || p43(x)
}

/** workloads[].size */
function p111(x: unknown): boolean {
  return x === undefined || p45(x)
}

/** workloads[].images_per_request */
function p112(x: unknown): boolean {
  return x === undefined || p47(x)
}

/** workloads[].prompt_tokens */
function p113(x: unknown): boolean {
  return x === undefined || p49(x)
}

/** workloads[].cached_prompt_share */
function p114(x: unknown): boolean {
  return x === undefined || p51(x)
}

/** workloads[].input_images */
function p115(x: unknown): boolean {
  return x === undefined || p53(x)
}

/** workloads[].input_image_size */
function p116(x: unknown): boolean {
  return x === undefined || p55(x)
}

/** workloads[].input_fidelity */
function p117(x: unknown): boolean {
  return x === undefined || p57(x)
}

/** workloads[].input_image_tokens */
function p118(x: unknown): boolean {
  return x === undefined || p59(x)
}

/** workloads[].partial_images */
function p119(x: unknown): boolean {
  return x === undefined || p61(x)
}

/** workloads[].text_output_tokens */
function p120(x: unknown): boolean {
  return x === undefined || p63(x)
}

/** workloads[].retry_rate */
function p121(x: unknown): boolean {
  return x === undefined || p65(x)
}

/** workloads[].requires */
function p122(x: unknown): boolean {
  return x === undefined || p69(x)
}

/** workloads[].batch */
function p123(x: unknown): boolean {
  return x === undefined || p72(x)
}

/** workloads[].peak_images_per_minute */
function p124(x: unknown): boolean {
  return x === undefined || p74(x)
}

/** workloads[].budget_usd */
function p125(x: unknown): boolean {
  return x === undefined || p76(x)
}

/** workloads[].complexity */
function p126(x: unknown): boolean {
  return x === undefined || p78(x)
}

/** workloads[].output_format */
function p127(x: unknown): boolean {
  return x === undefined || p80(x)
}

/** workloads[] */
function p105(x: unknown): boolean {
  if (!isPlainObject(x)) return false
  for (const key in x) if (!C20.has(key)) return false
  if (!p106(hasOwn(x, "name") ? x["name"] : undefined)) return false
  if (!p107(hasOwn(x, "model") ? x["model"] : undefined)) return false
  if (!p108(hasOwn(x, "images_per_month") ? x["images_per_month"] : undefined)) return false
  if (!p109(hasOwn(x, "images_per_day") ? x["images_per_day"] : undefined)) return false
  if (!p110(hasOwn(x, "quality") ? x["quality"] : undefined)) return false
  if (!p111(hasOwn(x, "size") ? x["size"] : undefined)) return false
  if (!p112(hasOwn(x, "images_per_request") ? x["images_per_request"] : undefined)) return false
  if (!p113(hasOwn(x, "prompt_tokens") ? x["prompt_tokens"] : undefined)) return false
  if (!p114(hasOwn(x, "cached_prompt_share") ? x["cached_prompt_share"] : undefined)) return false
  if (!p115(hasOwn(x, "input_images") ? x["input_images"] : undefined)) return false
  if (!p116(hasOwn(x, "input_image_size") ? x["input_image_size"] : undefined)) return false
  if (!p117(hasOwn(x, "input_fidelity") ? x["input_fidelity"] : undefined)) return false
  if (!p118(hasOwn(x, "input_image_tokens") ? x["input_image_tokens"] : undefined)) return false
  if (!p119(hasOwn(x, "partial_images") ? x["partial_images"] : undefined)) return false
  if (!p120(hasOwn(x, "text_output_tokens") ? x["text_output_tokens"] : undefined)) return false
  if (!p121(hasOwn(x, "retry_rate") ? x["retry_rate"] : undefined)) return false
  if (!p122(hasOwn(x, "requires") ? x["requires"] : undefined)) return false
  if (!p123(hasOwn(x, "batch") ? x["batch"] : undefined)) return false
  if (!p124(hasOwn(x, "peak_images_per_minute") ? x["peak_images_per_minute"] : undefined)) return false
  if (!p125(hasOwn(x, "budget_usd") ? x["budget_usd"] : undefined)) return false
  if (!p126(hasOwn(x, "complexity") ? x["complexity"] : undefined)) return false
  if (!p127(hasOwn(x, "output_format") ? x["output_format"] : undefined)) return false
  return true
}

/** workloads */
function p104(x: unknown): boolean {
  if (!Array.isArray(x)) return false
  for (let i = 0; i < x.length; i++) if (!p105(x[i])) return false
  return true
}

/** (root) */
function p0(x: unknown): boolean {
  if (!isPlainObject(x)) return false
  for (const key in x) if (!C0.has(key)) return false
  if (!p1(hasOwn(x, "version") ? x["version"] : undefined)) return false
  if (!p2(hasOwn(x, "organization") ? x["organization"] : undefined)) return false
  if (!p24(hasOwn(x, "budget") ? x["budget"] : undefined)) return false
  if (!p34(hasOwn(x, "defaults") ? x["defaults"] : undefined)) return false
  if (!p81(hasOwn(x, "pricing") ? x["pricing"] : undefined)) return false
  if (!p104(hasOwn(x, "workloads") ? x["workloads"] : undefined)) return false
  return true
}

/** The config, when the schema accepts it; else INVALID. */
export function parseConfigFast(input: unknown): unknown {
  return p0(input) ? input : INVALID
}
