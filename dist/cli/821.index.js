export const id = 821;
export const ids = [821];
export const modules = {

/***/ 2821:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   parseYamlFully: () => (/* binding */ parseYamlFully)
/* harmony export */ });
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8815);
/* harmony import */ var _yaml_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1736);
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
    if (problems.length > 0) {
        // One failure (e.g. deep nesting) can repeat at every level: report each message once.
        const seen = new Set();
        const errors = [];
        for (const problem of problems) {
            const message = /call stack/i.test(problem.message)
                ? 'YAML nesting is too deep to read; expected a config nested a few levels deep'
                : `YAML ${problem.name === 'YAMLWarning' ? 'warning treated as error' : 'syntax error'}: ${firstLine(problem.message)}`;
            if (seen.has(message))
                continue;
            seen.add(message);
            errors.push({ file, ...position(problem.pos[0]), path: '', message });
        }
        return { ok: false, errors };
    }
    let data;
    try {
        data = first.toJS({ maxAliasCount: _yaml_js__WEBPACK_IMPORTED_MODULE_1__/* .MAX_ALIAS_COUNT */ .w4 });
    }
    catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        return fail(`YAML aliases expand too far (${firstLine(reason)}); expected at most ${_yaml_js__WEBPACK_IMPORTED_MODULE_1__/* .MAX_ALIAS_COUNT */ .w4} alias expansions`);
    }
    return { ok: true, value: { data, locator: yamlLocator(first.contents, position) } };
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
