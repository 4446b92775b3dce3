import './options.css';
import { AppHeader } from '@/components/AppHeader';
import { DismissedSection } from './DismissedSection';
import { PhrasesSection } from './PhrasesSection';
import { RulesSection } from './RulesSection';
import { SensitivitySection } from './SensitivitySection';
import { SitesSection } from './SitesSection';
import { StatusLine } from './StatusLine';
import { TransferSection } from './TransferSection';
import { useSettings } from './useSettings';

/** The whole options page: every setting, saved as it changes. */
export function OptionsPage() {
  const { settings, status, save } = useSettings();
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
      {settings ? (
        <>
          <RulesSection settings={settings} save={save} />
          <SensitivitySection settings={settings} save={save} />
          <SitesSection settings={settings} save={save} />
          <PhrasesSection settings={settings} save={save} />
          <DismissedSection />
          <TransferSection settings={settings} save={save} />
        </>
      ) : null}
    </main>
  );
}
