// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createAnalyzer } from '../../../lib/analyze';
import { Annotator, FLASH_HIGHLIGHT, FLASH_MS } from '../../../lib/annotate';
import { ANALYZE_WINDOW } from '../../../lib/annotate/annotator';
import { adapterFor, genericAdapter, OVERLAY_ATTRIBUTE } from '../../../lib/dom';
import { builtInRules } from '../../../lib/rules';
import { dismissKey } from '../../../lib/settings/dismissed';
import {
  CLEAN,
  defaultAnalyzer,
  fakeHighlights,
  HYPE,
  type ManualScheduler,
  manualScheduler,
  markedTexts,
  settle,
} from './helpers';

let current: Annotator | null = null;

function annotate(
  html: string,
  options: Partial<ConstructorParameters<typeof Annotator>[0]> = {},
): { annotator: Annotator; api: ReturnType<typeof fakeHighlights>; scheduler: ManualScheduler } {
  document.body.innerHTML = html;
  const api = fakeHighlights();
  const scheduler = manualScheduler();
  const annotator = new Annotator({
    document,
    adapter: genericAdapter,
    analyzer: defaultAnalyzer,
    highlights: api,
    scheduler,
    extract: { visibility: 'attributes' },
    ...options,
  });
  current = annotator;
  annotator.start();
  scheduler.flush();
  return { annotator, api, scheduler };
}

afterEach(() => {
  current?.destroy();
  current = null;
  document.body.innerHTML = '';
});

describe('Annotator: first pass', () => {
  it('marks the claims of a hype paragraph and leaves a clean one alone', () => {
    const { annotator, api } = annotate(`<p id="hype">${HYPE}</p><p id="clean">${CLEAN}</p>`);
    const claims = annotator.claims();
    expect(claims.length).toBeGreaterThan(0);
    for (const claim of claims) {
      expect(claim.block.element.id).toBe('hype');
      expect(claim.ranges.map((r) => r.toString()).join('')).toBe(claim.finding.quote);
      expect(claim.rule.id).toBe(claim.finding.ruleId);
      expect(claim.id).toMatch(/^\d+-\d+$/);
      expect(claim.id.endsWith(`-${claim.finding.start}`)).toBe(true);
    }
    const marked = markedTexts(api);
    expect(marked.sort()).toEqual(claims.map((c) => c.finding.quote).sort());
    expect(marked.some((t) => CLEAN.includes(t))).toBe(false);
  });

  it('puts each claim in the highlight of its severity', () => {
    const { annotator, api } = annotate(`<p>${HYPE}</p>`);
    for (const claim of annotator.claims()) {
      const highlight = api.registry.get(`hype-lens-${claim.finding.severity}`);
      for (const range of claim.ranges) expect(highlight?.has(range)).toBe(true);
    }
  });

  it('never marks text people type', () => {
    const { annotator } = annotate(
      `<textarea>${HYPE}</textarea><input value="${HYPE}"><div contenteditable="true">${HYPE}</div>`,
    );
    expect(annotator.claims()).toEqual([]);
  });

  it('does not build the analyzer for a page without text', () => {
    const factory = vi.fn(defaultAnalyzer);
    const { annotator } = annotate('<div><img alt=""></div>', { analyzer: factory });
    expect(annotator.claims()).toEqual([]);
    expect(factory).not.toHaveBeenCalled();
    expect(annotator.busy).toBe(false);
  });

  it('keeps the page markup exactly as it was', () => {
    const html = `<main><p>${HYPE}</p><ul><li>${CLEAN}</li></ul></main>`;
    annotate(html);
    expect(document.body.innerHTML).toBe(html);
  });

  it('splits a long feed over several short slices, in page order', () => {
    const posts = Array.from({ length: 100 }, (_, i) =>
      i % 20 === 5
        ? `<article><p>${HYPE}</p></article>`
        : `<article><p>${CLEAN} (${i})</p></article>`,
    ).join('');
    document.body.innerHTML = `<main>${posts}</main>`;
    const api = fakeHighlights();
    const scheduler = manualScheduler();
    scheduler.step = 5; // every clock read costs a millisecond: a slice fits only a few blocks
    const annotator = new Annotator({
      document,
      adapter: genericAdapter,
      analyzer: defaultAnalyzer,
      highlights: api,
      scheduler,
      extract: { visibility: 'attributes' },
    });
    current = annotator;
    annotator.start();
    const slices = scheduler.flush();
    expect(slices).toBeGreaterThan(5);
    const articles = [...document.querySelectorAll('article')];
    const owners = annotator
      .claims()
      .map((c) => articles.indexOf(c.block.element.closest('article') as HTMLElement));
    expect(new Set(owners)).toEqual(new Set([5, 25, 45, 65, 85]));
    expect(owners).toEqual([...owners].sort((a, b) => a - b));
  });

  it('reads only post text with a site adapter', () => {
    const { annotator } = annotate(
      `<article data-testid="tweet"><div data-testid="User-Name">${HYPE}</div><div data-testid="tweetText">${CLEAN}</div></article>
       <article data-testid="tweet"><div data-testid="tweetText">${HYPE}</div></article>`,
      { adapter: adapterFor('x.com') },
    );
    const owners = new Set(annotator.claims().map((c) => c.block.element));
    expect(owners).toEqual(new Set([document.querySelectorAll('article')[1]]));
  });
});

describe('Annotator: feeds', () => {
  it('marks a post appended later, and only reads what was added', async () => {
    const factory = vi.fn(defaultAnalyzer);
    const { annotator, scheduler } = annotate(
      `<div id="feed"><article><p>${CLEAN}</p></article></div>`,
      {
        analyzer: factory,
      },
    );
    expect(annotator.claims()).toEqual([]);
    const post = document.createElement('article');
    post.innerHTML = `<p>${HYPE}</p>`;
    document.getElementById('feed')?.append(post);
    await settle();
    expect(annotator.busy).toBe(true);
    scheduler.flush();
    expect(annotator.claims().length).toBeGreaterThan(0);
    expect(annotator.claims().every((c) => post.contains(c.block.element))).toBe(true);
    expect(annotator.busy).toBe(false);
  });

  it('re-reads a post whose text changes', async () => {
    const { annotator, scheduler } = annotate(`<p id="p">${CLEAN}</p>`);
    const text = document.getElementById('p')?.firstChild as Text;
    text.data = HYPE;
    await settle();
    scheduler.flush();
    expect(annotator.claims().length).toBeGreaterThan(0);
    text.data = CLEAN;
    await settle();
    scheduler.flush();
    expect(annotator.claims()).toEqual([]);
  });

  it('drops the claims and ranges of removed posts', async () => {
    const { annotator, api, scheduler } = annotate(
      `<div id="feed"><article id="a"><p>${HYPE}</p></article><article><p>${CLEAN}</p></article></div>`,
    );
    expect(annotator.claims().length).toBeGreaterThan(0);
    document.getElementById('a')?.remove();
    await settle();
    scheduler.flush();
    expect(annotator.claims()).toEqual([]);
    expect(markedTexts(api)).toEqual([]);
  });

  it('ignores changes inside its own overlay', async () => {
    const { scheduler } = annotate(`<p>${CLEAN}</p>`);
    const overlay = document.createElement('div');
    overlay.setAttribute(OVERLAY_ATTRIBUTE, '');
    overlay.textContent = HYPE;
    document.documentElement.append(overlay);
    await settle();
    expect(scheduler.pending()).toBe(0);
    overlay.remove();
  });

  it('keeps claim ids when a post re-renders with the same words', async () => {
    const { annotator, scheduler } = annotate(`<div id="feed"><p id="p">${HYPE}</p></div>`);
    const before = annotator.claims().map((c) => c.id);
    const p = document.getElementById('p') as HTMLElement;
    p.replaceChildren(document.createTextNode(HYPE));
    await settle();
    scheduler.flush();
    expect(annotator.claims().map((c) => c.id)).toEqual(before);
    expect(annotator.claims()[0]?.ranges[0]?.startContainer).toBe(p.firstChild);
  });

  it('starts afresh on restart (an SPA navigation) with new ids', () => {
    const { annotator, scheduler } = annotate(`<p>${HYPE}</p>`);
    const before = annotator.claims().map((c) => c.id);
    annotator.restart();
    expect(annotator.claims()).toEqual([]);
    scheduler.flush();
    const after = annotator.claims().map((c) => c.id);
    expect(after.length).toBe(before.length);
    expect(after.some((id) => before.includes(id))).toBe(false);
  });
});

describe('Annotator: settings and actions', () => {
  it('rescans with a new analyzer without reading the page again', () => {
    const { annotator, scheduler } = annotate(`<p>${HYPE}</p>`);
    const ruleIds = [...new Set(annotator.claims().map((c) => c.finding.ruleId))];
    const off = Object.fromEntries(builtInRules().map((r) => [r.id, false]));
    annotator.rescan(() => createAnalyzer(builtInRules(), { rules: off }));
    scheduler.flush();
    expect(annotator.claims()).toEqual([]);
    annotator.rescan(() => createAnalyzer(builtInRules(), {}));
    scheduler.flush();
    expect([...new Set(annotator.claims().map((c) => c.finding.ruleId))].sort()).toEqual(
      ruleIds.sort(),
    );
  });

  it('explains a custom phrase with the rule the analyzer built for it', () => {
    const { annotator } = annotate('<p>The Golden Goose Method pays off.</p>', {
      analyzer: () =>
        createAnalyzer(builtInRules(), {
          sensitivity: 'high',
          customPhrases: [{ phrase: 'golden goose method', category: 'secret-system' }],
        }),
    });
    const claim = annotator.claims().find((c) => c.finding.ruleId.startsWith('custom-'));
    expect(claim?.rule.title).toContain('golden goose method');
    expect(claim?.rule.explanation.length).toBeGreaterThan(20);
  });

  it('leaves dismissed claims unmarked, and dismisses on request', () => {
    const first = annotate(`<p>${HYPE}</p>`);
    const [claim, ...rest] = first.annotator.claims();
    if (claim === undefined) throw new Error('expected a claim');
    const key = first.annotator.dismiss(claim);
    expect(key).toBe(dismissKey(claim.finding.ruleId, claim.finding.quote, claim.block.text));
    expect(first.annotator.claims().map((c) => c.id)).toEqual(rest.map((c) => c.id));
    expect(markedTexts(first.api)).not.toContain(claim.finding.quote);
    first.annotator.destroy();

    const second = annotate(`<p>${HYPE}</p>`, { dismissed: [key] });
    expect(second.annotator.claims().map((c) => c.finding.quote)).not.toContain(
      claim.finding.quote,
    );
    second.annotator.setDismissed([]);
    expect(second.annotator.claims().map((c) => c.finding.quote)).toContain(claim.finding.quote);
  });

  it('hides and shows marks without forgetting claims', () => {
    const { annotator, api } = annotate(`<p>${HYPE}</p>`);
    const count = markedTexts(api).length;
    annotator.setVisible(false);
    expect(markedTexts(api)).toEqual([]);
    expect(annotator.claims().length).toBeGreaterThan(0);
    expect([...api.registry.keys()].sort()).toEqual([
      'hype-lens-high',
      'hype-lens-low',
      'hype-lens-medium',
    ]);
    annotator.setVisible(true);
    expect(markedTexts(api).length).toBe(count);
  });

  it('reveals a claim: scrolls to it and flashes it for a moment', () => {
    const timers: { run: () => void; ms: number }[] = [];
    const { annotator, api } = annotate(`<p>${HYPE}</p>`, {
      setTimer: (run, ms) => timers.push({ run, ms }),
    });
    const scroll = vi.spyOn(window, 'scrollBy').mockImplementation(() => {});
    const claim = annotator.claims()[0];
    expect(annotator.reveal(claim?.id ?? '')).toBe(true);
    expect(markedTexts(api, FLASH_HIGHLIGHT)).toEqual(claim?.ranges.map((r) => r.toString()));
    expect(timers.map((t) => t.ms)).toEqual([FLASH_MS]);
    timers[0]?.run();
    expect(api.registry.has(FLASH_HIGHLIGHT)).toBe(false);
    expect(annotator.reveal('no-such-claim')).toBe(false);
    scroll.mockRestore();
  });

  it('tells subscribers when claims change, until they unsubscribe', async () => {
    const { annotator, scheduler } = annotate(`<div id="feed"><p>${CLEAN}</p></div>`);
    const listener = vi.fn();
    const stop = annotator.subscribe(listener);
    const p = document.createElement('p');
    p.textContent = HYPE;
    document.getElementById('feed')?.append(p);
    await settle();
    scheduler.flush();
    expect(listener).toHaveBeenCalled();
    stop();
    listener.mockClear();
    p.remove();
    await settle();
    scheduler.flush();
    expect(listener).not.toHaveBeenCalled();
  });

  it('destroy unmarks everything, unregisters and stops watching', async () => {
    const { annotator, api, scheduler } = annotate(`<div id="feed"><p>${HYPE}</p></div>`);
    annotator.destroy();
    expect(api.registry.size).toBe(0);
    expect(annotator.claims()).toEqual([]);
    const p = document.createElement('p');
    p.textContent = HYPE;
    document.getElementById('feed')?.append(p);
    await settle();
    expect(scheduler.pending()).toBe(0);
  });

  it('finds claims but paints nothing where the Highlight API is missing', () => {
    const { annotator } = annotate(`<p>${HYPE}</p>`, { highlights: null });
    expect(annotator.claims().length).toBeGreaterThan(0);
  });
});

describe('Annotator: shadow roots', () => {
  it('marks a post a web component adds inside its open shadow root after the first pass', async () => {
    const { annotator, scheduler } = annotate(`<feed-list id="host"></feed-list><p>${CLEAN}</p>`);
    const host = document.getElementById('host') as HTMLElement;
    // Attached before the first pass in a real page; re-read so the pass meets the root.
    const root = host.attachShadow({ mode: 'open' });
    const feed = document.createElement('section');
    root.append(feed);
    annotator.restart();
    scheduler.flush();
    expect(annotator.claims()).toEqual([]);
    const post = document.createElement('article');
    post.innerHTML = `<p>${HYPE}</p>`;
    feed.append(post);
    await settle();
    scheduler.flush();
    expect(annotator.claims().length).toBeGreaterThan(0);
    expect(annotator.claims().every((c) => post.contains(c.block.element))).toBe(true);
    post.remove();
    await settle();
    scheduler.flush();
    expect(annotator.claims()).toEqual([]);
  });
});

describe('Annotator: very long blocks', () => {
  it('analyses a block of 200 kB a window at a time, over several slices, and finds every claim', () => {
    const sentences: string[] = [];
    for (let i = 0; i < 2400; i++) sentences.push(i % 600 === 300 ? HYPE : CLEAN);
    const text = sentences.join(' ');
    expect(text.length).toBeGreaterThan(ANALYZE_WINDOW * 10);
    document.body.innerHTML = '';
    const p = document.createElement('p');
    p.append(document.createTextNode(text));
    const api = fakeHighlights();
    const scheduler = manualScheduler();
    scheduler.step = 5;
    const annotator = new Annotator({
      document,
      adapter: genericAdapter,
      analyzer: defaultAnalyzer,
      highlights: api,
      scheduler,
      extract: { visibility: 'attributes' },
    });
    current = annotator;
    document.body.append(p);
    annotator.start();
    const slices = scheduler.flush();
    expect(slices).toBeGreaterThan(5);
    const expected = defaultAnalyzer().analyze(text);
    expect(expected.length).toBeGreaterThan(0);
    const found = annotator.claims().map((c) => c.finding);
    expect(found.map((f) => [f.ruleId, f.start, f.end])).toEqual(
      expected.map((f) => [f.ruleId, f.start, f.end]),
    );
    for (const f of found) expect(text.slice(f.start, f.end)).toBe(f.quote);
    expect(markedTexts(api).length).toBe(found.length);
  });
});
