import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

// The in-page cards ship with preact/compat in place of React (see wxt.config.ts): their unit
// tests run a second time against that build of the same components.
export default defineConfig({
  plugins: [WxtVitest()],
  resolve: {
    alias: [
      { find: /^react-dom\/client$/, replacement: 'preact/compat/client' },
      { find: /^react-dom\/test-utils$/, replacement: 'preact/test-utils' },
      { find: /^react-dom$/, replacement: 'preact/compat' },
      { find: /^react\/jsx-(dev-)?runtime$/, replacement: 'preact/compat/jsx-runtime' },
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
    ],
  },
  test: {
    name: 'cards (preact/compat)',
    environment: 'happy-dom',
    include: ['tests/unit/card/**/*.test.tsx', 'tests/unit/overlay/mount.test.tsx'],
    restoreMocks: true,
  },
});
