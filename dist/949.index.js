"use strict";
exports.id = 949;
exports.ids = [949];
exports.modules = {

/***/ 6949:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  parseYamlFully: () => (/* binding */ parseYamlFully)
});

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
;// CONCATENATED MODULE: ./src/config/nesting.ts
const MAX_NESTING = 64;
function excessiveNesting(text, max = MAX_NESTING) {
    const lines = text.split('\n');
    const indents = [];
    let flow = 0;
    /** Open quote carried to the next line: '"' or "'" inside a flow collection. */
    let quote = '';
    /** Lines more indented than this belong to a block scalar. */
    let blockScalarIndent = -1;
    for (let n = 0; n < lines.length; n++) {
        const line = lines[n].replace(/\r$/, '');
        let i = 0;
        while (line.charCodeAt(i) === 32)
            i++;
        const indent = i;
        if (blockScalarIndent >= 0) {
            if (i >= line.length || indent > blockScalarIndent)
                continue;
            blockScalarIndent = -1;
        }
        if (!quote && flow === 0) {
            if (i >= line.length || line[i] === '#')
                continue;
            while (indents.length > 0 && indents[indents.length - 1] >= indent)
                indents.pop();
            indents.push(indent);
            // Compact items: every "- " opens one more level.
            while (line[i] === '-' && (line[i + 1] === ' ' || i + 1 === line.length)) {
                indents.push(indent + 1);
                if (indents.length > max)
                    return { line: n + 1, column: i + 1 };
                i += 2;
                while (line.charCodeAt(i) === 32)
                    i++;
            }
            if (indents.length > max)
                return { line: n + 1, column: i + 1 };
        }
        let tokenStart = true;
        for (; i < line.length; i++) {
            const ch = line[i];
            if (quote) {
                if (quote === '"' && ch === '\\')
                    i++;
                else if (ch === quote) {
                    if (quote === "'" && line[i + 1] === "'")
                        i++;
                    else
                        quote = '';
                }
                tokenStart = false;
                continue;
            }
            if (ch === '#' && (i === 0 || line[i - 1] === ' '))
                break;
            if (tokenStart && (ch === '"' || ch === "'")) {
                quote = ch;
                continue;
            }
            if (tokenStart && (ch === '[' || ch === '{')) {
                flow++;
                if (indents.length + flow > max)
                    return { line: n + 1, column: i + 1 };
            }
            else if ((ch === ']' || ch === '}') && flow > 0)
                flow--;
            else if (flow === 0 && tokenStart && (ch === '|' || ch === '>') && /^[|>][-+0-9]*\s*(#.*)?$/.test(line.slice(i))) {
                blockScalarIndent = indent;
                break;
            }
            tokenStart = ch === ' ' || ch === ',' || ch === '[' || ch === '{' || ch === ':' || ch === '-' || ch === '?';
        }
        // A quote left open outside a flow collection is a syntax error the parser reports: stop carrying it.
        if (quote && flow === 0)
            quote = '';
    }
    return undefined;
}

// EXTERNAL MODULE: ./src/config/yaml.ts + 1 modules
var yaml = __webpack_require__(1736);
;// CONCATENATED MODULE: ./src/config/yaml-full.ts
/** The full YAML parser (the `yaml` package): every syntax error, alias limits, several documents. */



/** Parses text the fast reader declined (its size, BOM and NUL checks already passed). */
function parseYamlFully(text, file) {
    const fail = (message, position) => ({
        ok: false,
        errors: [{ file, path: '', message, ...(position ? { line: position.line, column: position.column } : {}) }]
    });
    const lineCounter = new dist/* LineCounter */.HN();
    const position = (offset) => {
        const { line, col } = lineCounter.linePos(offset);
        return { line: Math.max(line, 1), column: Math.max(col, 1) };
    };
    const docs = (0,dist/* parseAllDocuments */.hR)(text, { lineCounter, uniqueKeys: true, prettyErrors: false, strict: true });
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
        const at = excessiveNesting(text);
        const where = at ? `deeper than ${MAX_NESTING} levels here` : 'too deep to read';
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
    let data;
    try {
        data = first.toJS({ maxAliasCount: yaml/* MAX_ALIAS_COUNT */.w4 });
    }
    catch (error) {
        const reason = firstLine(error instanceof Error ? error.message : String(error));
        const unresolved = /^Unresolved alias.*: (.+)$/.exec(reason)?.[1];
        // Point at the alias the problem starts from: the unresolved one, or the first one expanded.
        let aliasAt;
        (0,dist/* visit */.YR)(first, {
            Alias(_key, node) {
                if (unresolved !== undefined && node.source !== unresolved)
                    return undefined;
                aliasAt = node.range?.[0];
                return dist/* visit */.YR.BREAK;
            }
        });
        const where = aliasAt === undefined ? undefined : position(aliasAt);
        if (unresolved !== undefined) {
            return fail(`YAML alias *${unresolved} has no anchor &${unresolved} before it; expected the anchor to be defined above its first use`, where);
        }
        return fail(`YAML aliases expand too far (${reason}); expected at most ${yaml/* MAX_ALIAS_COUNT */.w4} alias expansions`, where);
    }
    return { ok: true, value: { data, locator: yamlLocator(first.contents, position) } };
}
function firstLine(message) {
    return message.split('\n')[0]?.trim() ?? message;
}
function yamlLocator(root, position) {
    const at = (node) => (node?.range ? position(node.range[0]) : undefined);
    function child(node, segment) {
        if ((0,dist/* isMap */.jh)(node)) {
            for (const pair of node.items) {
                if (!(0,dist/* isPair */.tO)(pair))
                    continue;
                const key = pair.key;
                const keyValue = (0,dist/* isScalar */.jn)(key) ? String(key.value) : undefined;
                if (keyValue === String(segment))
                    return { key: key ?? undefined, value: pair.value ?? undefined };
            }
            return undefined;
        }
        if ((0,dist/* isSeq */.oP)(node) && typeof segment === 'number') {
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