/** Writes a file whole or not at all: a temporary file beside it, then a rename, so a failed run leaves the old one as it was. */
import { renameSync, rmSync, writeFileSync } from 'node:fs'
import { basename, dirname, join } from 'node:path'

export function writeFileAtomic(path: string, text: string): { ok: true } | { ok: false; message: string } {
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`)
  try {
    writeFileSync(temporary, text)
    renameSync(temporary, path)
    return { ok: true }
  } catch (error) {
    rmSync(temporary, { force: true })
    return { ok: false, message: error instanceof Error ? error.message : String(error) }
  }
}
