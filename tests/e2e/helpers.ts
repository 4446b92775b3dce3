/**
 * Shared plumbing for end-to-end tests: a static server for tests/fixtures and a real Chromium
 * with the built extension loaded.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import { type DomChanges, recordDomChanges, recordedDomChanges } from './page-probes';

export type { DomChanges } from './page-probes';

/** Repository root (tests/e2e/../..). */
export const ROOT = resolve(import.meta.dirname, '..', '..');

/** Where `npm run build` leaves the unpacked Chrome extension. */
export const CHROME_BUILD_DIR = join(ROOT, process.env.WXT_OUT_DIR ?? '.output', 'chrome-mv3');

/** Fixture pages served to the browser. */
export const FIXTURES_DIR = join(ROOT, 'tests', 'fixtures');

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

/** A running fixture server. */
export interface FixtureServer {
  /** Base URL with trailing slash, e.g. `http://127.0.0.1:41234/`. */
  baseUrl: string;
  /** URL of a fixture file, e.g. `url('basic.html')`. */
  url: (file: string) => string;
  /** Stops the server. */
  close: () => Promise<void>;
}

/** Serves `dir` (default tests/fixtures) on 127.0.0.1 at a free port; content scripts need http. */
export async function startServer(dir = FIXTURES_DIR): Promise<FixtureServer> {
  const root = resolve(dir);
  const server = createServer(async (req, res) => {
    const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
    // Browsers ask for a favicon on their own; a 404 would be logged as a console error.
    if (pathname === '/favicon.ico') {
      res.writeHead(204).end();
      return;
    }
    const file = normalize(join(root, pathname === '/' ? 'index.html' : pathname));
    // Refuse anything that escapes the fixtures folder (`/../package.json`).
    if (file !== root && !file.startsWith(root + sep)) {
      res.writeHead(403).end();
      return;
    }
    try {
      const body = await readFile(file);
      res.writeHead(200, {
        'content-type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream',
        'cache-control': 'no-store',
      });
      res.end(body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    }
  });
  await new Promise<void>((done, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', done);
  });
  const { port } = server.address() as AddressInfo;
  const baseUrl = `http://127.0.0.1:${port}/`;
  return {
    baseUrl,
    url: (file) => new URL(file, baseUrl).href,
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}

/** The Chromium binary to drive: $CHROME_PATH, else Debian's /usr/bin/chromium. */
export function chromePath(): string {
  const path = process.env.CHROME_PATH || '/usr/bin/chromium';
  if (!existsSync(path)) {
    // Never skip: a missing browser would silently turn the e2e suite green.
    throw new Error(
      `Chromium not found at ${path}. Install it with \`sudo apt-get install -y chromium\` ` +
        '(Debian/Ubuntu) or set CHROME_PATH to a Chromium or Chrome for Testing binary. ' +
        '(`npx playwright install` is not used by this project.)',
    );
  }
  return path;
}

/** A browser with the extension loaded. */
export interface ExtensionBrowser {
  /** The persistent browser context (one profile, one extension). */
  context: BrowserContext;
  /** The extension's id, for chrome-extension://<id>/ URLs. */
  extensionId: string;
  /** Closes the browser and deletes its temporary profile. */
  close: () => Promise<void>;
}

/** Chromium flags for tests here: no sandbox (root), and none of the browser's own network traffic. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Launches headless Chromium with the unpacked build in `dir` and waits for its service worker. */
export async function launchWithExtension(dir = CHROME_BUILD_DIR): Promise<ExtensionBrowser> {
  const profileDir = mkdtempSync(join(tmpdir(), 'hype-lens-e2e-'));
  try {
    const browser = await launchWithProfile(profileDir, dir);
    return {
      ...browser,
      close: async () => {
        await browser.close();
        rmSync(profileDir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    rmSync(profileDir, { recursive: true, force: true });
    throw error;
  }
}

/**
 * Launches headless Chromium with the unpacked build on a profile folder the caller owns, so a
 * test can close the browser and start it again on the same profile (a browser restart).
 * `close` closes the browser but keeps the folder; the caller deletes it.
 */
export async function launchWithProfile(
  profileDir: string,
  dir = CHROME_BUILD_DIR,
): Promise<ExtensionBrowser> {
  if (!existsSync(join(dir, 'manifest.json'))) {
    throw new Error(`No extension build in ${dir}. Run \`npm run build\` first.`);
  }
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: chromePath(),
    headless: true,
    args: [...CHROMIUM_ARGS, `--disable-extensions-except=${dir}`, `--load-extension=${dir}`],
  });
  const close = () => context.close();
  try {
    const worker =
      context.serviceWorkers()[0] ??
      (await context.waitForEvent('serviceworker', { timeout: 10_000 }));
    return { context, extensionId: new URL(worker.url()).host, close };
  } catch (error) {
    await close();
    throw new Error(`The extension's service worker did not start: ${String(error)}`);
  }
}

/**
 * Reads `read()` every 50 ms until `done` accepts its value or `timeoutMs` passes; returns the last
 * value read, so the caller's assertion shows what was there instead.
 */
export async function pollUntil<T>(
  read: () => Promise<T>,
  done: (value: T) => boolean,
  timeoutMs = 2_000,
): Promise<T> {
  const until = Date.now() + timeoutMs;
  let value = await read();
  while (!done(value) && Date.now() < until) {
    await new Promise((resume) => setTimeout(resume, 50));
    value = await read();
  }
  return value;
}

/** Collects page errors and console errors of `page`, so a test can assert there were none. */
export function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    const { url } = message.location();
    errors.push(`console.error: ${message.text()}${url ? ` (${url})` : ''}`);
  });
  return errors;
}

/**
 * Starts recording DOM changes in every document `page` loads from now on. Runs in the page's
 * main world before its scripts, so it sees the document as parsed, before extensions touch it.
 */
export async function watchDomChanges(page: Page): Promise<void> {
  await page.addInitScript(recordDomChanges);
}

/** Reads what {@link watchDomChanges} recorded in the current document. */
export async function readDomChanges(page: Page): Promise<DomChanges> {
  return page.evaluate(recordedDomChanges);
}
