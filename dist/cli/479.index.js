"use strict";
exports.id = 479;
exports.ids = [479,547];
exports.modules = {

/***/ 5479:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runUsageCommand: () => (/* binding */ runUsageCommand)
});

// UNUSED EXPORTS: USAGE_EXIT

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/config/errors.ts
var errors = __webpack_require__(7827);
// EXTERNAL MODULE: ./src/config/load.ts + 1 modules
var load = __webpack_require__(4913);
// EXTERNAL MODULE: ./src/openai/models-api.ts
var models_api = __webpack_require__(7919);
;// CONCATENATED MODULE: ./src/openai/usage-api.ts
/** Pages are followed up to this many, a guard against an answer that never ends. */
const MAX_PAGES = 1000;
/** Unix seconds [start, end), grouped by model, size, source and project, one bucket a day. */
function fetchImageUsage(options, startTime, endTime, days) {
    const query = [
        ['start_time', String(startTime)],
        ['end_time', String(endTime)],
        ['bucket_width', '1d'],
        ['limit', String(Math.min(31, Math.max(1, days)))],
        ...['model', 'size', 'source', 'project_id'].map((g) => ['group_by', g])
    ];
    return fetchAllPages(options, '/organization/usage/images', query, imageResult);
}
/** Costs per day over [start, end), grouped by project and line item. */
function fetchCosts(options, startTime, endTime, days) {
    const query = [
        ['start_time', String(startTime)],
        ['end_time', String(endTime)],
        ['bucket_width', '1d'],
        ['limit', String(Math.min(180, Math.max(1, days)))],
        ['group_by', 'project_id'],
        ['group_by', 'line_item']
    ];
    return fetchAllPages(options, '/organization/costs', query, costResult);
}
const nullableString = (v) => v === null || v === undefined || typeof v === 'string';
const count = (v) => typeof v === 'number' && Number.isFinite(v) && v >= 0;
function imageResult(raw) {
    const { model, size, source, project_id, images, num_model_requests } = raw;
    if (!count(images))
        return '"images" is not a count';
    if (num_model_requests !== undefined && !count(num_model_requests))
        return '"num_model_requests" is not a count';
    if (![model, size, source, project_id].every(nullableString))
        return 'a grouped field (model, size, source, project_id) is neither text nor null';
    return {
        model: model ?? null,
        size: size ?? null,
        source: source ?? null,
        project_id: project_id ?? null,
        images,
        num_model_requests: num_model_requests ?? 0
    };
}
function costResult(raw) {
    const amount = raw.amount;
    if (!amount || typeof amount.value !== 'number' || !Number.isFinite(amount.value))
        return '"amount.value" is not a number';
    if (typeof amount.currency === 'string' && amount.currency.toLowerCase() !== 'usd')
        return `"amount.currency" is ${JSON.stringify(amount.currency)}; expected usd`;
    if (!nullableString(raw.project_id) || !nullableString(raw.line_item))
        return '"project_id" or "line_item" is neither text nor null';
    return { project_id: raw.project_id ?? null, line_item: raw.line_item ?? null, usd: amount.value };
}
async function fetchAllPages(options, path, query, parse) {
    const results = [];
    let page;
    for (let n = 1; n <= MAX_PAGES; n++) {
        const params = new URLSearchParams(page ? [...query, ['page', page]] : query);
        const url = `${options.baseUrl.replace(/\/+$/, '')}${path}?${params.toString()}`;
        const answer = await request(options, url);
        if (!answer.ok)
            return answer;
        const where = `the answer from ${path} (page ${n})`;
        const body = answer.body;
        if (body === null || typeof body !== 'object' || !Array.isArray(body.data))
            return { ok: false, message: `${where} has no "data" list of buckets` };
        for (const [b, bucket] of body.data.entries()) {
            const rows = bucket?.results;
            if (!Array.isArray(rows))
                return { ok: false, message: `${where}: bucket ${b} has no "results" list` };
            for (const [r, row] of rows.entries()) {
                if (row === null || typeof row !== 'object')
                    return { ok: false, message: `${where}: bucket ${b}, result ${r} is not an object` };
                const parsed = parse(row);
                if (typeof parsed === 'string')
                    return { ok: false, message: `${where}: bucket ${b}, result ${r}: ${parsed}` };
                results.push(parsed);
            }
        }
        if (body.has_more !== true)
            return { ok: true, results, pages: n };
        if (typeof body.next_page !== 'string' || body.next_page === '')
            return { ok: false, message: `${where} says has_more but gives no "next_page"` };
        page = body.next_page;
    }
    return { ok: false, message: `${path} gave more than ${MAX_PAGES} pages; stopped` };
}
/** One GET with its retries. */
async function request(options, url) {
    const attempts = options.attempts ?? 5;
    const maxWait = options.maxWaitMs ?? 60_000;
    const shown = url.replace(/\?.*$/, '');
    let problem = '';
    for (let attempt = 1; attempt <= attempts; attempt++) {
        let status;
        let text;
        let retryAfter = null;
        try {
            const response = await options.fetch(url, {
                headers: { authorization: `Bearer ${options.adminKey}`, accept: 'application/json' },
                signal: AbortSignal.timeout(options.timeoutMs ?? 30_000)
            });
            status = response.status;
            retryAfter = response.headers?.get('retry-after') ?? null;
            text = await response.text();
        }
        catch (error) {
            const cause = error.cause?.code;
            problem = `could not reach ${shown}${cause ? ` (${cause})` : error instanceof Error && error.name === 'TimeoutError' ? ' (no answer in time)' : ''}`;
            if (attempt < attempts)
                await wait(options, backoff(attempt, null, maxWait), problem);
            continue;
        }
        if (status === 401 || status === 403) {
            return { ok: false, status, message: `OpenAI refused the key (HTTP ${status}) for ${shown}; the Usage and Costs APIs need an Admin API key (sk-admin-..., made by an organization owner) in OPENAI_ADMIN_KEY` };
        }
        if (status === 429 || status >= 500) {
            problem = `OpenAI answered HTTP ${status} for ${shown}`;
            if (attempt < attempts)
                await wait(options, backoff(attempt, retryAfter, maxWait), problem);
            continue;
        }
        if (status < 200 || status >= 300)
            return { ok: false, status, message: `OpenAI answered HTTP ${status} for ${shown}${errorMessage(text)}` };
        try {
            return { ok: true, body: JSON.parse(text) };
        }
        catch {
            return { ok: false, message: `the answer from ${shown} is not JSON` };
        }
    }
    return { ok: false, message: `${problem}; gave up after ${attempts} attempts` };
}
/** The wait before the next attempt: Retry-After (seconds or an HTTP date) when given, else 1 s, 2 s, 4 s, ...; never more than the cap. */
function backoff(attempt, retryAfter, maxWaitMs, now = Date.now()) {
    let ms = 1000 * 2 ** (attempt - 1);
    if (retryAfter !== null) {
        const seconds = Number(retryAfter);
        if (Number.isFinite(seconds) && seconds >= 0)
            ms = seconds * 1000;
        else {
            const at = Date.parse(retryAfter);
            if (Number.isFinite(at))
                ms = Math.max(0, at - now);
        }
    }
    return Math.min(ms, maxWaitMs);
}
async function wait(options, ms, why) {
    options.onRetry?.(`${why}; retrying in ${(ms / 1000).toFixed(1)} s`);
    await options.sleep(ms);
}
/** OpenAI's own error message, when the body has one (it never holds the key). */
function errorMessage(text) {
    try {
        const message = JSON.parse(text).error?.message;
        return typeof message === 'string' && message !== '' ? `: ${message.slice(0, 300)}` : '';
    }
    catch {
        return '';
    }
}

// EXTERNAL MODULE: ./src/config/usage-files.ts
var usage_files = __webpack_require__(547);
// EXTERNAL MODULE: ./src/catalog/vocabulary.ts
var vocabulary = __webpack_require__(7923);
;// CONCATENATED MODULE: ./src/usage/measure.ts


const isCount = (v) => typeof v === 'number' && Number.isFinite(v) && v >= 0;
function readCall(value) {
    if (value === null || typeof value !== 'object' || Array.isArray(value))
        return 'expected a JSON object: one Images API call';
    const v = value;
    if (typeof v.model !== 'string' || v.model === '')
        return 'model: expected the model id as text';
    if (typeof v.quality !== 'string' || !vocabulary/* QUALITIES */.EQ.includes(v.quality))
        return `quality: expected one of ${vocabulary/* QUALITIES */.EQ.join(', ')}`;
    if (typeof v.size !== 'string' || !/^[1-9][0-9]*x[1-9][0-9]*$/.test(v.size))
        return 'size: expected WxH, e.g. 1024x1024';
    const n = v.n ?? 1;
    if (typeof n !== 'number' || !Number.isInteger(n) || n < 1)
        return 'n: expected the number of images, 1 or more';
    const usage = v.usage;
    if (!usage || typeof usage !== 'object')
        return 'usage: expected the response\'s usage object';
    if (!isCount(usage.output_tokens))
        return 'usage.output_tokens: expected a count';
    const imageTokens = usage.input_tokens_details?.image_tokens ?? 0;
    if (!isCount(imageTokens))
        return 'usage.input_tokens_details.image_tokens: expected a count';
    return { model: v.model, quality: v.quality, size: v.size, n, outputTokens: usage.output_tokens, inputImageTokens: imageTokens };
}
/** The 90th percentile by nearest rank. */
function p90(values) {
    const sorted = [...values].sort((a, b) => a - b);
    return sorted[Math.max(0, Math.ceil(sorted.length * 0.9) - 1)] ?? 0;
}
function measureTokens(text, file, importedAt) {
    const errors = [];
    const groups = new Map();
    const lines = text.split(/\r?\n/);
    lines.forEach((line, i) => {
        if (line.trim() === '')
            return;
        let value;
        try {
            value = JSON.parse(line);
        }
        catch {
            errors.push({ file, line: i + 1, column: 1, path: '', message: 'not valid JSON; expected one JSON object per line' });
            return;
        }
        const call = readCall(value);
        if (typeof call === 'string') {
            errors.push({ file, line: i + 1, column: 1, path: call.split(':')[0] ?? '', message: call });
            return;
        }
        const key = JSON.stringify([call.model, call.quality, call.size]);
        const list = groups.get(key) ?? [];
        list.push(call);
        groups.set(key, list);
    });
    if (errors.length > 0)
        return { ok: false, errors };
    if (groups.size === 0)
        return { ok: false, errors: [{ file, path: '', message: 'no calls in the file; expected one JSON object per line' }] };
    const entries = [...groups.values()].map((calls) => {
        const first = calls[0];
        const images = calls.reduce((s, c) => s + c.n, 0);
        const output = calls.reduce((s, c) => s + c.outputTokens, 0);
        return {
            model: first.model,
            quality: first.quality,
            size: first.size,
            calls: calls.length,
            images,
            mean_output_tokens_per_image: output / images,
            p90_output_tokens_per_image: p90(calls.map((c) => c.outputTokens / c.n)),
            mean_input_image_tokens: calls.reduce((s, c) => s + c.inputImageTokens, 0) / calls.length
        };
    });
    entries.sort((a, b) => (a.model === b.model ? (a.quality === b.quality ? (a.size < b.size ? -1 : 1) : a.quality < b.quality ? -1 : 1) : a.model < b.model ? -1 : 1));
    const calls = entries.reduce((s, e) => s + e.calls, 0);
    return { ok: true, value: { schema_version: usage_files.USAGE_FILE_VERSION, imported_at: importedAt, source: file, entries }, calls };
}

;// CONCATENATED MODULE: ./src/usage/sync.ts
/**
 * `usage sync` without its I/O: the window a sync covers, and the API's daily results summed over
 * it into a usage snapshot (config/usage-files.ts has the file's schema). Pure.
 */

const DAY_MS = 86_400_000;
/** The `days` whole days (UTC) before `date`: a sync on a day counts up to the end of the day before, never a part of a day. */
function syncWindow(date, days) {
    const endMs = Date.parse(`${date}T00:00:00Z`);
    const startMs = endMs - days * DAY_MS;
    return { start: new Date(startMs).toISOString().slice(0, 10), end: date, days, startTime: startMs / 1000, endTime: endMs / 1000 };
}
/** Each (model, size, source, project) and each (project, line item) summed over the window's days, largest first. */
function buildSnapshot(images, costs, window, fetchedAt) {
    const imageRows = new Map();
    for (const r of images) {
        const key = JSON.stringify([r.model, r.size, r.source, r.project_id]);
        const row = imageRows.get(key) ?? { model: r.model, size: r.size, source: r.source, project_id: r.project_id, images: 0, requests: 0 };
        row.images += r.images;
        row.requests += r.num_model_requests;
        imageRows.set(key, row);
    }
    const costRows = new Map();
    for (const r of costs) {
        const key = JSON.stringify([r.project_id, r.line_item]);
        const row = costRows.get(key) ?? { project_id: r.project_id, line_item: r.line_item, usd: 0 };
        row.usd += r.usd;
        costRows.set(key, row);
    }
    return {
        schema_version: usage_files.USAGE_FILE_VERSION,
        fetched_at: fetchedAt,
        window: { start: window.start, end: window.end, days: window.days },
        images: [...imageRows.values()].sort((a, b) => b.images - a.images),
        costs: [...costRows.values()].sort((a, b) => b.usd - a.usd)
    };
}

// EXTERNAL MODULE: ./src/util/format.ts
var format = __webpack_require__(2693);
;// CONCATENATED MODULE: ./src/cli/usage-commands.ts
/** The `usage` commands behind the CLI's ports: sync (OpenAI's Usage and Costs APIs) and import (JSON Lines of calls). */








/** As `check`: 0 done, 2 bad input, a refused key or a failed fetch, 3 a bug. */
const USAGE_EXIT = { ok: 0, failed: 2 };
async function runUsageCommand(command, ports, reportErrors) {
    const fail = (message) => {
        ports.stderr(`image-cost-gate: ${message}\n`);
        return USAGE_EXIT.failed;
    };
    if (!ports.writeFileAtomic)
        throw new Error('no file writer is wired to the CLI');
    // A whole-second UTC time, as the files' schemas write it.
    const now = (ports.now?.() ?? new Date().toISOString()).replace(/\.\d+Z$/, 'Z');
    if (command.kind === 'usage-import') {
        const read = ports.readText(command.jsonl);
        if (!read.ok)
            return reportErrors([(0,errors/* readFailure */.f1)(command.jsonl, read)]);
        const measured = measureTokens(read.text, command.jsonl, now);
        if (!measured.ok)
            return reportErrors(measured.errors);
        const written = ports.writeFileAtomic(command.out, JSON.stringify(measured.value, null, 2) + '\n');
        if (!written.ok)
            return fail(`could not write ${command.out}: ${written.message}`);
        ports.stdout(`${command.out}: measured tokens from ${(0,format/* count */.U9)(measured.calls)} calls, ${measured.value.entries.length} model, quality and size combinations\n`);
        return USAGE_EXIT.ok;
    }
    // The config says where the snapshot goes (usage.snapshot) and must be valid; --out overrides.
    const read = ports.readText(command.config);
    if (!read.ok)
        return reportErrors([(0,errors/* readFailure */.f1)(command.config, read)]);
    const loaded = await (0,load/* loadConfig */.Z9)(read.text, command.config, { readCatalog: async (path) => ports.readText(path), readUsage: false });
    if (!loaded.ok)
        return reportErrors(loaded.errors);
    const configured = loaded.value.config.usage?.snapshot;
    const out = command.out ?? (configured !== undefined ? external_node_path_.posix.join(external_node_path_.posix.dirname(command.config), configured) : undefined);
    if (out === undefined)
        return fail(`usage sync needs --out PATH, or usage.snapshot in ${command.config}`);
    const key = ports.env?.OPENAI_ADMIN_KEY;
    if (!key)
        return fail('OPENAI_ADMIN_KEY is not set; the Usage and Costs APIs need an Admin API key (sk-admin-..., made by an organization owner)');
    if (!ports.fetch)
        throw new Error('no HTTP client is wired to the CLI');
    const window = syncWindow(command.date ?? now.slice(0, 10), command.days);
    const api = {
        fetch: ports.fetch,
        adminKey: key,
        baseUrl: ports.env?.OPENAI_BASE_URL || models_api/* DEFAULT_OPENAI_BASE_URL */.r,
        sleep: ports.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms))),
        onRetry: (message) => ports.stderr(`image-cost-gate: ${message}\n`)
    };
    const images = await fetchImageUsage(api, window.startTime, window.endTime, window.days);
    if (!images.ok)
        return fail(`usage sync failed; ${out} is left as it was: ${images.message}`);
    const costs = await fetchCosts(api, window.startTime, window.endTime, window.days);
    if (!costs.ok)
        return fail(`usage sync failed; ${out} is left as it was: ${costs.message}`);
    const snapshot = buildSnapshot(images.results, costs.results, window, now);
    const written = ports.writeFileAtomic(out, JSON.stringify(snapshot, null, 2) + '\n');
    if (!written.ok)
        return fail(`could not write ${out}: ${written.message}`);
    const imagesTotal = snapshot.images.reduce((s, r) => s + r.images, 0);
    const usdTotal = snapshot.costs.reduce((s, r) => s + r.usd, 0);
    ports.stdout(`${out}: the ${window.days} days from ${window.start} up to ${window.end}: ${(0,format/* count */.U9)(imagesTotal)} images in ${snapshot.images.length} rows, $${usdTotal.toFixed(2)} in ${snapshot.costs.length} cost rows\n`);
    return USAGE_EXIT.ok;
}


/***/ }),

/***/ 547:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   USAGE_FILE_VERSION: () => (/* binding */ USAGE_FILE_VERSION),
/* harmony export */   measuredTokensSchema: () => (/* binding */ measuredTokensSchema),
/* harmony export */   parseMeasuredTokens: () => (/* binding */ parseMeasuredTokens),
/* harmony export */   parseUsageSnapshot: () => (/* binding */ parseUsageSnapshot),
/* harmony export */   usageSnapshotSchema: () => (/* binding */ usageSnapshotSchema)
/* harmony export */ });
/* harmony import */ var zod_mini__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5395);
/* harmony import */ var zod_mini__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3759);
/* harmony import */ var _catalog_vocabulary_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7923);
/* harmony import */ var _validate_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2526);
/* harmony import */ var _yaml_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8089);
/**
 * The two usage files a config may name: a usage snapshot (`image-cost-gate usage sync`: what the
 * organization used and paid, from OpenAI's Usage and Costs APIs) and measured tokens (`usage
 * import`: output tokens per image from the team's own logs). Both are JSON, read as YAML (of which
 * JSON is a part) so that errors carry lines; their schemas are published in schema/. Imported on
 * demand: a config without `usage:` never builds them.
 */




const USAGE_FILE_VERSION = 1;
const day = zod_mini__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().check(zod_mini__WEBPACK_IMPORTED_MODULE_3__/* ._regex */ .Fk(/^\d{4}-\d{2}-\d{2}$/, { message: 'a day written YYYY-MM-DD' }));
const count = zod_mini__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().check(zod_mini__WEBPACK_IMPORTED_MODULE_3__/* ._nonnegative */ .UI(), zod_mini__WEBPACK_IMPORTED_MODULE_3__/* ._lte */ .Zm(1e15));
const nullableText = zod_mini__WEBPACK_IMPORTED_MODULE_2__/* .nullable */ .mee(zod_mini__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP());
const usageSnapshotSchema = zod_mini__WEBPACK_IMPORTED_MODULE_2__/* .strictObject */ .rej({
    schema_version: zod_mini__WEBPACK_IMPORTED_MODULE_2__/* .literal */ .euz(USAGE_FILE_VERSION),
    fetched_at: zod_mini__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().check(zod_mini__WEBPACK_IMPORTED_MODULE_3__/* ._regex */ .Fk(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/, { message: 'a UTC time written YYYY-MM-DDTHH:MM:SSZ' })),
    window: zod_mini__WEBPACK_IMPORTED_MODULE_2__/* .strictObject */ .rej({
        /** The first day counted (UTC). */
        start: day,
        /** The day after the last one counted (UTC): the window is [start, end). */
        end: day,
        days: zod_mini__WEBPACK_IMPORTED_MODULE_2__/* .int */ .Whr().check(zod_mini__WEBPACK_IMPORTED_MODULE_3__/* ._gte */ .qm(1), zod_mini__WEBPACK_IMPORTED_MODULE_3__/* ._lte */ .Zm(3660))
    }),
    images: zod_mini__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(zod_mini__WEBPACK_IMPORTED_MODULE_2__/* .strictObject */ .rej({
        model: nullableText,
        size: nullableText,
        source: nullableText,
        project_id: nullableText,
        images: count,
        requests: count
    })),
    costs: zod_mini__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(zod_mini__WEBPACK_IMPORTED_MODULE_2__/* .strictObject */ .rej({ project_id: nullableText, line_item: nullableText, usd: zod_mini__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().check(zod_mini__WEBPACK_IMPORTED_MODULE_3__/* ._gte */ .qm(-1e15), zod_mini__WEBPACK_IMPORTED_MODULE_3__/* ._lte */ .Zm(1e15)) }))
});
const measuredTokensSchema = zod_mini__WEBPACK_IMPORTED_MODULE_2__/* .strictObject */ .rej({
    schema_version: zod_mini__WEBPACK_IMPORTED_MODULE_2__/* .literal */ .euz(USAGE_FILE_VERSION),
    imported_at: zod_mini__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(),
    /** The JSON Lines file the figures come from. */
    source: zod_mini__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(),
    entries: zod_mini__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(zod_mini__WEBPACK_IMPORTED_MODULE_2__/* .strictObject */ .rej({
        model: zod_mini__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().check(zod_mini__WEBPACK_IMPORTED_MODULE_3__/* ._minLength */ .m9(1)),
        quality: zod_mini__WEBPACK_IMPORTED_MODULE_2__/* ["enum"] */ .k5n(_catalog_vocabulary_js__WEBPACK_IMPORTED_MODULE_4__/* .QUALITIES */ .EQ),
        size: zod_mini__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().check(zod_mini__WEBPACK_IMPORTED_MODULE_3__/* ._minLength */ .m9(1)),
        calls: zod_mini__WEBPACK_IMPORTED_MODULE_2__/* .int */ .Whr().check(zod_mini__WEBPACK_IMPORTED_MODULE_3__/* ._gte */ .qm(1)),
        images: zod_mini__WEBPACK_IMPORTED_MODULE_2__/* .int */ .Whr().check(zod_mini__WEBPACK_IMPORTED_MODULE_3__/* ._gte */ .qm(1)),
        mean_output_tokens_per_image: count,
        p90_output_tokens_per_image: count,
        mean_input_image_tokens: count
    }))
});
async function parseJsonFile(schema, text, path, what) {
    const parsed = await (0,_yaml_js__WEBPACK_IMPORTED_MODULE_1__/* .parseYaml */ .hN)(text, path);
    if (!parsed.ok)
        return parsed;
    const { data, locator } = parsed.value;
    if (data === null || typeof data !== 'object' || Array.isArray(data)) {
        return { ok: false, errors: [{ file: path, ...locator.locate([]), path: '', message: `expected ${what}: a JSON object with "schema_version": ${USAGE_FILE_VERSION}` }] };
    }
    return (0,_validate_js__WEBPACK_IMPORTED_MODULE_0__/* .validateAgainst */ .sq)(schema, data, path, locator);
}
function parseUsageSnapshot(text, path) {
    return parseJsonFile(usageSnapshotSchema, text, path, 'a usage snapshot (image-cost-gate usage sync)');
}
function parseMeasuredTokens(text, path) {
    return parseJsonFile(measuredTokensSchema, text, path, 'a measured-tokens file (image-cost-gate usage import)');
}


/***/ }),

/***/ 7919:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D: () => (/* binding */ listModels),
/* harmony export */   r: () => (/* binding */ DEFAULT_OPENAI_BASE_URL)
/* harmony export */ });
/**
 * OpenAI's `GET /v1/models`: the ids the key can see, with the optional `shutdown_date` OpenAI
 * publishes there. The key goes into the Authorization header and nowhere else: no message,
 * error or log line carries it.
 */
const DEFAULT_OPENAI_BASE_URL = 'https://api.openai.com/v1';
const DAY = /^\d{4}-\d{2}-\d{2}$/;
/** Every model the key can list; a refused key, an unreachable host or a broken answer is said plainly. */
async function listModels(fetch, apiKey, baseUrl = DEFAULT_OPENAI_BASE_URL, timeoutMs = 30_000) {
    const url = `${baseUrl.replace(/\/+$/, '')}/models`;
    let response;
    try {
        response = await fetch(url, { headers: { authorization: `Bearer ${apiKey}`, accept: 'application/json' }, signal: AbortSignal.timeout(timeoutMs) });
    }
    catch (error) {
        const cause = error.cause?.code;
        return { ok: false, message: `could not reach ${url}${cause ? ` (${cause})` : error instanceof Error && error.name === 'TimeoutError' ? ` (no answer within ${timeoutMs / 1000} s)` : ''}` };
    }
    if (response.status === 401 || response.status === 403) {
        return { ok: false, message: `OpenAI refused the key (HTTP ${response.status}); expected a valid API key in OPENAI_API_KEY` };
    }
    if (response.status < 200 || response.status >= 300)
        return { ok: false, message: `OpenAI answered HTTP ${response.status} for ${url}` };
    let body;
    try {
        body = JSON.parse(await response.text());
    }
    catch {
        return { ok: false, message: `the answer from ${url} is not JSON` };
    }
    const data = body?.data;
    if (!Array.isArray(data))
        return { ok: false, message: `the answer from ${url} has no "data" list of models` };
    const models = [];
    for (const [i, item] of data.entries()) {
        const id = item?.id;
        if (typeof id !== 'string')
            return { ok: false, message: `model ${i} in the answer from ${url} has no string "id"` };
        const model = { id };
        if (item !== null && typeof item === 'object' && 'shutdown_date' in item) {
            const date = item.shutdown_date;
            if (date !== null && (typeof date !== 'string' || !DAY.test(date))) {
                return { ok: false, message: `model ${id} in the answer from ${url} has a shutdown_date that is neither YYYY-MM-DD nor null` };
            }
            model.shutdown_date = date;
        }
        models.push(model);
    }
    return { ok: true, models };
}


/***/ })

};
;