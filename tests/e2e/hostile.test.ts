/**
 * Hostile pages (tests/fixtures/hostile): each is opened twice, in a plain Chromium and in one
 * with the extension, on the same timeline. With the extension: no page or console errors, no
 * dialogs, the page's markup as parsed, every hype post marked, and a fresh post appended after
 * the hostile part marked too. Long tasks are recorded in both runs; a long task over 100 ms in
 * the extension run counts against the extension unless the plain run had a comparable one
 * (the page's own work), and only when two more independent measurements confirm it. The worst
 * task of each case is printed as a table at the end.
 */
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CHROMIUM_ARGS,
  chromePath,
  collectErrors,
  type ExtensionBrowser,
  type FixtureServer,
  launchWithExtension,
  startServer,
} from './helpers';

/** A long task above this, in the extension run only, fails the case. */
const LONG_TASK_MS = 100;

/** The mutation storm's length; the issue asks for 10 s. */
const STORM_SECONDS = Number(process.env.HOSTILE_STORM_SECONDS ?? 10);

const FRESH_POST =
  "Fresh post: passive income on autopilot, $9k/month with ChatGPT, no skills needed. DM me 'AUTO'.";

/** The phrase (compromise syntax) that makes the html-text case's quote span the markup-like text. */
const MARKUP_PHRASE = 'comment * send';

interface LongTask {
  start: number;
  duration: number;
}

/** What the page-world recorder (see {@link recordPage}) keeps on `window.__hostileTest`. */
interface Recorder {
  longtasks: LongTask[];
  ready: Snapshot | null;
  snapshot(): Snapshot;
}

interface Snapshot {
  body: string;
  stable: string;
  shadows: string[];
}

/** The fixture's own API (tests/fixtures/hostile/hostile.js). */
interface HostileApi {
  done: boolean;
  log: {
    inserted: number;
    removed: number;
    trapped: string[];
    deleted: string[];
    seconds?: number;
  };
  hypePosts(): Element[];
  addPost(id: string, text: string): Element;
}

type PageWindow = Window & { __hostileTest: Recorder; hostile: HostileApi };

interface RunContext {
  page: Page;
  ext: ExtensionBrowser;
}

interface HostileCase {
  name: string;
  file: string;
  /** Query string; may use `{cross}` for the second origin's frame URL. */
  query?: string;
  /** Compare only #stable's markup (the page mutates the rest itself). */
  stableOnly?: boolean;
  /** How long the hostile part may take before `hostile.done`. */
  doneMs?: number;
  /** Extra checks in the extension run, after the fresh post is marked. */
  check?: (run: RunContext) => Promise<void>;
  /** Runs before the extension run opens the page (settings). */
  before?: (ext: ExtensionBrowser) => Promise<void>;
  after?: (ext: ExtensionBrowser) => Promise<void>;
}

/** Installed before any page script: records long tasks and the markup at DOMContentLoaded. */
function recordPage(): void {
  const snapshot = () => {
    const stable = document.getElementById('stable');
    const hosts = Array.from(document.querySelectorAll('[data-shadow-host]'));
    return {
      body: document.body.innerHTML,
      stable: stable === null ? '' : stable.outerHTML,
      shadows: hosts.map((host) => host.shadowRoot?.innerHTML ?? ''),
    };
  };
  const record = { longtasks: [] as LongTask[], ready: null as Snapshot | null, snapshot };
  (window as unknown as PageWindow).__hostileTest = record;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      record.longtasks.push({ start: entry.startTime, duration: entry.duration });
    }
  }).observe({ type: 'longtask', buffered: true });
  document.addEventListener('DOMContentLoaded', () => {
    record.ready = snapshot();
  });
}

/** Posts that should be marked but are not (their ids, or their first words). */
function unmarkedPosts(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const owners = new Set<Element>();
    for (const [name, highlight] of CSS.highlights) {
      if (!name.startsWith('hype-lens')) continue;
      for (const abstract of highlight) {
        let node: Node | null = (abstract as Range).startContainer;
        while (node !== null) {
          const el = node.nodeType === 1 ? (node as Element) : node.parentElement;
          const post = el?.closest('[data-expect]');
          if (post) {
            owners.add(post);
            break;
          }
          node = (node.getRootNode() as Partial<ShadowRoot>).host ?? null;
        }
      }
    }
    return (window as unknown as PageWindow).hostile
      .hypePosts()
      .filter((post) => !owners.has(post))
      .map((post) => post.id || (post.textContent ?? '').trim().slice(0, 40));
  });
}

/** Waits until every hype post is marked; on timeout, says which are not. */
async function waitForMarks(page: Page, timeout: number): Promise<void> {
  const deadline = Date.now() + timeout;
  let missing = await unmarkedPosts(page);
  while (missing.length > 0) {
    if (Date.now() > deadline) throw new Error(`not marked after ${timeout} ms: ${missing}`);
    await page.waitForTimeout(200);
    missing = await unmarkedPosts(page);
  }
}

/**
 * Polls `read` in the page until it returns something truthy. Plain `page.evaluate` rather than
 * `waitForFunction`: Playwright's injected helper calls `addEventListener` in the page's world,
 * which the frozen-prototype page has booby-trapped.
 */
async function poll<T>(
  page: Page,
  read: () => T,
  timeout: number,
  interval = 100,
): Promise<T | null> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const value = await page.evaluate(read);
    if (value) return value as T;
    if (Date.now() > deadline) return null;
    await page.waitForTimeout(interval);
  }
}

/** Our highlight ranges, as text. */
function markedTexts(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    Array.from(CSS.highlights)
      .filter(([name]) => name.startsWith('hype-lens'))
      .flatMap(([, highlight]) => Array.from(highlight, (r) => (r as Range).toString())),
  );
}

/** The extension's service worker, where chrome.tabs and chrome.storage can be used. */
function worker(ext: ExtensionBrowser) {
  const [sw] = ext.context.serviceWorkers();
  if (!sw) throw new Error('the extension has no service worker');
  return sw;
}

// The parts of the extension API used inside the service worker.
declare const chrome: {
  tabs: { query(query: { active?: boolean }): Promise<{ id?: number }[]> };
  storage: {
    sync: {
      get(key: string | null): Promise<Record<string, unknown>>;
      set(items: Record<string, unknown>): Promise<void>;
      clear(): Promise<void>;
    };
  };
};

/** Stores settings with one custom phrase, so a claim's quote covers the markup-like text. */
async function addMarkupPhrase(ext: ExtensionBrowser): Promise<void> {
  await worker(ext).evaluate(async (phrase) => {
    await chrome.storage.sync.set({
      settings: {
        rules: {},
        sensitivity: 'medium',
        siteMode: 'everywhere',
        pausedSites: [],
        onlySites: [],
        customPhrases: [{ phrase, category: 'urgency' }],
      },
      settings$: { v: 2 },
    });
  }, MARKUP_PHRASE);
}

async function clearSettings(ext: ExtensionBrowser): Promise<void> {
  await worker(ext).evaluate(() => chrome.storage.sync.clear());
}

/** The card's quote after Alt+Shift+N, pressed until a card quoting `needle` opens (or null). */
async function cardQuoteWith(page: Page, needle: string): Promise<string | null> {
  for (let i = 0; i < 8; i++) {
    await page.keyboard.press('Alt+Shift+KeyN');
    const quote = await poll(
      page,
      () =>
        document.querySelector('hype-lens-overlay')?.shadowRoot?.querySelector('.quote')
          ?.textContent ?? '',
      3_000,
      50,
    );
    if (quote?.includes(needle)) return quote;
  }
  return null;
}

/** Elements inside the overlay's shadow root that page text must never become. */
function overlayMarkupElements(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const root = document.querySelector('hype-lens-overlay')?.shadowRoot;
    if (!root) return ['(no overlay)'];
    return Array.from(root.querySelectorAll('img, script, style, svg, iframe, object')).map(
      (el) => el.localName,
    );
  });
}

const CASES: HostileCase[] = [
  {
    name: 'one text node of 2 MB',
    file: 'huge-text.html',
    check: async ({ page }) => {
      const texts = await markedTexts(page);
      // The hype sentence inside the 2 MB node, not only the paragraph after it.
      const inHuge = await page.evaluate(() => {
        const huge = document.getElementById('huge');
        return Array.from(CSS.highlights)
          .filter(([name]) => name.startsWith('hype-lens'))
          .flatMap(([, h]) => Array.from(h))
          .filter((r) => huge?.contains((r as Range).startContainer)).length;
      });
      expect(inHuge, `marks: ${texts}`).toBeGreaterThan(0);
    },
  },
  { name: '100,000 elements', file: 'many-elements.html' },
  { name: 'text nested 200 levels deep', file: 'deep.html', query: '?depth=200' },
  {
    name: `mutation storm (${STORM_SECONDS} s)`,
    file: 'storm.html',
    query: `?seconds=${STORM_SECONDS}`,
    stableOnly: true,
    doneMs: STORM_SECONDS * 1000 + 20_000,
    check: async ({ page }) => {
      const log = await page.evaluate(() => (window as unknown as PageWindow).hostile.log);
      const perSecond = log.inserted / (log.seconds ?? STORM_SECONDS);
      // It was a storm even with the extension watching: thousands of insertions per second.
      expect(perSecond, JSON.stringify(log)).toBeGreaterThan(1000);
      expect(log.removed).toBeGreaterThan(log.inserted * 0.9);
    },
  },
  {
    name: 'iframes (same origin srcdoc, cross origin)',
    file: 'frames.html',
    query: '?cross={cross}',
    check: async ({ page }) => {
      const frames = page.frames().filter((f) => f !== page.mainFrame());
      expect(frames).toHaveLength(2);
      for (const frame of frames) {
        const found = await frame.evaluate(() => ({
          text: document.getElementById('frame-hype')?.textContent ?? '',
          marks: Array.from(CSS.highlights)
            .filter(([name]) => name.startsWith('hype-lens'))
            .reduce((n, [, h]) => n + h.size, 0),
        }));
        expect(found.text).toMatch(/autopilot/);
        // The content script is registered without all_frames: frames are not read (yet).
        expect(found.marks, frame.url()).toBe(0);
      }
    },
  },
  {
    name: 'open shadow roots',
    file: 'shadow.html',
    check: async ({ page }) => {
      // A closed root is out of reach: its text must not be marked, and nothing may break.
      const texts = await markedTexts(page);
      expect(texts.length).toBeGreaterThan(0);
    },
  },
  {
    name: 'deletes foreign elements',
    file: 'deleter.html',
    check: async ({ page }) => {
      const log = await page.evaluate(() => (window as unknown as PageWindow).hostile.log);
      // The overlay was added to <html> and the page removed it.
      expect(log.deleted).toContain('hype-lens-overlay');
      expect(await page.evaluate(() => document.querySelector('hype-lens-overlay'))).toBeNull();
      // Cards cannot show, but hovering a claim and the keyboard shortcut must not throw.
      const box = await page.evaluate(() => {
        for (const [name, h] of CSS.highlights) {
          if (!name.startsWith('hype-lens')) continue;
          for (const r of h) {
            const rect = (r as Range).getBoundingClientRect();
            if (rect.width > 0) return { x: rect.x + rect.width / 2, y: rect.y + rect.height / 2 };
          }
        }
        return null;
      });
      expect(box).not.toBeNull();
      await page.mouse.move((box?.x ?? 0) - 40, box?.y ?? 0);
      await page.mouse.move(box?.x ?? 0, box?.y ?? 0, { steps: 4 });
      await page.waitForTimeout(700);
      await page.keyboard.press('Alt+Shift+KeyN');
      await page.keyboard.press('Escape');
      await page.waitForTimeout(200);
    },
  },
  {
    name: 'frozen and overwritten prototypes',
    file: 'frozen.html',
    check: async ({ page }) => {
      const log = await page.evaluate(() => (window as unknown as PageWindow).hostile.log);
      // Nobody called the trapped main-world methods: the content script lives in its own world.
      expect(log.trapped).toEqual([]);
      // The overlay (attachShadow, append) and cards work regardless.
      expect(await overlayMarkupElements(page)).toEqual([]);
      expect(await cardQuoteWith(page, '')).not.toBeNull();
    },
  },
  {
    name: 'text that looks like markup',
    file: 'html-text.html',
    before: addMarkupPhrase,
    after: clearSettings,
    check: async ({ page, ext }) => {
      const quote = await cardQuoteWith(page, '<img');
      expect(quote).toContain('<img src=x onerror=alert(1)>');
      expect(quote).toContain('</style> <script>alert(1)</script>');
      expect(await overlayMarkupElements(page)).toEqual([]);
      expect(await page.evaluate(() => document.querySelectorAll('img, svg').length)).toBe(0);

      await page.bringToFront();
      const [tab] = await worker(ext).evaluate(() => chrome.tabs.query({ active: true }));
      expect(tab?.id).toBeDefined();
      const popup = await ext.context.newPage();
      const popupErrors = collectErrors(popup);
      const dialogs: string[] = [];
      popup.on('dialog', (dialog) => {
        dialogs.push(dialog.message());
        void dialog.dismiss();
      });
      await popup.goto(`chrome-extension://${ext.extensionId}/popup.html?tab=${tab?.id}`);
      await popup.locator('.hl-claim__quote').first().waitFor({ timeout: 10_000 });
      const shown = await popup.evaluate(() => ({
        quotes: Array.from(document.querySelectorAll('.hl-claim__quote'), (q) => q.textContent),
        excerpts: Array.from(document.querySelectorAll('.hl-post__excerpt'), (p) => p.textContent),
        // The popup's own header may have an icon; nothing may come from page text.
        markup: Array.from(
          document.querySelectorAll(
            '.hl-posts img, .hl-posts svg, .hl-posts script, .hl-posts style, img[src="x"], [onerror], [onload]',
          ),
        ).map((el) => el.localName),
        scripts: Array.from(document.querySelectorAll('script'))
          .map((s) => s.textContent ?? '')
          .filter((t) => t.includes('alert')),
      }));
      expect(shown.quotes.some((q) => q?.includes('<img src=x onerror=alert(1)>'))).toBe(true);
      expect(shown.excerpts.some((e) => e?.includes('<script>alert(1)</script>'))).toBe(true);
      expect(shown.markup).toEqual([]);
      expect(shown.scripts).toEqual([]);
      await popup.waitForTimeout(300);
      expect(dialogs).toEqual([]);
      expect(popupErrors).toEqual([]);
      await popup.close();
    },
  },
];

/** One run's outcome. */
interface RunResult {
  longtasks: LongTask[];
}

/** Worst long task of each run, and the extension run's tasks no plain-run task accounts for. */
interface Row {
  name: string;
  withExtension: number;
  without: number;
  attributable: number;
}

const rows: Row[] = [];

/**
 * Long tasks over LONG_TASK_MS in the extension run that the plain run has no counterpart for.
 * A counterpart is an unused plain-run task at least half as long: the page's own parsing,
 * layout or script, which the extension's presence may lengthen a little (not several-fold).
 */
function attributableTasks(withExt: LongTask[], without: LongTask[]): number[] {
  const pool = without.map((t) => t.duration).sort((a, b) => b - a);
  const extra: number[] = [];
  for (const d of withExt
    .map((t) => t.duration)
    .filter((x) => x > LONG_TASK_MS)
    .sort((a, b) => b - a)) {
    // Longest first on both sides, so each takes the best counterpart left.
    if (pool.length > 0 && (pool[0] as number) >= d / 2) pool.shift();
    else extra.push(d);
  }
  return extra;
}

describe('hostile pages in Chromium', () => {
  let server: FixtureServer;
  let crossServer: FixtureServer;
  let ext: ExtensionBrowser;
  let plain: Browser;
  let plainContext: BrowserContext;

  beforeAll(async () => {
    server = await startServer();
    // A second port is a second origin, for the cross-origin frame.
    crossServer = await startServer();
    ext = await launchWithExtension();
    plain = await chromium.launch({
      executablePath: chromePath(),
      headless: true,
      args: CHROMIUM_ARGS,
    });
    plainContext = await plain.newContext();
  });

  afterAll(async () => {
    await ext?.close();
    await plain?.close();
    await server?.close();
    await crossServer?.close();
    if (rows.length > 0) {
      const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
      console.log(
        [
          `Hostile pages: worst long task (ms), extension run vs plain run; > ${LONG_TASK_MS} ms only in the extension run fails`,
          line(['case', 'with extension', 'without', 'attributable to extension']),
          line(['---', '---:', '---:', '---:']),
          ...rows.map((r) =>
            line([
              r.name,
              r.withExtension.toFixed(0),
              r.without.toFixed(0),
              r.attributable === 0 ? 'none' : r.attributable.toFixed(0),
            ]),
          ),
        ].join('\n'),
      );
    }
  });

  const urlOf = (c: HostileCase): string =>
    server.url(`hostile/${c.file}`) +
    (c.query ?? '').replace('{cross}', encodeURIComponent(crossServer.url('hostile/frame.html')));

  /** Opens the case in `context` and plays the same timeline with and without the extension. */
  async function run(context: BrowserContext, c: HostileCase, extension: boolean) {
    const page = await context.newPage();
    const errors = collectErrors(page);
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    try {
      await page.addInitScript(recordPage);
      await page.goto(urlOf(c), { waitUntil: 'load', timeout: 30_000 });
      const done = await poll(
        page,
        () => (window as unknown as Partial<PageWindow>).hostile?.done === true,
        c.doneMs ?? 15_000,
      );
      expect(done, 'the hostile part finished').toBe(true);
      if (extension) {
        await waitForMarks(page, 20_000);
        const markup = await page.evaluate((stableOnly) => {
          const recorder = (window as unknown as PageWindow).__hostileTest;
          const then = recorder.ready;
          const now = recorder.snapshot();
          if (then === null) return ['no snapshot at DOMContentLoaded'];
          const diffs: string[] = [];
          if (stableOnly ? then.stable !== now.stable : then.body !== now.body) {
            diffs.push(stableOnly ? '#stable changed' : 'body changed');
          }
          then.shadows.forEach((html, i) => {
            if (now.shadows[i] !== html) diffs.push(`shadow root ${i} changed`);
          });
          if (then.body.length === 0) diffs.push('empty body at DOMContentLoaded');
          return diffs;
        }, c.stableOnly === true);
        expect(markup, 'the page markup is unchanged').toEqual([]);
      } else {
        await page.waitForTimeout(1_000);
      }
      await page.evaluate(
        (text) => (window as unknown as PageWindow).hostile.addPost('fresh', text),
        FRESH_POST,
      );
      if (extension) {
        await waitForMarks(page, 10_000);
        await c.check?.({ page, ext });
      } else {
        await page.waitForTimeout(500);
      }
      // Let any task still running finish and be reported.
      await page.waitForTimeout(300);
      const longtasks = await page.evaluate(
        () => (window as unknown as PageWindow).__hostileTest.longtasks,
      );
      expect(errors, 'page and console errors').toEqual([]);
      expect(dialogs, 'dialogs').toEqual([]);
      return { longtasks } satisfies RunResult;
    } finally {
      await page.close();
    }
  }

  for (const c of CASES) {
    const timeout = (c.doneMs ?? 15_000) * 2 + 60_000;
    it(
      c.name,
      async () => {
        const measure = async () => {
          const without = await run(plainContext, c, false);
          await c.before?.(ext);
          try {
            const withExt = await run(ext.context, c, true);
            return {
              without,
              withExt,
              extra: attributableTasks(withExt.longtasks, without.longtasks),
            };
          } finally {
            await c.after?.(ext);
          }
        };
        // Two cores shared with the test runner and two browsers: one stray long task (a GC, the
        // compositor) is noise. A case fails when two more independent measurements confirm it.
        let first = await measure();
        for (let again = 1; again <= 2 && first.extra.length > 0; again++) {
          console.log(`${c.name}: long task of ${Math.max(...first.extra)} ms, measuring again`);
          first = await measure();
        }
        const { without, withExt, extra } = first;
        const worst = (tasks: LongTask[]) => Math.max(0, ...tasks.map((t) => t.duration));
        rows.push({
          name: c.name,
          withExtension: worst(withExt.longtasks),
          without: worst(without.longtasks),
          attributable: Math.max(0, ...extra),
        });
        expect(extra, `long tasks over ${LONG_TASK_MS} ms from the extension`).toEqual([]);
      },
      timeout,
    );
  }
});
