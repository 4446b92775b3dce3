#!/usr/bin/env node
/**
 * `npm run bench:page`: what Hype Lens costs a real page. Loads a generated feed of 2,000 posts
 * in headless Chromium, once with the built extension and once without, and measures in the
 * page: a bare TreeWalker pass, the extension's first full annotation, long tasks, how fast
 * appended posts get marked, JS heap through a 10,000-post virtualised soak, and bundle size.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { feedPage, postHtml, rng } from '../tests/bench/page-feed.mjs';

const ROOT = resolve(import.meta.dirname, '..');
const BUILD = join(ROOT, process.env.WXT_OUT_DIR ?? '.output', 'chrome-mv3');
const CHROME = process.env.CHROME_PATH || '/usr/bin/chromium';
const POSTS = 2000;
const SOAK_POSTS = 10_000;
const SOAK_BATCH = 50;
const SOAK_KEEP = 200;

if (!existsSync(CHROME)) {
  console.error(
    `Chromium not found at ${CHROME}: install it (apt-get install -y chromium) or set CHROME_PATH.`,
  );
  process.exit(1);
}
if (!existsSync(join(BUILD, 'manifest.json'))) {
  console.error(`No extension build in ${BUILD}: run \`npm run build\` first.`);
  process.exit(1);
}

/** Runs in the page: collects long tasks and the extension's opt-in timing messages. */
const PAGE_SCRIPT = `
window.__bench = { longtasks: [], messages: [] };
new PerformanceObserver((list) => {
  for (const e of list.getEntries()) window.__bench.longtasks.push({ start: e.startTime, duration: e.duration });
}).observe({ type: 'longtask', buffered: true });
addEventListener('message', (e) => {
  if (e.data && e.data.source === 'hype-lens-bench') window.__bench.messages.push(e.data);
});
`;

const { html, hype } = feedPage(POSTS, { script: PAGE_SCRIPT });

const server = createServer((req, res) => {
  if (req.url?.startsWith('/feed.html')) {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html);
  } else res.writeHead(204).end();
});
await new Promise((done) => server.listen(0, '127.0.0.1', done));
const url = `http://127.0.0.1:${server.address().port}/feed.html?hype-lens-bench`;

const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--enable-precise-memory-info',
];

async function launch(withExtension) {
  const profile = mkdtempSync(join(tmpdir(), 'hype-lens-bench-'));
  const args = withExtension
    ? [...ARGS, `--disable-extensions-except=${BUILD}`, `--load-extension=${BUILD}`]
    : ARGS;
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROME,
    headless: true,
    args,
  });
  if (withExtension && context.serviceWorkers().length === 0) {
    await context.waitForEvent('serviceworker', { timeout: 10_000 });
  }
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Median of `runs` bare TreeWalker passes that read every text node's data. */
function bareWalk(page, runs = 7) {
  return page.evaluate((n) => {
    const times = [];
    for (let r = 0; r < n; r++) {
      const t0 = performance.now();
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      let chars = 0;
      for (let node = walker.nextNode(); node; node = walker.nextNode()) chars += node.data.length;
      times.push(performance.now() - t0);
      if (chars === 0) throw new Error('no text');
    }
    times.sort((a, b) => a - b);
    return times[Math.floor(n / 2)];
  }, runs);
}

async function heapMB(cdp) {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { metrics } = await cdp.send('Performance.getMetrics');
  return (metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? 0) / 2 ** 20;
}

/** Appends 20 posts (3 of them hype) and resolves with ms until all of their marks are painted. */
function appendTwenty(page, seed, withExtension) {
  const random = rng(seed);
  const posts = [];
  for (let i = 0; i < 20; i++)
    posts.push(postHtml(100_000 + seed * 100 + i, random, i % 7 === 3 ? 1 : 0));
  return page.evaluate(
    ({ posts, wait }) =>
      new Promise((done) => {
        const feed = document.getElementById('feed');
        const t0 = performance.now();
        feed.insertAdjacentHTML('beforeend', posts.map((p) => p.html).join(''));
        if (!wait) return done(performance.now() - t0);
        const added = [...feed.children].slice(-20).filter((el) => el.hasAttribute('data-hype'));
        const check = () => {
          const owners = new Set();
          for (const [name, h] of CSS.highlights) {
            if (!name.startsWith('hype-lens')) continue;
            for (const r of h) owners.add(r.startContainer.parentElement?.closest('article'));
          }
          if (added.every((el) => owners.has(el))) return done(performance.now() - t0);
          if (performance.now() - t0 > 5000) return done(Number.POSITIVE_INFINITY);
          requestAnimationFrame(check);
        };
        requestAnimationFrame(check);
      }),
    { posts, wait: withExtension },
  );
}

async function run(withExtension) {
  const browser = await launch(withExtension);
  const page = await browser.context.newPage();
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  await page.goto(url);
  const out = {};
  if (withExtension) {
    await page.waitForFunction(
      () => window.__bench.messages.some((m) => m.kind === 'first-pass'),
      null,
      {
        timeout: 60_000,
        polling: 100,
      },
    );
    const first = await page.evaluate(() =>
      window.__bench.messages.find((m) => m.kind === 'first-pass'),
    );
    out.firstPassWall = first.end - first.start;
    out.firstPassWork = first.workMs;
    out.slices = first.slices;
    out.claims = first.claims;
    out.firstPassEnd = first.end;
  } else {
    await page.waitForTimeout(1500);
    out.firstPassEnd = await page.evaluate(() => performance.now());
  }
  out.walk = await bareWalk(page);
  out.longFirst = await page.evaluate(
    (end) => window.__bench.longtasks.filter((t) => t.start <= end),
    out.firstPassEnd,
  );

  // Streaming: 5 rounds of 20 appended posts.
  const appendTimes = [];
  const streamStart = await page.evaluate(() => performance.now());
  for (let round = 0; round < 5; round++) {
    appendTimes.push(await appendTwenty(page, round + 1, withExtension));
    await page.waitForTimeout(150);
  }
  out.append = appendTimes;
  out.longStream = await page.evaluate(
    (from) => window.__bench.longtasks.filter((t) => t.start >= from),
    streamStart,
  );

  // Soak: trim to a virtualised window, then stream 10,000 posts in batches, removing old ones.
  await page.evaluate((keep) => {
    const feed = document.getElementById('feed');
    while (feed.children.length > keep) feed.firstElementChild.remove();
  }, SOAK_KEEP);
  await page.waitForTimeout(500);
  out.heapStart = await heapMB(cdp);
  const random = rng(7);
  for (let sent = 0; sent < SOAK_POSTS; sent += SOAK_BATCH) {
    const batch = [];
    for (let i = 0; i < SOAK_BATCH; i++) batch.push(postHtml(200_000 + sent + i, random).html);
    await page.evaluate(
      ({ html, keep }) => {
        const feed = document.getElementById('feed');
        feed.insertAdjacentHTML('beforeend', html);
        while (feed.children.length > keep) feed.firstElementChild.remove();
      },
      { html: batch.join(''), keep: SOAK_KEEP },
    );
    await page.waitForTimeout(20);
  }
  await page.waitForTimeout(1000);
  out.heapEnd = await heapMB(cdp);
  if (withExtension) {
    out.blocksAfterSoak = await page.evaluate(() => window.__bench.messages.at(-1)?.blocks ?? null);
  }
  await browser.close();
  return out;
}

const fmt = (n, d = 1) => (Number.isFinite(n) ? n.toFixed(d) : String(n));
const worst = (tasks) => (tasks.length ? Math.max(...tasks.map((t) => t.duration)) : 0);

console.log(
  `Generated feed: ${POSTS} posts, ${hype} hype (${((hype / POSTS) * 100).toFixed(1)}%).`,
);
const base = await run(false);
const ext = await run(true);
server.close();

const gzip =
  gzipSync(readFileSync(join(BUILD, 'content-scripts', 'content.js')), { level: 9 }).length / 1024;
const ratio = ext.firstPassWork / ext.walk;
const appendWorst = Math.max(...ext.append);
const extraLongFirst =
  ext.longFirst.filter((t) => t.duration > 50).length -
  base.longFirst.filter((t) => t.duration > 50).length;
const extraLongStream =
  ext.longStream.filter((t) => t.duration > 50).length -
  base.longStream.filter((t) => t.duration > 50).length;
const growth = ext.heapEnd - ext.heapStart;
const baseGrowth = base.heapEnd - base.heapStart;

const rows = [
  ['bare TreeWalker pass (median of 7)', `${fmt(ext.walk, 2)} ms`, 'reference', true],
  [
    'first annotation, work in slices',
    `${fmt(ext.firstPassWork)} ms in ${ext.slices} slices (${ext.claims} claims)`,
    '',
    true,
  ],
  ['first annotation, wall clock (idle-paced)', `${fmt(ext.firstPassWall)} ms`, 'info', true],
  ['first annotation / bare walk', `${fmt(ratio, 2)}x`, '<= 3x', ratio <= 3],
  [
    'long tasks > 50 ms, first pass (ext vs none)',
    `${ext.longFirst.filter((t) => t.duration > 50).length} vs ${base.longFirst.filter((t) => t.duration > 50).length} (worst ${fmt(worst(ext.longFirst))} vs ${fmt(worst(base.longFirst))} ms)`,
    '0 extra',
    extraLongFirst <= 0,
  ],
  [
    'long tasks > 50 ms, streaming (ext vs none)',
    `${ext.longStream.filter((t) => t.duration > 50).length} vs ${base.longStream.filter((t) => t.duration > 50).length} (worst ${fmt(worst(ext.longStream))} vs ${fmt(worst(base.longStream))} ms)`,
    '0 extra',
    extraLongStream <= 0,
  ],
  [
    '20 appended posts marked after',
    `${ext.append.map((t) => fmt(t, 0)).join(', ')} ms`,
    '<= 100 ms',
    appendWorst <= 100,
  ],
  [
    `heap growth, ${SOAK_POSTS} posts streamed`,
    `${fmt(growth, 2)} MB (${fmt(ext.heapStart)} → ${fmt(ext.heapEnd)}; without extension ${fmt(baseGrowth, 2)} MB; blocks kept ${ext.blocksAfterSoak})`,
    '<= 5 MB',
    growth <= 5,
  ],
  ['content script size (gzip -9)', `${fmt(gzip)} kB`, '< 160 kB', gzip < 160],
];
console.log('');
console.log('| measure | result | target | |');
console.log('| --- | --- | --- | --- |');
for (const [name, value, target, ok] of rows) {
  console.log(
    `| ${name} | ${value} | ${target} | ${target === 'reference' || target === 'info' || target === '' ? '' : ok ? 'pass' : 'FAIL'} |`,
  );
}
process.exitCode = rows.every(([, , , ok]) => ok) ? 0 : 1;
