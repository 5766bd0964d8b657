"use strict";
exports.id = 821;
exports.ids = [821];
exports.modules = {

/***/ 2821:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   parseYamlFully: () => (/* binding */ parseYamlFully)
/* harmony export */ });
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8815);
/* harmony import */ var _nesting_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6232);
/* harmony import */ var _yaml_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8089);
/** The full YAML parser (the `yaml` package): every syntax error, alias limits, several documents. */



/** Parses text the fast reader declined (its size, BOM and NUL checks already passed). */
function parseYamlFully(text, file) {
    const fail = (message, position) => ({
        ok: false,
        errors: [{ file, path: '', message, ...(position ? { line: position.line, column: position.column } : {}) }]
    });
    const lineCounter = new yaml__WEBPACK_IMPORTED_MODULE_0__/* .LineCounter */ .HN();
    const position = (offset) => {
        const { line, col } = lineCounter.linePos(offset);
        return { line: Math.max(line, 1), column: Math.max(col, 1) };
    };
    const docs = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .parseAllDocuments */ .hR)(text, { lineCounter, uniqueKeys: true, prettyErrors: false, strict: true });
    const list = Array.isArray(docs) ? docs : [];
    const first = list[0];
    if (!first || first.contents === null) {
        return fail('file is empty; expected a mapping that starts with "version: 1"');
    }
    const second = list[1];
    if (second) {
        return fail('file holds more than one YAML document; expected exactly one (remove the "---" separator)', position(second.range[0]));
    }
    const problems = [...first.errors, ...first.warnings].sort((a, b) => a.pos[0] - b.pos[0]);
    if (problems.some((p) => /call stack/i.test(p.message))) {
        // Where the parser ran out of stack depends on the stack left: report where the nesting passes the limit.
        const at = (0,_nesting_js__WEBPACK_IMPORTED_MODULE_2__/* .excessiveNesting */ .Y)(text);
        const where = at ? `deeper than ${_nesting_js__WEBPACK_IMPORTED_MODULE_2__/* .MAX_NESTING */ .M} levels here` : 'too deep to read';
        return fail(`YAML nesting is ${where}; expected a config nested a few levels deep`, at);
    }
    if (problems.length > 0) {
        // One failure can repeat at every level: report each message once.
        const seen = new Set();
        const errors = [];
        for (const problem of problems) {
            const message = `YAML ${problem.name === 'YAMLWarning' ? 'warning treated as error' : 'syntax error'}: ${firstLine(problem.message)}`;
            if (seen.has(message))
                continue;
            seen.add(message);
            errors.push({ file, ...position(problem.pos[0]), path: '', message });
        }
        return { ok: false, errors };
    }
    const outside = outsideCore(first, text);
    if (outside.length > 0)
        return { ok: false, errors: outside.map(({ message, at }) => ({ file, ...position(at), path: '', message })) };
    let data;
    try {
        data = first.toJS({ maxAliasCount: _yaml_js__WEBPACK_IMPORTED_MODULE_1__/* .MAX_ALIAS_COUNT */ .w4 });
    }
    catch (error) {
        const reason = firstLine(error instanceof Error ? error.message : String(error));
        const unresolved = /^Unresolved alias.*: (.+)$/.exec(reason)?.[1];
        // Point at the alias the problem starts from: the unresolved one, or the first one expanded.
        let aliasAt;
        (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .visit */ .YR)(first, {
            Alias(_key, node) {
                if (unresolved !== undefined && node.source !== unresolved)
                    return undefined;
                aliasAt = node.range?.[0];
                return yaml__WEBPACK_IMPORTED_MODULE_0__/* .visit */ .YR.BREAK;
            }
        });
        const where = aliasAt === undefined ? undefined : position(aliasAt);
        if (unresolved !== undefined) {
            return fail(`YAML alias *${unresolved} has no anchor &${unresolved} before it; expected the anchor to be defined above its first use`, where);
        }
        return fail(`YAML aliases expand too far (${reason}); expected at most ${_yaml_js__WEBPACK_IMPORTED_MODULE_1__/* .MAX_ALIAS_COUNT */ .w4} alias expansions`, where);
    }
    return { ok: true, value: { data, locator: yamlLocator(first.contents, position) } };
}
/**
 * What YAML 1.2's core schema leaves out, or what a config cannot mean, that the parser accepts:
 * directives, keys that are null or collections, a key repeated through an alias, and integers past
 * 2^53, which no double holds exactly (the message quotes them as written).
 */
function outsideCore(doc, text) {
    const found = [];
    const directive = /^%(YAML|TAG)\b.*$/m.exec(text);
    if (directive && (doc.directives?.yaml.explicit || Object.keys(doc.directives?.tags ?? {}).length > 1)) {
        found.push({ message: `YAML directive "${directive[0].trim()}" is not supported; expected a plain YAML 1.2 document (remove the line and the "---" after it)`, at: directive.index });
    }
    (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .visit */ .YR)(doc, {
        Map(_key, map) {
            const seen = new Map();
            for (const pair of map.items) {
                const key = pair.key;
                const at = key?.range?.[0] ?? map.range?.[0] ?? 0;
                const target = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isAlias */ .Vj)(key) ? key.resolve(doc) : key;
                if (target && !(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(target)) {
                    found.push({ message: `a mapping key must be a name, found a ${(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(target) ? 'list' : 'mapping'}; expected a plain key such as "name"`, at });
                    continue;
                }
                const value = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(target) ? target.value : null;
                if (value === null || value === undefined) {
                    found.push({ message: 'a mapping key must be a name, found an empty (null) key; expected a plain key such as "name"', at });
                    continue;
                }
                const name = String(value);
                const first = seen.get(name);
                if (first !== undefined && (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isAlias */ .Vj)(key))
                    found.push({ message: `duplicate key "${name}" (through the alias *${key.source}); expected each key once in a mapping`, at });
                else if (first === undefined)
                    seen.set(name, at);
            }
        },
        Scalar(_key, node) {
            if (typeof node.value === 'number' && Number.isInteger(node.value) && !Number.isSafeInteger(node.value)) {
                const written = node.source ?? String(node.value);
                if (/^[-+]?(0x[0-9a-fA-F]+|0o[0-7]+|[0-9]+)$/.test(written)) {
                    found.push({ message: `the integer ${written} is beyond 2^53 and cannot be read exactly; expected a whole number up to 9,007,199,254,740,991`, at: node.range?.[0] ?? 0 });
                }
            }
        }
    });
    return found.sort((a, b) => a.at - b.at);
}
function firstLine(message) {
    return message.split('\n')[0]?.trim() ?? message;
}
function yamlLocator(root, position) {
    const at = (node) => (node?.range ? position(node.range[0]) : undefined);
    function child(node, segment) {
        if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(node)) {
            for (const pair of node.items) {
                if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isPair */ .tO)(pair))
                    continue;
                const key = pair.key;
                const keyValue = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(key) ? String(key.value) : undefined;
                if (keyValue === String(segment))
                    return { key: key ?? undefined, value: pair.value ?? undefined };
            }
            return undefined;
        }
        if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(node) && typeof segment === 'number') {
            const item = node.items[segment];
            return item ? { value: item } : undefined;
        }
        return undefined;
    }
    function walk(path) {
        if (!root)
            return undefined;
        let node = root;
        let keyOfLast;
        for (const segment of path) {
            const next = child(node, segment);
            if (!next)
                break;
            keyOfLast = next.key;
            if (!next.value)
                return keyOfLast ? { node: keyOfLast } : { node };
            node = next.value;
        }
        return keyOfLast ? { node, keyOfLast } : { node };
    }
    return {
        locate(path) {
            return at(walk(path)?.node ?? root);
        },
        locateKey(path, key) {
            const found = walk(path);
            const entry = found ? child(found.node, key) : undefined;
            return at(entry?.key ?? found?.node ?? root);
        }
    };
}


/***/ })

};
;