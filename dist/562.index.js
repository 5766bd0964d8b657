"use strict";
exports.id = 562;
exports.ids = [562];
exports.modules = {

/***/ 5562:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   groupOrganizations: () => (/* binding */ groupOrganizations),
/* harmony export */   organizationId: () => (/* binding */ organizationId),
/* harmony export */   summedOrganizationFindings: () => (/* binding */ summedOrganizationFindings)
/* harmony export */ });
/* harmony import */ var _config_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7827);
/* harmony import */ var _gate_gate_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2960);
/* harmony import */ var _gate_concurrency_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6992);
/* harmony import */ var _pool_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6018);
/**
 * Organization limits across configs: OpenAI's tier rates and monthly usage limit are per
 * organization, so a run that prices several configs checks them once, on the sum of the configs
 * that share an organization (`organization.id`; configs without one share the default). Pure.
 */




/** The settings that must agree between the configs of one organization (`limits` per model). */
const SHARED_SETTINGS = ['tier', 'provider', 'monthly_usage_limit_usd'];
/** The organization one config's workloads run under: its id, or the default one. */
function organizationId(loaded) {
    return loaded.config.organization?.id ?? '';
}
function describeId(id) {
    return id === '' ? 'the default organization (no organization.id)' : `organization "${id}"`;
}
const same = (a, b) => JSON.stringify(a) === JSON.stringify(b);
/**
 * The head configs grouped by organization, their settings merged. Two configs of one
 * organization that set one setting to different values are an error in the second, naming both.
 */
function groupOrganizations(heads) {
    const groups = new Map();
    const errors = [];
    for (const member of heads) {
        const id = organizationId(member.loaded);
        let group = groups.get(id);
        if (!group)
            groups.set(id, (group = { id, organization: {}, setBy: new Map(), members: [] }));
        group.members.push(member);
        const org = member.loaded.config.organization;
        if (!org)
            continue;
        const settings = SHARED_SETTINGS.filter((key) => org[key] !== undefined).map((key) => [key, org[key], ['organization', key]]);
        for (const [model, limits] of Object.entries(org.limits ?? {}))
            settings.push([`limits.${model}`, limits, ['organization', 'limits', model]]);
        for (const [setting, value, path] of settings) {
            const first = group.setBy.get(setting);
            if (!first) {
                group.setBy.set(setting, { loaded: member.loaded, config: member.config, value });
                continue;
            }
            if (same(first.value, value))
                continue;
            const firstAt = first.loaded.locator.locate(path)?.line;
            const here = member.loaded.locator.locate(path);
            errors.push({
                file: member.loaded.file,
                ...(here ? { line: here.line, column: here.column } : {}),
                path: (0,_config_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .formatPath */ .jV)(path),
                message: `${describeId(id)} has ${setting} ${JSON.stringify(value)} here but ${JSON.stringify(first.value)} in ${first.config}${firstAt ? ` (line ${firstAt})` : ''}; ` +
                    `expected the configs of one organization to agree (write the same value, or give them different organization.id values)`
            });
        }
    }
    for (const group of groups.values())
        group.organization = mergedOrganization(group);
    return { groups: [...groups.values()], errors };
}
function mergedOrganization(group) {
    const merged = {};
    const limits = {};
    for (const [setting, { value }] of group.setBy) {
        if (setting.startsWith('limits.'))
            limits[setting.slice('limits.'.length)] = value;
        else
            merged[setting] = value;
    }
    if (Object.keys(limits).length > 0)
        merged.limits = limits;
    if (group.id !== '')
        merged.id = group.id;
    return merged;
}
/**
 * The organization rules on the sum of one group's head workloads. Each finding names the config
 * of the workload or setting it points at; rates are broken down by workload and config.
 */
function summedOrganizationFindings(group, evaluations) {
    const org = group.organization;
    const pool = (0,_pool_js__WEBPACK_IMPORTED_MODULE_2__/* .poolHeads */ .E)(group.members, evaluations);
    const first = group.members[0];
    if (!first)
        return [];
    const label = (c) => `${c.workload.name} (${pool.ownerOf(c.workload)?.config ?? '?'})`;
    const concurrency = (0,_gate_concurrency_js__WEBPACK_IMPORTED_MODULE_1__/* .concurrencyFindings */ .m)({ catalog: first.loaded.pricing.catalog, workloads: pool.workloads, at: pool.at, label });
    if (org.tier === undefined && org.limits === undefined && org.monthly_usage_limit_usd === undefined)
        return concurrency;
    // The tier tables come from the first config's catalog: the built-in one unless it applies a team catalog.
    return [...concurrency, ...(0,_gate_gate_js__WEBPACK_IMPORTED_MODULE_0__/* .organizationFindings */ .UZ)({
            organization: org,
            catalog: first.loaded.pricing.catalog,
            head: pool,
            label,
            atWorkload: pool.at,
            atOrganization: (field) => {
                const setter = group.setBy.get(field);
                if (!setter)
                    return {};
                const at = setter.loaded.locator.locate(['organization', field]);
                return { config: setter.config, ...(at ? { line: at.line, column: at.column } : {}) };
            }
        })];
}


/***/ })

};
;