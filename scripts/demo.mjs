#!/usr/bin/env node
/**
 * `npm run demo`: serves tests/fixtures/demo-feed.html from 127.0.0.1 and opens Chromium with
 * the built extension. With no display it runs headless, saves .output/demo.png with marked
 * posts and an open card, prints the claims found, and exits; with a display it stays open.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';

const ROOT = resolve(import.meta.dirname, '..');
const OUT = join(ROOT, process.env.WXT_OUT_DIR ?? '.output');
const BUILD = join(OUT, 'chrome-mv3');
const CHROME = process.env.CHROME_PATH || '/usr/bin/chromium';
const headless = !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY;

if (!existsSync(CHROME)) {
  console.error(
    `Chromium not found at ${CHROME}. Install it (sudo apt-get install -y chromium) or set CHROME_PATH.`,
  );
  process.exit(1);
}
if (!existsSync(join(BUILD, 'manifest.json'))) {
  console.error(`No extension build in ${BUILD}: run \`npm run build\` first.`);
  process.exit(1);
}

const page = readFileSync(join(ROOT, 'tests', 'fixtures', 'demo-feed.html'));
const server = createServer((req, res) => {
  if (req.url === '/' || req.url === '/demo-feed.html') {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page);
  } else res.writeHead(204).end();
});
await new Promise((done) => server.listen(0, '127.0.0.1', done));
const url = `http://127.0.0.1:${server.address().port}/demo-feed.html`;

const profile = mkdtempSync(join(tmpdir(), 'hype-lens-demo-'));
const context = await chromium.launchPersistentContext(profile, {
  executablePath: CHROME,
  headless,
  viewport: { width: 900, height: 900 },
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    `--disable-extensions-except=${BUILD}`,
    `--load-extension=${BUILD}`,
  ],
});
const cleanup = async () => {
  await context.close().catch(() => {});
  rmSync(profile, { recursive: true, force: true });
  server.close();
};

try {
  const worker =
    context.serviceWorkers()[0] ??
    (await context.waitForEvent('serviceworker', { timeout: 10_000 }));
  const extensionId = new URL(worker.url()).host;
  const tab = context.pages()[0] ?? (await context.newPage());
  await tab.goto(url);
  console.log(`Demo feed: ${url}`);
  await tab.waitForFunction(() => (CSS.highlights.get('hype-lens-high')?.size ?? 0) > 0, null, {
    timeout: 15_000,
  });
  await tab.waitForTimeout(600);

  // The claims as the page's highlights hold them (severity from the highlight's name).
  const marks = await tab.evaluate(() =>
    [...CSS.highlights]
      .filter(([name]) => /^hype-lens-(low|medium|high)$/.test(name))
      .flatMap(([name, h]) =>
        [...h].map((r) => ({
          severity: name.slice('hype-lens-'.length),
          quote: r.toString(),
          post: r.startContainer.parentElement?.closest('article')?.id ?? '',
        })),
      ),
  );
  // Rule ids come from the page summary the background keeps for the popup.
  const extPage = await context.newPage();
  await extPage.goto(`chrome-extension://${extensionId}/popup.html`);
  const summary = await extPage.evaluate(async (pageUrl) => {
    for (const t of await chrome.tabs.query({})) {
      const s = await chrome.runtime.sendMessage({ type: 'summary/get', payload: { tabId: t.id } });
      if (s?.url === pageUrl) return s;
    }
    return null;
  }, url);
  await extPage.close();
  const rules = new Map((summary?.claims ?? []).map((c) => [`${c.quote}|${c.severity}`, c.ruleId]));
  console.log(`\n${marks.length} claims marked:`);
  for (const m of marks.sort((a, b) => a.post.localeCompare(b.post, 'en', { numeric: true }))) {
    const rule = rules.get(`${m.quote}|${m.severity}`) ?? '?';
    console.log(`  ${m.post.padEnd(8)} ${m.severity.padEnd(6)} ${rule.padEnd(22)} "${m.quote}"`);
  }

  // Scroll a marked post into view and hover its first claim so its card opens.
  const point = await tab.evaluate(() => {
    const range = [...(CSS.highlights.get('hype-lens-high') ?? [])][0];
    range.startContainer.parentElement?.closest('article')?.scrollIntoView({ block: 'start' });
    window.scrollBy(0, -120);
    const rect = range.getClientRects()[0];
    return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
  });
  await tab.mouse.move(point.x, point.y);
  await tab.waitForTimeout(900);
  const cardOpen = await tab.evaluate(
    () =>
      !!document
        .querySelector('hype-lens-overlay')
        ?.shadowRoot?.querySelector('[role="dialog"], [role="tooltip"], .card'),
  );
  mkdirSync(OUT, { recursive: true });
  const shot = join(OUT, 'demo.png');
  await tab.screenshot({ path: shot });
  console.log(`\nScreenshot: ${shot}${cardOpen ? ' (with an open card)' : ''}`);

  if (!headless) {
    console.log('Close the browser window to end the demo.');
    await new Promise((done) => context.on('close', done));
  }
} catch (error) {
  console.error(`Demo failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
} finally {
  await cleanup();
}
