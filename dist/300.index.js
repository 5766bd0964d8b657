"use strict";
exports.id = 300;
exports.ids = [300];
exports.modules = {

/***/ 300:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  parseYamlFully: () => (/* binding */ parseYamlFully)
});

;// CONCATENATED MODULE: ./src/config/yaml-words.ts
const indentOf = (line) => /^ */.exec(line)?.[0].length ?? 0;
const isBlank = (line) => line.trim() === '' || line.trim().startsWith('#');
/** The nearest line above `index` that holds something, with its index. */
function previousLine(lines, index) {
    for (let i = index - 1; i >= 0; i--)
        if (!isBlank(lines[i] ?? ''))
            return { text: lines[i], index: i };
    return undefined;
}
/** Where the keys of the mapping a line belongs to start: after "- " for a list item's first line. */
function keyColumn(line) {
    const item = /^( *)- +(?=\S)/.exec(line);
    return item ? item[0].length : indentOf(line);
}
/** The line and column of a quote that opens a value and is not closed on its line. */
function unclosedQuote(lines, from, quote) {
    for (let i = Math.min(from, lines.length - 1); i >= 0; i--) {
        const line = lines[i] ?? '';
        const opens = new RegExp(`(^|[:\\-\\[{,]\\s*)${quote}`).exec(line);
        if (!opens)
            continue;
        const start = opens.index + (opens[1] ?? '').length;
        const rest = line.slice(start + 1);
        const closed = quote === '"' ? /(^|[^\\])"/.test(rest) : /'(?!')/.test(rest.replace(/''/g, ''));
        if (!closed)
            return { line: i + 1, column: start + 1 };
    }
    return undefined;
}
function wordSyntaxError(problem, text) {
    const lines = text.split(/\r?\n/);
    const index = problem.at.line - 1;
    const line = lines[index] ?? '';
    const yamlSays = ` (YAML: ${problem.message})`;
    const quote = /Missing closing (["'])quote/.exec(problem.message)?.[1];
    if (quote) {
        const opened = unclosedQuote(lines, index, quote);
        if (opened) {
            return { at: opened, message: `this quoted value is not closed: add the closing ${quote} at the end of the value on line ${opened.line}${yamlSays}` };
        }
    }
    if (problem.code === 'BLOCK_AS_IMPLICIT_KEY') {
        // A "- " item after lines of the same list written without "- ": the first of those lines needs one.
        const itemIndent = indentOf(line);
        for (let i = index - 1; i >= 0; i--) {
            const above = lines[i] ?? '';
            if (isBlank(above))
                continue;
            if (indentOf(above) < itemIndent)
                break;
            if (indentOf(above) === itemIndent && !above.trimStart().startsWith('- ')) {
                const first = previousLine(lines, i);
                if (first && indentOf(first.text) === itemIndent && !first.text.trimStart().startsWith('- '))
                    continue;
                return {
                    at: { line: i + 1, column: itemIndent + 1 },
                    message: `this list item has no "- " while the one on line ${problem.at.line} has: write it as "${' '.repeat(itemIndent)}- ${above.trim()}"${yamlSays}`
                };
            }
        }
    }
    if (/Implicit map keys need to be followed by map values/.test(problem.message)) {
        const keyValue = /^(\s*(?:- +)?)([A-Za-z_][\w.-]*) +(\S.*)$/.exec(line);
        if (keyValue) {
            const [, lead = '', key = '', value = ''] = keyValue;
            return { at: { line: problem.at.line, column: lead.length + key.length + 1 }, message: `"${key}" needs a colon after it: write "${lead}${key}: ${value}"${yamlSays}` };
        }
    }
    const flow = /^Flow (sequence|map) in block collection/.exec(problem.message)?.[1];
    if (flow) {
        const [open, close] = flow === 'sequence' ? ['[', ']'] : ['{', '}'];
        for (let i = Math.min(index, lines.length - 1); i >= 0; i--) {
            const text = lines[i] ?? '';
            const opened = text.lastIndexOf(open);
            if (opened >= 0 && text.indexOf(close, opened) < 0) {
                return { at: { line: i + 1, column: opened + 1 }, message: `this ${flow === 'sequence' ? 'list' : 'mapping'} in ${open} ${close} is not closed: add ${close} after its last ${flow === 'sequence' ? 'item' : 'entry'} (on this line for a one-line ${flow === 'sequence' ? 'list' : 'mapping'})${yamlSays}` };
            }
        }
    }
    if (/Nested mappings are not allowed in compact mappings/.test(problem.message)) {
        // "- key: value" followed by a line indented deeper than that item's keys.
        const next = lines.findIndex((l, i) => i > index && !isBlank(l));
        const wanted = keyColumn(line);
        if (next > index && indentOf(lines[next] ?? '') > wanted) {
            const has = indentOf(lines[next] ?? '');
            return {
                at: { line: next + 1, column: 1 },
                message: `this line is indented ${has} spaces, the keys of its item ${wanted}: indent it by ${wanted} spaces like "${line.trim().replace(/^- +/, '')}" on line ${problem.at.line}${yamlSays}`
            };
        }
    }
    if (problem.code === 'BAD_INDENT' || /without - indicator|must start at the same column/.test(problem.message)) {
        const above = previousLine(lines, index);
        if (above) {
            const wanted = keyColumn(above.text);
            const has = indentOf(line);
            if (has !== wanted) {
                return {
                    at: { line: problem.at.line, column: 1 },
                    message: `this line is indented ${has} space${has === 1 ? '' : 's'}, the keys above it ${wanted}: indent it by ${wanted} spaces to keep it in the same item, or start a new item with "- "${yamlSays}`
                };
            }
        }
    }
    return { at: problem.at, message: `YAML syntax error: ${problem.message}` };
}

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
// EXTERNAL MODULE: ./src/config/nesting.ts
var nesting = __webpack_require__(6232);
// EXTERNAL MODULE: ./src/config/yaml.ts + 1 modules
var yaml = __webpack_require__(8089);
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
        const at = (0,nesting/* excessiveNesting */.Y)(text);
        const where = at ? `deeper than ${nesting/* MAX_NESTING */.M} levels here` : 'too deep to read';
        return fail(`YAML nesting is ${where}; expected a config nested a few levels deep`, at);
    }
    if (problems.length > 0) {
        // One mistake can repeat at every level, and set off more errors on the same line: report the
        // first error of each line once, in plain words at the line to edit.
        const seenLines = new Set();
        const seen = new Set();
        const errors = [];
        for (const problem of problems) {
            const at = position(problem.pos[0]);
            if (seenLines.has(at.line))
                continue;
            seenLines.add(at.line);
            const worded = problem.name === 'YAMLWarning'
                ? { at, message: `YAML warning treated as error: ${firstLine(problem.message)}` }
                : wordSyntaxError({ code: problem.code, message: firstLine(problem.message), at }, text);
            const message = worded.message.startsWith('YAML ') ? worded.message : `YAML syntax error: ${worded.message}`;
            if (seen.has(message))
                continue;
            seen.add(message);
            errors.push({ file, ...worded.at, path: '', message });
        }
        return { ok: false, errors };
    }
    const outside = outsideCore(first, text);
    if (outside.length > 0)
        return { ok: false, errors: outside.map(({ message, at }) => ({ file, ...position(at), path: '', message })) };
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
    (0,dist/* visit */.YR)(doc, {
        Map(_key, map) {
            const seen = new Map();
            for (const pair of map.items) {
                const key = pair.key;
                const at = key?.range?.[0] ?? map.range?.[0] ?? 0;
                const target = (0,dist/* isAlias */.Vj)(key) ? key.resolve(doc) : key;
                if (target && !(0,dist/* isScalar */.jn)(target)) {
                    found.push({ message: `a mapping key must be a name, found a ${(0,dist/* isSeq */.oP)(target) ? 'list' : 'mapping'}; expected a plain key such as "name"`, at });
                    continue;
                }
                const value = (0,dist/* isScalar */.jn)(target) ? target.value : null;
                if (value === null || value === undefined) {
                    found.push({ message: 'a mapping key must be a name, found an empty (null) key; expected a plain key such as "name"', at });
                    continue;
                }
                const name = String(value);
                const first = seen.get(name);
                if (first !== undefined && (0,dist/* isAlias */.Vj)(key))
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