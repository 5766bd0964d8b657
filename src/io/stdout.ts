/**
 * Standard output written synchronously, a chunk at a time. Node's process.stdout queues writes to
 * a pipe in memory when the reader is slower (`| jq`, a CI log): the 142 MB JSON of 100,000
 * workloads then took 1.7 GB and twice the time. Writing to the descriptor directly holds the
 * report back instead, waiting while a non-blocking pipe is full (EAGAIN), as sonic-boom does.
 */
import { writeSync } from 'node:fs'

const pause = new Int32Array(new SharedArrayBuffer(4))
/** How long to wait for the reader to make room, in milliseconds. */
const FULL_PIPE_WAIT_MS = 1

export type WriteOutcome = 'written' | 'closed' | { failed: string }

/** Writes all of `text` to `fd`; 'closed' when the reader has gone (EPIPE). */
export function writeAllSync(fd: number, text: string): WriteOutcome {
  const bytes = Buffer.from(text, 'utf8')
  let offset = 0
  while (offset < bytes.length) {
    try {
      offset += writeSync(fd, bytes, offset)
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code
      if (code === 'EAGAIN') Atomics.wait(pause, 0, 0, FULL_PIPE_WAIT_MS)
      else if (code === 'EPIPE') return 'closed'
      else return { failed: error instanceof Error ? error.message : String(error) }
    }
  }
  return 'written'
}
