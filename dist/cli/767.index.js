export const id = 767;
export const ids = [767];
export const modules = {

/***/ 6767:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   compiledConfigSchema: () => (/* binding */ compiledConfigSchema)
/* harmony export */ });
/* harmony import */ var zod_mini__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2214);
/* harmony import */ var _schema_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4671);
/**
 * The config schema compiled to a generated parser, for large files. Compiling takes a few
 * milliseconds and the compiler is a sizeable module, so both are paid only when a file has
 * enough workloads to win it back (see COMPILE_FROM_WORKLOADS); this module is loaded lazily.
 */


let compiled;
/** Parses valid input on the generated fast path; invalid input falls back to the interpreting parser, so errors are the same. */
function compiledConfigSchema() {
    compiled ??= (0,zod_mini__WEBPACK_IMPORTED_MODULE_1__/* .compile */ .wE)(_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .configSchema */ .Qn);
    return compiled;
}


/***/ })

};
