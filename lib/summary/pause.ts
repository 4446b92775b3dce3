import type { Settings } from '../settings/schema';
import { isSiteEnabled, matchesSite } from '../settings/sites';

/** Whether Hype Lens is off on a site under these settings (paused, or not on the "only" list). */
export function isSitePaused(settings: Settings, site: string): boolean {
  return !isSiteEnabled(settings, site);
}

/**
 * Settings with Hype Lens paused or resumed on one site. In "everywhere" mode this edits the
 * paused list; in "only these sites" mode it edits the allowed list, so the switch always
 * means what it says.
 */
export function withSitePaused(settings: Settings, site: string, paused: boolean): Settings {
  const list = settings.siteMode === 'only' ? 'onlySites' : 'pausedSites';
  // Pausing in "everywhere" mode and resuming in "only" mode add the site; the others remove it.
  const add = paused === (list === 'pausedSites');
  const others = settings[list].filter((pattern) => !matchesSite(site, pattern));
  return { ...settings, [list]: add ? [...others, site] : others };
}
