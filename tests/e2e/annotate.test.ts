import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  collectErrors,
  type ExtensionBrowser,
  FIXTURES_DIR,
  type FixtureServer,
  launchWithExtension,
  pollUntil,
  readDomChanges,
  startServer,
  watchDomChanges,
} from './helpers';
import {
  appendLateXPost,
  marksByOwnerInPage,
  marksInElement,
  orphanMarks,
  removeFirstXHypePost,
  totalMarksInPage,
} from './page-probes';

/**
 * Site fixtures are served under their real host names (the requests never leave the browser:
 * Playwright answers them), so each site's adapter is the one that reads them.
 */
const SITES: [file: string, url: string][] = [
  ['x.html', 'https://x.com/home'],
  ['reddit.html', 'https://www.reddit.com/r/sidehustle/'],
  ['linkedin.html', 'https://www.linkedin.com/feed/'],
  ['youtube.html', 'https://www.youtube.com/watch?v=hype'],
  ['facebook.html', 'https://www.facebook.com/'],
  ['generic.html', ''],
];

/** Where each of our highlight ranges lies: the id of its [data-expect] post, or a tag. */
function marksByOwner(page: Page): Promise<Record<string, string[]>> {
  return page.evaluate(marksByOwnerInPage, false);
}

function expectedPosts(page: Page, label: 'hype' | 'clean'): Promise<string[]> {
  return page.evaluate(
    (l) => [...document.querySelectorAll(`[data-expect="${l}"]`)].map((el) => el.id),
    label,
  );
}

async function open(browser: ExtensionBrowser, server: FixtureServer, file: string, url: string) {
  const page = await browser.context.newPage();
  const errors = collectErrors(page);
  await watchDomChanges(page);
  if (url === '') {
    await page.goto(server.url(file));
  } else {
    const body = readFileSync(join(FIXTURES_DIR, file), 'utf8');
    await page.route(url, (route) =>
      route.fulfill({ contentType: 'text/html; charset=utf-8', body }),
    );
    await page.goto(url);
  }
  return { page, errors };
}

/** Waits until every hype post has a mark, then a little longer for any stray mark to appear. */
async function waitForMarks(page: Page): Promise<void> {
  await page.waitForFunction(
    () => {
      const hype = [...document.querySelectorAll('[data-expect="hype"]')];
      const owners = new Set<Element>();
      for (const [name, highlight] of CSS.highlights) {
        if (!name.startsWith('hype-lens')) continue;
        for (const abstract of highlight) {
          let node: Node | null = (abstract as Range).startContainer;
          while (node !== null) {
            const el = node.nodeType === 1 ? (node as Element) : node.parentElement;
            const post = el?.closest('[data-expect]');
            if (post) owners.add(post);
            node = (node.getRootNode() as Partial<ShadowRoot>).host ?? null;
          }
        }
      }
      return hype.length > 0 && hype.every((el) => owners.has(el));
    },
    null,
    { timeout: 10_000, polling: 100 },
  );
  await page.waitForTimeout(400);
}

// Runs against the production build (`npm run build`, or WXT_OUT_DIR for another folder).
describe('annotation in Chromium', () => {
  let server: FixtureServer;
  let browser: ExtensionBrowser;

  beforeAll(async () => {
    server = await startServer();
    browser = await launchWithExtension();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it.each(SITES)(
    '%s: marks the hype posts, leaves the others and what people type alone',
    async (file, url) => {
      const { page, errors } = await open(browser, server, file, url);
      await waitForMarks(page);
      const marks = await marksByOwner(page);
      for (const id of await expectedPosts(page, 'hype')) {
        expect(marks[id]?.length ?? 0, `post ${id} should be marked`).toBeGreaterThan(0);
      }
      for (const id of await expectedPosts(page, 'clean')) {
        expect(marks[id] ?? [], `post ${id} should not be marked`).toEqual([]);
      }
      expect(marks['(editable)'] ?? []).toEqual([]);
      const dom = await readDomChanges(page);
      expect(dom.bodyNow).toBe(dom.bodyAtReady);
      expect(errors).toEqual([]);
      await page.close();
    },
  );

  it('marks a post appended after load within two seconds, and forgets a removed one', async () => {
    const { page, errors } = await open(browser, server, 'x.html', 'https://x.com/home');
    await waitForMarks(page);
    const before = await page.evaluate(totalMarksInPage);
    const removed = await page.evaluate(marksInElement, 'x-hype-1');
    expect(removed).toBeGreaterThan(0);
    const appendedAt = await page.evaluate(appendLateXPost);
    await page.waitForFunction(marksInElement, 'late', { timeout: 2_000, polling: 50 });
    const markedAt = await page.evaluate(() => performance.now());
    expect(markedAt - appendedAt).toBeLessThan(2_000);
    const late = await page.evaluate(marksInElement, 'late');
    expect(late).toBeGreaterThan(0);

    await page.evaluate(removeFirstXHypePost);
    const expected = before + late - removed;
    expect(
      await pollUntil(
        () => page.evaluate(totalMarksInPage),
        (n) => n === expected,
      ),
    ).toBe(expected);
    const orphans = await page.evaluate(orphanMarks);
    expect(orphans).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('answers the popup: hides and shows marks, reveals a claim; settings apply without reload', async () => {
    const { page, errors } = await open(browser, server, 'generic.html', '');
    await waitForMarks(page);
    const total = () =>
      page.evaluate(() =>
        [...CSS.highlights]
          .filter(([name]) => name.startsWith('hype-lens') && name !== 'hype-lens-flash')
          .reduce((n, [, h]) => n + h.size, 0),
      );
    const shown = await total();
    expect(shown).toBeGreaterThan(0);

    const extension = await browser.context.newPage();
    await extension.goto(`chrome-extension://${browser.extensionId}/popup.html`);
    type Chrome = {
      tabs: {
        query(q: object): Promise<{ id: number; url: string }[]>;
        sendMessage(id: number, m: unknown): Promise<unknown>;
      };
      runtime: { sendMessage(m: unknown): Promise<unknown> };
      storage: {
        sync: { get(k: null): Promise<Record<string, unknown>>; set(v: object): Promise<void> };
      };
    };
    // Without the "tabs" permission tab URLs are hidden: find the tab whose summary is this page's.
    const tabId = await extension.evaluate(async (url) => {
      const chrome = (globalThis as unknown as { chrome: Chrome }).chrome;
      for (let attempt = 0; attempt < 20; attempt++) {
        for (const tab of await chrome.tabs.query({})) {
          const summary = (await chrome.runtime.sendMessage({
            type: 'summary/get',
            payload: { tabId: tab.id },
          })) as { url: string } | null;
          if (summary?.url === url) return tab.id;
        }
        await new Promise((done) => setTimeout(done, 100));
      }
      return -1;
    }, page.url());
    expect(tabId).toBeGreaterThanOrEqual(0);
    const toTab = (message: unknown) =>
      extension.evaluate(
        ({ message, tabId }) =>
          (globalThis as unknown as { chrome: Chrome }).chrome.tabs.sendMessage(tabId, message),
        { message, tabId },
      );

    expect(await toTab({ type: 'marks/set-visible', payload: { visible: false } })).toEqual({
      ok: true,
    });
    expect(await total()).toBe(0);
    expect(await toTab({ type: 'marks/set-visible', payload: { visible: true } })).toEqual({
      ok: true,
    });
    expect(await total()).toBe(shown);

    // The page summary reaches the background; reveal its first claim from the popup's side.
    const summary = await extension.evaluate(
      (tabId) =>
        (globalThis as unknown as { chrome: Chrome }).chrome.runtime.sendMessage({
          type: 'summary/get',
          payload: { tabId },
        }),
      tabId,
    );
    const claims = (summary as { status: string; claims: { id: string }[] } | null)?.claims ?? [];
    expect(claims.length).toBeGreaterThan(0);
    expect(await toTab({ type: 'claim/reveal', payload: { claimId: claims[0]?.id } })).toEqual({
      ok: true,
    });
    expect(
      await page.evaluate(() => CSS.highlights.get('hype-lens-flash')?.size ?? 0),
    ).toBeGreaterThan(0);
    expect(await toTab({ type: 'claim/reveal', payload: { claimId: 'nope' } })).toEqual({
      ok: false,
    });

    // Pausing the site in settings clears the marks in the open tab, without a reload.
    await extension.evaluate(async () => {
      const chrome = (globalThis as unknown as { chrome: Chrome }).chrome;
      const all = await chrome.storage.sync.get(null);
      const current = (all.settings ?? {}) as Record<string, unknown>;
      await chrome.storage.sync.set({ settings: { ...current, pausedSites: ['127.0.0.1'] } });
    });
    await page.waitForFunction(
      () => ![...CSS.highlights.keys()].some((name) => name.startsWith('hype-lens')),
      null,
      { timeout: 2_000 },
    );
    await extension.evaluate(async () => {
      const chrome = (globalThis as unknown as { chrome: Chrome }).chrome;
      const all = await chrome.storage.sync.get(null);
      const current = (all.settings ?? {}) as Record<string, unknown>;
      await chrome.storage.sync.set({ settings: { ...current, pausedSites: [] } });
    });
    await page.waitForFunction(() => (CSS.highlights.get('hype-lens-high')?.size ?? 0) > 0, null, {
      timeout: 2_000,
    });
    await extension.close();
    expect(errors).toEqual([]);
    await page.close();
  });
});
