"use strict";
exports.id = 878;
exports.ids = [878];
exports.modules = {

/***/ 6878:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  loadTeamCatalogs: () => (/* binding */ loadTeamCatalogs)
});

// UNUSED EXPORTS: applyTeamCatalog, parseCatalogText

// EXTERNAL MODULE: ./node_modules/zod/v4/mini/schemas.js + 5 modules
var schemas = __webpack_require__(8395);
// EXTERNAL MODULE: ./node_modules/zod/v4/core/api.js
var api = __webpack_require__(3759);
// EXTERNAL MODULE: ./src/catalog/vocabulary.ts
var vocabulary = __webpack_require__(7923);
;// CONCATENATED MODULE: ./src/catalog/schema.ts
/**
 * The pricing catalog's file format: the single source of truth for the catalog's types, its
 * validation and the published JSON Schema (schema/catalog.schema.json).
 *
 * A catalog file groups models by provider. Every group of figures is `{ value, provenance }`; the
 * provenance says where the figures come from, when they were checked and how far they can be
 * trusted. The built-in catalog (catalog.json) is a complete file; a team catalog may be partial:
 * it overrides figures per model and may add models (see merge.ts).
 */


const isoDate = schemas/* string */.YjP().check(api/* _regex */.Fk(/^\d{4}-\d{2}-\d{2}$/, { message: 'a day written YYYY-MM-DD' }));
const nonNegative = schemas/* number */.aig().check(api/* _nonnegative */.UI());
const positiveInt = schemas/* int */.Whr().check(api/* _positive */.NC());
const schema_text = schemas/* string */.YjP().check(api/* _minLength */.m9(1));
const provenanceSchema = schemas/* strictObject */.rej({
    /** Key into the file's `sources`. */
    source: schema_text,
    /** The day the figures were last checked against the source. */
    checked_on: isoDate,
    confidence: schemas/* enum */.k5n(vocabulary/* CONFIDENCES */.ix),
    /** The row of the project's pricing facts the figures were transcribed from, e.g. "§8 #2". */
    ref: schemas/* optional */.lqM(schema_text),
    note: schemas/* optional */.lqM(schema_text)
});
/** A group of figures with one provenance. */
function sourced(value) {
    return schemas/* strictObject */.rej({ value, provenance: provenanceSchema });
}
const quality = schemas/* enum */.k5n(vocabulary/* QUALITIES */.EQ);
/** WxH, or a resolution label such as 1K (Gemini's output resolutions). */
const size = schemas/* string */.YjP().check(api/* _regex */.Fk(/^([1-9][0-9]*x[1-9][0-9]*|[1-9][0-9]*K)$/, { message: 'a size written WxH, or a resolution such as 1K' }));
/**
 * quality -> "WxH" -> value; "any" stands for every size the model offers and, as a quality, for a
 * model that has no quality setting.
 */
const qualitySizeTable = schemas/* partialRecord */.jgl(schemas/* union */.KCZ([quality, schemas/* literal */.euz('any')]), schemas/* record */.g1P(schemas/* union */.KCZ([size, schemas/* literal */.euz('any')]), nonNegative));
const rate = schemas/* nullable */.mee(nonNegative);
const tokenRateShape = {
    text_input: rate,
    cached_text_input: rate,
    image_input: rate,
    cached_image_input: rate,
    image_output: rate,
    text_output: rate
};
const tokenRates = schemas/* strictObject */.rej(tokenRateShape);
const sizeRule = schemas/* discriminatedUnion */.gMt('kind', [
    schemas/* strictObject */.rej({ kind: schemas/* literal */.euz('fixed'), sizes: schemas/* array */.YOg(size) }),
    schemas/* strictObject */.rej({
        kind: schemas/* literal */.euz('flexible'),
        multiple_of: positiveInt,
        max_edge: positiveInt,
        max_aspect_ratio: schemas/* number */.aig().check(api/* _gte */.qm(1)),
        min_pixels: positiveInt,
        max_pixels: positiveInt,
        experimental_above_pixels: positiveInt
    }),
    /** Any WxH: the sources publish no limits, so sizes are priced but not checked (the provenance says so). */
    schemas/* strictObject */.rej({ kind: schemas/* literal */.euz('unlisted') })
]);
const qualityFactors = schemas/* partialRecord */.jgl(quality, nonNegative);
const outputTokenRule = schemas/* discriminatedUnion */.gMt('kind', [
    schemas/* strictObject */.rej({ kind: schemas/* literal */.euz('table'), tokens: qualitySizeTable }),
    /**
     * tokens = ceil(q * floor((2qS + L) / 2L) * (2,000,000 + w*h) / 4,000,000), then times the
     * quality's multiplier where one is given (rounded up).
     */
    schemas/* strictObject */.rej({ kind: schemas/* literal */.euz('formula'), quality_factor: qualityFactors, multiplier: schemas/* optional */.lqM(qualityFactors) })
]);
const inputImageRule = schemas/* discriminatedUnion */.gMt('kind', [
    /** Scale so the shortest side is tile_px, count tiles; high fidelity adds a fixed amount. */
    schemas/* strictObject */.rej({
        kind: schemas/* literal */.euz('tiles'),
        tile_px: positiveInt,
        base_tokens: nonNegative,
        tokens_per_tile: nonNegative,
        high_fidelity_square: nonNegative,
        high_fidelity_other: nonNegative
    }),
    /**
     * Count patch_px patches, capped at max_patches. Inputs whose long side is below
     * min_long_side_px are scaled up to it first, and the aspect ratio is clamped to
     * 1:max_aspect_ratio..max_aspect_ratio:1 (the short side is raised).
     */
    schemas/* strictObject */.rej({
        kind: schemas/* literal */.euz('patches'),
        patch_px: positiveInt,
        max_patches: positiveInt,
        min_long_side_px: schemas/* optional */.lqM(positiveInt),
        max_aspect_ratio: schemas/* optional */.lqM(schemas/* number */.aig().check(api/* _gte */.qm(1)))
    }),
    schemas/* strictObject */.rej({ kind: schemas/* literal */.euz('none') }),
    /** Billed per input megapixel, at megapixel_prices.input_mp_usd (FLUX.2 edits). */
    schemas/* strictObject */.rej({ kind: schemas/* literal */.euz('megapixels') })
]);
/**
 * Per-megapixel pricing (FLUX.2): first output megapixel, each further output megapixel, each input
 * megapixel; how many pixels make a megapixel, and whether a part of one is billed whole or pro rata.
 */
const megapixelPrices = schemas/* strictObject */.rej({
    first_mp_usd: nonNegative,
    extra_mp_usd: nonNegative,
    input_mp_usd: nonNegative,
    pixels_per_megapixel: positiveInt,
    partial_megapixel: schemas/* enum */.k5n(['whole', 'pro_rata'])
});
const lifecycleShape = {
    /** The day the model (its first snapshot) became available; null where no source gives one. */
    release_date: schemas/* nullable */.mee(isoDate),
    /** The day the shutdown was announced: the model is deprecated from then on. */
    notice_date: schemas/* nullable */.mee(isoDate),
    shutdown_date: schemas/* nullable */.mee(isoDate),
    replacements: schemas/* array */.YOg(schema_text),
    replacement_note: schemas/* optional */.lqM(schema_text)
};
const lifecycle = schemas/* strictObject */.rej(lifecycleShape);
/** Per tier: the limit, null where none is published, or "unsupported" where the tier may not use the model. */
const tierLadder = schemas/* record */.g1P(schemas/* enum */.k5n(vocabulary/* TIERS */.iB), schemas/* union */.KCZ([schemas/* nullable */.mee(nonNegative), schemas/* literal */.euz('unsupported')]));
const outputFormats = schemas/* strictObject */.rej({
    /** Formats priced like any image. */
    priced: schemas/* array */.YOg(schemas/* enum */.k5n(vocabulary/* OUTPUT_FORMATS */.DS)),
    /** Formats the model outputs whose billing is not published: a workload that asks for one is an error. */
    not_priced: schemas/* array */.YOg(schemas/* enum */.k5n(vocabulary/* OUTPUT_FORMATS */.DS))
});
const complexity = schemas/* strictObject */.rej({ values: schemas/* array */.YOg(schemas/* enum */.k5n(vocabulary/* COMPLEXITIES */.BE)), default: schemas/* enum */.k5n(vocabulary/* COMPLEXITIES */.BE), extra_cost: schemas/* boolean */.zMY() });
/**
 * A capability: true or false as a source states it. Left out (or null) where no source states it:
 * the model is then ineligible for a workload that needs it, "not documented".
 */
const capability = schemas/* optional */.lqM(sourced(schemas/* nullable */.mee(schemas/* boolean */.zMY())));
const capabilityShape = {
    batch: capability,
    edits: capability,
    text_output: capability,
    partial_images: capability,
    transparent_background: capability,
    /** How many input images keep high fidelity: a count, or "all". */
    high_fidelity_inputs: schemas/* optional */.lqM(sourced(schemas/* nullable */.mee(schemas/* union */.KCZ([schemas/* int */.Whr().check(api/* _nonnegative */.UI()), schemas/* literal */.euz('all')])))),
    /** Whether the API takes an input_fidelity parameter for this model. */
    input_fidelity_parameter: capability,
    /**
     * Several input images in one request. Left out on OpenAI's entries, which predate it: there the
     * edits capability decides (the image guide describes edits with several inputs).
     */
    multi_image_input: capability,
    /** Vector (SVG) output. */
    vector_output: capability
};
/** Every group of a complete model. */
const modelShape = {
    /** Other ids that name the same model (dated snapshots). */
    aliases: sourced(schemas/* array */.YOg(schema_text)),
    lifecycle: sourced(lifecycle),
    qualities: sourced(schemas/* array */.YOg(quality)),
    /** How quality "auto" is billed. */
    auto_quality: schemas/* optional */.lqM(sourced(quality)),
    sizes: sourced(sizeRule),
    output_formats: schemas/* optional */.lqM(sourced(outputFormats)),
    /** A request setting that changes nothing on the bill. */
    complexity: schemas/* optional */.lqM(sourced(complexity)),
    token_rates: schemas/* nullable */.mee(sourced(tokenRates)),
    /** Published USD per output image, where the provider lists one. */
    image_prices: schemas/* nullable */.mee(sourced(qualitySizeTable)),
    /** USD per vector (SVG) output image, where the model outputs vectors at their own price (Recraft V3). */
    vector_prices: schemas/* optional */.lqM(schemas/* nullable */.mee(sourced(qualitySizeTable))),
    megapixel_prices: schemas/* optional */.lqM(schemas/* nullable */.mee(sourced(megapixelPrices))),
    /** Output tokens per image, for pricing without a per-image table and for TPM checks. */
    output_tokens: schemas/* nullable */.mee(sourced(outputTokenRule)),
    input_images: sourced(inputImageRule),
    capabilities: schemas/* strictObject */.rej(capabilityShape),
    tier_limits: schemas/* nullable */.mee(schemas/* strictObject */.rej({ images_per_minute: sourced(tierLadder), tokens_per_minute: sourced(tierLadder) }))
};
/** The same groups, each optional, for a team catalog that changes some figures of a model. */
const partialModelShape = {
    ...mapOptional(modelShape),
    lifecycle: schemas/* optional */.lqM(sourced(schemas/* partial */.OH3(lifecycle))),
    token_rates: schemas/* optional */.lqM(schemas/* nullable */.mee(sourced(schemas/* partial */.OH3(tokenRates)))),
    capabilities: schemas/* optional */.lqM(schemas/* strictObject */.rej(capabilityShape)),
    tier_limits: schemas/* optional */.lqM(schemas/* nullable */.mee(schemas/* strictObject */.rej({ images_per_minute: schemas/* optional */.lqM(sourced(tierLadder)), tokens_per_minute: schemas/* optional */.lqM(sourced(tierLadder)) })))
};
function mapOptional(shape) {
    return Object.fromEntries(Object.entries(shape).map(([k, v]) => [k, schemas/* optional */.lqM(v)]));
}
const modelSchema = schemas/* strictObject */.rej(modelShape);
const partialModelSchema = schemas/* strictObject */.rej(partialModelShape);
const sourceInfo = schemas/* strictObject */.rej({
    title: schema_text,
    url: schemas/* optional */.lqM(schemas/* string */.YjP()),
    /** Where the project's copy of the figures was read. */
    via: schema_text
});
const providerShape = {
    name: schemas/* optional */.lqM(schema_text),
    /** This provider serves another provider's models at that provider's list prices (Azure OpenAI). */
    prices_from: schemas/* optional */.lqM(schemas/* enum */.k5n(vocabulary/* PROVIDERS */.xq)),
    /** Said in every report priced for this provider. */
    pricing_note: schemas/* optional */.lqM(sourced(schema_text)),
    /** Where the list of models a prices_from provider offers comes from (models it does not list are not offered). */
    offered_models: schemas/* optional */.lqM(provenanceSchema),
    /** A published limit on requests (or images) in progress at once, checked against workloads' peak_concurrent_requests. */
    concurrency: schemas/* optional */.lqM(sourced(schemas/* strictObject */.rej({ limit: positiveInt, counts: schemas/* enum */.k5n(['requests', 'images']) }))),
    models: schemas/* optional */.lqM(schemas/* record */.g1P(schema_text, partialModelSchema))
};
const globals = {
    /** Monthly usage limit per tier (USD). */
    monthly_usage_limits: sourced(schemas/* record */.g1P(schemas/* enum */.k5n(vocabulary/* TIERS */.iB), nonNegative)),
    /** Image output tokens billed per streamed partial image. */
    partial_image_tokens: sourced(nonNegative),
    hours_per_month: sourced(schemas/* number */.aig().check(api/* _positive */.NC())),
    /** Share of every component the Batch API takes off. */
    batch_discount: sourced(schemas/* number */.aig().check(api/* _gte */.qm(0), api/* _lte */.Zm(1)))
};
/** Any catalog file: the built-in one (complete) or a team's (complete or partial). */
const catalogFileSchema = schemas/* strictObject */.rej({
    $schema: schemas/* optional */.lqM(schemas/* string */.YjP()),
    schema_version: schemas/* literal */.euz(vocabulary/* CATALOG_SCHEMA_VERSION */.l2),
    /** The day the file's figures were last checked. */
    as_of: isoDate,
    currency: schemas/* optional */.lqM(schemas/* literal */.euz('USD')),
    /** What this file is, shown in reports (e.g. "Acme's negotiated prices"). */
    title: schemas/* optional */.lqM(schema_text),
    sources: schemas/* optional */.lqM(schemas/* record */.g1P(schema_text, sourceInfo)),
    providers: schemas/* optional */.lqM(schemas/* partialRecord */.jgl(schemas/* enum */.k5n(vocabulary/* PROVIDERS */.xq), schemas/* strictObject */.rej(providerShape))),
    ...mapOptional(globals)
});
/** What a complete catalog must hold once every file is merged (checked by merge.ts). */
const completeGlobalsSchema = schemas/* object */.Ikc(globals);

// EXTERNAL MODULE: ./src/catalog/view.ts + 1 modules
var view = __webpack_require__(4917);
;// CONCATENATED MODULE: ./src/catalog/completeness.ts
/**
 * Whether a catalog file holds every figure the pipeline reads for a provider: every global and
 * every group of every model it offers. view.ts trusts this was checked; the built-in catalog is
 * checked by the tests, a team's by its loader. Pure.
 */


/**
 * Why the provider's view of the file is incomplete, or undefined when it is complete: its own
 * models and every other vendor's a config priced for it may name.
 */
function incompleteness(file, provider) {
    const globals = completeGlobalsSchema.safeParse(file);
    if (!globals.success)
        return `the catalog lacks ${globals.error.issues.map((i) => i.path.join('.') || i.message).join(', ')}`;
    for (const seen of [provider, ...(0,view/* vendorProviders */.LM)(file, provider)]) {
        let models;
        try {
            models = (0,view/* providerModels */.Gx)(file, seen).models;
        }
        catch (error) {
            if (error instanceof view/* IncompleteCatalogError */.WN)
                return error.message;
            throw error;
        }
        for (const { id, model } of models) {
            const parsed = modelSchema.safeParse(model);
            if (parsed.success)
                continue;
            const first = parsed.error.issues[0];
            return `providers.${seen}.models.${id} is incomplete (${first ? `${first.path.join('.')}: ${first.message}` : 'invalid'})`;
        }
    }
    return undefined;
}

// EXTERNAL MODULE: ./src/catalog/merge.ts
var merge = __webpack_require__(3979);
// EXTERNAL MODULE: ./src/catalog/run-catalog.ts
var run_catalog = __webpack_require__(1640);
// EXTERNAL MODULE: ./src/config/errors.ts
var errors = __webpack_require__(7827);
// EXTERNAL MODULE: ./src/config/validate.ts + 2 modules
var validate = __webpack_require__(5571);
// EXTERNAL MODULE: ./src/config/yaml.ts + 1 modules
var yaml = __webpack_require__(8089);
;// CONCATENATED MODULE: ./src/config/catalog-file.ts
/**
 * Team catalog files: text -> a validated catalog file with located errors, and files applied over
 * the built-in catalog. A catalog file is JSON (read as YAML, of which JSON is a part, so errors
 * carry lines); it may be partial, but a model it adds must be complete. Imported on demand: a run
 * without a team catalog never builds the catalog file's schema.
 */








/** A catalog file's text -> its validated content, or every error located by line and field. */
async function parseCatalogText(text, path) {
    const parsed = await (0,yaml/* parseYaml */.hN)(text, path);
    if (!parsed.ok)
        return parsed;
    const { data, locator } = parsed.value;
    if (data === null || typeof data !== 'object' || Array.isArray(data)) {
        return { ok: false, errors: [{ file: path, ...locator.locate([]), path: '', message: 'expected a JSON object with "schema_version": 1 and "as_of"' }] };
    }
    const validated = (0,validate/* validateAgainst */.sq)(catalogFileSchema, data, path, locator);
    if (!validated.ok)
        return validated;
    return { ok: true, value: { path, file: validated.value, locator } };
}
/**
 * `team` applied over `base`. A model the team file adds (one `base` lacks) must be complete, and
 * a provider it adds must name its models; such errors point into the team file.
 */
function applyTeamCatalog(base, team) {
    const errors = [];
    for (const [provider, entry] of Object.entries(team.file.providers ?? {})) {
        const known = base.file.providers?.[provider];
        const inherits = entry?.prices_from ?? known?.prices_from;
        for (const [id, model] of Object.entries(entry?.models ?? {})) {
            const existing = known?.models?.[id] ?? (inherits ? base.file.providers?.[inherits]?.models?.[id] : undefined);
            if (existing)
                continue;
            const complete = (0,validate/* validateAgainst */.sq)(modelSchema, model, team.path, nestedLocator(team.locator, ['providers', provider, 'models', id]));
            if (!complete.ok) {
                for (const e of complete.errors) {
                    errors.push({ ...e, path: `providers.${provider}.models[${JSON.stringify(id)}]${e.path ? `.${e.path}` : ''}`, message: `${e.message} (a model the catalog adds must give every group)` });
                }
            }
        }
    }
    if (errors.length > 0)
        return { ok: false, errors };
    const file = (0,merge/* mergeCatalogFiles */.BQ)(base.file, team.file);
    // Every provider's view must be complete once the file is applied (a run trusts it, view.ts).
    for (const provider of vocabulary/* PROVIDERS */.xq) {
        if (!file.providers?.[provider])
            continue;
        const missing = incompleteness(file, provider);
        if (missing)
            return { ok: false, errors: [{ file: team.path, path: '', message: `${missing} once applied over ${base.applied.length ? 'the catalogs before it' : 'the built-in catalog'}` }] };
    }
    const applied = {
        path: team.path,
        ...(team.file.title ? { title: team.file.title } : {}),
        as_of: team.file.as_of,
        changes: (0,merge/* appliedChanges */.Zl)(base.file, team.file)
    };
    return { ok: true, value: { file, applied: [...base.applied, applied] } };
}
/** A locator for a value nested at `prefix` (errors inside it point into the whole file). */
function nestedLocator(locator, prefix) {
    return {
        locate: (path) => locator.locate([...prefix, ...path]),
        locateKey: (path, key) => locator.locateKey([...prefix, ...path], key)
    };
}
/** Reads and applies team catalog files in order; `read` is the caller's file system or API. */
async function loadTeamCatalogs(paths, read, base = run_catalog/* BUILTIN_RUN_CATALOG */.i) {
    let run = base;
    for (const path of paths) {
        const text = await read(path);
        if (!text.ok)
            return { ok: false, errors: [(0,errors/* readFailure */.f1)(path, text)] };
        const parsed = await parseCatalogText(text.text, path);
        if (!parsed.ok)
            return parsed;
        const applied = applyTeamCatalog(run, parsed.value);
        if (!applied.ok)
            return applied;
        run = applied.value;
    }
    return { ok: true, value: run };
}


/***/ })

};
;