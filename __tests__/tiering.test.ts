import { describe, expect, it } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { SHORT_RUN_INTERRUPT_BUDGET, tieringFlags } from '../src/io/tiering.js'

describe('JIT tiering for a short run', () => {
  it('raises the interrupt budget on V8 11 (Node 20) only', () => {
    expect(tieringFlags('11.3.244.8-node.38')).toEqual([`--interrupt-budget=${SHORT_RUN_INTERRUPT_BUDGET}`])
    expect(SHORT_RUN_INTERRUPT_BUDGET).toBe(540672)
    // Later V8s count invocations instead and would reject the flag.
    expect(tieringFlags('12.4.254.21-node.33')).toEqual([])
    expect(tieringFlags('13.6.233.10-node.20')).toEqual([])
    expect(tieringFlags('')).toEqual([])
  })

  it('sets only flags the running V8 knows (an unknown one prints an error)', () => {
    const flags = tieringFlags(process.versions.v8)
    const script = `const v8 = require('node:v8'); for (const f of ${JSON.stringify(flags)}) v8.setFlagsFromString(f)`
    const r = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8' })
    expect(r.stderr + r.stdout).toBe('')
    expect(r.status).toBe(0)
    // The check above can fail: a misspelled flag is reported.
    const bad = spawnSync(process.execPath, ['-e', `require('node:v8').setFlagsFromString('--interrupt-budgett=1')`], { encoding: 'utf8' })
    expect(bad.stderr).toMatch(/unrecognized flag/)
  })
})
