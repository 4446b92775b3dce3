import { type Settings, SitePattern } from './schema';

/** Whether a host name matches a site pattern (`example.com` also covers its subdomains). */
export function matchesSite(hostname: string, pattern: string): boolean {
  const host = hostname.toLowerCase();
  const base = pattern.startsWith('*.') ? pattern.slice(2) : pattern;
  return host === base || host.endsWith(`.${base}`);
}

/** Whether Hype Lens should run on a host under these settings. */
export function isSiteEnabled(settings: Settings, hostname: string): boolean {
  if (settings.siteMode === 'only') return settings.onlySites.some((p) => matchesSite(hostname, p));
  return !settings.pausedSites.some((p) => matchesSite(hostname, p));
}

/** A site typed by a person, as a valid pattern or the reason it is not one. */
export type SiteInput = { ok: true; pattern: string } | { ok: false; error: string };

/**
 * Reads what a person typed (or pasted) as a site: a host name, `*.host`, or a whole URL, whose
 * host is kept. Gives the reason in plain words when it is not a site.
 */
export function siteFromInput(input: string): SiteInput {
  let text = input.trim().toLowerCase();
  if (text === '') return { ok: false, error: 'Type a site such as example.com.' };
  // A pasted URL: keep only its host.
  const url = /^[a-z][a-z0-9+.-]*:\/\/([^/?#]*)/.exec(text);
  if (url) text = url[1] ?? '';
  else text = text.split(/[/?#]/)[0] ?? '';
  text = text
    .replace(/^[^@]*@/, '')
    .replace(/:\d+$/, '')
    .replace(/\.$/, '');
  if (/\s/.test(text)) return { ok: false, error: 'A site has no spaces: type example.com.' };
  if (text.includes('*') && !/^\*\.[^*]+$/.test(text)) {
    return { ok: false, error: 'A wildcard is only allowed at the start, as in *.example.com.' };
  }
  const parsed = SitePattern.safeParse(text);
  if (!parsed.success) {
    return {
      ok: false,
      error: `"${input.trim()}" is not a site: use a host name such as example.com or *.example.com.`,
    };
  }
  return { ok: true, pattern: parsed.data };
}
