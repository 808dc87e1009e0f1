import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

// Vitest's default on 2 cores is one fork, which leaves a core idle while tests wait on a database,
// a server or a browser. The browser tests are timing-sensitive (the fake camera must deliver its
// frames in time), so `npm test` runs them afterwards with one fork (package.json).
const workers = Math.max(2, availableParallelism() - 1);

export default defineConfig({
  test: {
    include: [
      'packages/*/src/**/*.test.ts',
      'apps/*/src/**/*.test.ts',
      'packages/*/test/**/*.test.ts',
      'apps/*/test/**/*.test.ts',
      'apps/web/e2e/**/*.e2e.test.ts',
      'apps/staff-web/e2e/**/*.e2e.test.ts',
    ],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
    maxWorkers: workers,
    minWorkers: 1,
  },
});
