import { storage } from 'wxt/utils/storage';
import { PageSummary } from '../messaging/protocol';

// Session storage survives a restarted MV3 service worker but not the browser session, which
// is exactly the life of a tab id. Extension pages read it directly; content scripts cannot.
type SessionKey = `session:${string}`;

/** The storage key of a tab's page summary. */
export function summaryKey(tabId: number): SessionKey {
  return `session:summary:${tabId}`;
}

/** The storage key remembering that marks are hidden on a tab. */
export function marksHiddenKey(tabId: number): SessionKey {
  return `session:marksHidden:${tabId}`;
}

/** A stored value as a page summary, or null when absent or not a valid summary. */
export function parseSummary(raw: unknown): PageSummary | null {
  const parsed = PageSummary.safeParse(raw);
  return parsed.success ? parsed.data : null;
}

/** The last summary a tab reported, or null when it has none (never throws). */
export async function getTabSummary(tabId: number): Promise<PageSummary | null> {
  try {
    return parseSummary(await storage.getItem<unknown>(summaryKey(tabId)));
  } catch {
    return null;
  }
}

/** Stores a tab's summary, replacing the previous one. */
export async function setTabSummary(tabId: number, summary: PageSummary): Promise<void> {
  await storage.setItem(summaryKey(tabId), summary);
}

/** Forgets everything about a tab: its summary and whether its marks were hidden. */
export async function clearTab(tabId: number): Promise<void> {
  await storage.removeItems([summaryKey(tabId), marksHiddenKey(tabId)]);
}

/** Calls back with a tab's summary (or null) whenever it changes; returns an unsubscribe. */
export function watchTabSummary(
  tabId: number,
  callback: (summary: PageSummary | null) => void,
): () => void {
  return storage.watch<unknown>(summaryKey(tabId), (value) => callback(parseSummary(value)));
}

/** Whether a person hid the marks on a tab from the popup. */
export async function getMarksHidden(tabId: number): Promise<boolean> {
  try {
    return (await storage.getItem<unknown>(marksHiddenKey(tabId))) === true;
  } catch {
    return false;
  }
}

/** Remembers whether marks are hidden on a tab, so the popup shows the right button next time. */
export async function setMarksHidden(tabId: number, hidden: boolean): Promise<void> {
  if (hidden) await storage.setItem(marksHiddenKey(tabId), true);
  else await storage.removeItem(marksHiddenKey(tabId));
}
