/**
 * Bottleneck, which runs Octokit's retry and throttling plugins, waits on setTimeout(0) several
 * times per request: its datastore yields to the event loop with one, and every job starts after
 * setTimeout(wait) even when the wait is 0. Node gives each such timer at least 1 ms, so against a
 * fast API most of a request's time went to them (11 of 17 ms at first; the job starts alone
 * still cost 3.5 of 5.5 ms per request). Both zero-delay cases are switched to setImmediate,
 * which still lets pending I/O and promise jobs run first; every real delay (write spacing,
 * retry-after, back-off, expirations) is left to the original timer. Bottleneck 2.19.5 is its
 * final release, so the internals this touches do not move.
 */
import Bottleneck from 'bottleneck/light.js'

interface BottleneckStore {
  yieldLoop(t?: number): Promise<void>
}

interface BottleneckJob {
  options: { id: string; expiration?: number | null }
  doRun(): void
  doExecute(limiter: unknown, clearGlobalState: () => boolean, run: unknown, free: unknown): Promise<unknown>
}

interface BottleneckInternals {
  _store: object
  _limiter: unknown
  _scheduled: Record<string, { timeout: unknown; expiration?: unknown; job: BottleneckJob }>
  _run(index: string, job: BottleneckJob, wait: number): unknown
  _clearGlobalState(index: string): boolean
  _free(index: string, job: BottleneckJob, ...rest: unknown[]): unknown
  jobStatus(id: string): string | null
}

const PATCHED = Symbol.for('image-cost-gate.fast-yield')
type Patchable<T> = T & { [PATCHED]?: true }

/** Applies both switches once per process; false when Bottleneck's internals are not as expected. */
export function startWithoutTimerFloor(): boolean {
  const limiter = new Bottleneck() as unknown as BottleneckInternals
  const store = Object.getPrototypeOf(limiter._store) as Patchable<BottleneckStore>
  const limiterProto = Object.getPrototypeOf(limiter) as Patchable<BottleneckInternals>
  if (typeof store.yieldLoop !== 'function' || typeof limiterProto._run !== 'function') return false
  if (store[PATCHED] && limiterProto[PATCHED]) return true

  const yieldLoop = store.yieldLoop
  store.yieldLoop = function (this: BottleneckStore, t = 0) {
    return t === 0 ? new Promise<void>((resolve) => setImmediate(resolve)) : yieldLoop.call(this, t)
  }
  store[PATCHED] = true

  const run = limiterProto._run
  limiterProto._run = function (this: BottleneckInternals, index, job, wait) {
    if (wait > 0 || job.options.expiration != null) return run.call(this, index, job, wait)
    // What the original does, with setImmediate for setTimeout(0).
    job.doRun()
    const clearGlobalState = this._clearGlobalState.bind(this, index)
    const next = this._run.bind(this, index, job)
    const free = this._free.bind(this, index, job)
    const start = setImmediate(() => {
      // stop() drops running jobs and clears their timers, which an immediate ignores: skip a dropped job.
      if (this.jobStatus(job.options.id) === 'RUNNING') void job.doExecute(this._limiter, clearGlobalState, next, free)
    })
    return (this._scheduled[index] = { timeout: start, job })
  }
  limiterProto[PATCHED] = true
  return true
}
