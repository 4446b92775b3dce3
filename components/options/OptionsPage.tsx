import './options.css';
import { AppHeader } from '@/components/AppHeader';
import { DismissedSection } from './DismissedSection';
import { PhrasesSection } from './PhrasesSection';
import { RulesSection } from './RulesSection';
import { SensitivitySection } from './SensitivitySection';
import { SettingsNotice } from './SettingsNotice';
import { SitesSection } from './SitesSection';
import { StatusLine } from './StatusLine';
import { TransferSection } from './TransferSection';
import { useSettings } from './useSettings';

/** The whole options page: every setting, saved as it changes. */
export function OptionsPage() {
  const { settings, status, problem, readOnly, save, reload, replaceNewer } = useSettings();
  return (
    <main className="options">
      <AppHeader subtitle="Settings" />
      <nav aria-label="Sections" className="toc">
        <a href="#rules-heading">Rules</a>
        <a href="#sensitivity-heading">Sensitivity</a>
        <a href="#sites-heading">Sites</a>
        <a href="#phrases-heading">Your phrases</a>
        <a href="#dismissed-heading">Dismissed</a>
        <a href="#transfer-heading">Export and import</a>
      </nav>
      <div className="status-bar">
        <StatusLine status={status} />
      </div>
      <SettingsNotice
        problem={problem}
        onReload={() => void reload()}
        onReplace={() => void replaceNewer()}
      />
      {settings ? (
        <>
          {/* Read-only when saving could overwrite settings that could not be read as stored. */}
          <fieldset className="settings-fields" disabled={readOnly} data-testid="settings-fields">
            <legend className="visually-hidden">Your settings</legend>
            <RulesSection settings={settings} save={save} />
            <SensitivitySection settings={settings} save={save} />
            <SitesSection settings={settings} save={save} />
            <PhrasesSection settings={settings} save={save} />
          </fieldset>
          <DismissedSection />
          <TransferSection settings={settings} save={save} />
        </>
      ) : null}
    </main>
  );
}
