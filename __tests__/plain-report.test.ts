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
  it('is exactly JSON.stringify(report, writtenNumber, indent), however it is cut, on one line or indented', async () => {
    const { writeJson, writtenNumber } = await import('../src/report/json.js')
    for (const report of [buildReport(run(HEAD, { base: BASE })), buildReport(run(HEAD)), { a: [], b: {}, c: [undefined, 1], d: undefined, e: { f: [{ g: [[1, 2], []] }] } }]) {
      for (const indent of [0, 2] as const) {
        const pieces: string[] = []
        writeJson(report, (text) => void pieces.push(text), { indent })
        expect(pieces.join('')).toBe(JSON.stringify(report, writtenNumber, indent) + '\n')
      }
    }
  })

  it('is the same text at every depth it streams to (a run over several files streams one level deeper)', async () => {
    const { writeJson, writtenNumber } = await import('../src/report/json.js')
    const value = { projects: [{ workloads: [{ name: 'a\nb "q"', n: [1, [2, []]], e: {}, d: new Date(0), u: undefined }, null, 'x'] }, []], total: 1.5 }
    for (const indent of [0, 2] as const) {
      for (const streamedDepth of [1, 2, 3, 4, 5, 6]) {
        let text = ''
        writeJson(value, (t) => void (text += t), { indent, streamedDepth })
        expect(text).toBe(JSON.stringify(value, writtenNumber, indent) + '\n')
      }
    }
  })

  it('writes computed amounts with 12 significant digits and catalog figures as they are', async () => {
    const { writeJson } = await import('../src/report/json.js')
    let text = ''
    writeJson({ monthly_usd: 7.001736263736262, rate: 0.0000025, price: 0.006, images: 1000, total: 123456789.123456789 }, (t) => void (text += t))
    expect(text).toBe('{"monthly_usd":7.00173626374,"rate":0.0000025,"price":0.006,"images":1000,"total":123456789.123}\n')
  })
})
