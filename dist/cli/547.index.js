"use strict";
exports.id = 547;
exports.ids = [547];
exports.modules = {

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


/***/ })

};
;