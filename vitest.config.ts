import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 180_000,
    pool: 'forks',
    maxWorkers: 2,
    reporters: ['default'],
    // Child processes spawned by tests run the TypeScript sources, never a stale dist/ build.
    env: { EVIDEN_FROM_SOURCE: '1' },
  },
});
