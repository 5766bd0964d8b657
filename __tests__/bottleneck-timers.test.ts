import { afterEach, describe, expect, it } from '@jest/globals'
import Bottleneck from 'bottleneck/light.js'
import { startWithoutTimerFloor } from '../src/github/bottleneck-timers.js'

type Store = { yieldLoop(t?: number): Promise<void> }
const storeOf = (limiter: Bottleneck) => (limiter as unknown as { _store: Store })._store

/** Counts the setTimeout calls made while it is installed, by delay. */
function countTimers() {
  const original = globalThis.setTimeout
  const delays: number[] = []
  globalThis.setTimeout = ((fn: (...args: unknown[]) => void, ms?: number, ...args: unknown[]) => {
    delays.push(ms ?? 0)
    return original(fn, ms, ...args)
  }) as typeof setTimeout
  return { delays, restore: () => void (globalThis.setTimeout = original) }
}
let restore: (() => void) | undefined
afterEach(() => restore?.())

describe('Bottleneck under the Octokit plugins', () => {
  it('yields with setImmediate: after pending promise jobs and earlier immediates, without a timer', async () => {
    expect(startWithoutTimerFloor()).toBe(true)
    expect(startWithoutTimerFloor()).toBe(true) // once is enough; again changes nothing
    const store = storeOf(new Bottleneck())
    const order: string[] = []
    setImmediate(() => order.push('earlier immediate'))
    const yielded = store.yieldLoop().then(() => order.push('yield'))
    void Promise.resolve().then(() => order.push('promise job'))
    await yielded
    expect(order).toEqual(['promise job', 'earlier immediate', 'yield'])
  })

  it('starts a job that has no wait without any timer', async () => {
    startWithoutTimerFloor()
    const limiter = new Bottleneck({ maxConcurrent: 2 })
    const timers = countTimers()
    restore = timers.restore
    expect(await limiter.schedule(async () => 'done')).toBe('done')
    expect(timers.delays).toEqual([])
  })

  it('still waits with a timer when a job must wait, as with spacing between writes', async () => {
    startWithoutTimerFloor()
    const limiter = new Bottleneck({ maxConcurrent: 1, minTime: 30 })
    const timers = countTimers()
    restore = timers.restore
    const started: number[] = []
    await Promise.all([1, 2].map(() => limiter.schedule(async () => void started.push(performance.now()))))
    expect(timers.delays.some((ms) => ms > 0)).toBe(true)
    expect((started[1] as number) - (started[0] as number)).toBeGreaterThanOrEqual(25)
  })

  it('still runs scheduled jobs in order and keeps a limiter\'s concurrency', async () => {
    startWithoutTimerFloor()
    const limiter = new Bottleneck({ maxConcurrent: 1 })
    let running = 0
    let most = 0
    const job = (n: number) => async () => {
      running += 1
      most = Math.max(most, running)
      await new Promise((resolve) => setImmediate(resolve))
      running -= 1
      return n
    }
    const results = await Promise.all([1, 2, 3, 4].map((n) => limiter.schedule(job(n))))
    expect(results).toEqual([1, 2, 3, 4])
    expect(most).toBe(1)
  })
})
