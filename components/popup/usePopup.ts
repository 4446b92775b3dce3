import { useCallback, useEffect, useRef, useState } from 'react';
import { browser } from 'wxt/browser';
import { type PageSummary, sendMessage, sendToTab } from '@/lib/messaging';
import type { Settings } from '@/lib/settings/schema';
// Direct imports: the settings index also carries the phrase checker, which the popup never needs.
import { getSettings, updateSettings, watchSettings } from '@/lib/settings/storage';
import {
  isSitePaused,
  markdownReport,
  siteOf,
  type Unscannable,
  unscannableReason,
  withSitePaused,
} from '@/lib/summary';
import {
  getMarksHidden,
  getTabSummary,
  setMarksHidden,
  watchTabSummary,
} from '@/lib/summary/store';

/** The tab the popup speaks about. */
export interface PopupTab {
  id: number;
  /** Absent when the browser does not let us read the address. */
  url?: string;
}

/** What the popup can show, from the first render to a live summary. */
export type PopupPhase =
  | { kind: 'loading' }
  | { kind: 'no-tab' }
  | { kind: 'unscannable'; reason: Exclude<Unscannable, null> | 'refused' }
  | { kind: 'not-scanned' }
  | { kind: 'injecting' }
  /** "Scan this page" found the content script already running; its report is on the way. */
  | { kind: 'already-running' }
  | { kind: 'summary'; summary: PageSummary };

/** Everything the popup view needs: state and the actions behind its buttons. */
export interface PopupModel {
  tab: PopupTab | null;
  phase: PopupPhase;
  /** The host name the pause switch acts on; null on pages without one. */
  site: string | null;
  /** Whether Hype Lens is off on this site; null until settings are read. */
  paused: boolean | null;
  marksHidden: boolean;
  /** A short message about the last action ("Copied"), read out to screen readers. */
  notice: string;
  reveal: (claimId: string) => void;
  setPaused: (paused: boolean) => void;
  toggleMarks: () => void;
  copyReport: () => void;
  scanPage: () => void;
  openOptions: () => void;
}

/** The tab id in `?tab=ID`, or null when the popup is for the active tab. */
export function tabIdFromSearch(search: string): number | null {
  const raw = new URLSearchParams(search).get('tab');
  if (raw === null || !/^\d+$/.test(raw)) return null;
  return Number(raw);
}

/** Finds the tab: the one named in the address, else the active tab of this window. */
async function findTab(search: string): Promise<PopupTab | null> {
  try {
    const wanted = tabIdFromSearch(search);
    const tab =
      wanted === null
        ? (await browser.tabs.query({ active: true, currentWindow: true }))[0]
        : await browser.tabs.get(wanted);
    return typeof tab?.id === 'number' ? { id: tab.id, url: tab.url } : null;
  } catch {
    // A closed tab or an id that never existed.
    return null;
  }
}

/** Where to go when there is no summary for a tab. */
function phaseWithout(tab: PopupTab): PopupPhase {
  const reason = unscannableReason(tab.url);
  return reason ? { kind: 'unscannable', reason } : { kind: 'not-scanned' };
}

/** Reads the content script's highlight registry: present means it already runs in the tab. */
function contentScriptPresent(): boolean {
  for (const name of CSS.highlights.keys()) if (name.startsWith('hype-lens')) return true;
  return false;
}

const NOTICE_MS = 2_500;

/** How long "Scan this page" waits for the injected content script's first report. */
export const SCAN_TIMEOUT_MS = 10_000;

/** The popup's state for a tab, kept live from session storage and settings. */
export function usePopup(search: string): PopupModel {
  const [tab, setTab] = useState<PopupTab | null>(null);
  const [phase, setPhase] = useState<PopupPhase>({ kind: 'loading' });
  const [settings, setSettings] = useState<Settings | null>(null);
  const [marksHidden, setMarksHiddenState] = useState(false);
  const [notice, setNoticeText] = useState('');
  const noticeTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  const setNotice = useCallback((text: string) => {
    clearTimeout(noticeTimer.current);
    setNoticeText(text);
    noticeTimer.current = setTimeout(() => setNoticeText(''), NOTICE_MS);
  }, []);
  useEffect(() => () => clearTimeout(noticeTimer.current), []);

  useEffect(() => {
    let live = true;
    let stopWatching = () => {};
    (async () => {
      const found = await findTab(search);
      if (!live) return;
      if (!found) {
        setPhase({ kind: 'no-tab' });
        return;
      }
      setTab(found);
      let first = true;
      const show = async (summary: PageSummary | null) => {
        const initial = first;
        first = false;
        if (!live) return;
        if (summary) {
          setPhase({ kind: 'summary', summary });
          return;
        }
        // A summary that disappears means the tab navigated away: judge the new address.
        const current = initial ? found : ((await findTab(search)) ?? found);
        if (!live) return;
        setTab(current);
        setPhase((phase) =>
          phase.kind === 'injecting' || phase.kind === 'already-running'
            ? phase
            : phaseWithout(current),
        );
      };
      // Subscribe first so a report arriving while we read is not lost.
      stopWatching = watchTabSummary(found.id, show);
      const summary =
        (await sendMessage('summary/get', { tabId: found.id })) ?? (await getTabSummary(found.id));
      await show(summary);
      const hidden = await getMarksHidden(found.id);
      if (live) setMarksHiddenState(hidden);
    })();
    return () => {
      live = false;
      stopWatching();
    };
  }, [search]);

  useEffect(() => {
    let live = true;
    getSettings().then((value) => live && setSettings(value));
    const stop = watchSettings((value) => live && setSettings(value));
    return () => {
      live = false;
      stop();
    };
  }, []);

  const summaryUrl = phase.kind === 'summary' ? phase.summary.url : undefined;
  const site = siteOf(summaryUrl ?? tab?.url);
  const paused = settings && site ? isSitePaused(settings, site) : null;

  const reveal = useCallback(
    (claimId: string) => {
      if (!tab) return;
      sendToTab(tab.id, 'claim/reveal', { claimId }).then((answer) => {
        if (!answer?.ok) setNotice('That claim is no longer on the page.');
      });
    },
    [tab, setNotice],
  );

  const setPaused = useCallback(
    (next: boolean) => {
      if (!site) return;
      updateSettings((current) => withSitePaused(current, site, next)).then(
        (saved) => setSettings(saved),
        () => setNotice('Could not save the setting.'),
      );
    },
    [site, setNotice],
  );

  const toggleMarks = useCallback(() => {
    if (!tab) return;
    const hide = !marksHidden;
    sendToTab(tab.id, 'marks/set-visible', { visible: !hide }).then(async (answer) => {
      if (!answer?.ok) {
        setNotice('The marks on this page cannot be changed right now.');
        return;
      }
      setMarksHiddenState(hide);
      await setMarksHidden(tab.id, hide);
    });
  }, [tab, marksHidden, setNotice]);

  const copyReport = useCallback(() => {
    if (phase.kind !== 'summary') return;
    navigator.clipboard.writeText(markdownReport(phase.summary)).then(
      () => setNotice('Copied'),
      () => setNotice('Copying failed: the browser refused the clipboard.'),
    );
  }, [phase, setNotice]);

  const scanPage = useCallback(() => {
    if (!tab) return;
    setPhase({ kind: 'injecting' });
    // A page the content script cannot work on never reports: say so instead of waiting forever.
    setTimeout(() => {
      setPhase((phase) =>
        phase.kind === 'injecting' ? { kind: 'unscannable', reason: 'refused' } : phase,
      );
    }, SCAN_TIMEOUT_MS);
    (async () => {
      const target = { tabId: tab.id };
      const [probe] = await browser.scripting.executeScript({ target, func: contentScriptPresent });
      if (probe?.result) {
        setPhase((phase) => (phase.kind === 'injecting' ? { kind: 'already-running' } : phase));
        return;
      }
      await browser.scripting.executeScript({ target, files: ['/content-scripts/content.js'] });
    })().catch(() => setPhase({ kind: 'unscannable', reason: 'refused' }));
  }, [tab]);

  const openOptions = useCallback(() => {
    Promise.resolve(browser.runtime.openOptionsPage()).catch(() =>
      setNotice('Could not open the settings.'),
    );
  }, [setNotice]);

  return {
    tab,
    phase,
    site,
    paused,
    marksHidden,
    notice,
    reveal,
    setPaused,
    toggleMarks,
    copyReport,
    scanPage,
    openOptions,
  };
}
