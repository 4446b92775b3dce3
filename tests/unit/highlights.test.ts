import { describe, expect, it } from 'vitest';
import {
  detectHighlightApi,
  HIGHLIGHT_SEVERITIES,
  type HighlightApi,
  highlightName,
  registerHighlights,
  unregisterHighlights,
} from '@/lib/highlights';

/** A stand-in for the page's HighlightRegistry and Highlight constructor (happy-dom has neither). */
function fakeApi(): HighlightApi & { map: Map<string, Highlight> } {
  const map = new Map<string, Highlight>();
  return {
    map,
    registry: {
      set: (name, h) => {
        map.set(name, h);
        return map as unknown as HighlightRegistry;
      },
      get: (name) => map.get(name),
      delete: (name) => map.delete(name),
    },
    create: () => new Set() as unknown as Highlight,
  };
}

describe('highlight names', () => {
  it.each([
    ['low', 'hype-lens-low'],
    ['medium', 'hype-lens-medium'],
    ['high', 'hype-lens-high'],
  ] as const)('%s is registered as %s', (severity, name) => {
    expect(highlightName(severity)).toBe(name);
  });
});

describe('detectHighlightApi', () => {
  it('returns null where the Highlight API is missing (happy-dom, old browsers)', () => {
    expect(detectHighlightApi({} as typeof globalThis)).toBeNull();
    expect(detectHighlightApi({ CSS: {} } as unknown as typeof globalThis)).toBeNull();
    expect(
      detectHighlightApi({ CSS: { highlights: new Map() } } as unknown as typeof globalThis),
    ).toBeNull();
  });

  it('uses CSS.highlights and the Highlight constructor when both exist', () => {
    class FakeHighlight extends Set {}
    const highlights = new Map();
    const api = detectHighlightApi({
      CSS: { highlights },
      Highlight: FakeHighlight,
    } as unknown as typeof globalThis);
    expect(api).not.toBeNull();
    expect(api?.registry).toBe(highlights);
    expect(api?.create()).toBeInstanceOf(FakeHighlight);
  });
});

describe('registerHighlights', () => {
  it('registers one empty highlight per severity', () => {
    const api = fakeApi();
    const ours = registerHighlights(api);
    expect([...api.map.keys()]).toEqual(['hype-lens-low', 'hype-lens-medium', 'hype-lens-high']);
    for (const severity of HIGHLIGHT_SEVERITIES) {
      expect(api.map.get(highlightName(severity))).toBe(ours[severity]);
      expect((ours[severity] as unknown as Set<Range>).size).toBe(0);
    }
  });

  it('unregisters only the highlights that are still ours', () => {
    const api = fakeApi();
    const old = registerHighlights(api);
    // A reloaded content script has already replaced one of them.
    const fresh = api.create();
    api.registry.set('hype-lens-high', fresh);
    unregisterHighlights(api, old);
    expect([...api.map.keys()]).toEqual(['hype-lens-high']);
    expect(api.map.get('hype-lens-high')).toBe(fresh);
  });

  it('leaves other names in the registry alone', () => {
    const api = fakeApi();
    const pageOwn = api.create();
    api.registry.set('search-results', pageOwn);
    unregisterHighlights(api, registerHighlights(api));
    expect([...api.map.entries()]).toEqual([['search-results', pageOwn]]);
  });
});
