import { defineConfig } from 'vitest/config';

// The browser tests alone, one file at a time (each drives Chromium against its own server):
// npm run test:e2e -w @lifecert/web
export default defineConfig({
  test: {
    root: import.meta.dirname,
    include: ['e2e/**/*.e2e.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 300_000,
    pool: 'forks',
    fileParallelism: false,
  },
});
