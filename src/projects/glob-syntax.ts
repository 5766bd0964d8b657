/**
 * Whether a config path is a glob, without loading the matcher: a run that names plain paths
 * never loads picomatch or the file-system walker. Pure.
 */

/** Directories no config pattern looks into. */
export const IGNORED_DIRECTORIES = ['**/node_modules/**', '**/.git/**'] as const

/** A glob has one of picomatch's special characters: * ? [ ] { } ( ) or a leading !. */
export function isGlob(pattern: string): boolean {
  return /[*?[\]{}()]/.test(pattern) || pattern.startsWith('!')
}

/** A path as patterns and the APIs write it: forward slashes, no leading ./ */
export function normalPath(path: string): string {
  return path.replace(/\\/g, '/').replace(/^(\.\/)+/, '')
}
