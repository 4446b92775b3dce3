import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  collectErrors,
  type ExtensionBrowser,
  type FixtureServer,
  launchWithExtension,
  readDomChanges,
  startServer,
  watchDomChanges,
} from './helpers';

// Runs against the production build in .output/chrome-mv3 (`npm run build` first).
describe('the built extension in Chromium', () => {
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

  it('runs the content script: registers its highlights and leaves the page DOM untouched', async () => {
    const page = await browser.context.newPage();
    const errors = collectErrors(page);
    await watchDomChanges(page);
    await page.goto(server.url('basic.html'));
    // CSS.highlights is per document, so the page's own world sees what the isolated world set.
    await page.waitForFunction(() => CSS.highlights.has('hype-lens-high'), null, {
      timeout: 5_000,
    });
    const names = await page.evaluate(() =>
      [...CSS.highlights.keys()].filter((name) => name.startsWith('hype-lens')),
    );
    expect(names.sort()).toEqual(['hype-lens-high', 'hype-lens-low', 'hype-lens-medium']);
    const dom = await readDomChanges(page);
    expect(dom.bodyAtReady).toContain('passive income on autopilot');
    expect(dom.bodyNow).toBe(dom.bodyAtReady);
    // The one change: the card overlay's host, appended to <html> outside the page's content.
    expect(dom.mutations).toEqual(['childList on HTML']);
    const overlay = await page.evaluate(() => {
      const last = document.documentElement.lastElementChild;
      return [last?.localName, last?.hasAttribute('data-hype-lens-overlay')];
    });
    expect(overlay).toEqual(['hype-lens-overlay', true]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it.each([
    ['popup.html', 'Hype Lens'],
    ['options.html', 'Hype Lens'],
  ])('%s renders its heading without errors', async (file, heading) => {
    const page = await browser.context.newPage();
    const errors = collectErrors(page);
    await page.goto(`chrome-extension://${browser.extensionId}/${file}`);
    await page.getByRole('heading', { level: 1, name: heading }).waitFor({ timeout: 5_000 });
    expect(errors).toEqual([]);
    await page.close();
  });
});
