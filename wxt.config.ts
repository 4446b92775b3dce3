import { defineConfig } from 'wxt';

/**
 * The in-page cards are written against React's API but ship with preact/compat: the content
 * script is parsed and run on every page load, in one task of the page's own thread, and
 * react-dom was 40% of it (README, "Script start"). Popup and options keep React.
 */
export const PREACT_ALIASES = [
  { find: /^react-dom\/client$/, replacement: 'preact/compat/client' },
  { find: /^react-dom$/, replacement: 'preact/compat' },
  { find: /^react\/jsx-(dev-)?runtime$/, replacement: 'preact/compat/jsx-runtime' },
  { find: /^react$/, replacement: 'preact/compat' },
];

// See https://wxt.dev/api/config.html
export default defineConfig({
  // Parallel work (several engineers, or CI steps) can build into separate folders.
  outDir: process.env.WXT_OUT_DIR ?? '.output',
  modules: ['@wxt-dev/module-react', '@wxt-dev/webextension-polyfill'],
  manifest: ({ browser }) => ({
    name: 'Hype Lens',
    description:
      'Finds effortless-income claims on the page and explains what the evidence says about each. Runs entirely on your device.',
    // storage: settings, and per-tab summaries in session storage. activeTab + scripting: the
    // popup's "Scan this page" injects the content script into a tab that was open before
    // install, only when the person clicks. The content script's <all_urls> match is all the
    // host access we need otherwise; the badge needs no permission. (See README, Permissions.)
    permissions: ['storage', 'activeTab', 'scripting'],
    // Firefox only: Chrome would list the unknown key as a manifest warning.
    ...(browser === 'firefox' && {
      browser_specific_settings: {
        gecko: {
          id: 'hype-lens@hype-lens.dev',
          // 140 is the first Firefox with the CSS Custom Highlight API, which we render with.
          strict_min_version: '140.0',
          // We collect nothing; AMO and `web-ext lint` require saying so explicitly.
          data_collection_permissions: { required: ['none'] },
        },
        // Firefox for Android learned data_collection_permissions only in 142.
        gecko_android: { strict_min_version: '142.0' },
      },
    }),
  }),
  hooks: {
    // Content scripts only: see PREACT_ALIASES.
    'vite:build:extendConfig': (entrypoints, config) => {
      if (!entrypoints.some((entry) => entry.type === 'content-script')) return;
      config.resolve ??= {};
      const inherited = config.resolve.alias ?? [];
      config.resolve.alias = [
        ...PREACT_ALIASES,
        ...(Array.isArray(inherited)
          ? inherited
          : Object.entries(inherited).map(([find, replacement]) => ({ find, replacement }))),
      ];
    },
  },
  zip: {
    // The Firefox sources zip is for reviewers rebuilding the extension: tests, fixtures,
    // benchmarks and the CLI are not part of the build, and the corpus is large.
    excludeSources: [
      'tests/**',
      '**/fixtures/**',
      '**/bench/**',
      '**/benchmarks/**',
      'cli/**',
      '.ci/**',
      'vitest*.config.ts',
      '**/*.jsonl',
    ],
  },
});
