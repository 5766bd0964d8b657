"use strict";
exports.id = 752;
exports.ids = [752];
exports.modules = {

/***/ 4752:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   configJsonSchema: () => (/* binding */ configJsonSchema)
/* harmony export */ });
/* harmony import */ var zod_mini__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1939);
/* harmony import */ var _schema_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(131);
/** The published JSON Schema, generated from the zod schema (loaded only by the `schema` command and the build). */


/** The JSON Schema (draft-07) generated from the zod schema. */
function configJsonSchema() {
    const generated = (0,zod_mini__WEBPACK_IMPORTED_MODULE_1__/* .toJSONSchema */ .bl)(_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .configSchema */ .Qn, { target: 'draft-07', io: 'input' });
    return { ...generated, title: 'image-cost-gate config' };
}


/***/ }),

/***/ 131:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $g: () => (/* binding */ MODEL_IDS),
/* harmony export */   Qn: () => (/* binding */ configSchema),
/* harmony export */   e8: () => (/* binding */ CONFIG_VERSION)
/* harmony export */ });
/* unused harmony exports LIMITS, WORKLOAD_FIELD_NAMES */
/* harmony import */ var zod_mini__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9396);
/* harmony import */ var zod_mini__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5395);
/* harmony import */ var zod_mini__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(3759);
/* harmony import */ var _catalog_data_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3795);
/* harmony import */ var _catalog_capabilities_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(8293);
/* harmony import */ var _catalog_lookup_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3869);
/* harmony import */ var _catalog_types_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1234);
/* harmony import */ var _unique_names_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(8406);
/**
 * The config file's schema: the single source of truth for its types, its validation and the
 * published JSON Schema (schema/image-cost.schema.json).
 */






/** A copy of the schema with a description (for the JSON Schema); the original stays as it was. */
function described(schema, description) {
    const copy = schema.clone();
    zod_mini__WEBPACK_IMPORTED_MODULE_1__/* .globalRegistry */ .fd.add(copy, { description });
    return copy;
}
/** The description given with described(). */
function descriptionOf(schema) {
    return zod_mini__WEBPACK_IMPORTED_MODULE_1__/* .globalRegistry */ .fd.get(schema)?.description;
}
const CONFIG_VERSION = 1;
const MODEL_IDS = (0,_catalog_lookup_js__WEBPACK_IMPORTED_MODULE_2__/* .allModelIds */ .Jk)(_catalog_data_js__WEBPACK_IMPORTED_MODULE_0__/* .BUILTIN_CATALOG */ .w);
const modelId = zod_mini__WEBPACK_IMPORTED_MODULE_3__/* ["enum"] */ .k5n(MODEL_IDS);
const quality = zod_mini__WEBPACK_IMPORTED_MODULE_3__/* ["enum"] */ .k5n(_catalog_types_js__WEBPACK_IMPORTED_MODULE_4__/* .QUALITIES */ .EQ);
const size = zod_mini__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().check(zod_mini__WEBPACK_IMPORTED_MODULE_5__/* ._regex */ .Fk(/^[1-9][0-9]*x[1-9][0-9]*$/, { message: 'a size written WxH, e.g. 1024x1024' }));
/**
 * Upper bounds far beyond any real workload, so that every figure the engine computes stays a
 * finite number: a typo such as 1e308 is an error at its line, not an "Infinity" in the report.
 */
const LIMITS = {
    images: 1e12,
    tokens: 1e8,
    perRequest: 1000,
    usd: 1e15,
    percent: 1e9,
    pricePerUnit: 1e6
};
const usd = zod_mini__WEBPACK_IMPORTED_MODULE_3__/* .number */ .aig().check(zod_mini__WEBPACK_IMPORTED_MODULE_5__/* ._nonnegative */ .UI(), zod_mini__WEBPACK_IMPORTED_MODULE_5__/* ._lte */ .Zm(LIMITS.usd));
const volume = zod_mini__WEBPACK_IMPORTED_MODULE_3__/* .number */ .aig().check(zod_mini__WEBPACK_IMPORTED_MODULE_5__/* ._nonnegative */ .UI(), zod_mini__WEBPACK_IMPORTED_MODULE_5__/* ._lte */ .Zm(LIMITS.images));
const rate = zod_mini__WEBPACK_IMPORTED_MODULE_3__/* .number */ .aig().check(zod_mini__WEBPACK_IMPORTED_MODULE_5__/* ._gte */ .qm(0), zod_mini__WEBPACK_IMPORTED_MODULE_5__/* ._lt */ .Au(1));
const tokens = zod_mini__WEBPACK_IMPORTED_MODULE_3__/* .int */ .Whr().check(zod_mini__WEBPACK_IMPORTED_MODULE_5__/* ._nonnegative */ .UI(), zod_mini__WEBPACK_IMPORTED_MODULE_5__/* ._lte */ .Zm(LIMITS.tokens));
const share = zod_mini__WEBPACK_IMPORTED_MODULE_3__/* .number */ .aig().check(zod_mini__WEBPACK_IMPORTED_MODULE_5__/* ._gte */ .qm(0), zod_mini__WEBPACK_IMPORTED_MODULE_5__/* ._lte */ .Zm(1));
/** Every field a workload may set; `defaults` may set any of them too. */
const workloadFields = {
    model: described(modelId, 'Catalog model id, e.g. gpt-image-2 (run `image-cost-gate models` for the list).'),
    images_per_month: described(volume, 'Delivered (accepted) images per month. Set this or images_per_day.'),
    images_per_day: described(volume, 'Delivered images per day; multiplied by 30.4167 (730 h / 24). Set this or images_per_month.'),
    quality: described(quality, 'Output quality: low | medium | high | auto (priced as high), xhigh | max on gpt-image-2.5/2.6, standard | hd on dall-e-3.'),
    size: described(size, 'Output size WxH, validated against the model\'s sizes.'),
    images_per_request: described(zod_mini__WEBPACK_IMPORTED_MODULE_3__/* .int */ .Whr().check(zod_mini__WEBPACK_IMPORTED_MODULE_5__/* ._gte */ .qm(1), zod_mini__WEBPACK_IMPORTED_MODULE_5__/* ._lte */ .Zm(LIMITS.perRequest)), 'Images per request (the API\'s n). Default 1.'),
    prompt_tokens: described(tokens, 'Text input tokens per request. Default 0.'),
    cached_prompt_share: described(share, 'Share (0..1) of prompt tokens billed at the cached text-input rate. Default 0.'),
    input_images: described(zod_mini__WEBPACK_IMPORTED_MODULE_3__/* .int */ .Whr().check(zod_mini__WEBPACK_IMPORTED_MODULE_5__/* ._nonnegative */ .UI(), zod_mini__WEBPACK_IMPORTED_MODULE_5__/* ._lte */ .Zm(LIMITS.perRequest)), 'Reference or edit images sent per request. Default 0.'),
    input_image_size: described(size, 'Size WxH of each input image. Default: the output size.'),
    input_fidelity: described(zod_mini__WEBPACK_IMPORTED_MODULE_3__/* ["enum"] */ .k5n(['low', 'high']), 'Input fidelity: low | high. Default low. gpt-image-2 models always use high.'),
    input_image_tokens: described(tokens, 'Override of the tokens billed per input image (replaces the catalog rule).'),
    partial_images: described(zod_mini__WEBPACK_IMPORTED_MODULE_3__/* .int */ .Whr().check(zod_mini__WEBPACK_IMPORTED_MODULE_5__/* ._gte */ .qm(0), zod_mini__WEBPACK_IMPORTED_MODULE_5__/* ._lte */ .Zm(3)), 'Streamed partial previews per image, 0..3; each bills 100 image-output tokens. Default 0.'),
    text_output_tokens: described(tokens, 'Text output tokens per request, only for models that output text. Default 0.'),
    retry_rate: described(zod_mini__WEBPACK_IMPORTED_MODULE_3__/* .union */ .KCZ([rate, zod_mini__WEBPACK_IMPORTED_MODULE_3__/* .partialRecord */ .jgl(zod_mini__WEBPACK_IMPORTED_MODULE_3__/* ["enum"] */ .k5n(['default', ...MODEL_IDS]), rate)]), 'Share of generations rejected and regenerated, 0 <= r < 1. Default 0. A map gives a rate per model for pricing alternatives, e.g. { default: 0.1, gpt-image-1-mini: 0.35 }.'),
    requires: described(zod_mini__WEBPACK_IMPORTED_MODULE_3__/* .array */ .YOg(zod_mini__WEBPACK_IMPORTED_MODULE_3__/* ["enum"] */ .k5n(_catalog_capabilities_js__WEBPACK_IMPORTED_MODULE_6__/* .REQUIREMENTS */ .dq)), 'Capabilities the workload needs; models without them are never suggested: text_output, multi_image_fidelity, edits, batch, transparent_background.'),
    batch: described(zod_mini__WEBPACK_IMPORTED_MODULE_3__/* .boolean */ .zMY(), 'Run through the Batch API: 50% off every component and no per-minute limits. Default false.'),
    peak_images_per_minute: described(volume, 'Peak images generated per minute (retries included), for tier checks. Default: billed images per month / 43,800.'),
    budget_usd: described(usd, 'This workload\'s monthly cap in USD: a projected cost above it is an error.')
};
function optionalFields() {
    const entries = Object.entries(workloadFields).map(([key, schema]) => [key, optional(schema, descriptionOf(schema) ?? key)]);
    return Object.fromEntries(entries);
}
/** An optional field, described on the optional wrapper (where the JSON Schema reads it). */
function optional(schema, description) {
    const wrapper = zod_mini__WEBPACK_IMPORTED_MODULE_3__/* .optional */ .lqM(schema);
    return description === undefined ? wrapper : described(wrapper, description);
}
const WORKLOAD_FIELD_NAMES = Object.keys(workloadFields);
const workloadSchema = described(zod_mini__WEBPACK_IMPORTED_MODULE_3__/* .strictObject */ .rej({
    name: described(zod_mini__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().check(zod_mini__WEBPACK_IMPORTED_MODULE_5__/* ._minLength */ .m9(1)), 'Unique name of the workload, shown in reports.'),
    ...optionalFields()
}), 'One image-generation workload. model, quality, size and a volume must come from here or from defaults.');
const defaultsSchema = described(zod_mini__WEBPACK_IMPORTED_MODULE_3__/* .strictObject */ .rej(optionalFields()), 'Values for any workload field but name; a workload\'s own value wins.');
const rateLimitSchema = described(zod_mini__WEBPACK_IMPORTED_MODULE_3__/* .strictObject */ .rej({
    images_per_minute: optional(volume, 'Images per minute the organization may generate on this model.'),
    tokens_per_minute: optional(zod_mini__WEBPACK_IMPORTED_MODULE_3__/* .number */ .aig().check(zod_mini__WEBPACK_IMPORTED_MODULE_5__/* ._nonnegative */ .UI(), zod_mini__WEBPACK_IMPORTED_MODULE_5__/* ._lte */ .Zm(LIMITS.usd)), 'Tokens per minute the organization may use on this model.')
}), 'Custom rate limits for one model; they replace the tier\'s.');
const organizationSchema = described(zod_mini__WEBPACK_IMPORTED_MODULE_3__/* .strictObject */ .rej({
    tier: optional(zod_mini__WEBPACK_IMPORTED_MODULE_3__/* .union */ .KCZ([zod_mini__WEBPACK_IMPORTED_MODULE_3__/* .literal */ .euz('free'), zod_mini__WEBPACK_IMPORTED_MODULE_3__/* .literal */ .euz(1), zod_mini__WEBPACK_IMPORTED_MODULE_3__/* .literal */ .euz(2), zod_mini__WEBPACK_IMPORTED_MODULE_3__/* .literal */ .euz(3), zod_mini__WEBPACK_IMPORTED_MODULE_3__/* .literal */ .euz(4), zod_mini__WEBPACK_IMPORTED_MODULE_3__/* .literal */ .euz(5)]), 'OpenAI usage tier: free | 1 | 2 | 3 | 4 | 5. Omit to skip tier checks.'),
    limits: optional(zod_mini__WEBPACK_IMPORTED_MODULE_3__/* .partialRecord */ .jgl(modelId, rateLimitSchema), 'Per-model custom limits that replace the tier\'s (e.g. granted by OpenAI).'),
    monthly_usage_limit_usd: optional(usd, 'Replaces the tier\'s monthly usage limit (USD).')
}), 'The OpenAI organization the workloads run under.');
const budgetSchema = described(zod_mini__WEBPACK_IMPORTED_MODULE_3__/* .strictObject */ .rej({
    monthly_usd: optional(usd, 'Projected monthly total above this is an error (USD).'),
    warn_at_percent: optional(zod_mini__WEBPACK_IMPORTED_MODULE_3__/* .number */ .aig().check(zod_mini__WEBPACK_IMPORTED_MODULE_5__/* ._gt */ .Tx(0), zod_mini__WEBPACK_IMPORTED_MODULE_5__/* ._lte */ .Zm(100)), 'A total at or above this share of monthly_usd is a warning. Default 80.'),
    max_increase_usd: optional(usd, 'Head total minus base total above this is an error (USD).'),
    max_increase_percent: optional(zod_mini__WEBPACK_IMPORTED_MODULE_3__/* .number */ .aig().check(zod_mini__WEBPACK_IMPORTED_MODULE_5__/* ._nonnegative */ .UI(), zod_mini__WEBPACK_IMPORTED_MODULE_5__/* ._lte */ .Zm(LIMITS.percent)), 'Head total above base total by more than this percent is an error (only when the base total is above 0).'),
    models: optional(zod_mini__WEBPACK_IMPORTED_MODULE_3__/* .partialRecord */ .jgl(modelId, usd), 'Per-model monthly caps in USD: a model total above its cap is an error.')
}), 'Budget thresholds enforced by the gate.');
const pricePerMillion = zod_mini__WEBPACK_IMPORTED_MODULE_3__/* .nullable */ .mee(zod_mini__WEBPACK_IMPORTED_MODULE_3__/* .number */ .aig().check(zod_mini__WEBPACK_IMPORTED_MODULE_5__/* ._nonnegative */ .UI(), zod_mini__WEBPACK_IMPORTED_MODULE_5__/* ._lte */ .Zm(LIMITS.pricePerUnit)));
const tokenRatesSchema = described(zod_mini__WEBPACK_IMPORTED_MODULE_3__/* .strictObject */ .rej({
    text_input: optional(pricePerMillion, 'USD per 1M text input tokens.'),
    cached_text_input: optional(pricePerMillion, 'USD per 1M cached text input tokens.'),
    image_input: optional(pricePerMillion, 'USD per 1M image input tokens.'),
    cached_image_input: optional(pricePerMillion, 'USD per 1M cached image input tokens.'),
    image_output: optional(pricePerMillion, 'USD per 1M image output tokens.'),
    text_output: optional(pricePerMillion, 'USD per 1M text output tokens (null: the model outputs no text).')
}), 'Token rates that replace the catalog\'s, USD per 1M tokens.');
const modelPricingSchema = described(zod_mini__WEBPACK_IMPORTED_MODULE_3__/* .strictObject */ .rej({
    token_rates: optional(tokenRatesSchema),
    image_prices: optional(zod_mini__WEBPACK_IMPORTED_MODULE_3__/* .partialRecord */ .jgl(quality, described(zod_mini__WEBPACK_IMPORTED_MODULE_3__/* .record */ .g1P(size, zod_mini__WEBPACK_IMPORTED_MODULE_3__/* .number */ .aig().check(zod_mini__WEBPACK_IMPORTED_MODULE_5__/* ._nonnegative */ .UI(), zod_mini__WEBPACK_IMPORTED_MODULE_5__/* ._lte */ .Zm(LIMITS.pricePerUnit))), 'Size WxH -> USD per image.')), 'Per-image prices that replace the catalog\'s: quality -> size -> USD per image.'),
    source: optional(zod_mini__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP(), 'Where these figures come from (shown in the report).')
}), 'Price overrides for one model.');
/** Duplicate names are an error at the second one, pointing back at the first. */
const uniqueNames = zod_mini__WEBPACK_IMPORTED_MODULE_3__/* .superRefine */ .zni((workloads, ctx) => {
    for (const { index, first, name } of (0,_unique_names_js__WEBPACK_IMPORTED_MODULE_7__/* .duplicateNames */ .w)(workloads)) {
        ctx.addIssue({ code: 'custom', path: [index, 'name'], message: `duplicate workload name "${name}" (first used by workloads[${first}]); expected unique names` });
    }
});
const configSchema = described(zod_mini__WEBPACK_IMPORTED_MODULE_3__/* .strictObject */ .rej({
    version: described(zod_mini__WEBPACK_IMPORTED_MODULE_3__/* .literal */ .euz(CONFIG_VERSION), 'Config format version. Must be 1.'),
    organization: optional(organizationSchema),
    budget: optional(budgetSchema),
    defaults: optional(defaultsSchema),
    pricing: optional(zod_mini__WEBPACK_IMPORTED_MODULE_3__/* .partialRecord */ .jgl(modelId, modelPricingSchema), 'Per-model overrides of the catalog\'s rates and per-image prices (prices change faster than releases).'),
    workloads: described(zod_mini__WEBPACK_IMPORTED_MODULE_3__/* .array */ .YOg(workloadSchema).check(uniqueNames), 'The image-generation workloads to price.')
}), 'image-cost-gate configuration: image-generation workloads, budgets and the OpenAI organization.');


/***/ })

};
;