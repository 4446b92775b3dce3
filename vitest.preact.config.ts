import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';
import { PREACT_ALIASES } from './wxt.config';

// The in-page cards ship with preact/compat in place of React (see wxt.config.ts): their unit
// tests run a second time against that build of the same components.
export default defineConfig({
  plugins: [WxtVitest()],
  resolve: {
    // Test-only stand-ins first: the first alias that matches wins.
    alias: [
      { find: /^react-dom\/test-utils$/, replacement: 'preact/test-utils' },
      {
        find: /^@testing-library\/react$/,
        replacement: fileURLToPath(
          new URL('tests/unit/preact/testing-library.ts', import.meta.url),
        ),
      },
      {
        find: /^react$/,
        replacement: fileURLToPath(new URL('tests/unit/preact/react-shim.ts', import.meta.url)),
      },
      ...PREACT_ALIASES,
    ],
  },
  test: {
    name: 'cards (preact/compat)',
    environment: 'happy-dom',
    include: ['tests/unit/card/**/*.test.tsx', 'tests/unit/overlay/mount.test.tsx'],
    restoreMocks: true,
  },
});
