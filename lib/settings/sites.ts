import type { Settings } from './schema';

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
