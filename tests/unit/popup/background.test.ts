import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { sendMessage } from '@/lib/messaging';
import { startSummaryService } from '@/lib/summary/service';
import { getTabSummary, setMarksHidden, summaryKey } from '@/lib/summary/store';
import { claim, FEED_CLAIMS, pageSummary } from './fixtures';

/** A report as the content script in tab `tabId` would send it. */
function report(tabId: number, summary = pageSummary({ claims: FEED_CLAIMS }), frameId = 0) {
  return fakeBrowser.runtime.onMessage.trigger(
    { type: 'summary/report', payload: summary },
    { tab: tab(tabId), frameId },
  );
}

/** A tab as event listeners get it; only the id matters here. */
function tab(id: number): Browser.tabs.Tab {
  // The service reads nothing but the id; the rest of a Tab would be noise here.
  return { id } as Browser.tabs.Tab;
}

const badgeText = (tabId: number) => fakeBrowser.action.getBadgeText({ tabId });
const badgeColor = (tabId: number) => fakeBrowser.action.getBadgeBackgroundColor({ tabId });

describe('background summary service', () => {
  let stop: () => void;

  beforeEach(() => {
    fakeBrowser.reset();
    stop = startSummaryService(fakeBrowser.action);
  });

  afterEach(() => stop());

  it('stores each tab’s report in session storage and answers summary/get', async () => {
    await report(5);
    await report(6, pageSummary({ url: 'https://other.example/' }));
    const stored = await fakeBrowser.storage.session.get('summary:5');
    expect(stored['summary:5']).toMatchObject({ claims: FEED_CLAIMS });
    await expect(sendMessage('summary/get', { tabId: 5 })).resolves.toMatchObject({
      url: 'https://feed.example/home',
      claims: FEED_CLAIMS,
    });
    await expect(sendMessage('summary/get', { tabId: 6 })).resolves.toMatchObject({
      url: 'https://other.example/',
      claims: [],
    });
    await expect(sendMessage('summary/get', { tabId: 99 })).resolves.toBeNull();
  });

  it('a restarted service worker still answers from session storage', async () => {
    await report(5);
    stop();
    stop = startSummaryService(fakeBrowser.action);
    await expect(sendMessage('summary/get', { tabId: 5 })).resolves.toMatchObject({
      claims: FEED_CLAIMS,
    });
  });

  it('sets the badge per tab to the claim count, coloured by the highest severity', async () => {
    await report(5);
    await report(6, pageSummary({ claims: [claim({ id: 'a', severity: 'low' })] }));
    await report(7, pageSummary({ claims: [] }));
    expect(await badgeText(5)).toBe('3');
    expect(await badgeColor(5)).toEqual([0xb3, 0x26, 0x1e, 255]);
    expect(await badgeText(6)).toBe('1');
    expect(await badgeColor(6)).toEqual([0x7a, 0x5d, 0x00, 255]);
    expect(await badgeText(7)).toBe('');
  });

  it('says the count in the button’s tooltip, which screen readers announce', async () => {
    await report(5);
    await report(6, pageSummary({ claims: [claim({ id: 'a' })] }));
    await report(7, pageSummary({ claims: [] }));
    expect(await fakeBrowser.action.getTitle({ tabId: 5 })).toBe(
      'Hype Lens: 3 claims on this page',
    );
    expect(await fakeBrowser.action.getTitle({ tabId: 6 })).toBe('Hype Lens: 1 claim on this page');
    expect(await fakeBrowser.action.getTitle({ tabId: 7 })).toBe('Hype Lens');
  });

  it('empties the badge when the site is paused', async () => {
    await report(5);
    await report(5, pageSummary({ status: 'paused', claims: FEED_CLAIMS }));
    expect(await badgeText(5)).toBe('');
  });

  it('ignores reports from iframes and from senders without a tab', async () => {
    const answers = await report(5, pageSummary({ claims: FEED_CLAIMS }), 3);
    expect(answers).toEqual([{ ok: false }]);
    await fakeBrowser.runtime.onMessage.trigger(
      { type: 'summary/report', payload: pageSummary() },
      {} as Browser.runtime.MessageSender,
    );
    expect(await getTabSummary(5)).toBeNull();
    expect(await badgeText(5)).toBe('');
  });

  it('ignores malformed reports', async () => {
    await fakeBrowser.runtime.onMessage.trigger(
      { type: 'summary/report', payload: { url: 'x', claims: 'many' } },
      { tab: tab(5), frameId: 0 },
    );
    expect(await getTabSummary(5)).toBeNull();
  });

  it('clears a tab when it navigates to another page', async () => {
    await report(5);
    await setMarksHidden(5, true);
    await fakeBrowser.tabs.onUpdated.trigger(
      5,
      { status: 'loading', url: 'https://x.example/' },
      tab(5),
    );
    expect(await getTabSummary(5)).toBeNull();
    expect(await fakeBrowser.storage.session.get(null)).toEqual({});
    expect(await badgeText(5)).toBe('');
  });

  it('clears a tab that reloads or goes to a page whose address it may not read', async () => {
    await report(5);
    await fakeBrowser.tabs.onUpdated.trigger(5, { status: 'loading' }, tab(5));
    expect(await getTabSummary(5)).toBeNull();
  });

  it('keeps the summary for a jump within the page or a report that already came from the new URL', async () => {
    await report(5);
    await fakeBrowser.tabs.onUpdated.trigger(
      5,
      { url: 'https://feed.example/home#post-3' },
      tab(5),
    );
    await fakeBrowser.tabs.onUpdated.trigger(5, { status: 'complete' }, tab(5));
    await fakeBrowser.tabs.onUpdated.trigger(5, { title: 'Feed' }, tab(5));
    expect(await getTabSummary(5)).not.toBeNull();
  });

  it('a report with a new URL replaces the old page’s summary', async () => {
    await report(5);
    await report(5, pageSummary({ url: 'https://feed.example/next', claims: [] }));
    expect(await getTabSummary(5)).toMatchObject({ url: 'https://feed.example/next', claims: [] });
    expect(await badgeText(5)).toBe('');
  });

  it('forgets a tab when it closes', async () => {
    await report(5);
    await report(6);
    await fakeBrowser.tabs.onRemoved.trigger(5, { isWindowClosing: false, windowId: 0 });
    expect(await fakeBrowser.storage.session.get(summaryKey(5).slice('session:'.length))).toEqual(
      {},
    );
    expect(await getTabSummary(5)).toBeNull();
    expect(await getTabSummary(6)).not.toBeNull();
  });
});
