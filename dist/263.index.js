"use strict";
exports.id = 263;
exports.ids = [263];
exports.modules = {

/***/ 9263:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  sortErrors: () => (/* binding */ sortErrors),
  validateConfig: () => (/* binding */ validateConfig)
});

// EXTERNAL MODULE: ./src/util/format.ts
var format = __webpack_require__(2693);
;// CONCATENATED MODULE: ./src/util/suggest.ts

/** Edit distance between two strings (Levenshtein), for "did you mean" hints. */
function editDistance(a, b) {
    if (a === b)
        return 0;
    let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
    for (let i = 1; i <= a.length; i++) {
        const current = [i];
        for (let j = 1; j <= b.length; j++) {
            const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
            current[j] = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution);
        }
        previous = current;
    }
    return previous[b.length] ?? 0;
}
/** The candidates closest to `word`, best first, within a distance that scales with its length. */
function nearest(word, candidates, limit = 3) {
    const lowered = word.toLowerCase();
    const maxDistance = Math.max(2, Math.floor(word.length / 3));
    return candidates
        .map((candidate) => ({ candidate, distance: editDistance(lowered, candidate.toLowerCase()) }))
        .filter(({ candidate, distance }) => distance <= maxDistance || candidate.startsWith(lowered))
        .sort((x, y) => x.distance - y.distance || (0,format/* byText */.z4)(x.candidate, y.candidate))
        .slice(0, limit)
        .map(({ candidate }) => candidate);
}
function didYouMean(word, candidates) {
    const close = nearest(word, candidates);
    if (close.length === 0)
        return '';
    return ` Did you mean ${close.map((c) => `"${c}"`).join(' or ')}?`;
}

// EXTERNAL MODULE: ./src/config/errors.ts
var config_errors = __webpack_require__(7827);
// EXTERNAL MODULE: ./node_modules/zod/v4/core/registries.js
var registries = __webpack_require__(9396);
// EXTERNAL MODULE: ./node_modules/zod/v4/mini/schemas.js + 5 modules
var schemas = __webpack_require__(8395);
// EXTERNAL MODULE: ./node_modules/zod/v4/core/api.js
var api = __webpack_require__(3759);
// EXTERNAL MODULE: ./src/catalog/data.ts
var data = __webpack_require__(3795);
// EXTERNAL MODULE: ./src/catalog/capabilities.ts
var capabilities = __webpack_require__(8293);
// EXTERNAL MODULE: ./src/catalog/lookup.ts
var lookup = __webpack_require__(3869);
// EXTERNAL MODULE: ./src/catalog/types.ts
var types = __webpack_require__(1234);
// EXTERNAL MODULE: ./src/config/unique-names.ts
var unique_names = __webpack_require__(8406);
;// CONCATENATED MODULE: ./src/config/schema.ts
/**
 * The config file's schema: the single source of truth for its types, its validation and the
 * published JSON Schema (schema/image-cost.schema.json).
 */






/** A copy of the schema with a description (for the JSON Schema); the original stays as it was. */
function described(schema, description) {
    const copy = schema.clone();
    registries/* globalRegistry */.fd.add(copy, { description });
    return copy;
}
/** The description given with described(). */
function descriptionOf(schema) {
    return registries/* globalRegistry */.fd.get(schema)?.description;
}
const CONFIG_VERSION = 1;
const MODEL_IDS = (0,lookup/* allModelIds */.Jk)(data/* BUILTIN_CATALOG */.w);
const modelId = schemas/* enum */.k5n(MODEL_IDS);
const quality = schemas/* enum */.k5n(types/* QUALITIES */.EQ);
const size = schemas/* string */.YjP().check(api/* _regex */.Fk(/^[1-9][0-9]*x[1-9][0-9]*$/, { message: 'a size written WxH, e.g. 1024x1024' }));
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
const usd = schemas/* number */.aig().check(api/* _nonnegative */.UI(), api/* _lte */.Zm(LIMITS.usd));
const volume = schemas/* number */.aig().check(api/* _nonnegative */.UI(), api/* _lte */.Zm(LIMITS.images));
const rate = schemas/* number */.aig().check(api/* _gte */.qm(0), api/* _lt */.Au(1));
const tokens = schemas/* int */.Whr().check(api/* _nonnegative */.UI(), api/* _lte */.Zm(LIMITS.tokens));
const share = schemas/* number */.aig().check(api/* _gte */.qm(0), api/* _lte */.Zm(1));
/** Every field a workload may set; `defaults` may set any of them too. */
const workloadFields = {
    model: described(modelId, 'Catalog model id, e.g. gpt-image-2 (run `image-cost-gate models` for the list).'),
    images_per_month: described(volume, 'Delivered (accepted) images per month. Set this or images_per_day.'),
    images_per_day: described(volume, 'Delivered images per day; multiplied by 30.4167 (730 h / 24). Set this or images_per_month.'),
    quality: described(quality, 'Output quality: low | medium | high | auto (priced as high), xhigh | max on gpt-image-2.5/2.6, standard | hd on dall-e-3.'),
    size: described(size, 'Output size WxH, validated against the model\'s sizes.'),
    images_per_request: described(schemas/* int */.Whr().check(api/* _gte */.qm(1), api/* _lte */.Zm(LIMITS.perRequest)), 'Images per request (the API\'s n). Default 1.'),
    prompt_tokens: described(tokens, 'Text input tokens per request. Default 0.'),
    cached_prompt_share: described(share, 'Share (0..1) of prompt tokens billed at the cached text-input rate. Default 0.'),
    input_images: described(schemas/* int */.Whr().check(api/* _nonnegative */.UI(), api/* _lte */.Zm(LIMITS.perRequest)), 'Reference or edit images sent per request. Default 0.'),
    input_image_size: described(size, 'Size WxH of each input image. Default: the output size.'),
    input_fidelity: described(schemas/* enum */.k5n(['low', 'high']), 'Input fidelity: low | high. Default low. gpt-image-2 models always use high.'),
    input_image_tokens: described(tokens, 'Override of the tokens billed per input image (replaces the catalog rule).'),
    partial_images: described(schemas/* int */.Whr().check(api/* _gte */.qm(0), api/* _lte */.Zm(3)), 'Streamed partial previews per image, 0..3; each bills 100 image-output tokens. Default 0.'),
    text_output_tokens: described(tokens, 'Text output tokens per request, only for models that output text. Default 0.'),
    retry_rate: described(schemas/* union */.KCZ([rate, schemas/* partialRecord */.jgl(schemas/* enum */.k5n(['default', ...MODEL_IDS]), rate)]), 'Share of generations rejected and regenerated, 0 <= r < 1. Default 0. A map gives a rate per model for pricing alternatives, e.g. { default: 0.1, gpt-image-1-mini: 0.35 }.'),
    requires: described(schemas/* array */.YOg(schemas/* enum */.k5n(capabilities/* REQUIREMENTS */.dq)), 'Capabilities the workload needs; models without them are never suggested: text_output, multi_image_fidelity, edits, batch, transparent_background.'),
    batch: described(schemas/* boolean */.zMY(), 'Run through the Batch API: 50% off every component and no per-minute limits. Default false.'),
    peak_images_per_minute: described(volume, 'Peak images generated per minute (retries included), for tier checks. Default: billed images per month / 43,800.'),
    budget_usd: described(usd, 'This workload\'s monthly cap in USD: a projected cost above it is an error.')
};
function optionalFields() {
    const entries = Object.entries(workloadFields).map(([key, schema]) => [key, optional(schema, descriptionOf(schema) ?? key)]);
    return Object.fromEntries(entries);
}
/** An optional field, described on the optional wrapper (where the JSON Schema reads it). */
function optional(schema, description) {
    const wrapper = schemas/* optional */.lqM(schema);
    return description === undefined ? wrapper : described(wrapper, description);
}
const WORKLOAD_FIELD_NAMES = Object.keys(workloadFields);
const workloadSchema = described(schemas/* strictObject */.rej({
    name: described(schemas/* string */.YjP().check(api/* _minLength */.m9(1)), 'Unique name of the workload, shown in reports.'),
    ...optionalFields()
}), 'One image-generation workload. model, quality, size and a volume must come from here or from defaults.');
const defaultsSchema = described(schemas/* strictObject */.rej(optionalFields()), 'Values for any workload field but name; a workload\'s own value wins.');
const rateLimitSchema = described(schemas/* strictObject */.rej({
    images_per_minute: optional(volume, 'Images per minute the organization may generate on this model.'),
    tokens_per_minute: optional(schemas/* number */.aig().check(api/* _nonnegative */.UI(), api/* _lte */.Zm(LIMITS.usd)), 'Tokens per minute the organization may use on this model.')
}), 'Custom rate limits for one model; they replace the tier\'s.');
const organizationSchema = described(schemas/* strictObject */.rej({
    tier: optional(schemas/* union */.KCZ([schemas/* literal */.euz('free'), schemas/* literal */.euz(1), schemas/* literal */.euz(2), schemas/* literal */.euz(3), schemas/* literal */.euz(4), schemas/* literal */.euz(5)]), 'OpenAI usage tier: free | 1 | 2 | 3 | 4 | 5. Omit to skip tier checks.'),
    limits: optional(schemas/* partialRecord */.jgl(modelId, rateLimitSchema), 'Per-model custom limits that replace the tier\'s (e.g. granted by OpenAI).'),
    monthly_usage_limit_usd: optional(usd, 'Replaces the tier\'s monthly usage limit (USD).')
}), 'The OpenAI organization the workloads run under.');
const budgetSchema = described(schemas/* strictObject */.rej({
    monthly_usd: optional(usd, 'Projected monthly total above this is an error (USD).'),
    warn_at_percent: optional(schemas/* number */.aig().check(api/* _gt */.Tx(0), api/* _lte */.Zm(100)), 'A total at or above this share of monthly_usd is a warning. Default 80.'),
    max_increase_usd: optional(usd, 'Head total minus base total above this is an error (USD).'),
    max_increase_percent: optional(schemas/* number */.aig().check(api/* _nonnegative */.UI(), api/* _lte */.Zm(LIMITS.percent)), 'Head total above base total by more than this percent is an error (only when the base total is above 0).'),
    models: optional(schemas/* partialRecord */.jgl(modelId, usd), 'Per-model monthly caps in USD: a model total above its cap is an error.')
}), 'Budget thresholds enforced by the gate.');
const pricePerMillion = schemas/* nullable */.mee(schemas/* number */.aig().check(api/* _nonnegative */.UI(), api/* _lte */.Zm(LIMITS.pricePerUnit)));
const tokenRatesSchema = described(schemas/* strictObject */.rej({
    text_input: optional(pricePerMillion, 'USD per 1M text input tokens.'),
    cached_text_input: optional(pricePerMillion, 'USD per 1M cached text input tokens.'),
    image_input: optional(pricePerMillion, 'USD per 1M image input tokens.'),
    cached_image_input: optional(pricePerMillion, 'USD per 1M cached image input tokens.'),
    image_output: optional(pricePerMillion, 'USD per 1M image output tokens.'),
    text_output: optional(pricePerMillion, 'USD per 1M text output tokens (null: the model outputs no text).')
}), 'Token rates that replace the catalog\'s, USD per 1M tokens.');
const modelPricingSchema = described(schemas/* strictObject */.rej({
    token_rates: optional(tokenRatesSchema),
    image_prices: optional(schemas/* partialRecord */.jgl(quality, described(schemas/* record */.g1P(size, schemas/* number */.aig().check(api/* _nonnegative */.UI(), api/* _lte */.Zm(LIMITS.pricePerUnit))), 'Size WxH -> USD per image.')), 'Per-image prices that replace the catalog\'s: quality -> size -> USD per image.'),
    source: optional(schemas/* string */.YjP(), 'Where these figures come from (shown in the report).')
}), 'Price overrides for one model.');
/** Duplicate names are an error at the second one, pointing back at the first. */
const uniqueNames = schemas/* superRefine */.zni((workloads, ctx) => {
    for (const { index, first, name } of (0,unique_names/* duplicateNames */.w)(workloads)) {
        ctx.addIssue({ code: 'custom', path: [index, 'name'], message: `duplicate workload name "${name}" (first used by workloads[${first}]); expected unique names` });
    }
});
const configSchema = described(schemas/* strictObject */.rej({
    version: described(schemas/* literal */.euz(CONFIG_VERSION), 'Config format version. Must be 1.'),
    organization: optional(organizationSchema),
    budget: optional(budgetSchema),
    defaults: optional(defaultsSchema),
    pricing: optional(schemas/* partialRecord */.jgl(modelId, modelPricingSchema), 'Per-model overrides of the catalog\'s rates and per-image prices (prices change faster than releases).'),
    workloads: described(schemas/* array */.YOg(workloadSchema).check(uniqueNames), 'The image-generation workloads to price.')
}), 'image-cost-gate configuration: image-generation workloads, budgets and the OpenAI organization.');

;// CONCATENATED MODULE: ./src/config/validate.ts



function validateConfig(data, file, locator) {
    if (data === null || typeof data !== 'object' || Array.isArray(data)) {
        return {
            ok: false,
            errors: [{ file, ...locator.locate([]), path: '', message: `expected a mapping that starts with "version: ${CONFIG_VERSION}", found ${(0,config_errors/* describeFound */.Kq)(data)}` }]
        };
    }
    const parsed = configSchema.safeParse(data);
    if (parsed.success)
        return { ok: true, value: parsed.data };
    const issues = parsed.error.issues;
    // z.int() also checks the safe-integer range: drop that bound where the field has its own maximum.
    const bounded = new Set(issues.filter((i) => i.code === 'too_big' && i.maximum !== Number.MAX_SAFE_INTEGER).map((i) => i.path.join('\u0000')));
    const relevant = issues.filter((i) => !(i.code === 'too_big' && i.maximum === Number.MAX_SAFE_INTEGER && bounded.has(i.path.join('\u0000'))));
    const errors = relevant.flatMap((issue) => issueToErrors(issue, data, file, locator));
    return { ok: false, errors: sortErrors(errors) };
}
function sortErrors(errors) {
    return [...errors].sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
}
function valueAt(data, path) {
    let current = data;
    for (const segment of path) {
        if (current === null || typeof current !== 'object')
            return undefined;
        current = current[segment];
    }
    return current;
}
function issueToErrors(issue, data, file, locator) {
    const path = issue.path.filter((s) => typeof s === 'string' || typeof s === 'number');
    const found = valueAt(data, path);
    const at = (p) => locator.locate(p);
    if (issue.code === 'unrecognized_keys') {
        const { keys: candidates, kind } = allowedKeysAt(path);
        return issue.keys.map((key) => ({
            file,
            ...locator.locateKey(path, key),
            path: (0,config_errors/* formatPath */.jV)([...path, key]),
            message: key === '<<'
                ? 'YAML merge keys (<<) are not supported; expected the fields written out, or values shared through defaults:'
                : kind === 'model'
                    ? `unknown model "${key}"; expected a catalog model id (see \`image-cost-gate models\`).${didYouMean(key, candidates)}`
                    : `unknown ${kind === 'field' ? 'field' : 'key'} "${key}"; expected one of ${candidates.join(', ')}.${didYouMean(key, candidates)}`
        }));
    }
    // For a value that may be a number or a map, report what is wrong inside the map the user wrote.
    if (issue.code === 'invalid_union' && found !== null && typeof found === 'object') {
        const branch = issue.errors.find((errors) => errors.length > 0 && errors.every((e) => e.path.length > 0 || e.code === 'unrecognized_keys'));
        if (branch)
            return branch.flatMap((inner) => issueToErrors({ ...inner, path: [...path, ...inner.path] }, data, file, locator));
    }
    return [{ file, ...at(path), path: (0,config_errors/* formatPath */.jV)(path), message: describeIssue(issue, path, found) }];
}
function describeIssue(issue, path, found) {
    const shown = (0,config_errors/* describeFound */.Kq)(found);
    const field = path[path.length - 1];
    switch (issue.code) {
        case 'invalid_type':
            if (found === undefined)
                return `missing required field; expected ${expectedType(issue.expected)}`;
            if (field === 'size' || field === 'input_image_size')
                return `expected a size written WxH, e.g. 1024x1024, found ${shown}`;
            return `expected ${expectedType(issue.expected)}, found ${shown}`;
        case 'invalid_value': {
            const values = issue.values.map(String);
            if (found === undefined)
                return `missing required field; expected ${values.join(' or ')}`;
            if (field === 'version')
                return `unsupported version ${typeof found === 'number' ? found : shown}; expected ${CONFIG_VERSION}`;
            if (field === 'model' && typeof found === 'string') {
                return `unknown model "${found}"; expected a catalog model id (see \`image-cost-gate models\`).${didYouMean(found, values)}`;
            }
            if (field === 'model')
                return `expected a catalog model id such as ${MODEL_IDS[0]} (see \`image-cost-gate models\`), found ${shown}`;
            const hint = typeof found === 'string' ? didYouMean(found, values) : '';
            return hint ? `expected one of ${values.join(', ')}, found ${shown}.${hint}` : `expected one of ${values.join(', ')}, found ${shown}`;
        }
        case 'invalid_union': {
            const values = issue.errors.flat().flatMap((e) => (e.code === 'invalid_value' ? e.values.map(String) : []));
            if (values.length > 0)
                return `expected one of ${values.join(', ')}, found ${shown}`;
            if (field === 'retry_rate')
                return `expected a number 0 <= r < 1 or a map of model id (or default) to such a number, found ${shown}`;
            return `expected a valid value, found ${shown}`;
        }
        case 'too_small':
            if (issue.origin === 'string')
                return Number(issue.minimum) <= 1 ? `expected a non-empty text, found ${shown}` : `expected at least ${String(issue.minimum)} characters, found ${shown}`;
            if (issue.origin === 'array')
                return `expected at least ${String(issue.minimum)} item${Number(issue.minimum) === 1 ? '' : 's'}, found ${shown}`;
            return `expected a number ${issue.inclusive ? '>=' : '>'} ${String(issue.minimum)}, found ${shown}`;
        case 'too_big':
            if (issue.origin === 'string')
                return `expected at most ${String(issue.maximum)} characters, found ${shown}`;
            if (issue.origin === 'array')
                return `expected at most ${String(issue.maximum)} items, found ${shown}`;
            return `expected a number ${issue.inclusive ? '<=' : '<'} ${String(issue.maximum)}, found ${shown}`;
        case 'invalid_format':
            return `expected ${issue.message ?? issue.format}, found ${shown}`;
        case 'custom':
            return issue.message ?? `invalid value ${shown}`;
        default:
            return `${issue.message ?? 'invalid value'}, found ${shown}`;
    }
}
function expectedType(expected) {
    switch (expected) {
        case 'int':
            return 'a whole number';
        case 'number':
            return 'a finite number';
        case 'record':
        case 'object':
            return 'a mapping';
        case 'array':
            return 'a list';
        case 'boolean':
            return 'true or false';
        default:
            return `a ${expected}`;
    }
}
function defOf(schema) {
    return schema.def;
}
/** For a value that may be a number or a map (retry_rate), the map option: keys are looked up there. */
function mappingOption(schema) {
    const def = defOf(schema);
    if (def.type !== 'union')
        return schema;
    return def.options?.find((o) => ['object', 'record'].includes(defOf(o).type)) ?? schema;
}
/** The keys the schema accepts at `path`: field names, or the ids a keyed map takes. */
function allowedKeysAt(path) {
    const none = { keys: [], kind: 'key' };
    let schema = configSchema;
    const unwrap = (s) => {
        let current = s;
        for (let def = defOf(current); (def.type === 'optional' || def.type === 'nullable') && def.innerType; def = defOf(current)) {
            current = def.innerType;
        }
        return current;
    };
    for (const segment of path) {
        if (!schema)
            return none;
        const def = defOf(mappingOption(unwrap(schema)));
        if (def.type === 'array')
            schema = def.element;
        else if (def.type === 'object')
            schema = def.shape?.[String(segment)];
        else if (def.type === 'record')
            schema = def.valueType;
        else
            return none;
    }
    if (!schema)
        return none;
    const def = defOf(mappingOption(unwrap(schema)));
    if (def.type === 'object')
        return { keys: Object.keys(def.shape ?? {}), kind: 'field' };
    const keyDef = def.type === 'record' && def.keyType ? defOf(def.keyType) : undefined;
    if (keyDef?.type !== 'enum')
        return none;
    const keys = Object.values(keyDef.entries ?? {});
    return { keys, kind: keys.includes(MODEL_IDS[0]) ? 'model' : 'key' };
}


/***/ })

};
;