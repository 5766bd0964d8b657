"use strict";
exports.id = 322;
exports.ids = [322];
exports.modules = {

/***/ 5322:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   compareUsage: () => (/* binding */ compareUsage),
/* harmony export */   inFile: () => (/* binding */ inFile),
/* harmony export */   isImageLineItem: () => (/* binding */ isImageLineItem),
/* harmony export */   measuredLookup: () => (/* binding */ measuredLookup),
/* harmony export */   usageFindings: () => (/* binding */ usageFindings)
/* harmony export */ });
/* harmony import */ var _util_array_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7873);
/* harmony import */ var _catalog_lookup_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3869);
/* harmony import */ var _config_resolve_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8270);
/* harmony import */ var _util_format_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2693);
/**
 * Projected against actual: the head config's projection next to what the organization used
 * (a usage snapshot), per model in images and per OpenAI project in USD, both scaled to a
 * 730-hour month; the findings where they part; and the team's measured tokens as a lookup the
 * engine prices with. Pure: the run's date is an input.
 */





/** Cost line items that are image generation (the Costs API's "Image models", ...). */
function isImageLineItem(lineItem) {
    return lineItem !== null && /image/i.test(lineItem);
}
/** The measured tokens as the engine asks for them; a model written as a snapshot alias counts as its model. */
function measuredLookup(measured, catalog) {
    const index = (0,_catalog_lookup_js__WEBPACK_IMPORTED_MODULE_0__/* .modelIndex */ .Aq)(catalog);
    const byKey = new Map();
    for (const e of measured.entries) {
        const model = index.get(e.model)?.id ?? e.model;
        byKey.set(`${model}\u0000${e.quality}\u0000${e.size}`, { calls: e.calls, mean_output_tokens_per_image: e.mean_output_tokens_per_image });
    }
    return (model, quality, size) => byKey.get(`${model}\u0000${quality}\u0000${size}`);
}
const drift = (projected, actual) => (actual > 0 ? ((projected - actual) / actual) * 100 : null);
function compareUsage(usage, head, catalog, hoursPerMonth) {
    const snapshot = usage.snapshot?.data;
    if (!snapshot)
        return null;
    const factor = hoursPerMonth / (snapshot.window.days * 24);
    const index = (0,_catalog_lookup_js__WEBPACK_IMPORTED_MODULE_0__/* .modelIndex */ .Aq)(catalog);
    // The snapshot is the organization's provider's usage: other vendors' workloads are not in it.
    const own = head.workloads.filter((c) => (0,_catalog_lookup_js__WEBPACK_IMPORTED_MODULE_0__/* .providerOf */ .lc)(catalog, c.workload.model) === catalog.provider);
    const projectedImages = new Map();
    for (const c of own)
        projectedImages.set(c.workload.model, (projectedImages.get(c.workload.model) ?? 0) + c.billed_images_per_month);
    const actualImages = new Map();
    for (const row of snapshot.images) {
        if (row.model === null)
            continue;
        const model = index.get(row.model)?.id ?? row.model;
        actualImages.set(model, (actualImages.get(model) ?? 0) + row.images * factor);
    }
    const models = [...new Set([...projectedImages.keys(), ...actualImages.keys()])].sort().map((model) => {
        const projected = projectedImages.get(model) ?? 0;
        const actual = actualImages.get(model) ?? 0;
        return { model, projected_images_per_month: projected, actual_images_per_month: actual, drift_percent: drift(projected, actual) };
    });
    const projectedUsd = new Map();
    for (const c of own) {
        const project = c.workload.openai_project;
        if (project !== undefined)
            projectedUsd.set(project, (projectedUsd.get(project) ?? 0) + c.monthly_usd);
    }
    const actualUsd = new Map();
    for (const row of snapshot.costs) {
        if (row.project_id === null || !isImageLineItem(row.line_item))
            continue;
        actualUsd.set(row.project_id, (actualUsd.get(row.project_id) ?? 0) + row.usd * factor);
    }
    // Projects are compared when the config ties workloads to projects; then every spending one is listed.
    const projectIds = projectedUsd.size > 0 ? [...new Set([...projectedUsd.keys(), ...actualUsd.keys()])].sort() : [];
    const projects = projectIds.map((project_id) => {
        const projected = projectedUsd.get(project_id) ?? 0;
        const actual = actualUsd.get(project_id) ?? 0;
        return { project_id, projected_monthly_usd: projected, actual_monthly_usd: actual, drift_percent: drift(projected, actual) };
    });
    return { window: { ...snapshot.window }, fetched_at: snapshot.fetched_at, month_factor: factor, models, projects };
}
/** Places a workload's field in one config file. */
function inFile(locator) {
    return (c, field) => {
        const pos = locator.locate((0,_config_resolve_js__WEBPACK_IMPORTED_MODULE_1__/* .fieldPath */ .cn)(c.workload, field));
        return pos ? { line: pos.line, column: pos.column } : {};
    };
}
/** usage.drift, usage.unmodelled and usage.stale. */
function usageFindings(comparison, usage, head, date, locate) {
    const findings = [];
    const limit = usage.drift_warn_percent;
    const snapshotPath = usage.snapshot?.path ?? 'the usage snapshot';
    const at = (c, field) => (c ? locate(c, field) : {});
    const named = (costs) => (0,_util_array_js__WEBPACK_IMPORTED_MODULE_2__/* .firstFew */ .D)(costs, 5, (c) => `"${c.workload.name}"`).join(', ');
    for (const m of comparison.models) {
        const costs = head.workloads.filter((c) => c.workload.model === m.model);
        if (costs.length === 0 && m.actual_images_per_month > 0) {
            findings.push({
                rule: 'usage.unmodelled',
                severity: 'warning',
                message: `${m.model} generated ${(0,_util_format_js__WEBPACK_IMPORTED_MODULE_3__/* .count */ .U9)(Math.round(m.actual_images_per_month))} images/month (${snapshotPath}, the ${comparison.window.days} days from ${comparison.window.start} up to ${comparison.window.end}), but no workload uses it`,
                fix: `add a workload on ${m.model} for what generates these images, or find what calls it`,
                model: m.model
            });
            continue;
        }
        if (m.drift_percent === null || Math.abs(m.drift_percent) <= limit)
            continue;
        findings.push({
            rule: 'usage.drift',
            severity: 'warning',
            message: `${m.model} is projected at ${(0,_util_format_js__WEBPACK_IMPORTED_MODULE_3__/* .count */ .U9)(Math.round(m.projected_images_per_month))} billed images/month, but the organization generated ${(0,_util_format_js__WEBPACK_IMPORTED_MODULE_3__/* .count */ .U9)(Math.round(m.actual_images_per_month))} (${(0,_util_format_js__WEBPACK_IMPORTED_MODULE_3__/* .signedPercent */ .wu)(m.drift_percent)}, more than ${(0,_util_format_js__WEBPACK_IMPORTED_MODULE_3__/* .count */ .U9)(limit)}% either way)`,
            fix: `update images_per_month (or retry_rate) of ${named(costs)} to match, or explain the difference`,
            model: m.model,
            ...at(costs[0], 'images_per_month')
        });
    }
    for (const p of comparison.projects) {
        const costs = head.workloads.filter((c) => c.workload.openai_project === p.project_id);
        if (costs.length === 0 && p.actual_monthly_usd > 0) {
            findings.push({
                rule: 'usage.unmodelled',
                severity: 'warning',
                message: `project ${p.project_id} spent ${(0,_util_format_js__WEBPACK_IMPORTED_MODULE_3__/* .usd */ .dR)(p.actual_monthly_usd)}/month on images (${snapshotPath}), but no workload names it in openai_project`
            });
            continue;
        }
        if (p.drift_percent === null || Math.abs(p.drift_percent) <= limit)
            continue;
        findings.push({
            rule: 'usage.drift',
            severity: 'warning',
            message: `project ${p.project_id} is projected at ${(0,_util_format_js__WEBPACK_IMPORTED_MODULE_3__/* .usd */ .dR)(p.projected_monthly_usd)}/month, but it spent ${(0,_util_format_js__WEBPACK_IMPORTED_MODULE_3__/* .usd */ .dR)(p.actual_monthly_usd)}/month on images (${(0,_util_format_js__WEBPACK_IMPORTED_MODULE_3__/* .signedPercent */ .wu)(p.drift_percent)}, more than ${(0,_util_format_js__WEBPACK_IMPORTED_MODULE_3__/* .count */ .U9)(limit)}% either way)`,
            fix: `update the workloads of ${p.project_id}: ${named(costs)}`,
            ...at(costs[0], 'openai_project')
        });
    }
    const fetched = comparison.fetched_at.slice(0, 10);
    const age = (0,_catalog_lookup_js__WEBPACK_IMPORTED_MODULE_0__/* .daysBetween */ .YM)(fetched, date);
    if (age > usage.max_age_days) {
        findings.push({
            rule: 'usage.stale',
            severity: 'warning',
            message: `the usage snapshot ${snapshotPath} was fetched on ${fetched}, ${age} days before ${date} (more than max_age_days ${usage.max_age_days})`,
            fix: 'run `image-cost-gate usage sync` again (examples/workflows/image-cost-usage-sync.yml does it weekly)'
        });
    }
    return findings;
}


/***/ })

};
;