#!/usr/bin/env node
/**
 * `npm run release:check`: is this commit ready to be tagged as package.json's version? Checks the
 * version, its CHANGELOG.md entry and that dist/ and schema/ match a fresh build, then prints the
 * tag commands (docs/releasing.md). Changes nothing but the build output, which it compares.
 */
import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'

const problems = []
const { version } = JSON.parse(readFileSync('package.json', 'utf8'))
if (!/^\d+\.\d+\.\d+$/.test(version)) problems.push(`package.json's version "${version}" is not a release version (MAJOR.MINOR.PATCH)`)
const tags = execFileSync('git', ['tag', '--list', `v${version}`], { encoding: 'utf8' }).trim()
if (tags !== '') problems.push(`v${version} is already tagged: raise the version in package.json`)
const changelog = readFileSync('CHANGELOG.md', 'utf8')
if (!new RegExp(`^## ${version.replace(/\./g, '\\.')}\\b`, 'm').test(changelog)) problems.push(`CHANGELOG.md has no "## ${version}" entry: move the Unreleased entries under it`)
execFileSync(process.execPath, ['scripts/build.mjs'], { stdio: 'inherit' })
const changed = execFileSync('git', ['status', '--porcelain', '--', 'dist', 'schema'], { encoding: 'utf8' }).trim()
if (changed !== '') problems.push(`dist/ or schema/ differs from a fresh build: commit the build output\n${changed}`)

if (problems.length > 0) {
  console.error(`Not ready to release v${version}:\n${problems.map((p) => `  - ${p}`).join('\n')}`)
  process.exit(1)
}
const major = version.split('.')[0]
console.log(`Ready to release v${version}. Commit, then:

  git tag -a v${version} -m "v${version}"
  git tag -f v${major} v${version}
  git push origin v${version}
  git push -f origin v${major}

and publish the release on GitHub (docs/releasing.md).`)
