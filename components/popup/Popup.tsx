import { AppHeader } from '@/components/AppHeader';
import { CategoryCounts } from './CategoryCounts';
import { ClaimGroups } from './ClaimGroups';
import { PageTotals } from './PageTotals';
import type { PopupModel, PopupPhase } from './usePopup';

const UNSCANNABLE_TEXT: Record<Extract<PopupPhase, { kind: 'unscannable' }>['reason'], string> = {
  'browser-page':
    'Browsers keep their own pages off limits to extensions, so this page is not scanned.',
  store: 'Extension stores are off limits to extensions, so this page is not scanned.',
  pdf: 'PDFs open in the browser’s own viewer, which extensions cannot read, so this page is not scanned.',
  refused: 'The browser did not let Hype Lens read this page, so it is not scanned.',
};

/** Props of {@link Popup}. */
export interface PopupProps {
  model: PopupModel;
}

/** The popup's body for the current phase: a message, a scan offer, or the page's claims. */
function PhaseBody({ model }: PopupProps) {
  const { phase, paused } = model;
  switch (phase.kind) {
    case 'loading':
      return <p className="hl-message">Reading this tab…</p>;
    case 'no-tab':
      return <p className="hl-message">That tab is no longer open.</p>;
    case 'unscannable':
      return (
        <p className="hl-message" data-state="unscannable">
          {UNSCANNABLE_TEXT[phase.reason]}
        </p>
      );
    case 'injecting':
      return (
        <p className="hl-message" data-state="scanning">
          Scanning this page…
        </p>
      );
    case 'already-running':
      return (
        <p className="hl-message" data-state="scanning">
          Hype Lens is already reading this page; its summary appears here as soon as it reports. If
          nothing appears, reload the page.
        </p>
      );
    case 'not-scanned':
      if (paused) {
        return (
          <p className="hl-message" data-state="paused">
            Hype Lens is paused on this site.
          </p>
        );
      }
      return (
        <div className="hl-message" data-state="not-scanned">
          <p>
            This page has not been scanned. Tabs that were open before Hype Lens was installed or
            updated need one scan; new pages are scanned as they open.
          </p>
          <button type="button" className="hl-button hl-button--primary" onClick={model.scanPage}>
            Scan this page
          </button>
        </div>
      );
    case 'summary': {
      const { summary } = phase;
      const isPaused = paused === true || summary.status === 'paused';
      return (
        <>
          <PageTotals summary={summary} paused={isPaused} />
          {isPaused ? (
            <p className="hl-message" data-state="paused">
              Hype Lens is paused on this site: nothing is marked.
            </p>
          ) : summary.claims.length === 0 ? (
            <p className="hl-message" data-state={summary.status}>
              {summary.status === 'scanning'
                ? 'Looking for claims…'
                : 'Nothing found: no hype claims on this page so far.'}
            </p>
          ) : (
            <>
              <CategoryCounts claims={summary.claims} />
              <ClaimGroups claims={summary.claims} onReveal={model.reveal} />
            </>
          )}
        </>
      );
    }
  }
}

/** The toolbar popup: how much hype is on this page, what kind, and where. */
export function Popup({ model }: PopupProps) {
  const { phase, site, paused, marksHidden } = model;
  const hasClaims = phase.kind === 'summary' && phase.summary.claims.length > 0;
  return (
    <main className="hl-popup">
      <AppHeader />
      <PhaseBody model={model} />
      <div className="hl-controls">
        {site && paused !== null ? (
          <button
            type="button"
            role="switch"
            aria-checked={paused}
            className="hl-switch"
            onClick={() => model.setPaused(!paused)}
          >
            <span className="hl-switch__track" aria-hidden="true" />
            <span>
              Pause on this site <span className="hl-switch__site">({site})</span>
            </span>
          </button>
        ) : null}
        {hasClaims && !paused ? (
          <div className="hl-controls__row">
            <button type="button" className="hl-button" onClick={model.toggleMarks}>
              {marksHidden ? 'Show marks' : 'Hide marks'}
            </button>
            <button type="button" className="hl-button" onClick={model.copyReport}>
              Copy report
            </button>
          </div>
        ) : null}
      </div>
      <p className="hl-notice" role="status" aria-live="polite">
        {model.notice}
      </p>
      <footer className="hl-footer">
        <p>Hype Lens finds claims of effortless income. Everything runs on your device.</p>
        <button type="button" className="hl-link" onClick={model.openOptions}>
          Settings
        </button>
      </footer>
    </main>
  );
}
