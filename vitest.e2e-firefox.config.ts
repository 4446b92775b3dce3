import { defineConfig } from 'vitest/config';

// End-to-end tests in a real Firefox (puppeteer-core over WebDriver BiDi) with the Firefox build
// installed as a temporary add-on: one browser at a time, generous timeouts for a cold start on a
// slow CI machine, and no retries so a flaky test shows up as a failure instead of hiding.
export default defineConfig({
  test: {
    environment: 'node',
    include: ['tests/e2e-firefox/**/*.test.ts'],
    fileParallelism: false,
    testTimeout: 30_000,
    hookTimeout: 60_000,
    retry: 0,
  },
});
