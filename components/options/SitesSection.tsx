import type { Settings } from '@/lib/settings';
import { SiteList } from './SiteList';
import type { SettingsState } from './useSettings';

/** Where Hype Lens runs: everywhere except paused sites, or only on listed sites. */
export function SitesSection({
  settings,
  save,
}: {
  settings: Settings;
  save: SettingsState['save'];
}) {
  const only = settings.siteMode === 'only';
  return (
    <section aria-labelledby="sites-heading" className="panel">
      <h2 id="sites-heading">Sites</h2>
      <fieldset className="choices">
        <legend>Where Hype Lens marks claims</legend>
        <div className="choice">
          <input
            type="radio"
            id="site-mode-everywhere"
            name="site-mode"
            checked={!only}
            onChange={() => void save((s) => ({ ...s, siteMode: 'everywhere' }))}
          />
          <label htmlFor="site-mode-everywhere">Everywhere, except paused sites</label>
        </div>
        <div className="choice">
          <input
            type="radio"
            id="site-mode-only"
            name="site-mode"
            checked={only}
            onChange={() => void save((s) => ({ ...s, siteMode: 'only' }))}
          />
          <label htmlFor="site-mode-only">Only on these sites</label>
        </div>
      </fieldset>
      {only && settings.onlySites.length === 0 ? (
        <p className="field-error" role="status">
          No sites listed yet, so Hype Lens marks nothing. Add a site below.
        </p>
      ) : null}
      {only ? (
        <SiteList
          title="Only on these sites"
          help="Hype Lens marks claims on these sites (and their subdomains) and nowhere else."
          sites={settings.onlySites}
          onAdd={(site) => save((s) => ({ ...s, onlySites: [...s.onlySites, site] }))}
          onRemove={(site) =>
            void save((s) => ({ ...s, onlySites: s.onlySites.filter((x) => x !== site) }))
          }
        />
      ) : (
        <SiteList
          title="Paused sites"
          help="Hype Lens leaves these sites (and their subdomains) alone."
          sites={settings.pausedSites}
          onAdd={(site) => save((s) => ({ ...s, pausedSites: [...s.pausedSites, site] }))}
          onRemove={(site) =>
            void save((s) => ({ ...s, pausedSites: s.pausedSites.filter((x) => x !== site) }))
          }
        />
      )}
    </section>
  );
}
