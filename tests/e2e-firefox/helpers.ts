/**
 * Plumbing for the Firefox end-to-end tests: a real Firefox (ESR 140 or later) driven by
 * puppeteer-core over WebDriver BiDi, with the Firefox build installed as a temporary add-on.
 * playwright-core cannot drive a stock Firefox, hence a second driver next to tests/e2e.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { ROOT } from '../e2e/helpers';
import { type DomChanges, recordDomChanges, recordedDomChanges } from '../e2e/page-probes';

export { FIXTURES_DIR, type FixtureServer, startServer } from '../e2e/helpers';
export type { DomChanges } from '../e2e/page-probes';

/** Where `npm run build:firefox` leaves the unpacked Firefox extension (honours WXT_OUT_DIR). */
export const FIREFOX_BUILD_DIR = resolve(ROOT, process.env.WXT_OUT_DIR ?? '.output', 'firefox-mv2');

/** The Firefox binary to drive: $FIREFOX_PATH, else Debian's /usr/bin/firefox-esr. */
export function firefoxPath(): string {
  const path = process.env.FIREFOX_PATH || '/usr/bin/firefox-esr';
  if (!existsSync(path)) {
    // Never skip: a missing browser would silently turn the Firefox suite green.
    throw new Error(
      `Firefox not found at ${path}. Install it with \`sudo apt-get install -y firefox-esr\` ` +
        '(Debian/Ubuntu; .ci/run does this) or set FIREFOX_PATH to a Firefox 140+ binary. ' +
        'puppeteer-core never downloads a browser for this project.',
    );
  }
  return path;
}

/** Preferences for the throwaway profile, on top of the test defaults puppeteer writes. */
const PREFS: Record<string, unknown> = {
  // Keep the run quiet and offline apart from the fixture server: no add-on update or
  // recommendation checks, no remote settings, no captive-portal or connectivity probes.
  'extensions.update.autoUpdateDefault': false,
  'extensions.getAddons.showPane': false,
  'extensions.htmlaboutaddons.recommendations.enabled': false,
  'network.captive-portal-service.enabled': false,
  'network.connectivity-service.enabled': false,
  'browser.region.network.url': '',
  'browser.region.update.enabled': false,
};

/** A headless Firefox with the extension installed as a temporary add-on. */
export interface FirefoxWithExtension {
  browser: Browser;
  /** The add-on id Firefox reports (the manifest's gecko id). */
  extensionId: string;
  /** Closes Firefox; puppeteer deletes its temporary profile. */
  close: () => Promise<void>;
}

/**
 * Launches headless Firefox and installs the unpacked build in `dir` with BiDi
 * `webExtension.install`, which loads it like about:debugging's "Load Temporary Add-on" (no
 * signature needed, gone when the browser closes). Pages opened afterwards get the content script.
 */
export async function launchFirefoxWithExtension(
  dir = FIREFOX_BUILD_DIR,
): Promise<FirefoxWithExtension> {
  if (!existsSync(join(dir, 'manifest.json'))) {
    throw new Error(`No Firefox build in ${dir}. Run \`npm run build:firefox\` first.`);
  }
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: firefoxPath(),
    headless: true,
    extraPrefsFirefox: PREFS,
  });
  const close = () => browser.close();
  try {
    const extensionId = await browser.installExtension(dir);
    return { browser, extensionId, close };
  } catch (error) {
    await close();
    throw new Error(`Firefox refused to install the extension from ${dir}: ${String(error)}`);
  }
}

/**
 * Collects page errors and console errors of `page`. In Firefox these include errors thrown by
 * the content script (BiDi reports its sandbox's log entries with the page's).
 */
export function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(`pageerror: ${String(error)}`));
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    const { url } = message.location();
    errors.push(`console.error: ${message.text()}${url ? ` (${url})` : ''}`);
  });
  return errors;
}

/**
 * Starts recording DOM changes in every document `page` loads from now on (a BiDi preload
 * script: it runs in the page's main world before the page's own scripts).
 */
export async function watchDomChanges(page: Page): Promise<void> {
  await page.evaluateOnNewDocument(recordDomChanges);
}

/** Reads what {@link watchDomChanges} recorded in the current document. */
export async function readDomChanges(page: Page): Promise<DomChanges> {
  return page.evaluate(recordedDomChanges);
}

/**
 * Answers requests for `url` with `body` inside the browser (BiDi network interception), so a
 * site fixture is read under its real host name and that site's adapter applies. Nothing leaves
 * the machine: every other request must go to the fixture server and is let through.
 */
export async function serveAs(page: Page, url: string, body: string): Promise<void> {
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    if (request.isInterceptResolutionHandled()) return;
    if (request.url() === url) {
      void request.respond({
        status: 200,
        contentType: 'text/html; charset=utf-8',
        body,
      });
    } else if (new URL(request.url()).hostname === '127.0.0.1') {
      void request.continue();
    } else {
      void request.abort();
    }
  });
}

/** Pauses for `ms` milliseconds (puppeteer has no page.waitForTimeout). */
export function sleep(ms: number): Promise<void> {
  return new Promise((done) => setTimeout(done, ms));
}
