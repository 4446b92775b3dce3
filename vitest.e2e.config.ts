import { defineConfig } from 'vitest/config';

// End-to-end tests drive a real Chromium with the built extension: one browser at a time,
// generous timeouts for a cold browser start on a slow CI machine, and no retries so a flaky
// test shows up as a failure instead of hiding.
export default defineConfig({
  test: {
    environment: 'node',
    include: ['tests/e2e/**/*.test.ts'],
    fileParallelism: false,
    testTimeout: 30_000,
    hookTimeout: 60_000,
    retry: 0,
  },
});
