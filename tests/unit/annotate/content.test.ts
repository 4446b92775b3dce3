import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import contentScript from '@/entrypoints/content';
import { REPORT_DEBOUNCE_MS } from '@/entrypoints/content/session';
import { PageSummary } from '@/lib/messaging/protocol';
import { defaultSettings, settingsItem } from '@/lib/settings';
import { FakeHighlight, HYPE } from './helpers';

/** Installs a fake `CSS.highlights` + `Highlight` on the global scope (happy-dom has neither). */
function installFakeHighlightApi(): Map<string, FakeHighlight> {
  const highlights = new Map<string, FakeHighlight>();
  vi.stubGlobal('CSS', { highlights });
  vi.stubGlobal('Highlight', FakeHighlight);
  return highlights;
}

function marked(highlights: Map<string, FakeHighlight>): string[] {
  return [...highlights.values()].flatMap((h) => [...h].map((r) => r.toString()));
}

/** Reports the content script sent, parsed with the protocol's schema. */
function reports(send: { mock: { calls: unknown[][] } }): PageSummary[] {
  return send.mock.calls
    .map(([message]) => message as { type: string; payload: unknown })
    .filter((m) => m.type === 'summary/report')
    .map((m) => PageSummary.parse(m.payload));
}

const waitLong = { timeout: 3_000, interval: 20 };

describe('content script', () => {
  let ctx: ContentScriptContext;

  beforeEach(() => {
    fakeBrowser.reset();
    document.body.innerHTML = `<p>${HYPE}</p><p>Plain text.</p>`;
    ctx = new ContentScriptContext('content');
  });

  afterEach(() => {
    ctx.abort();
    vi.unstubAllGlobals();
  });

  it('is declared for every page, after it has loaded, with manifest-injected styles', () => {
    expect(contentScript.matches).toEqual(['<all_urls>']);
    expect(contentScript.runAt).toBe('document_idle');
    expect(contentScript.cssInjectionMode).toBe('manifest');
  });

  it('marks the claims, reports the page summary and leaves the page markup alone', async () => {
    const highlights = installFakeHighlightApi();
    const send = vi.spyOn(fakeBrowser.runtime, 'sendMessage');
    const before = document.body.outerHTML;
    contentScript.main(ctx);
    await vi.waitFor(() => expect(marked(highlights).length).toBeGreaterThan(0), waitLong);
    expect([...highlights.keys()].sort()).toEqual([
      'hype-lens-high',
      'hype-lens-low',
      'hype-lens-medium',
    ]);
    expect(marked(highlights).every((quote) => HYPE.includes(quote))).toBe(true);
    await vi.waitFor(() => expect(reports(send).at(-1)?.status).toBe('done'), waitLong);
    const last = reports(send).at(-1) as PageSummary;
    expect(last.claims.map((c) => c.quote).sort()).toEqual(marked(highlights).sort());
    // The card overlay lives outside <body>; the page's own markup is untouched.
    expect(document.body.outerHTML).toBe(before);
  });

  it('answers the popup: hides and shows marks, reveals a claim, ignores strangers', async () => {
    const highlights = installFakeHighlightApi();
    const send = vi.spyOn(fakeBrowser.runtime, 'sendMessage');
    vi.spyOn(window, 'scrollBy').mockImplementation(() => {});
    contentScript.main(ctx);
    await vi.waitFor(() => expect(reports(send).at(-1)?.status).toBe('done'), waitLong);
    const count = marked(highlights).length;
    const hide = await fakeBrowser.runtime.onMessage.trigger(
      { type: 'marks/set-visible', payload: { visible: false } },
      {},
    );
    expect(hide).toContainEqual({ ok: true });
    expect(marked(highlights)).toEqual([]);
    await fakeBrowser.runtime.onMessage.trigger(
      { type: 'marks/set-visible', payload: { visible: true } },
      {},
    );
    expect(marked(highlights).length).toBe(count);
    const id = reports(send).at(-1)?.claims[0]?.id as string;
    const reveal = await fakeBrowser.runtime.onMessage.trigger(
      { type: 'claim/reveal', payload: { claimId: id } },
      {},
    );
    expect(reveal).toContainEqual({ ok: true });
    expect(highlights.has('hype-lens-flash')).toBe(true);
    const stranger = await fakeBrowser.runtime.onMessage.trigger(
      { type: 'claim/reveal', payload: { id: 1 } },
      {},
    );
    expect(stranger.filter((r) => r !== undefined)).toEqual([]);
  });

  it('pauses on a paused site and resumes without a reload', async () => {
    const highlights = installFakeHighlightApi();
    const send = vi.spyOn(fakeBrowser.runtime, 'sendMessage');
    await settingsItem.setValue({ ...defaultSettings(), pausedSites: [location.hostname] });
    contentScript.main(ctx);
    await vi.waitFor(() => expect(reports(send).at(-1)?.status).toBe('paused'), waitLong);
    expect(marked(highlights)).toEqual([]);
    await settingsItem.setValue(defaultSettings());
    await vi.waitFor(() => expect(marked(highlights).length).toBeGreaterThan(0), waitLong);
    await settingsItem.setValue({ ...defaultSettings(), pausedSites: [location.hostname] });
    await vi.waitFor(() => expect(highlights.size).toBe(0), waitLong);
    await new Promise((done) => setTimeout(done, REPORT_DEBOUNCE_MS + 50));
    expect(reports(send).at(-1)?.status).toBe('paused');
  });

  it('applies a turned-off rule to the open page', async () => {
    const highlights = installFakeHighlightApi();
    contentScript.main(ctx);
    await vi.waitFor(() => expect(marked(highlights).length).toBeGreaterThan(0), waitLong);
    const { builtInRules } = await import('@/lib/rules');
    const rules = Object.fromEntries(builtInRules().map((r) => [r.id, false]));
    await settingsItem.setValue({ ...defaultSettings(), rules });
    await vi.waitFor(() => expect(marked(highlights)).toEqual([]), waitLong);
  });

  it('removes its highlights when the extension context goes away', async () => {
    const highlights = installFakeHighlightApi();
    contentScript.main(ctx);
    await vi.waitFor(() => expect(highlights.size).toBe(3), waitLong);
    ctx.abort();
    expect(highlights.size).toBe(0);
  });

  it('does nothing, silently, where the Highlight API is missing', async () => {
    const error = vi.spyOn(console, 'error');
    vi.stubGlobal('Highlight', undefined);
    expect(() => contentScript.main(ctx)).not.toThrow();
    await new Promise((done) => setTimeout(done, 100));
    expect(error).not.toHaveBeenCalled();
  });

  it('never throws into the page, even when the registry does', async () => {
    const error = vi.spyOn(console, 'error');
    vi.stubGlobal('CSS', {
      highlights: {
        set: () => {
          throw new Error('boom');
        },
      },
    });
    vi.stubGlobal('Highlight', FakeHighlight);
    expect(() => contentScript.main(ctx)).not.toThrow();
    await new Promise((done) => setTimeout(done, 100));
    expect(error).not.toHaveBeenCalled();
  });
});
