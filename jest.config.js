/** Jest runs the TypeScript sources as native ESM through ts-jest. */
export default {
  preset: 'ts-jest/presets/default-esm',
  testEnvironment: 'node',
  resolver: 'ts-jest-resolver',
  roots: ['<rootDir>/__tests__'],
  testMatch: ['**/*.test.ts'],
  transform: {
    '^.+\\.ts$': ['ts-jest', { useESM: true, tsconfig: 'tsconfig.json' }]
  },
  extensionsToTreatAsEsm: ['.ts'],
  // Many tests run the CLI or the action as a whole, some as child processes: on a busy 2-core
  // machine one can take several seconds. Timing is the benchmark's job (npm run bench), not a test's.
  testTimeout: 60_000
}
