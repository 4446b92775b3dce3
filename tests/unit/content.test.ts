import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import contentScript from '@/entrypoints/content';

/** Installs a fake `CSS.highlights` + `Highlight` on the global scope (happy-dom has neither). */
function installFakeHighlightApi(): Map<string, unknown> {
  const highlights = new Map<string, unknown>();
  vi.stubGlobal('CSS', { highlights });
  vi.stubGlobal('Highlight', class extends Set {});
  return highlights;
}

describe('content script', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    document.body.innerHTML = '<p>Make $10k/month while you sleep.</p><p>Plain text.</p>';
  });

  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('is declared for every page, after it has loaded', () => {
    expect(contentScript.matches).toEqual(['<all_urls>']);
    expect(contentScript.runAt).toBe('document_idle');
  });

  it('registers the three severity highlights and leaves the DOM alone', () => {
    const highlights = installFakeHighlightApi();
    const before = document.documentElement.outerHTML;
    contentScript.main(new ContentScriptContext('content'));
    expect([...highlights.keys()]).toEqual(['hype-lens-low', 'hype-lens-medium', 'hype-lens-high']);
    expect(document.documentElement.outerHTML).toBe(before);
  });

  it('removes its highlights when the extension context goes away', () => {
    const highlights = installFakeHighlightApi();
    const ctx = new ContentScriptContext('content');
    contentScript.main(ctx);
    ctx.abort();
    expect(highlights.size).toBe(0);
  });

  it('does nothing, silently, where the Highlight API is missing', () => {
    const error = vi.spyOn(console, 'error');
    vi.stubGlobal('Highlight', undefined);
    expect(() => contentScript.main(new ContentScriptContext('content'))).not.toThrow();
    expect(error).not.toHaveBeenCalled();
  });

  it('never throws into the page, even when the registry does', () => {
    vi.stubGlobal('CSS', {
      highlights: {
        set: () => {
          throw new Error('boom');
        },
      },
    });
    vi.stubGlobal('Highlight', class extends Set {});
    expect(() => contentScript.main(new ContentScriptContext('content'))).not.toThrow();
  });
});
