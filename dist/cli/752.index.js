"use strict";
exports.id = 752;
exports.ids = [752];
exports.modules = {

/***/ 4752:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   catalogJsonSchema: () => (/* binding */ catalogJsonSchema),
/* harmony export */   configJsonSchema: () => (/* binding */ configJsonSchema)
/* harmony export */ });
/* harmony import */ var zod_mini__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1939);
/* harmony import */ var _catalog_schema_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3596);
/* harmony import */ var _schema_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(131);
/** The published JSON Schema, generated from the zod schema (loaded only by the `schema` command and the build). */



/** The JSON Schema (draft-07) generated from the zod schema. */
function configJsonSchema() {
    const generated = (0,zod_mini__WEBPACK_IMPORTED_MODULE_2__/* .toJSONSchema */ .bl)(_schema_js__WEBPACK_IMPORTED_MODULE_1__/* .configSchema */ .Qn, { target: 'draft-07', io: 'input' });
    return { ...generated, title: 'image-cost-gate config' };
}
/** The catalog file's JSON Schema (draft-07), for team catalogs (schema/catalog.schema.json). */
function catalogJsonSchema() {
    const generated = (0,zod_mini__WEBPACK_IMPORTED_MODULE_2__/* .toJSONSchema */ .bl)(_catalog_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .catalogFileSchema */ .BG, { target: 'draft-07', io: 'input' });
    return { ...generated, title: 'image-cost-gate pricing catalog' };
}


/***/ })

};
;