import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { fastParseYaml, type FlatLines } from '../src/config/fast-yaml.js'
import type { PathSegment } from '../src/config/errors.js'
import { parseYamlFully } from '../src/config/yaml-full.js'

/** Every path to a non-null value in the data, containers included. */
function paths(value: unknown, prefix: PathSegment[] = []): PathSegment[][] {
  const out: PathSegment[][] = [prefix]
  if (Array.isArray(value)) value.forEach((v, i) => v !== null && out.push(...paths(v, [...prefix, i])))
  else if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) if (v !== null) out.push(...paths(v, [...prefix, k]))
  }
  return out
}

/** `reuse`: the one-line mappings of a file read before; the result must not depend on them. */
function expectSameAsFullParser(text: string, reuse?: FlatLines): void {
  const fast = fastParseYaml(text, reuse)
  expect(fast).toBeDefined()
  const full = parseYamlFully(text, 'f.yml')
  if (!full.ok || !fast) throw new Error('both readers should accept this text')
  expect(fast.data).toEqual(full.value.data)
  for (const path of paths(full.value.data)) {
    expect([path, fast.locator.locate(path)]).toEqual([path, full.value.locator.locate(path)])
    expect([path, fast.locator.locate([...path, 'missing-key'])]).toEqual([path, full.value.locator.locate([...path, 'missing-key'])])
  }
  // Keys of every mapping.
  for (const path of paths(full.value.data)) {
    let node: unknown = full.value.data
    for (const s of path) node = (node as Record<PropertyKey, unknown>)[s]
    if (node && typeof node === 'object' && !Array.isArray(node)) {
      for (const key of Object.keys(node)) expect([path, key, fast.locator.locateKey(path, key)]).toEqual([path, key, full.value.locator.locateKey(path, key)])
    }
  }
}

const FILES = ['examples/image-cost.yml', 'examples/image-cost.base.yml', '__tests__/fixtures/failing.yml']

describe('the fast YAML reader', () => {
  it.each(FILES)('reads %s exactly as the full parser does, positions included', (file) => {
    expectSameAsFullParser(readFileSync(file, 'utf8'))
  })

  it('handles the shapes configs use: flow collections, quotes, comments, nested sequences, CRLF', () => {
    const text = [
      '# top comment',
      'version: 1   # trailing',
      'organization: { tier: 3, limits: { gpt-image-2: { images_per_minute: 400 } } }',
      'budget:',
      '  monthly_usd: 2000.5',
      '  models:',
      '    "gpt-image-2": 10',
      'defaults: {}',
      'workloads:',
      '- name: "quoted: name"',
      "  model: 'gpt-image-2'",
      '  quality: low',
      '  requires:',
      '  - edits',
      '  - batch',
      '  retry_rate: { default: 0.1, gpt-image-1-mini: .35 }',
      '  size: 1024x1024',
      '  images_per_month: 1e3',
      '- { name: b, model: gpt-image-2, requires: [text_output, edits], batch: true, budget_usd: ~ }',
      '-',
      '  name: c',
      '  prompt_tokens: -12',
      '  note: it\'s fine',
      '  empty:',
      '  nothing: null',
      '  big: .inf',
      '  nan: .NaN',
      '  yes_is_text: yes',
      ''
    ].join('\n')
    expectSameAsFullParser(text)
    expectSameAsFullParser(text.replace(/\n/g, '\r\n'))
  })

  it('reads words and numbers it has seen before exactly as the first time (known words, integers in place)', () => {
    const models = ['gpt-image-2', 'gpt-image-1', 'dall-e-3', 'gpt-image-1-mini']
    const rows = Array.from({ length: 40 }, (_, i) => {
      // Twelve unique words of one length turn the known-word places over; the models keep theirs.
      const unique = `word-${String(i).padStart(6, '0')}`
      const number = [0, 7, 10, 999999999999999, 1000000000000000, 12.5, -3, 1e3][i % 8]
      return `  - { name: ${unique}, model: ${models[i % 4]}, n: ${number}, size: 1024x1024, tag: ${i % 3 ? 'low' : 'true'}, empty: , text: "${unique}" }`
    })
    expectSameAsFullParser(['version: 1', 'name: gpt-image-2', 'workloads:', ...rows, 'size: 1024x1024', ''].join('\n'))
    expectSameAsFullParser('a: { b: 1, c: [1, 2, 0], d: 00 }\n'.replace('00', '0'))
  })

  describe('runs of one-line mappings (read by JSON.parse, positions recovered on demand)', () => {
    const row = (i: number, extra = '') =>
      `  - { name: w-${i}, model: gpt-image-${i % 2 ? '2' : '1.5'}, size: 1024x1024, images_per_month: ${1000 + i}, retry_rate: 0.0${i % 9}, batch: ${i % 2 === 0}${extra} }`
    const config = (rows: string[]) => ['version: 1', 'workloads:', ...rows, 'budget: { monthly_usd: 10 }', ''].join('\n')

    it('reads a run exactly as the full parser does, with every position and key position', () => {
      const rows = Array.from({ length: 30 }, (_, i) => row(i))
      expectSameAsFullParser(config(rows))
      expectSameAsFullParser(config(rows).replace(/\n/g, '\r\n'))
      // Without spaces inside the braces, at indentation 0, and with the values YAML reads specially.
      expectSameAsFullParser(['workloads:', ...rows.map((r) => r.slice(2).replace('{ ', '{').replace(' }', '}'))].join('\n'))
      const special = rows.map((r, i) => r.replace(' }', `, a: ${['.5', '1e3', 'True', 'NULL', 'false', '.inf', 'yes', '0'][i % 8]} }`))
      expectSameAsFullParser(config(special))
    })

    it('recovers positions for any item first asked about, in any order', () => {
      const text = config(Array.from({ length: 12 }, (_, i) => row(i)))
      const fast = fastParseYaml(text)
      const full = parseYamlFully(text, 'f.yml')
      if (!fast || !full.ok) throw new Error('both readers should accept this text')
      for (const i of [11, 0, 5, 5, 11]) {
        expect(fast.locator.locate(['workloads', i, 'retry_rate'])).toEqual(full.value.locator.locate(['workloads', i, 'retry_rate']))
        expect(fast.locator.locateKey(['workloads', i], 'batch')).toEqual(full.value.locator.locateKey(['workloads', i], 'batch'))
      }
    })

    it('reads runs broken by comments, blank lines and other items line by line, and agrees', () => {
      const rows = Array.from({ length: 10 }, (_, i) => row(i))
      rows.splice(3, 0, '  # a comment', '')
      rows.splice(7, 0, '  - name: block', '    model: gpt-image-2')
      rows.splice(9, 0, '  - { name: "quoted", requires: [edits] }', '  - { name: spaced,  size: 1024x1024 }   # note')
      expectSameAsFullParser(config(rows))
    })

    it('reads one-line mappings met outside a run, of the simple form or not, as the full parser does', () => {
      // The quoted first item keeps the sequence out of the JSON.parse path: every line is read on its own.
      const lines = [
        '{ name: "first" }',
        '{name: a, size: 1024x1024}',
        '{ name: b, size: 1024x1024 }   ',
        '{ name: c } # a note',
        '{ name: d , size: 1024x1024 }',
        '{ name: e, n: -5, f: .5, g: 1e3, h: x/y, i: v1.2-3, j: null, k: True, l: 0 }',
        '{ name: f, text: it is }',
        '{ name: g, list: [a, b] }',
        '{ }'
      ]
      const text = ['workloads:', ...lines.map((l) => `  - ${l}`), ''].join('\n')
      expectSameAsFullParser(text)
      expectSameAsFullParser(text.replace(/\n/g, '\r\n'))
      for (const bad of ['{ name: h, name: i }', '{ name: j, __proto__: x }', '{ name: k, true: 1 }']) {
        expect(fastParseYaml(['workloads:', '  - { name: "first" }', `  - ${bad}`, ''].join('\n'))).toBeUndefined()
      }
    })

    it('takes the mappings of the lines a file read before repeats, and reads the data and positions as if alone', () => {
      const rows = Array.from({ length: 8 }, (_, i) => row(i))
      const head = fastParseYaml(config(rows))
      if (!head) throw new Error('the reader should accept this text')
      const headItems = (head.data as { workloads: object[] }).workloads
      // Lines moved and shifted down, one changed, one new, and the run at another indentation.
      const baseRows = ['  # moved', rows[1], rows[0], row(20), ...rows.slice(2, 7), row(7).replace('1007', '1008')] as string[]
      const variants = [baseRows, baseRows.map((r) => `  ${r}`)]
      for (const variant of variants) {
        const baseText = config(variant)
        expectSameAsFullParser(baseText, head.flatLines)
        const base = fastParseYaml(baseText, head.flatLines)
        const items = (base?.data as { workloads: object[] }).workloads
        expect(items[0]).toBe(headItems[1])
        expect(items[1]).toBe(headItems[0])
        expect(items.slice(3, 8)).toEqual(headItems.slice(2, 7))
        items.slice(3, 8).forEach((item, i) => expect(item).toBe(headItems[2 + i]))
        expect(headItems).not.toContain(items[2])
        expect(headItems).not.toContain(items[8])
      }
    })

    it('lets go of the index of the earlier file once a file is read, and builds it again if asked', () => {
      const rows = Array.from({ length: 4 }, (_, i) => row(i))
      const head = fastParseYaml(config(rows))
      if (!head) throw new Error('the reader should accept this text')
      let released = 0
      const counting: FlatLines = { get: (line) => head.flatLines.get(line), release: () => (released++, head.flatLines.release()) }
      const first = fastParseYaml(config(rows), counting)
      expect(released).toBe(1)
      // A file the fast reader declines lets go of it too.
      expect(fastParseYaml(`${config(rows)}&anchor: 1\n`, counting)).toBeUndefined()
      expect(released).toBe(2)
      // Asked again after letting go, the index is built again and still shares the mappings.
      const second = fastParseYaml(config(rows), head.flatLines)
      const items = (data: unknown) => (data as { workloads: object[] }).workloads
      items(second?.data).forEach((item, i) => expect(item).toBe(items(first?.data)[i]))
      items(second?.data).forEach((item, i) => expect(item).toBe(items(head.data)[i]))
    })

    it('takes repeated lines in a sequence read line by line too, from a file read either way', () => {
      const rows = Array.from({ length: 6 }, (_, i) => row(i))
      const quoted = '  - { name: "quoted", model: gpt-image-2 }'
      for (const [headRows, baseRows] of [
        [[quoted, ...rows], [quoted, ...rows.slice(1)]],
        [rows, [quoted, ...rows.slice(0, 5)]]
      ] as const) {
        const head = fastParseYaml(config([...headRows]))
        if (!head) throw new Error('the reader should accept this text')
        const baseText = config([...baseRows])
        expectSameAsFullParser(baseText, head.flatLines)
        const headItems = (head.data as { workloads: object[] }).workloads
        const items = (fastParseYaml(baseText, head.flatLines)?.data as { workloads: object[] }).workloads
        const shared = items.filter((item) => headItems.includes(item))
        expect(shared).toHaveLength(5)
        expect(shared.map((item) => (item as { name: string }).name)).toEqual(baseRows.filter((r) => r !== quoted).map((r) => /name: ([^,]+)/.exec(r)?.[1]))
      }
    })

    it.each([
      ['a duplicate key', ', name: again'],
      ['a boolean key', ', true: 1'],
      ['a __proto__ key', ', __proto__: x'],
      ['a hex number', ', n: 0x1F'],
      ['a leading-zero number', ', n: 012'],
      ['an integer beyond 2^53', ', n: 123456789012345678']
    ])('leaves a run with %s to the full parser', (_name, extra) => {
      const rows = Array.from({ length: 6 }, (_, i) => row(i, i === 4 ? extra : ''))
      expect(fastParseYaml(config(rows))).toBeUndefined()
    })
  })

  it.each([
    ['an anchor and alias', 'a: &x 1\nb: *x\n'],
    ['a tag', 'a: !!str 1\n'],
    ['a block scalar', 'a: |\n  text\n'],
    ['a multi-line plain scalar', 'a: one\n  two\n'],
    ['an escape in double quotes', 'a: "x\\ny"\n'],
    ['a duplicate key', 'a: 1\na: 2\n'],
    ['a hex number', 'a: 0x1F\n'],
    ['a leading-zero number', 'a: 0123\n'],
    ['a tab', 'a:\t1\n'],
    ['a second document', 'a: 1\n---\nb: 2\n'],
    ['a flow collection over two lines', 'a: [1,\n  2]\n'],
    ['a compact nested sequence', 'a:\n  - - 1\n'],
    ['a syntax error', 'a: [1, 2\n'],
    ['a numeric key', '1: a\n'],
    ['a top-level list', '- a\n'],
    ['an empty file', ''],
    ['a complex key', '? a\n: 1\n'],
    // "[a, ]" is ["a"] in YAML and "[, a]" is a syntax error: neither holds an empty item.
    ['a trailing comma in a flow sequence', 'requires: [edits, ]\n'],
    ['a leading comma in a flow sequence', 'requires: [ , edits]\n'],
    ['an empty item in a flow sequence', 'requires: [edits,, batch]\n'],
    ['a leading zero in a flow mapping', 'a: { b: 012 }\n'],
    ['an integer beyond 2^53 in a flow mapping', 'a: { b: 123456789012345678 }\n'],
    ['a numeric key in a flow mapping after a valid one', 'a: { b: 1, 2: c }\n']
  ])('leaves %s to the full parser', (_name, text) => {
    expect(fastParseYaml(text)).toBeUndefined()
  })
})
