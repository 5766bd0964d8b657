/**
 * JIT tiering for a short-lived process. A check runs for well under a second on a typical config,
 * yet V8 11 (Node 20) starts optimizing hot functions with TurboFan after a few milliseconds: on the
 * 1,000-workload benchmark it compiled about 100 functions for over 300 ms of background CPU, most of
 * it finished after the work it was meant to speed up, and all of it competing with the main thread
 * on a two-core runner. A larger interrupt budget leaves the short runs in the baseline tiers and
 * still optimizes long runs (100,000 workloads), whose hot loops reach it quickly.
 *
 * V8 12 and later tier up through Maglev, which compiles much faster, and count invocations
 * instead of this budget; they keep their defaults (setting an unknown flag prints an error).
 * docs/benchmarks.md has the measurements.
 */

/** V8's default interrupt budget in V8 11 is 66 KB; eight times that measured best (docs/benchmarks.md). */
export const SHORT_RUN_INTERRUPT_BUDGET = 8 * 66 * 1024

/** The V8 flags to set for a short CLI or action run on this V8 version (as in process.versions.v8). */
export function tieringFlags(v8Version: string): string[] {
  const major = Number(v8Version.split('.')[0])
  return major === 11 ? [`--interrupt-budget=${SHORT_RUN_INTERRUPT_BUDGET}`] : []
}
