/** Why Hype Lens cannot run on a page, or null when it can (or we cannot tell). */
export type Unscannable = 'browser-page' | 'store' | 'pdf' | null;

const STORES: readonly [host: string, path: string][] = [
  ['chromewebstore.google.com', '/'],
  ['chrome.google.com', '/webstore'],
  ['addons.mozilla.org', '/'],
  ['microsoftedge.microsoft.com', '/addons'],
];

/**
 * Whether a tab's address is one where browsers never run extension content scripts: their
 * own pages (chrome://, about:), extension stores, and PDFs shown by the built-in viewer.
 * An unknown address (we may not read it) returns null: the popup offers a scan instead.
 */
export function unscannableReason(url: string | undefined): Unscannable {
  if (!url) return null;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return 'browser-page';
  }
  if (!['http:', 'https:', 'file:'].includes(parsed.protocol)) return 'browser-page';
  const host = parsed.hostname.toLowerCase();
  if (STORES.some(([store, path]) => host === store && parsed.pathname.startsWith(path))) {
    return 'store';
  }
  if (/\.pdf$/i.test(parsed.pathname)) return 'pdf';
  return null;
}

/** The host name the "Pause on this site" switch stores, without a leading `www.`. */
export function siteOf(url: string | undefined): string | null {
  if (!url) return null;
  try {
    const { protocol, hostname } = new URL(url);
    if (!['http:', 'https:'].includes(protocol) || !hostname) return null;
    return hostname.toLowerCase().replace(/^www\./, '');
  } catch {
    return null;
  }
}
