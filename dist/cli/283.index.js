"use strict";
exports.id = 283;
exports.ids = [283];
exports.modules = {

/***/ 4283:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   writeProjectsTable: () => (/* binding */ writeProjectsTable)
/* harmony export */ });
/* harmony import */ var _util_array_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7873);
/* harmony import */ var _projects_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3166);
/* harmony import */ var _util_format_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2693);
/* harmony import */ var _escape_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4031);
/* harmony import */ var _table_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(790);
/** The terminal report of a run over several config files: a row per file, the run's findings, then each changed file's report. */





/** What the change does to a file; `priced` without a base to compare with. */
const changeWord = (p) => p.summary.change ?? 'priced';
function writeProjectsTable(report, emit, options = {}) {
    const only = report.projects.length === 1 ? report.projects[0] : undefined;
    if (only)
        return (0,_table_js__WEBPACK_IMPORTED_MODULE_2__/* .writeTable */ .qy)(only.report, emit, options);
    const width = Math.max(40, options.width ?? _table_js__WEBPACK_IMPORTED_MODULE_2__/* .DEFAULT_WIDTH */ .jz);
    const lines = [];
    const prose = (text, indent) => void (0,_util_array_js__WEBPACK_IMPORTED_MODULE_3__/* .append */ .B)(lines, (0,_table_js__WEBPACK_IMPORTED_MODULE_2__/* .wrapLine */ .x9)(text, width, indent));
    lines.push((0,_table_js__WEBPACK_IMPORTED_MODULE_2__/* .verdictLine */ .MT)(report.status, report.findings));
    const delta = report.delta_usd === null ? '' : `  (base ${(0,_util_format_js__WEBPACK_IMPORTED_MODULE_4__/* .usd */ .dR)(report.base_total_monthly_usd ?? 0)}, ${(0,_util_format_js__WEBPACK_IMPORTED_MODULE_4__/* .signedUsd */ .NT)(report.delta_usd)}, ${(0,_util_format_js__WEBPACK_IMPORTED_MODULE_4__/* .signedPercent */ .wu)(report.delta_percent)})`;
    lines.push(`Total: ${(0,_util_format_js__WEBPACK_IMPORTED_MODULE_4__/* .usd */ .dR)(report.total_monthly_usd)}/month${delta} across ${report.projects.length} configs`);
    if (report.total_budget_usd !== null)
        lines.push(`Total budget: ${(0,_util_format_js__WEBPACK_IMPORTED_MODULE_4__/* .usd */ .dR)(report.total_budget_usd)}/month`);
    lines.push('');
    // A finding about the run as a whole (the total budget) names no file.
    (0,_table_js__WEBPACK_IMPORTED_MODULE_2__/* .writeFindings */ .Qy)(report.findings, (f) => (f.config ? `${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .oneLine */ .TN)(f.config)}${f.line ? `:${f.line}` : ''}` : undefined), prose);
    lines.push('');
    const { shown, unchanged } = (0,_projects_js__WEBPACK_IMPORTED_MODULE_0__/* .projectsInReadingOrder */ .E)(report);
    const money = (n) => (n === null ? '-' : (0,_util_format_js__WEBPACK_IMPORTED_MODULE_4__/* .usd */ .dR)(n));
    const rows = shown.map((p) => [
        (0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .oneLine */ .TN)(p.summary.config),
        p.summary.change === 'added' ? '-' : money(p.summary.base_total_monthly_usd),
        p.summary.change === 'removed' ? '-' : (0,_util_format_js__WEBPACK_IMPORTED_MODULE_4__/* .usd */ .dR)(p.summary.total_monthly_usd),
        p.summary.delta_usd === null ? '' : (0,_util_format_js__WEBPACK_IMPORTED_MODULE_4__/* .signedUsd */ .NT)(p.summary.delta_usd),
        changeWord(p),
        p.summary.status,
        (0,_util_format_js__WEBPACK_IMPORTED_MODULE_4__/* .count */ .U9)(p.summary.finding_count)
    ]);
    if (unchanged.length > 0) {
        const total = unchanged.reduce((s, p) => s + p.summary.total_monthly_usd, 0);
        rows.push([`(${(0,_util_format_js__WEBPACK_IMPORTED_MODULE_4__/* .count */ .U9)(unchanged.length)} unchanged)`, (0,_util_format_js__WEBPACK_IMPORTED_MODULE_4__/* .usd */ .dR)(total), (0,_util_format_js__WEBPACK_IMPORTED_MODULE_4__/* .usd */ .dR)(total), (0,_util_format_js__WEBPACK_IMPORTED_MODULE_4__/* .signedUsd */ .NT)(0), 'unchanged', 'pass', '0']);
    }
    const totalDelta = report.delta_usd === null ? '' : (0,_util_format_js__WEBPACK_IMPORTED_MODULE_4__/* .signedUsd */ .NT)(report.delta_usd);
    rows.push(['TOTAL', money(report.base_total_monthly_usd), (0,_util_format_js__WEBPACK_IMPORTED_MODULE_4__/* .usd */ .dR)(report.total_monthly_usd), totalDelta, '', report.status, (0,_util_format_js__WEBPACK_IMPORTED_MODULE_4__/* .count */ .U9)(report.findings.length)]);
    (0,_util_array_js__WEBPACK_IMPORTED_MODULE_3__/* .append */ .B)(lines, (0,_table_js__WEBPACK_IMPORTED_MODULE_2__/* .columns */ .YB)(['CONFIG', 'BASE', 'HEAD', 'DELTA', 'CHANGE', 'STATUS', 'FINDINGS'], rows, 'lrrrllr', { width, last: [0] }));
    if (report.usage)
        (0,_table_js__WEBPACK_IMPORTED_MODULE_2__/* .writeUsage */ .V$)(report.usage, { line: (text) => void lines.push(text) }, width);
    emit(lines.join('\n') + '\n');
    // Each file that changed or has findings, in full; unchanged passing files only with --show-unchanged.
    for (const p of options.showUnchanged ? [...shown, ...unchanged] : shown) {
        emit(`\n== ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .oneLine */ .TN)(p.summary.config)} (${changeWord(p)}) ${'='.repeat(Math.max(3, width - p.summary.config.length - changeWord(p).length - 7))}\n`);
        (0,_table_js__WEBPACK_IMPORTED_MODULE_2__/* .writeTable */ .qy)(p.report, emit, options);
    }
}


/***/ })

};
;