import { mkdtempSync, rmSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  collectErrors,
  type ExtensionBrowser,
  type FixtureServer,
  launchWithProfile,
  startServer,
} from './helpers';

/** Ranges in every `hype-lens*` highlight of the page: what the person sees marked. */
function markCount(page: Page): Promise<number> {
  return page.evaluate(() =>
    [...CSS.highlights]
      .filter(([name]) => name.startsWith('hype-lens'))
      .reduce((sum, [, highlight]) => sum + highlight.size, 0),
  );
}

async function waitForMarks(page: Page, test: (count: number) => boolean, timeout: number) {
  const started = Date.now();
  for (;;) {
    const count = await markCount(page);
    if (test(count)) return { count, ms: Date.now() - started };
    if (Date.now() - started > timeout) {
      throw new Error(`marks did not change as expected within ${timeout} ms (now ${count})`);
    }
    await page.waitForTimeout(50);
  }
}

async function openOptions(context: BrowserContext, extensionId: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  await page.locator('input[data-rule-id]').first().waitFor({ timeout: 10_000 });
  return page;
}

async function clickAll(options: Page, name: RegExp) {
  const buttons = options.getByRole('button', { name });
  const count = await buttons.count();
  expect(count).toBeGreaterThan(0);
  for (let i = 0; i < count; i++) await buttons.nth(i).click();
  await expect.poll(() => options.getByTestId('save-status').textContent()).toBe('Saved');
}

function storedSettings(options: Page): Promise<unknown> {
  return options.evaluate(async () => {
    type Sync = { get(key: string): Promise<Record<string, unknown>> };
    const api = (globalThis as unknown as { chrome: { storage: { sync: Sync } } }).chrome;
    return (await api.storage.sync.get('settings')).settings;
  });
}

// Runs against the build in $WXT_OUT_DIR/chrome-mv3 (default .output; `npm run build` first).
describe('the options page in Chromium', () => {
  let server: FixtureServer;
  let profileDir: string;
  let browser: ExtensionBrowser;

  beforeAll(async () => {
    server = await startServer();
    profileDir = mkdtempSync(join(tmpdir(), 'hype-lens-options-'));
    browser = await launchWithProfile(profileDir);
  });

  afterAll(async () => {
    await browser?.close();
    if (profileDir) rmSync(profileDir, { recursive: true, force: true });
    await server?.close();
  });

  it('turning every rule off removes all marks from an open tab, and turning them on restores them', async () => {
    const fixture = await browser.context.newPage();
    const fixtureErrors = collectErrors(fixture);
    await fixture.goto(server.url('basic.html'));
    const { count: before } = await waitForMarks(fixture, (n) => n > 0, 10_000);

    const options = await openOptions(browser.context, browser.extensionId);
    const errors = collectErrors(options);
    await clickAll(options, /^All off: /);
    const boxes = options.locator('input[data-rule-id]');
    const total = await boxes.count();
    for (let i = 0; i < total; i++) expect(await boxes.nth(i).isChecked()).toBe(false);

    const off = await waitForMarks(fixture, (n) => n === 0, 2_000);
    expect(off.ms).toBeLessThan(2_000);

    await clickAll(options, /^All on: /);
    const on = await waitForMarks(fixture, (n) => n === before, 2_000);
    expect(on.count).toBe(before);
    expect(errors).toEqual([]);
    expect(fixtureErrors).toEqual([]);
    await options.close();
    await fixture.close();
  });

  it('importing a broken file changes nothing and shows what is wrong', async () => {
    const options = await openOptions(browser.context, browser.extensionId);
    await options.getByRole('radio', { name: 'Strict' }).check();
    await expect.poll(() => options.getByTestId('save-status').textContent()).toBe('Saved');
    const before = await storedSettings(options);
    expect(before).toMatchObject({ sensitivity: 'low' });

    const input = options.getByTestId('import-file');
    await input.setInputFiles({
      name: 'broken.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{"app": "hype-lens", "version": 2, "settings": {'),
    });
    const result = options.getByTestId('import-result');
    await expect.poll(() => result.textContent()).toMatch(/not JSON.*not changed/);

    await input.setInputFiles({
      name: 'other.json',
      mimeType: 'application/json',
      buffer: Buffer.from(
        JSON.stringify({ app: 'hype-lens', version: 2, settings: { sensitivity: 'max' } }),
      ),
    });
    await expect
      .poll(() => result.textContent())
      .toMatch(/Field "sensitivity" is invalid.*not changed/);

    expect(await storedSettings(options)).toEqual(before);
    expect(await options.getByRole('radio', { name: 'Strict' }).isChecked()).toBe(true);
    await options.close();
  });

  it('exports the settings to a file that imports back', async () => {
    const options = await openOptions(browser.context, browser.extensionId);
    await options.locator('input[data-rule-id="limited-spots"]').uncheck();
    await expect.poll(() => options.getByTestId('save-status').textContent()).toBe('Saved');
    const exported = await storedSettings(options);

    const [download] = await Promise.all([
      options.waitForEvent('download'),
      options.getByRole('button', { name: 'Export settings' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^hype-lens-settings-\d{4}-\d{2}-\d{2}\.json$/);
    const file = await readFile(await download.path(), 'utf8');
    expect(JSON.parse(file)).toEqual({ app: 'hype-lens', version: 2, settings: exported });

    await options.locator('input[data-rule-id="limited-spots"]').check();
    await expect.poll(() => options.getByTestId('save-status').textContent()).toBe('Saved');
    await options.getByTestId('import-file').setInputFiles({
      name: 'exported.json',
      mimeType: 'application/json',
      buffer: Buffer.from(file),
    });
    await expect
      .poll(() => options.getByTestId('import-result').textContent())
      .toBe('Imported settings from exported.json.');
    await expect.poll(() => storedSettings(options)).toEqual(exported);
    expect(await options.locator('input[data-rule-id="limited-spots"]').isChecked()).toBe(false);
    await options.close();
  });

  it('settings survive a browser restart', async () => {
    let options = await openOptions(browser.context, browser.extensionId);
    await options.getByRole('radio', { name: 'Relaxed' }).check();
    await options.locator('input[data-rule-id="risk-free"]').uncheck();
    await options.getByRole('textbox', { name: 'Add a site' }).fill('news.example.com');
    await options.getByRole('button', { name: 'Add', exact: true }).click();
    await options
      .getByRole('button', { name: 'Remove news.example.com from paused sites' })
      .waitFor();
    await expect.poll(() => options.getByTestId('save-status').textContent()).toBe('Saved');

    await browser.close();
    browser = await launchWithProfile(profileDir);
    options = await openOptions(browser.context, browser.extensionId);
    expect(await options.getByRole('radio', { name: 'Relaxed' }).isChecked()).toBe(true);
    expect(await options.locator('input[data-rule-id="risk-free"]').isChecked()).toBe(false);
    expect(await options.locator('input[data-rule-id="secret-method"]').isChecked()).toBe(true);
    await options
      .getByRole('button', { name: 'Remove news.example.com from paused sites' })
      .waitFor({
        timeout: 5_000,
      });
    await options.close();
  });
});
