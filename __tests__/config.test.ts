import { describe, expect, it } from '@jest/globals'
import { formatConfigError, type ConfigError } from '../src/config/errors.js'
import { configSchema } from '../src/config/schema.js'
import { loadConfig } from '../src/config/load.js'
import { MAX_CONFIG_BYTES, parseYaml } from '../src/config/yaml.js'
import { load, loadErrors, oneWorkload } from './helpers.js'

const VALID = 'model: gpt-image-2\nquality: low\nsize: 1024x1024\nimages_per_month: 3'

/** The single error a config produces, as `line:column path: message`. */
function only(text: string): ConfigError {
  const errors = loadErrors(text)
  expect(errors).toHaveLength(1)
  return errors[0] as ConfigError
}

describe('config: valid files', () => {
  it('merges defaults, and a workload\'s own value wins', () => {
    const loaded = load(`version: 1
defaults:
  quality: medium
  size: 1024x1024
  retry_rate: 0.1
workloads:
  - name: a
    model: gpt-image-1-mini
    images_per_month: 10
  - name: b
    model: gpt-image-1-mini
    quality: high
    retry_rate: 0
    images_per_month: 10
`)
    expect(loaded.workloads.map((w) => [w.name, w.quality, w.size, w.retry_rate])).toEqual([
      ['a', 'medium', '1024x1024', 0.1],
      ['b', 'high', '1024x1024', 0]
    ])
  })

  it('fills the documented defaults', () => {
    const [w] = load(oneWorkload(VALID)).workloads
    expect(w).toMatchObject({
      images_per_request: 1,
      prompt_tokens: 0,
      cached_prompt_share: 0,
      input_images: 0,
      input_image_size: '1024x1024',
      input_fidelity: 'low',
      partial_images: 0,
      text_output_tokens: 0,
      retry_rate: 0,
      batch: false
    })
  })

  it('resolves a dated snapshot to its model', () => {
    const [w] = load(oneWorkload('model: gpt-image-1.5-2025-12-16\nquality: low\nsize: 1024x1024\nimages_per_month: 3')).workloads
    expect(w?.model).toBe('gpt-image-1.5')
    expect(w?.model_alias).toBe('gpt-image-1.5-2025-12-16')
  })

  it('reads files with a byte-order mark and CRLF line ends', () => {
    const loaded = load(`\uFEFF${oneWorkload(VALID)}`.replace(/\n/g, '\r\n'))
    expect(loaded.workloads).toHaveLength(1)
  })

  it('accepts an empty workload list', () => {
    expect(load('version: 1\nworkloads: []\n').workloads).toEqual([])
  })
})

describe('config: every error names the file, line, column, field and expectation', () => {
  it('YAML syntax errors', () => {
    const e = only('version: 1\nworkloads:\n  - name: a\n    model: [gpt\n')
    // At the line to edit, in plain words, with the fix; the parser's own words follow.
    expect([e.line, e.column]).toEqual([4, 12])
    expect(e.message).toBe('YAML syntax error: this list in [ ] is not closed: add ] after its last item (on this line for a one-line list) (YAML: Flow sequence in block collection must be sufficiently indented and end with a ])')
    expect(only('version: 1\nworkloads:\n\t- name: a\n')).toMatchObject({ line: 3, message: expect.stringMatching(/Tabs/) })
  })

  it('YAML syntax errors in plain words, at the line to edit, with the fix', () => {
    const cases: [string, number, number, string][] = [
      // A missing "- ": the parser stops at the next item; the line to edit is the one without it.
      ['version: 1\nworkloads:\n  name: a\n  - model: gpt-image-2\n', 3, 3, 'this list item has no "- " while the one on line 4 has: write it as "  - name: a"'],
      // An unclosed quote: the parser stops at the end of the file.
      ['version: 1\nworkloads:\n  - name: "a\n    model: gpt-image-2\n', 3, 11, 'this quoted value is not closed: add the closing " at the end of the value on line 3'],
      // Bad indentation.
      ['version: 1\nworkloads:\n  - name: a\n    model: gpt-image-2\n   quality: low\n', 5, 1, 'this line is indented 3 spaces, the keys above it 4: indent it by 4 spaces to keep it in the same item, or start a new item with "- "'],
      // A key without its colon.
      ['version: 1\nworkloads:\n  - name: a\n    model gpt-image-2\n', 4, 10, '"model" needs a colon after it: write "    model: gpt-image-2"']
    ]
    for (const [text, line, column, words] of cases) {
      const errors = loadErrors(text)
      expect(errors).toHaveLength(1)
      expect([errors[0]?.line, errors[0]?.column, errors[0]?.message.replace(/ \(YAML: .*\)$/, '')]).toEqual([line, column, `YAML syntax error: ${words}`])
    }
  })

  it('duplicate keys', () => {
    const e = only('version: 1\nbudget:\n  monthly_usd: 1\n  monthly_usd: 2\nworkloads: []\n')
    expect(e).toMatchObject({ file: 'image-cost.yml', line: 4, column: 3, message: 'YAML syntax error: Map keys must be unique' })
  })

  it('duplicate workload names', () => {
    const e = only(`version: 1
defaults: { quality: low, size: 1024x1024, images_per_month: 1, model: gpt-image-2 }
workloads:
  - name: a
  - name: a
`)
    expect(e).toMatchObject({ line: 5, column: 11, path: 'workloads[1].name' })
    expect(e.message).toMatch(/duplicate workload name "a" \(first used by workloads\[0\]\)/)
  })

  it('a file over 16 MiB', () => {
    const e = only(`version: 1\n# ${'x'.repeat(MAX_CONFIG_BYTES)}\n`)
    expect(e.line).toBeUndefined()
    expect(e.message).toMatch(/expected at most 16 MiB/)
  })

  it('alias bombs', () => {
    const levels = ['a: &a [x, x, x, x, x, x, x, x, x, x]']
    for (const [prev, name] of [['a', 'b'], ['b', 'c'], ['c', 'd'], ['d', 'e']] as const) {
      levels.push(`${name}: &${name} [${Array(10).fill(`*${prev}`).join(', ')}]`)
    }
    expect(only(levels.join('\n')).message).toMatch(/aliases expand too far.*expected at most 1000 alias expansions/)
  })

  it('empty files, comment-only files and multiple documents', () => {
    expect(only('').message).toMatch(/file is empty; expected a mapping that starts with "version: 1"/)
    expect(only('# nothing yet\n').message).toMatch(/file is empty/)
    expect(only('version: 1\nworkloads: []\n---\nversion: 1\n')).toMatchObject({ line: 3, message: expect.stringMatching(/more than one YAML document/) })
  })

  it('a wrong or missing version', () => {
    expect(only('version: 2\nworkloads: []\n')).toMatchObject({ line: 1, column: 10, path: 'version', message: 'unsupported version 2; expected 1' })
    expect(only('workloads: []\n')).toMatchObject({ path: 'version', message: 'missing required field; expected 1' })
  })

  it('a top level that is not a mapping', () => {
    expect(only('- a\n- b\n').message).toBe('expected a mapping that starts with "version: 1", found a list')
  })

  it('unknown keys, with the nearest valid names', () => {
    const e = only(oneWorkload('modle: gpt-image-2\nquality: low\nsize: 1024x1024\nimages_per_month: 3'))
    expect(e).toMatchObject({ line: 4, column: 5, path: 'workloads[0].modle' })
    expect(e.message).toMatch(/^unknown field "modle"; expected one of name, provider, model, .*Did you mean "model"\?$/)
    expect(only('version: 1\nbudjet: {}\nworkloads: []\n').message).toMatch(/Did you mean "budget"/)
  })

  it('unknown models, with the nearest valid ids', () => {
    const e = only(oneWorkload('model: gpt-image-1-mni\nquality: low\nsize: 1024x1024\nimages_per_month: 3'))
    expect(e).toMatchObject({ line: 4, column: 12, path: 'workloads[0].model' })
    expect(e.message).toMatch(/^unknown model "gpt-image-1-mni"; expected a catalog model id .* Did you mean "gpt-image-1-mini"/)
    const inBudget = only('version: 1\nbudget:\n  models: { gpt-image-22: 4 }\nworkloads: []\n')
    expect(inBudget).toMatchObject({ line: 3, path: 'budget.models["gpt-image-22"]' })
    expect(inBudget.message).toMatch(/unknown model "gpt-image-22".*Did you mean "gpt-image-2"/)
  })

  it('wrong types, out-of-range and non-integer numbers, NaN and Infinity', () => {
    const errors = loadErrors(
      oneWorkload('model: gpt-image-2\nquality: low\nsize: 1024x1024\nimages_per_month: "lots"\nretry_rate: 1\nimages_per_request: 2.5\nbatch: yes\nprompt_tokens: -1')
    )
    expect(errors.map((e) => [e.line, e.path, e.message])).toEqual([
      [7, 'workloads[0].images_per_month', 'expected a finite number, found "lots"'],
      [8, 'workloads[0].retry_rate', 'expected a number < 1, found number 1'],
      [9, 'workloads[0].images_per_request', 'expected a whole number, found number 2.5'],
      [10, 'workloads[0].batch', 'expected true or false, found "yes"'],
      [11, 'workloads[0].prompt_tokens', 'expected a number >= 0, found number -1']
    ])
    expect(only('version: 1\nbudget:\n  monthly_usd: .inf\nworkloads: []\n').message).toBe('expected a finite number, found Infinity')
    expect(only('version: 1\nbudget:\n  monthly_usd: .nan\nworkloads: []\n').message).toBe('expected a finite number, found NaN')
    expect(only('version: 1\norganization: { tier: 7 }\nworkloads: []\n').message).toBe('expected one of free, 1, 2, 3, 4, 5, found number 7')
  })

  it('quality and size must come from the workload or defaults', () => {
    const errors = loadErrors(oneWorkload('model: gpt-image-2\nimages_per_month: 3'))
    expect(errors.map((e) => [e.line, e.path, e.message.split(';')[0]])).toEqual([
      [3, 'workloads[0]', 'missing quality'],
      [3, 'workloads[0]', 'missing size']
    ])
    expect(loadErrors(oneWorkload('model: gpt-image-2\nquality: low\nsize: 1024x1024'))[0]?.message).toMatch(/missing images_per_month/)
  })

  it('a quality, size or feature the model does not offer, pointing at defaults when the value came from there', () => {
    const errors = loadErrors(`version: 1
defaults:
  quality: xhigh
  size: 1024x1024
workloads:
  - name: a
    model: gpt-image-1-mini
    images_per_month: 3
  - name: b
    model: dall-e-3
    quality: standard
    size: 512x512
    images_per_month: 3
    batch: true
  - name: c
    model: gpt-image-1-mini
    quality: low
    images_per_month: 3
    text_output_tokens: 100
`)
    expect(errors.map((e) => [e.line, e.path, e.message])).toEqual([
      [3, 'workloads[0].quality', 'gpt-image-1-mini does not offer quality "xhigh"; expected one of low, medium, high, auto (from defaults.quality)'],
      [12, 'workloads[1].size', 'dall-e-3 does not offer size "512x512"; expected one of 1024x1024, 1024x1792, 1792x1024'],
      [14, 'workloads[1].batch', 'dall-e-3 is not offered on the Batch API; expected batch: false'],
      [19, 'workloads[2].text_output_tokens', 'gpt-image-1-mini does not output text; expected 0 (models in the catalog that output text: gpt-image-1.5, shutdown 2026-12-01; chatgpt-image-latest, shutdown 2026-12-01)']
    ])
  })

  it('gpt-image-2 sizes outside its rules', () => {
    const e = only(oneWorkload('model: gpt-image-2\nquality: low\nsize: 1000x1000\nimages_per_month: 3'))
    expect(e).toMatchObject({ line: 6, path: 'workloads[0].size' })
    expect(e.message).toMatch(/expected WxH with both edges multiples of 16/)
  })

  it('both volume fields at once', () => {
    expect(only(oneWorkload(`${VALID}\nimages_per_day: 4`)).message).toBe('both images_per_month and images_per_day are set; expected exactly one')
  })

  it('pricing overrides for qualities or sizes the model lacks', () => {
    const errors = loadErrors('version: 1\npricing:\n  gpt-image-1-mini:\n    image_prices:\n      xhigh: { 1024x1024: 1 }\n      low: { 2048x2048: 1 }\nworkloads: []\n')
    expect(errors.map((e) => [e.line, e.path])).toEqual([
      [5, 'pricing["gpt-image-1-mini"].image_prices.xhigh'],
      [6, 'pricing["gpt-image-1-mini"].image_prices.low["2048x2048"]']
    ])
  })

  it('a pricing override that leaves an output image without a price', () => {
    const e = only(oneWorkload(VALID, 'pricing:\n  gpt-image-2:\n    token_rates: { image_output: null }\n'))
    expect(e).toMatchObject({ line: 8, path: 'workloads[0].quality' })
    expect(e.message).toMatch(/^no price for low 1024x1024 on gpt-image-2/)
  })

  it('nesting too deep to read', () => {
    const deep = `version: 1\nworkloads: ${'['.repeat(5000)}${']'.repeat(5000)}\n`
    const error = only(deep)
    expect(error.message).toMatch(/nesting is deeper than 64 levels here/)
    // "workloads: " is 11 characters; the 64th bracket is the 65th level counting the top mapping.
    expect([error.line, error.column]).toEqual([2, 12 + 63])
  })

  it('formats as file:line:column: path: message', () => {
    const e = only('version: 2\nworkloads: []\n')
    expect(formatConfigError(e)).toBe('image-cost.yml:1:10: version: unsupported version 2; expected 1')
  })
})

describe('config: the loader the CLI and the action use', () => {
  const n = 2500
  const rows = (edit: (i: number) => string = () => '') =>
    Array.from({ length: n }, (_, i) => `  - { name: w${i}, model: gpt-image-2, quality: low, size: 1024x1024, images_per_month: ${i + 1}${edit(i)} }`).join('\n')

  it('reads a valid file as the zod schema does', async () => {
    const text = `version: 1\nworkloads:\n${rows((i) => (i % 3 === 0 ? ', retry_rate: { default: 0.1, gpt-image-1-mini: 0.3 }' : ''))}\n`
    const loaded = await loadConfig(text, 'big.yml')
    const parsed = await parseYaml(text, 'big.yml')
    if (!loaded.ok || !parsed.ok) throw new Error('expected a valid file')
    const interpreted = configSchema.safeParse(parsed.value.data)
    expect(interpreted.success).toBe(true)
    // The same value; zod's copy has its keys in schema order.
    expect(loaded.value.config).toEqual(interpreted.data)
  })

  it('reports the errors of an invalid file at their lines, duplicate names included', async () => {
    const bad = (i: number) => (i === 7 ? ', images_per_request: 0' : i === n - 2 ? ', colour: red' : '')
    const text = `version: 1\nworkloads:\n${rows(bad).replace('name: w9,', 'name: w8,')}\n`
    const loaded = await loadConfig(text, 'big.yml')
    const errors = loaded.ok ? [] : loaded.errors
    expect(errors.map((e) => [e.line, e.path, e.message.split(';')[0]])).toEqual([
      [10, 'workloads[7].images_per_request', 'expected a number >= 1, found number 0'],
      [12, 'workloads[9].name', 'duplicate workload name "w8" (first used by workloads[8])'],
      [n + 1, 'workloads[' + (n - 2) + '].colour', 'unknown field "colour"']
    ])
    // A duplicate name alone, which only the loader's own check sees before zod.
    const dup = await loadConfig(`version: 1\nworkloads:\n${rows().replace('name: w9,', 'name: w8,')}\n`, 'dup.yml')
    expect(dup.ok ? [] : dup.errors.map((e) => [e.line, e.path])).toEqual([[12, 'workloads[9].name']])
  })
})

describe('config: YAML 1.2 core only, each error at its own line and column', () => {
  const at = (text: string) => loadErrors(text).map((e) => [e.line, e.column, e.message])

  it('refuses %YAML and %TAG directives', () => {
    expect(at('%YAML 1.2\n---\nversion: 1\nworkloads: []\n')).toEqual([[1, 1, 'YAML directive "%YAML 1.2" is not supported; expected a plain YAML 1.2 document (remove the line and the "---" after it)']])
    expect(at('%TAG !e! tag:example.com,2000:\n---\nversion: 1\nworkloads: []\n')[0]?.slice(0, 2)).toEqual([1, 1])
  })

  it('refuses merge keys, plain or tagged, and tags outside the core schema', () => {
    const merge = loadErrors('version: 1\ndefaults: &d { quality: low }\nworkloads:\n  - { <<: *d, name: a }\n')
    expect(merge.map((e) => [e.line, e.message.split(';')[0]])).toContainEqual([4, 'YAML merge keys (<<) are not supported'])
    expect(loadErrors('version: 1\nworkloads:\n  - { !!merge <<: {}, name: a }\n')[0]?.line).toBe(3)
    for (const tag of ['!!timestamp 2026-01-01', '!!binary aGk=', '!custom x']) {
      const [error] = loadErrors(`version: 1\nbudget:\n  monthly_usd: ${tag}\nworkloads: []\n`)
      expect([tag, error?.line]).toEqual([tag, 3])
    }
  })

  it('refuses keys that are collections or null', () => {
    expect(at('version: 1\n? [a, b]\n: 1\nworkloads: []\n')).toEqual([[2, 3, 'a mapping key must be a name, found a list; expected a plain key such as "name"']])
    expect(at('version: 1\nnull: 1\nworkloads: []\n')).toEqual([[2, 1, 'a mapping key must be a name, found an empty (null) key; expected a plain key such as "name"']])
    expect(at('version: 1\nworkloads: [{ {a: 1}: b }]\n')[0]?.slice(0, 2)).toEqual([2, 15])
  })

  it('refuses duplicate keys however they are spelled', () => {
    for (const [text, line] of [
      ['version: 1\nversion: 1\nworkloads: []\n', 2],
      ['version: 1\n"version": 1\nworkloads: []\n', 2],
      ['version: 1\n"\\x76ersion": 1\nworkloads: []\n', 2],
      ["version: 1\n'version': 1\nworkloads: []\n", 2]
    ] as const) {
      expect([text, loadErrors(text)[0]?.line]).toEqual([text, line])
    }
    const alias = loadErrors('version: 1\ndefaults: { model: &k quality }\nworkloads: [{ name: a, quality: low, *k : high }]\n')
    expect(alias.map((e) => [e.line, e.message.split(';')[0]])).toContainEqual([3, 'duplicate key "quality" (through the alias *k)'])
  })

  it('refuses integers beyond 2^53, quoting them as written', () => {
    for (const written of ['9007199254740993', '12345678901234567890', '0x20000000000001']) {
      const [error] = loadErrors(`version: 1\nworkloads:\n  - { name: a, model: gpt-image-2, quality: low, size: 1024x1024, images_per_month: 1, prompt_tokens: ${written} }\n`)
      expect(error).toMatchObject({ line: 3, message: `the integer ${written} is beyond 2^53 and cannot be read exactly; expected a whole number up to 9,007,199,254,740,991` })
    }
    // 2^53 - 1 is read exactly (and is then out of the field's range, said with its own message).
    expect(loadErrors(`version: 1\nworkloads:\n  - { name: a, model: gpt-image-2, quality: low, size: 1024x1024, images_per_month: 1, prompt_tokens: 9007199254740991 }\n`)[0]?.message).toMatch(/^expected a number <= 100000000/)
  })
})
