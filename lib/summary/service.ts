import { type Browser, browser } from 'wxt/browser';
import { type MessageSender, onMessage } from '../messaging/messaging';
import type { PageSummary } from '../messaging/protocol';
import { BADGE_COLORS, badgeText } from './badge';
// Not the index: the background should not load the rule base just to count claims.
import { claimsLabel, highestSeverity } from './level';
import { clearTab, getTabSummary, setTabSummary } from './store';

/** The part of the toolbar-button API the badge needs (`action` in MV3, `browserAction` in MV2). */
export interface BadgeApi {
  setBadgeText(details: { tabId: number; text: string }): Promise<void> | void;
  setBadgeBackgroundColor(details: { tabId: number; color: string }): Promise<void> | void;
  /** The button's tooltip, which screen readers announce instead of the badge. */
  setTitle?(details: { tabId: number; title: string }): Promise<void> | void;
}

/** This browser's toolbar-button API, or null where there is none. */
export function browserBadgeApi(): BadgeApi | null {
  const api = (browser as { action?: BadgeApi; browserAction?: BadgeApi }).action;
  return api ?? (browser as { browserAction?: BadgeApi }).browserAction ?? null;
}

/** The toolbar button's tooltip for a claim count. */
export function buttonTitle(count: number): string {
  return count > 0 ? `Hype Lens: ${claimsLabel(count)} on this page` : 'Hype Lens';
}

/** Shows a tab's claim count on its badge, coloured by the strongest claim; empty without claims. */
export async function showBadge(
  badge: BadgeApi | null,
  tabId: number,
  summary: PageSummary | null,
): Promise<void> {
  if (!badge) return;
  const claims = summary && summary.status !== 'paused' ? summary.claims : [];
  try {
    const severity = highestSeverity(claims);
    if (severity) await badge.setBadgeBackgroundColor({ tabId, color: BADGE_COLORS[severity] });
    await badge.setBadgeText({ tabId, text: badgeText(claims.length) });
    await badge.setTitle?.({ tabId, title: buttonTitle(claims.length) });
  } catch {
    // The tab closed in the meantime; there is no badge left to set.
  }
}

/** The document part of a URL: two URLs differing only in #fragment are the same page. */
function pageOf(url: string): string {
  const hash = url.indexOf('#');
  return hash < 0 ? url : url.slice(0, hash);
}

/** Stores a content script's report for its tab and updates the badge; frames other than the top one are ignored. */
export async function receiveReport(
  summary: PageSummary,
  sender: MessageSender,
  badge: BadgeApi | null,
): Promise<{ ok: boolean }> {
  const tabId = sender.tab?.id;
  // Reports from iframes would overwrite the page's own summary with an embed's.
  if (typeof tabId !== 'number' || tabId < 0 || (sender.frameId ?? 0) !== 0) return { ok: false };
  await setTabSummary(tabId, summary);
  await showBadge(badge, tabId, summary);
  return { ok: true };
}

/**
 * Forgets a tab's summary when it starts loading another document. `url` is present only when
 * we may see the tab's address; a load without it (a reload, or a page we cannot read such as
 * chrome://) clears too, and the content script reports afresh if it runs there.
 */
export async function tabNavigated(
  tabId: number,
  change: { url?: string; status?: string },
  badge: BadgeApi | null,
): Promise<void> {
  if (change.url === undefined && change.status !== 'loading') return;
  const stored = await getTabSummary(tabId);
  if (!stored) return;
  // A report from the new page may already have arrived (same-document navigation).
  if (change.url !== undefined && pageOf(change.url) === pageOf(stored.url)) return;
  await clearTab(tabId);
  await showBadge(badge, tabId, null);
}

/** Wires the background: answers summary messages and follows tab navigation and closing. Returns a stop function. */
export function startSummaryService(badge: BadgeApi | null = browserBadgeApi()): () => void {
  const stopMessages = onMessage({
    'summary/report': (summary, sender) => receiveReport(summary, sender, badge),
    'summary/get': ({ tabId }) => getTabSummary(tabId),
  });
  // The returned promises are ignored by the browser; they let tests wait for the work.
  const updated = (tabId: number, change: Browser.tabs.OnUpdatedInfo) =>
    tabNavigated(tabId, change, badge).catch(() => {});
  const removed = (tabId: number) => clearTab(tabId).catch(() => {});
  browser.tabs.onUpdated.addListener(updated);
  browser.tabs.onRemoved.addListener(removed);
  return () => {
    stopMessages();
    browser.tabs.onUpdated.removeListener(updated);
    browser.tabs.onRemoved.removeListener(removed);
  };
}
