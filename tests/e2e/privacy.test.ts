/**
 * Privacy: the extension asks only for the permissions its features need, and makes no network
 * request. Every request during a browsing run is recorded (pages, extension pages and the
 * service worker) and each must be either the fixture server answering its own page, or one of
 * the extension's packaged files.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page, Request, Worker } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CHROME_BUILD_DIR,
  type ExtensionBrowser,
  FIXTURES_DIR,
  type FixtureServer,
  launchWithExtension,
  ROOT,
  startServer,
} from './helpers';

declare const chrome: {
  tabs: { query(query: { active?: boolean }): Promise<{ id?: number }[]> };
};

/** What the features need: settings and summaries, and "Scan this page" in the popup. */
const ALLOWED_PERMISSIONS = ['storage', 'activeTab', 'scripting'];

/** One recorded request. */
interface Seen {
  url: string;
  from: string;
  type: string;
}

/** Where a request came from: the service worker, or the address of the frame that made it. */
function origin(request: Request): string {
  const worker = request.serviceWorker();
  if (worker) return `service worker ${worker.url()}`;
  try {
    return request.frame().url() || '(new frame)';
  } catch {
    return '(no frame)';
  }
}

function manifests(): { name: string; manifest: Record<string, unknown> }[] {
  return ['chrome-mv3', 'firefox-mv2', 'firefox-mv3']
    .map((name) => ({ name, path: join(CHROME_BUILD_DIR, '..', name, 'manifest.json') }))
    .filter(({ path }) => existsSync(path))
    .map(({ name, path }) => ({ name, manifest: JSON.parse(readFileSync(path, 'utf8')) }));
}

describe('manifest asks only for what the features need', () => {
  const built = manifests();

  it('the Chrome build exists', () => {
    expect(built.map((b) => b.name)).toContain('chrome-mv3');
  });

  it.each(built)('$name: permissions, host access, CSP', ({ manifest }) => {
    const permissions = (manifest.permissions ?? []) as string[];
    expect(permissions.filter((p) => !ALLOWED_PERMISSIONS.includes(p))).toEqual([]);
    expect(permissions).not.toContain('webRequest');
    // MV2 puts host patterns into `permissions`; none may be there either.
    expect(permissions.filter((p) => p.includes('://') || p === '<all_urls>')).toEqual([]);
    expect(manifest.host_permissions).toBeUndefined();
    expect(manifest.optional_permissions).toBeUndefined();
    expect(manifest.optional_host_permissions).toBeUndefined();
    expect(manifest.externally_connectable).toBeUndefined();
    expect(manifest.web_accessible_resources).toBeUndefined();
    // The browser's default CSP forbids eval and remote scripts; we keep it.
    const csp = JSON.stringify(manifest.content_security_policy ?? '');
    expect(csp).not.toMatch(/unsafe-eval|wasm-unsafe-eval|https?:|\*/);
    expect(manifest.content_security_policy).toBeUndefined();
  });

  it('the README justifies every permission and says no network access is requested', () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const section = readme.split(/^## Permissions$/m)[1]?.split(/^## /m)[0] ?? '';
    expect(section).not.toBe('');
    for (const permission of ALLOWED_PERMISSIONS) {
      expect(section).toMatch(new RegExp(`^\\| \`${permission}\` +\\| \\S`, 'm'));
    }
    expect(section).toMatch(/any network access/);
  });
});

describe('a browsing run makes no request of its own', () => {
  let browser: ExtensionBrowser;
  let server: FixtureServer;
  const seen: Seen[] = [];
  const fixturePages = readdirSync(FIXTURES_DIR)
    .filter((f) => f.endsWith('.html'))
    .sort();

  function worker(): Worker {
    const [sw] = browser.context.serviceWorkers();
    if (!sw) throw new Error('no service worker');
    return sw;
  }

  async function markedRanges(page: Page): Promise<number> {
    return page.evaluate(() =>
      [...CSS.highlights.entries()]
        .filter(([name]) => name.startsWith('hype-lens'))
        .reduce((sum, [, h]) => sum + h.size, 0),
    );
  }

  beforeAll(async () => {
    server = await startServer();
    browser = await launchWithExtension();
    browser.context.on('request', (request) => {
      seen.push({ url: request.url(), from: origin(request), type: request.resourceType() });
    });
    // The worker started before this listener; what it fetched since its start is checked
    // separately from its own resource timing entries (see the last test).
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('browses every fixture page, opens a card, the popup and the options page, and toggles a rule', async () => {
    const context = browser.context;
    const page = await context.newPage();
    let withClaims = 0;
    for (const file of fixturePages) {
      await page.goto(server.url(file));
      // Give the content script time to scan and report, claims or not.
      await page
        .waitForFunction(
          () =>
            [...CSS.highlights.entries()].some(
              ([name, h]) => name.startsWith('hype-lens') && h.size > 0,
            ),
          null,
          { timeout: 4_000, polling: 100 },
        )
        .catch(() => {});
      if ((await markedRanges(page)) > 0) withClaims++;
    }
    expect(withClaims).toBeGreaterThan(3);

    // A card: Alt+Shift+N opens the next claim's card in the overlay.
    await page.goto(server.url('demo-feed.html'));
    await page.waitForFunction(
      () => [...CSS.highlights.keys()].some((n) => n.startsWith('hype-lens')),
      null,
      { timeout: 10_000 },
    );
    await page.waitForFunction(() => [...CSS.highlights.values()].some((h) => h.size > 0));
    await page.keyboard.press('Alt+Shift+KeyN');
    const quote = await page.waitForFunction(
      () =>
        document.querySelector('hype-lens-overlay')?.shadowRoot?.querySelector('.quote')
          ?.textContent || false,
      null,
      { timeout: 5_000, polling: 50 },
    );
    expect(String(await quote.jsonValue()).length).toBeGreaterThan(0);

    // The popup for that tab.
    const [tab] = await worker().evaluate(() => chrome.tabs.query({ active: true }));
    const popup = await context.newPage();
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tab=${tab?.id}`);
    await popup.waitForFunction(
      () => Number(document.querySelector('[data-testid="claim-count"]')?.textContent ?? 0) > 0,
      null,
      { timeout: 10_000 },
    );
    await popup.close();

    // The options page: turn a rule off and back on.
    const options = await context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
    const box = options.locator('input[data-rule-id]').first();
    await box.click();
    await options.waitForFunction(
      () => document.querySelector('[data-testid="save-status"]')?.textContent === 'Saved',
    );
    await box.click();
    await options.waitForFunction(
      () => document.querySelector('[data-testid="save-status"]')?.textContent === 'Saved',
    );
    await options.close();

    // The open page follows the change; give every part time to do anything it might do.
    await page.reload();
    await page.waitForTimeout(1_500);
    await page.close();
  });

  it('every request was the fixture server serving its pages, or an extension file', () => {
    const fixtureOrigin = new URL(server.baseUrl).origin;
    const extensionOrigin = `chrome-extension://${browser.extensionId}`;
    const offending = seen.filter(({ url }) => {
      const u = new URL(url);
      if (u.origin === fixtureOrigin) {
        // Only files the fixture pages are made of (and the favicon the browser asks for).
        const path = decodeURIComponent(u.pathname);
        return !(path === '/favicon.ico' || existsSync(join(FIXTURES_DIR, path)));
      }
      // (Node gives chrome-extension:// URLs an opaque origin, so compare the text.)
      if (url.startsWith(`${extensionOrigin}/`)) {
        // Only the extension's own packaged files.
        return !existsSync(join(CHROME_BUILD_DIR, decodeURIComponent(u.pathname)));
      }
      return true;
    });
    expect(offending).toEqual([]);
    // The recording worked: fixture pages, extension pages and their chunks were all seen.
    expect(seen.some((s) => s.url.startsWith(fixtureOrigin))).toBe(true);
    expect(seen.some((s) => s.url.startsWith(`${extensionOrigin}/chunks/`))).toBe(true);
    // Nothing at all came from the service worker or from extension pages to another origin.
    const fromExtension = seen.filter(
      (s) => s.from.startsWith('service worker') || s.from.startsWith(extensionOrigin),
    );
    expect(fromExtension.filter((s) => !s.url.startsWith(extensionOrigin))).toEqual([]);
  });

  it('the service worker fetched nothing since it started, including before recording began', async () => {
    // Resource timing lists every fetch a worker made since it started.
    const fetched = await worker().evaluate(() =>
      performance.getEntriesByType('resource').map((e) => e.name),
    );
    const extensionOrigin = `chrome-extension://${browser.extensionId}/`;
    expect(fetched.filter((url) => !url.startsWith(extensionOrigin))).toEqual([]);
  });
});
