import type { Page, Worker } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  collectErrors,
  type ExtensionBrowser,
  type FixtureServer,
  launchWithExtension,
  startServer,
} from './helpers';

// The parts of the extension API these tests call inside the service worker, where they run.
declare const chrome: {
  tabs: { query(query: { active?: boolean }): Promise<{ id?: number }[]> };
  action: {
    getBadgeText(details: { tabId: number }): Promise<string>;
    getBadgeBackgroundColor(details: { tabId: number }): Promise<number[]>;
  };
  storage: {
    session: {
      get(
        key: string,
      ): Promise<Record<string, { status?: string; claims?: { severity: string }[] } | undefined>>;
    };
  };
};

/** The extension's service worker, where chrome.action and chrome.tabs can be read. */
function serviceWorker(browser: ExtensionBrowser): Worker {
  const [worker] = browser.context.serviceWorkers();
  if (!worker) throw new Error('the extension has no service worker');
  return worker;
}

/**
 * The browser's id for the page just opened: it is the active tab. (Without the "tabs"
 * permission the worker cannot read tab addresses, which is the point of not asking for it.)
 */
async function activeTabId(worker: Worker): Promise<number> {
  const [tab] = await worker.evaluate(() => chrome.tabs.query({ active: true }));
  if (tab?.id === undefined) throw new Error('no active tab');
  return tab.id;
}

/** The toolbar badge text of a tab. */
function badgeOf(worker: Worker, tabId: number): Promise<string> {
  return worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);
}

/** How many ranges the page has in our highlights. */
function markedRanges(page: Page): Promise<number> {
  return page.evaluate(() =>
    [...CSS.highlights.entries()]
      .filter(([name]) => name.startsWith('hype-lens'))
      .reduce((sum, [, highlight]) => sum + highlight.size, 0),
  );
}

/** Waits until `read` returns a value `accept` likes, and returns it. */
async function until<T>(read: () => Promise<T>, accept: (value: T) => boolean, what: string) {
  const deadline = Date.now() + 10_000;
  let value = await read();
  while (!accept(value)) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}; last: ${value}`);
    await new Promise((done) => setTimeout(done, 100));
    value = await read();
  }
  return value;
}

// Runs against the production build (`npm run build`, or WXT_OUT_DIR=... for another folder).
describe('popup and badge in Chromium', () => {
  let server: FixtureServer;
  let browser: ExtensionBrowser;
  let worker: Worker;
  let feed: Page;
  let feedUrl: string;
  let tabId: number;
  let popup: Page;
  let popupErrors: string[];

  const popupCount = async () =>
    Number(await popup.getByTestId('claim-count').textContent({ timeout: 5_000 }));

  beforeAll(async () => {
    server = await startServer();
    browser = await launchWithExtension();
    worker = serviceWorker(browser);
    feed = await browser.context.newPage();
    feedUrl = server.url('popup-feed.html');
    await feed.goto(feedUrl);
    await feed.bringToFront();
    tabId = await activeTabId(worker);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('the badge shows the number of claims on the feed, coloured by the strongest', async () => {
    const hypePosts = await feed.locator('[data-expect="hype"]').count();
    // Wait for the content script to finish its first pass, so the count is final.
    await until(
      () =>
        worker.evaluate(
          async (key) => (await chrome.storage.session.get(key))[key]?.status,
          `summary:${tabId}`,
        ),
      (status) => status === 'done',
      'the first scan to finish',
    );
    const badge = await until(
      () => badgeOf(worker, tabId),
      (text) => Number(text) >= hypePosts,
      'the badge to count every hype post',
    );
    expect(Number(badge)).toBeGreaterThanOrEqual(hypePosts);
    const severities = await worker.evaluate(
      async (key) =>
        ((await chrome.storage.session.get(key))[key]?.claims ?? []).map((c) => c.severity),
      `summary:${tabId}`,
    );
    const strongest = ['high', 'medium', 'low'].find((s) => severities.includes(s));
    const expected = {
      high: [0xb3, 0x26, 0x1e, 255],
      medium: [0xc2, 0x5e, 0x00, 255],
      low: [0x7a, 0x5d, 0x00, 255],
    };
    expect(
      await worker.evaluate((id) => chrome.action.getBadgeBackgroundColor({ tabId: id }), tabId),
    ).toEqual(expected[strongest as keyof typeof expected]);
    expect(await markedRanges(feed)).toBeGreaterThan(0);
  });

  it('popup.html?tab=ID shows the same count and the claims', async () => {
    popup = await browser.context.newPage();
    popupErrors = collectErrors(popup);
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tab=${tabId}`);
    const badge = Number(await badgeOf(worker, tabId));
    expect(await popupCount()).toBe(badge);
    await expect(popup.locator('[data-claim-id]').count()).resolves.toBe(badge);
    const quotes = await popup.locator('.hl-claim__quote').allTextContents();
    expect(quotes.join(' ')).toMatch(/autopilot/i);
    expect(await popup.locator('[data-post-id]').count()).toBeGreaterThanOrEqual(3);
    expect(popupErrors).toEqual([]);
  });

  it('choosing a claim scrolls the page to it', async () => {
    expect(await feed.evaluate(() => window.scrollY)).toBe(0);
    const farPost = popup.locator('[data-post-id]').filter({ hasText: 'This system earns' });
    // By keyboard: the claims are real buttons.
    await farPost.locator('[data-claim-id]').first().focus();
    await popup.keyboard.press('Enter');
    // The page may scroll smoothly: wait until the far post is in view.
    const farTop = () =>
      feed.evaluate(() => {
        const top = document.getElementById('post-far')?.getBoundingClientRect().top ?? -1;
        return top >= 0 && top < window.innerHeight ? top : -1;
      });
    await until(farTop, (top) => top >= 0, 'the far post to scroll into view');
    expect(await feed.evaluate(() => window.scrollY)).toBeGreaterThan(1_000);
  });

  it('the summary updates while the feed grows, without reopening the popup', async () => {
    const before = await popupCount();
    await feed.evaluate(() => {
      const post = document.createElement('article');
      post.id = 'post-new';
      post.innerHTML =
        '<p>Quit your job in 30 days: my AI store makes $500 a day on autopilot, guaranteed.</p>';
      document.getElementById('feed')?.append(post);
    });
    const after = await until(popupCount, (n) => n > before, 'the popup count to grow');
    expect(after).toBeGreaterThan(before);
    expect(Number(await badgeOf(worker, tabId))).toBe(after);
    expect(popupErrors).toEqual([]);
  });

  it('pausing the site removes its marks, and the pause survives a reload', async () => {
    expect(await markedRanges(feed)).toBeGreaterThan(0);
    const toggle = popup.getByRole('switch', { name: /Pause on this site/ });
    await toggle.click();
    await until(
      () => toggle.getAttribute('aria-checked'),
      (v) => v === 'true',
      'the switch',
    );
    await until(
      () => markedRanges(feed),
      (n) => n === 0,
      'the marks to go',
    );
    await until(
      () => badgeOf(worker, tabId),
      (t) => t === '',
      'the badge to empty',
    );

    await feed.reload();
    await until(
      () => popup.locator('[data-state="paused"]').count(),
      (n) => n === 1,
      'the popup to show the paused site after the reload',
    );
    // Give the reloaded content script the time it would need to mark the page again.
    await feed.waitForTimeout(1_500);
    expect(await markedRanges(feed)).toBe(0);
    expect(await badgeOf(worker, tabId)).toBe('');

    await toggle.click();
    await until(
      () => markedRanges(feed),
      (n) => n > 0,
      'the marks to come back',
    );
    expect(popupErrors).toEqual([]);
  });
});
