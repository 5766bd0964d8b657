import { describe, expect, it } from '@jest/globals'
import Bottleneck from 'bottleneck/light.js'
import { yieldWithoutTimerFloor } from '../src/github/octokit.js'

type Store = { yieldLoop(t?: number): Promise<void> }
const storeOf = (limiter: Bottleneck) => (limiter as unknown as { _store: Store })._store

describe('Bottleneck under the Octokit plugins', () => {
  it('yields with setImmediate: after pending promise jobs and earlier immediates, without a timer', async () => {
    expect(yieldWithoutTimerFloor()).toBe(true)
    expect(yieldWithoutTimerFloor()).toBe(true) // once is enough; again changes nothing
    const store = storeOf(new Bottleneck())
    const order: string[] = []
    setImmediate(() => order.push('earlier immediate'))
    const yielded = store.yieldLoop().then(() => order.push('yield'))
    void Promise.resolve().then(() => order.push('promise job'))
    await yielded
    expect(order).toEqual(['promise job', 'earlier immediate', 'yield'])
  })

  it('still runs scheduled jobs in order and keeps a limiter\'s concurrency', async () => {
    yieldWithoutTimerFloor()
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
