"use strict";
exports.id = 295;
exports.ids = [295];
exports.modules = {

/***/ 7295:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   expandPatterns: () => (/* binding */ expandPatterns),
/* harmony export */   pathMatcher: () => (/* binding */ pathMatcher)
/* harmony export */ });
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4006);
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(picomatch__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _glob_syntax_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2452);
/**
 * Config globs matched against lists of repository paths (picomatch). Loaded only when a
 * pattern is a glob (glob-syntax.ts tells). Pure.
 */


/** A test for the paths a pattern matches (dot directories such as .github included). */
function pathMatcher(pattern) {
    const match = picomatch__WEBPACK_IMPORTED_MODULE_0___default()((0,_glob_syntax_js__WEBPACK_IMPORTED_MODULE_1__/* .normalPath */ .FE)(pattern), { dot: true });
    const ignored = picomatch__WEBPACK_IMPORTED_MODULE_0___default()([..._glob_syntax_js__WEBPACK_IMPORTED_MODULE_1__/* .IGNORED_DIRECTORIES */ .rF], { dot: true });
    return (path) => {
        const p = (0,_glob_syntax_js__WEBPACK_IMPORTED_MODULE_1__/* .normalPath */ .FE)(path);
        return match(p) && !ignored(p);
    };
}
/**
 * The paths of `available` each pattern names, in pattern order then path order, each once: a
 * literal path stands for itself (whether it exists is for the reader to say), a glob for the
 * paths it matches. `unmatched` lists the globs that matched nothing.
 */
function expandPatterns(patterns, available) {
    const paths = [];
    const seen = new Set();
    const unmatched = [];
    const add = (path) => {
        if (seen.has(path))
            return;
        seen.add(path);
        paths.push(path);
    };
    const sorted = [...available].map(_glob_syntax_js__WEBPACK_IMPORTED_MODULE_1__/* .normalPath */ .FE).sort();
    for (const pattern of patterns) {
        if (!(0,_glob_syntax_js__WEBPACK_IMPORTED_MODULE_1__/* .isGlob */ .fg)(pattern)) {
            add((0,_glob_syntax_js__WEBPACK_IMPORTED_MODULE_1__/* .normalPath */ .FE)(pattern));
            continue;
        }
        const match = pathMatcher(pattern);
        const found = sorted.filter(match);
        if (found.length === 0)
            unmatched.push(pattern);
        for (const path of found)
            add(path);
    }
    return { paths, unmatched };
}


/***/ })

};
;