/**
 * The CSS Custom Highlight registry entries Hype Lens owns: one `Highlight` per severity.
 * Registering ranges in a `Highlight` paints them without touching the page's DOM, which is
 * why marking never breaks React-built feeds or leaks into what people type.
 */

/** Severities that get their own highlight, weakest first (mirrors `Severity` in lib/rules). */
export const HIGHLIGHT_SEVERITIES = ['low', 'medium', 'high'] as const;

/** A severity that has a highlight. */
export type HighlightSeverity = (typeof HIGHLIGHT_SEVERITIES)[number];

/** Prefix of every highlight name we register; a public contract tests outside rely on. */
export const HIGHLIGHT_PREFIX = 'hype-lens';

/** The registry name for one severity, e.g. `hype-lens-high`. */
export function highlightName(severity: HighlightSeverity): string {
  return `${HIGHLIGHT_PREFIX}-${severity}`;
}

/** The parts of the Highlight API we use, so tests can pass a fake and old browsers a nothing. */
export interface HighlightApi {
  /** The document's registry (`CSS.highlights`). */
  registry: Pick<HighlightRegistry, 'set' | 'get' | 'delete'>;
  /** Makes an empty highlight (`new Highlight()`). */
  create: () => Highlight;
}

/** Our highlights by severity, as registered. */
export type SeverityHighlights = Record<HighlightSeverity, Highlight>;

/**
 * The page's Highlight API, or null where it is missing (Firefox < 140, happy-dom, some
 * embedded webviews): there we simply do not mark anything.
 */
export function detectHighlightApi(scope: typeof globalThis = globalThis): HighlightApi | null {
  const css = (scope as { CSS?: { highlights?: HighlightRegistry } }).CSS;
  const Ctor = (scope as { Highlight?: typeof Highlight }).Highlight;
  if (!css?.highlights || typeof Ctor !== 'function') return null;
  const registry = css.highlights;
  return { registry, create: () => new Ctor() };
}

/** Registers one empty highlight per severity and returns them; replaces stale ones of ours. */
export function registerHighlights(api: HighlightApi): SeverityHighlights {
  const entries = HIGHLIGHT_SEVERITIES.map((severity) => {
    const highlight = api.create();
    api.registry.set(highlightName(severity), highlight);
    return [severity, highlight] as const;
  });
  return Object.fromEntries(entries) as SeverityHighlights;
}

/**
 * Removes our highlights, but only those still ours: when the extension reloads, the new
 * content script registers fresh ones before the old one is told to stop, and those must stay.
 */
export function unregisterHighlights(api: HighlightApi, ours: SeverityHighlights): void {
  for (const severity of HIGHLIGHT_SEVERITIES) {
    const name = highlightName(severity);
    if (api.registry.get(name) === ours[severity]) api.registry.delete(name);
  }
}
