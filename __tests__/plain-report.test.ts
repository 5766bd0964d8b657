/** The report, and everything the renderers read, is plain data: no getters, classes or shared objects. */
import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { buildReport, type Report } from '../src/report/report.js'
import { compareModels } from '../src/report/compare.js'
import { load, run, TODAY } from './helpers.js'

const HEAD = readFileSync('examples/image-cost.yml', 'utf8')
const BASE = readFileSync('examples/image-cost.base.yml', 'utf8')

/** Every object reachable from `value` that is not a plain object or array. */
function unplain(value: unknown, path = '$', out: string[] = []): string[] {
  if (value === null || typeof value !== 'object') return out
  // A plain object's prototype is a realm's Object.prototype (structuredClone copies into Node's own realm, not the test's).
  const proto = Object.getPrototypeOf(value) as { constructor?: { name?: string } } | null
  const isPlain = Array.isArray(value) || (proto !== null && Object.getPrototypeOf(proto) === null && proto.constructor?.name === 'Object')
  if (!isPlain) out.push(`${path}: ${proto?.constructor?.name ?? 'null prototype'}`)
  for (const [key, descriptor] of Object.entries(Object.getOwnPropertyDescriptors(value))) {
    if (descriptor.get || descriptor.set) out.push(`${path}.${key}: an accessor`)
    else unplain(descriptor.value, `${path}.${key}`, out)
  }
  return out
}

/** Objects reachable from both values. */
function shared(a: unknown, b: unknown): number {
  const seen = new Set<object>()
  const walk = (v: unknown, visit: (o: object) => void) => {
    if (v === null || typeof v !== 'object') return
    visit(v)
    for (const inner of Object.values(v)) walk(inner, visit)
  }
  walk(a, (o) => seen.add(o))
  let count = 0
  walk(b, (o) => void (seen.has(o) && count++))
  return count
}

describe('the report is plain data', () => {
  const report: Report = buildReport(run(HEAD, { base: BASE }))

  it('has no classes, getters or setters anywhere', () => {
    expect(unplain(report)).toEqual([])
    // The check sees what it is for.
    class Priced {
      get name() {
        return 'x'
      }
    }
    expect(unplain({ a: [new Priced()] })).toEqual(['$.a.0: Priced'])
    expect(unplain({ b: Object.defineProperty({}, 'name', { get: () => 'x', enumerable: true }) })).toEqual(['$.b.name: an accessor'])
  })

  it('survives structuredClone and a JSON round trip unchanged', () => {
    expect(structuredClone(report)).toEqual(report)
    expect(JSON.parse(JSON.stringify(report))).toEqual(report)
  })

  it('keeps every field when a workload is spread', () => {
    const first = report.workloads[0]
    expect({ ...first }).toEqual(first)
    expect({ ...first }.name).toBe('product-thumbnails')
  })

  it('shares no object between the head and the base', () => {
    const { base, ...head } = report
    expect(shared(head, base)).toBe(0)
  })

  it('holds for the compare command\'s output too', () => {
    const comparison = compareModels(load(HEAD), TODAY)
    expect(unplain(comparison)).toEqual([])
    expect(JSON.parse(JSON.stringify(comparison))).toEqual(comparison)
  })
})

describe('the JSON report written in pieces', () => {
  it('is exactly JSON.stringify(report, null, indent), however it is cut, on one line or indented', async () => {
    const { writeJson } = await import('../src/report/json.js')
    const { jsonReport } = await import('../src/report/json-report.js')
    const withBase = buildReport(run(HEAD, { base: BASE }))
    // The JSON forms hold lists made as they are written (MappedList); JSON.stringify reads them through toJSON.
    const forms = [jsonReport(withBase), jsonReport(withBase, 'full')]
    for (const report of [withBase, buildReport(run(HEAD)), ...forms, { a: [], b: {}, c: [undefined, 1], d: undefined, e: { f: [{ g: [[1, 2], []] }] } }]) {
      for (const indent of [0, 2] as const) {
        const pieces: string[] = []
        writeJson(report, (text) => void pieces.push(text), { indent })
        expect(pieces.join('')).toBe(JSON.stringify(report, null, indent) + '\n')
      }
    }
  })

  it('is the same text at every depth it streams to (a run over several files streams one level deeper)', async () => {
    const { writeJson } = await import('../src/report/json.js')
    const { MappedList } = await import('../src/report/json.js')
    const value = {
      projects: [{ workloads: [{ name: 'a\nb "q"', n: [1, [2, []]], e: {}, d: new Date(0), u: undefined }, null, 'x'] }, []],
      mapped: new MappedList([1, 2, 3], (n) => ({ n, twice: [n, n] })),
      empty: new MappedList([], (n: number) => n),
      // Longer than one batch of items written whole, with items JSON.stringify writes as null.
      long: new MappedList(Array.from({ length: 600 }, (_, i) => i), (n) => (n % 7 === 0 ? undefined : { n, even: n % 2 === 0 })),
      many: Array.from({ length: 513 }, (_, i) => (i % 5 === 0 ? [i, { i }] : `item ${i}`)),
      total: 1.5
    }
    expect([value.mapped.length, value.mapped.at(0), value.mapped.at(-1), value.mapped.at(3), value.mapped.at(-4)]).toEqual([3, { n: 1, twice: [1, 1] }, { n: 3, twice: [3, 3] }, undefined, undefined])
    for (const indent of [0, 2] as const) {
      for (const streamedDepth of [1, 2, 3, 4, 5, 6]) {
        let text = ''
        writeJson(value, (t) => void (text += t), { indent, streamedDepth })
        expect(text).toBe(JSON.stringify(value, null, indent) + '\n')
      }
    }
  })

  it('writes computed amounts with 12 significant digits and catalog figures as they are', async () => {
    const { written } = await import('../src/report/json.js')
    expect([7.001736263736262, 0.0000025, 0.006, 1000, 123456789.123456789, -1.0848956043956033, 999.99999999999, 0.1 + 0.2].map(written)).toEqual([7.00173626374, 0.0000025, 0.006, 1000, 123456789.123, -1.0848956044, 1000, 0.3])
    // Across magnitudes, as toPrecision(12) rounds (to within a unit of the 12th digit), never longer.
    let x = 0.123456789
    for (let i = 0; i < 20_000; i++) {
      x = (x * 7919.123457 + 0.31) % 1
      const value = (x - 0.3) * 10 ** ((i % 24) - 12)
      const reference = Number(value.toPrecision(12))
      expect(Math.abs(written(value) - reference)).toBeLessThanOrEqual(Math.abs(reference) * 1.01e-11)
      expect(written(value).toExponential().split('e')[0]?.replace(/[-.]/g, '').length).toBeLessThanOrEqual(12)
    }
  })

  it('has no number with more than 12 significant digits anywhere in the JSON, in either form', async () => {
    const { jsonReport } = await import('../src/report/json-report.js')
    const digits = (n: number) => (Number.isInteger(n) ? 0 : n.toExponential().split('e')[0]?.replace(/[-.]/g, '').length ?? 0)
    const long = (value: unknown, path: string): string[] => {
      if (typeof value === 'number') return digits(value) > 12 ? [`${path}: ${value}`] : []
      if (!value || typeof value !== 'object') return []
      return Object.entries(value).flatMap(([key, v]) => long(v, `${path}.${key}`))
    }
    const report = buildReport(run(HEAD, { base: BASE }))
    const before = structuredClone(report)
    for (const form of ['compact', 'full'] as const) expect(long(JSON.parse(JSON.stringify(jsonReport(report, form))), form)).toEqual([])
    // The report itself keeps full precision, so the check can fail: the JSON form rounds copies only.
    expect(long(report, 'report').length).toBeGreaterThan(0)
    expect(report).toStrictEqual(before)
  })
})
