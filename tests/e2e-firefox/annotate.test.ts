import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pollUntil } from '../e2e/helpers';
import {
  appendLateXPost,
  marksByOwnerInPage,
  marksInElement,
  orphanMarks,
  removeFirstXHypePost,
  totalMarksInPage,
} from '../e2e/page-probes';
import {
  collectErrors,
  FIXTURES_DIR,
  type FirefoxWithExtension,
  type FixtureServer,
  launchFirefoxWithExtension,
  readDomChanges,
  serveAs,
  sleep,
  startServer,
  watchDomChanges,
} from './helpers';

/**
 * The fixtures the Chromium suite checks. Site fixtures are answered under their real host names
 * by BiDi network interception (nothing leaves the browser), so each site's adapter reads them;
 * the others come from the fixture server on 127.0.0.1.
 */
const PAGES: [file: string, url: string][] = [
  ['generic.html', ''],
  ['demo-feed.html', ''],
  ['x.html', 'https://x.com/home'],
  ['reddit.html', 'https://www.reddit.com/r/sidehustle/'],
  ['linkedin.html', 'https://www.linkedin.com/feed/'],
  ['youtube.html', 'https://www.youtube.com/watch?v=hype'],
  ['facebook.html', 'https://www.facebook.com/'],
];

/** Where each of our highlight ranges lies: the id of its [data-expect] post, or a tag. */
function marksByOwner(page: Page): Promise<Record<string, string[]>> {
  return page.evaluate(marksByOwnerInPage, true);
}

function expectedPosts(page: Page, label: 'hype' | 'clean'): Promise<string[]> {
  return page.evaluate(
    (l) => [...document.querySelectorAll(`[data-expect="${l}"]`)].map((el) => el.id),
    label,
  );
}

/**
 * The one change the extension may make to a page's DOM: mounting its card overlay host beside
 * <body>, a childList record on <html>. Nothing in <body> changes, not even an attribute.
 */
function expectOnlyOverlayMounted(mutations: string[]): void {
  expect(mutations.filter((m) => m !== 'childList on HTML')).toEqual([]);
}

async function open(env: FirefoxWithExtension, server: FixtureServer, file: string, url: string) {
  const page = await env.browser.newPage();
  const errors = collectErrors(page);
  await watchDomChanges(page);
  if (url === '') {
    await page.goto(server.url(file));
  } else {
    await serveAs(page, url, readFileSync(join(FIXTURES_DIR, file), 'utf8'));
    await page.goto(url);
  }
  return { page, errors };
}

/** Waits until every element matching `selector` holds a mark, then a little longer for strays. */
async function waitForMarks(page: Page, selector = '[data-expect="hype"]'): Promise<void> {
  await page.waitForFunction(
    (wanted) => {
      const targets = [...document.querySelectorAll(wanted)];
      const marked = new Set<Element>();
      for (const [name, highlight] of CSS.highlights) {
        if (!name.startsWith('hype-lens')) continue;
        for (const abstract of highlight) {
          const start = (abstract as Range).startContainer;
          for (const target of targets) if (target.contains(start)) marked.add(target);
        }
      }
      return targets.length > 0 && targets.every((el) => marked.has(el));
    },
    { timeout: 10_000, polling: 100 },
    selector,
  );
  await sleep(400);
}

// Runs against the production Firefox build (`npm run build:firefox`, or WXT_OUT_DIR).
describe('annotation in Firefox', () => {
  let server: FixtureServer;
  let env: FirefoxWithExtension;

  beforeAll(async () => {
    server = await startServer();
    env = await launchFirefoxWithExtension();
  });

  afterAll(async () => {
    await env?.close();
    await server?.close();
  });

  it('installs the Firefox build as a temporary add-on under its gecko id', () => {
    expect(env.extensionId).toBe('hype-lens@hype-lens.dev');
  });

  it('basic.html: marks the hype sentence with the high-severity highlight, nothing else', async () => {
    const { page, errors } = await open(env, server, 'basic.html', '');
    await waitForMarks(page, '#hype');
    const marks = await marksByOwner(page);
    expect(Object.keys(marks)).toEqual(['hype']);
    expect(
      await page.evaluate(() =>
        [...(CSS.highlights.get('hype-lens-high') ?? [])].map((r) => r.toString()),
      ),
    ).toEqual(expect.arrayContaining(['$10k/month', 'on autopilot', 'while you sleep']));
    const dom = await readDomChanges(page);
    expect(dom.bodyNow).toBe(dom.bodyAtReady);
    expectOnlyOverlayMounted(dom.mutations);
    expect(errors).toEqual([]);
    await page.close();
  });

  it.each(PAGES)(
    '%s: marks the hype posts, leaves the others and what people type alone',
    async (file, url) => {
      const { page, errors } = await open(env, server, file, url);
      await waitForMarks(page);
      const marks = await marksByOwner(page);
      for (const id of await expectedPosts(page, 'hype')) {
        expect(marks[id]?.length ?? 0, `post ${id} should be marked`).toBeGreaterThan(0);
      }
      for (const id of await expectedPosts(page, 'clean')) {
        expect(marks[id] ?? [], `post ${id} should not be marked`).toEqual([]);
      }
      expect(marks['(editable)'] ?? []).toEqual([]);
      // The page's values are what was typed: the extension never writes into form fields.
      expect(
        await page.evaluate(() =>
          [...document.querySelectorAll('input, textarea')].every(
            (el) => (el as HTMLInputElement).value === (el as HTMLInputElement).defaultValue,
          ),
        ),
      ).toBe(true);
      const dom = await readDomChanges(page);
      expect(dom.bodyNow).toBe(dom.bodyAtReady);
      expectOnlyOverlayMounted(dom.mutations);
      expect(errors).toEqual([]);
      await page.close();
    },
  );

  it('marks a post appended after load within two seconds, and forgets a removed one', async () => {
    const { page, errors } = await open(env, server, 'x.html', 'https://x.com/home');
    await waitForMarks(page);
    const before = await page.evaluate(totalMarksInPage);
    const removed = await page.evaluate(marksInElement, 'x-hype-1');
    expect(removed).toBeGreaterThan(0);
    const appendedAt = await page.evaluate(appendLateXPost);
    await page.waitForFunction(marksInElement, { timeout: 2_000, polling: 'raf' }, 'late');
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

  it('paints the marks: the marked text looks different from the same text unmarked', async () => {
    const { page, errors } = await open(env, server, 'basic.html', '');
    await waitForMarks(page, '#hype');
    const paragraph = await page.$('#hype');
    if (paragraph === null) throw new Error('basic.html has no #hype');
    const marked = await paragraph.screenshot({ encoding: 'base64' });
    // Take our highlights out of the registry for one picture, then put them back as they were.
    await page.evaluate(() => {
      const saved = [...CSS.highlights].filter(([name]) => name.startsWith('hype-lens'));
      for (const [name] of saved) CSS.highlights.delete(name);
      (window as unknown as { __saved: typeof saved }).__saved = saved;
    });
    const unmarked = await paragraph.screenshot({ encoding: 'base64' });
    await page.evaluate(() => {
      const saved = (window as unknown as { __saved: [string, Highlight][] }).__saved;
      for (const [name, highlight] of saved) CSS.highlights.set(name, highlight);
    });
    const again = await paragraph.screenshot({ encoding: 'base64' });
    expect(unmarked).not.toBe(marked);
    expect(again).toBe(marked);
    expect(errors).toEqual([]);
    await page.close();
  });
});
