import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { SCAN_TIMEOUT_MS } from '@/components/popup/usePopup';
import App from '@/entrypoints/popup/App';
import type { PageSummary } from '@/lib/messaging';
import { CATEGORY_INFO, ruleById } from '@/lib/rules';
import { getSettings, updateSettings } from '@/lib/settings';
import { markdownReport } from '@/lib/summary';
import { startSummaryService } from '@/lib/summary/service';
import { getMarksHidden, setTabSummary } from '@/lib/summary/store';
import { claim, FEED_CLAIMS, pageSummary } from './fixtures';

/** Opens a tab at `url` and returns its id. */
async function openTab(url = 'https://feed.example/home'): Promise<number> {
  const tab = await fakeBrowser.tabs.create({ url });
  return tab.id as number;
}

/** Delivers a content-script report from `tabId` to the background, as the browser would. */
function report(tabId: number, summary: PageSummary) {
  return fakeBrowser.runtime.onMessage.trigger({ type: 'summary/report', payload: summary }, {
    tab: { id: tabId },
    frameId: 0,
  } as Browser.runtime.MessageSender);
}

/** Renders the popup for a tab, as popup.html?tab=ID would. */
function renderPopup(tabId: number) {
  return render(<App search={`?tab=${tabId}`} />);
}

/** The answer a content script gives to every message sent to its tab. */
function contentScriptAnswers(answer: unknown = { ok: true }) {
  return vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue(answer as never);
}

describe('popup', () => {
  let stopBackground: () => void;

  beforeEach(() => {
    fakeBrowser.reset();
    stopBackground = startSummaryService(fakeBrowser.action);
  });

  afterEach(() => {
    cleanup();
    stopBackground();
  });

  it.each([
    ['a browser page', 'chrome://extensions/', /Browsers keep their own pages/],
    ['the web store', 'https://chromewebstore.google.com/detail/abc', /Extension stores/],
    ['a PDF', 'https://example.org/report.pdf', /PDFs open in the browser/],
  ])('on %s it says the page is not scanned and offers nothing to do', async (_n, url, text) => {
    const tabId = await openTab(url);
    renderPopup(tabId);
    expect(await screen.findByText(text)).toBeTruthy();
    expect(screen.queryByTestId('claim-count')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Scan this page' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Copy report' })).toBeNull();
  });

  it('while the page is still being scanned, says so with a count of 0', async () => {
    const tabId = await openTab();
    await setTabSummary(tabId, pageSummary({ status: 'scanning' }));
    renderPopup(tabId);
    expect((await screen.findByTestId('claim-count')).textContent).toBe('0');
    expect(screen.getByText('Still scanning…')).toBeTruthy();
    expect(screen.getByText('Looking for claims…')).toBeTruthy();
  });

  it('when nothing was found, says so', async () => {
    const tabId = await openTab();
    await setTabSummary(tabId, pageSummary({ status: 'done' }));
    renderPopup(tabId);
    expect((await screen.findByTestId('claim-count')).textContent).toBe('0');
    expect(screen.getByText(/Nothing found/)).toBeTruthy();
    expect(screen.getByText('No hype found')).toBeTruthy();
    expect(screen.queryByRole('button', { name: /Hide marks/ })).toBeNull();
  });

  it('shows the total, the hype level, counts per category and the claims grouped by post', async () => {
    const tabId = await openTab();
    await setTabSummary(tabId, pageSummary({ claims: FEED_CLAIMS }));
    renderPopup(tabId);
    expect((await screen.findByTestId('claim-count')).textContent).toBe('3');
    expect(screen.getByText('Notable hype')).toBeTruthy();

    const categories = screen.getAllByRole('listitem').filter((li) => li.dataset.category);
    expect(categories.map((li) => li.dataset.category)).toEqual([
      'front-loaded-effort',
      'guarantees',
    ]);
    const effort = within(categories[0]);
    expect(effort.getByText('2')).toBeTruthy();
    expect(effort.getByText(CATEGORY_INFO['front-loaded-effort'].counterpoint)).toBeTruthy();

    const posts = screen.getAllByRole('listitem').filter((li) => li.dataset.postId);
    expect(posts.map((li) => li.dataset.postId)).toEqual(['p1', 'p2']);
    const first = within(posts[0]).getAllByRole('button');
    expect(first.map((b) => b.dataset.claimId)).toEqual(['c1', 'c2']);
    expect(first[1].textContent).toContain('“guaranteed $500 a day”');
    expect(first[1].textContent).toContain(ruleById('guaranteed-income')?.title);
    expect(within(posts[1]).getByText('Earn while you sleep with my course')).toBeTruthy();
  });

  it('clicking a claim asks the tab to reveal it', async () => {
    const tabId = await openTab();
    await setTabSummary(tabId, pageSummary({ claims: FEED_CLAIMS }));
    const send = contentScriptAnswers();
    renderPopup(tabId);
    fireEvent.click(await screen.findByRole('button', { name: /guaranteed \$500 a day/ }));
    await waitFor(() =>
      expect(send).toHaveBeenCalledWith(tabId, {
        type: 'claim/reveal',
        payload: { claimId: 'c2' },
      }),
    );
  });

  it('says so when the claim to reveal is gone from the page', async () => {
    const tabId = await openTab();
    await setTabSummary(tabId, pageSummary({ claims: FEED_CLAIMS }));
    contentScriptAnswers({ ok: false });
    renderPopup(tabId);
    fireEvent.click(await screen.findByRole('button', { name: /on autopilot/ }));
    expect(await screen.findByText('That claim is no longer on the page.')).toBeTruthy();
  });

  it('offers to scan an open page that has no content script yet, and injects it on click', async () => {
    const tabId = await openTab();
    const execute = vi
      .spyOn(fakeBrowser.scripting, 'executeScript')
      .mockResolvedValueOnce([{ result: false }] as never)
      .mockResolvedValueOnce([] as never);
    renderPopup(tabId);
    fireEvent.click(await screen.findByRole('button', { name: 'Scan this page' }));
    expect(await screen.findByText('Scanning this page…')).toBeTruthy();
    await waitFor(() => expect(execute).toHaveBeenCalledTimes(2));
    expect(execute).toHaveBeenLastCalledWith({
      target: { tabId },
      files: ['/content-scripts/content.js'],
    });
    // The injected content script reports; the popup shows it without reopening.
    await report(tabId, pageSummary({ claims: FEED_CLAIMS.slice(0, 1) }));
    expect((await screen.findByTestId('claim-count')).textContent).toBe('1');
  });

  it('does not inject a second copy when the content script is already running', async () => {
    const tabId = await openTab();
    const execute = vi
      .spyOn(fakeBrowser.scripting, 'executeScript')
      .mockResolvedValue([{ result: true }] as never);
    renderPopup(tabId);
    fireEvent.click(await screen.findByRole('button', { name: 'Scan this page' }));
    expect(await screen.findByText(/already reading this page/)).toBeTruthy();
    expect(execute).toHaveBeenCalledTimes(1);
    expect(execute.mock.calls[0][0]).not.toHaveProperty('files');
    // Its report arrives like any other.
    await report(tabId, pageSummary({ claims: FEED_CLAIMS }));
    expect((await screen.findByTestId('claim-count')).textContent).toBe('3');
  });

  it('says the page cannot be scanned when the browser refuses the injection', async () => {
    const tabId = await openTab();
    vi.spyOn(fakeBrowser.scripting, 'executeScript').mockRejectedValue(new Error('no access'));
    renderPopup(tabId);
    fireEvent.click(await screen.findByRole('button', { name: 'Scan this page' }));
    expect(await screen.findByText(/did not let Hype Lens read this page/)).toBeTruthy();
  });

  it('gives up waiting for an injected scan that never reports', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    try {
      const tabId = await openTab();
      vi.spyOn(fakeBrowser.scripting, 'executeScript').mockResolvedValue([] as never);
      renderPopup(tabId);
      fireEvent.click(await screen.findByRole('button', { name: 'Scan this page' }));
      expect(await screen.findByText('Scanning this page…')).toBeTruthy();
      await act(() => vi.advanceTimersByTimeAsync(SCAN_TIMEOUT_MS));
      expect(await screen.findByText(/did not let Hype Lens read this page/)).toBeTruthy();
    } finally {
      vi.useRealTimers();
    }
  });

  it('starts over when the tab navigates to another page while open', async () => {
    const tabId = await openTab();
    await report(tabId, pageSummary({ claims: FEED_CLAIMS }));
    renderPopup(tabId);
    expect((await screen.findByTestId('claim-count')).textContent).toBe('3');
    await fakeBrowser.tabs.update(tabId, { url: 'chrome://newtab/' });
    await fakeBrowser.tabs.onUpdated.trigger(tabId, { status: 'loading' }, {
      id: tabId,
    } as Browser.tabs.Tab);
    expect(await screen.findByText(/Browsers keep their own pages/)).toBeTruthy();
    expect(screen.queryByTestId('claim-count')).toBeNull();
  });

  it('updates live while the feed grows', async () => {
    const tabId = await openTab();
    await report(tabId, pageSummary({ status: 'scanning', claims: FEED_CLAIMS.slice(0, 1) }));
    renderPopup(tabId);
    expect((await screen.findByTestId('claim-count')).textContent).toBe('1');
    await report(tabId, pageSummary({ status: 'done', claims: FEED_CLAIMS }));
    await waitFor(() => expect(screen.getByTestId('claim-count').textContent).toBe('3'));
    expect(screen.getAllByRole('button', { name: /·/ })).toHaveLength(3);
  });

  it('copy report writes the Markdown summary to the clipboard and says "Copied"', async () => {
    const tabId = await openTab();
    const summary = pageSummary({ claims: FEED_CLAIMS });
    await setTabSummary(tabId, summary);
    const write = vi.spyOn(navigator.clipboard, 'writeText').mockResolvedValue(undefined);
    renderPopup(tabId);
    fireEvent.click(await screen.findByRole('button', { name: 'Copy report' }));
    expect(await screen.findByText('Copied')).toBeTruthy();
    expect(write).toHaveBeenCalledWith(markdownReport(summary));
  });

  it('the pause switch adds the site to the paused sites and removes it again', async () => {
    const tabId = await openTab('https://www.feed.example/home');
    await setTabSummary(
      tabId,
      pageSummary({ url: 'https://www.feed.example/home', claims: FEED_CLAIMS }),
    );
    renderPopup(tabId);
    const toggle = await screen.findByRole('switch', { name: /Pause on this site/ });
    expect(toggle.getAttribute('aria-checked')).toBe('false');
    expect(toggle.textContent).toContain('feed.example');

    fireEvent.click(toggle);
    await waitFor(() => expect(toggle.getAttribute('aria-checked')).toBe('true'));
    expect((await getSettings()).pausedSites).toEqual(['feed.example']);
    expect(screen.getByText(/paused on this site: nothing is marked/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Copy report' })).toBeNull();

    fireEvent.click(toggle);
    await waitFor(() => expect(toggle.getAttribute('aria-checked')).toBe('false'));
    expect((await getSettings()).pausedSites).toEqual([]);
  });

  it('the pause switch follows settings changed elsewhere', async () => {
    const tabId = await openTab();
    await setTabSummary(tabId, pageSummary({ claims: FEED_CLAIMS }));
    renderPopup(tabId);
    const toggle = await screen.findByRole('switch', { name: /Pause on this site/ });
    await waitFor(() => expect(toggle.getAttribute('aria-checked')).toBe('false'));
    await updateSettings((s) => ({ ...s, pausedSites: ['feed.example'] }));
    await waitFor(() => expect(toggle.getAttribute('aria-checked')).toBe('true'));
  });

  it('hides and shows the marks on the tab, remembering the choice for the tab', async () => {
    const tabId = await openTab();
    await setTabSummary(tabId, pageSummary({ claims: FEED_CLAIMS }));
    const send = contentScriptAnswers();
    renderPopup(tabId);
    fireEvent.click(await screen.findByRole('button', { name: 'Hide marks' }));
    expect(await screen.findByRole('button', { name: 'Show marks' })).toBeTruthy();
    expect(send).toHaveBeenCalledWith(tabId, {
      type: 'marks/set-visible',
      payload: { visible: false },
    });
    await waitFor(async () => expect(await getMarksHidden(tabId)).toBe(true));

    cleanup();
    renderPopup(tabId);
    fireEvent.click(await screen.findByRole('button', { name: 'Show marks' }));
    await waitFor(() =>
      expect(send).toHaveBeenLastCalledWith(tabId, {
        type: 'marks/set-visible',
        payload: { visible: true },
      }),
    );
    expect(await screen.findByRole('button', { name: 'Hide marks' })).toBeTruthy();
  });

  it('without ?tab= it shows the active tab of the window', async () => {
    const tabId = await openTab('https://active.example/');
    await setTabSummary(
      tabId,
      pageSummary({ url: 'https://active.example/', claims: [claim({ id: 'z' })] }),
    );
    const query = vi
      .spyOn(fakeBrowser.tabs, 'query')
      .mockResolvedValue([{ id: tabId, url: 'https://active.example/' }] as never);
    render(<App search="" />);
    expect((await screen.findByTestId('claim-count')).textContent).toBe('1');
    expect(query).toHaveBeenCalledWith({ active: true, currentWindow: true });
  });

  it('says so when the tab is gone', async () => {
    renderPopup(4242);
    expect(await screen.findByText('That tab is no longer open.')).toBeTruthy();
  });

  it('the settings link opens the options page', async () => {
    const open = vi.spyOn(fakeBrowser.runtime, 'openOptionsPage').mockResolvedValue(undefined);
    renderPopup(await openTab());
    fireEvent.click(await screen.findByRole('button', { name: 'Settings' }));
    expect(open).toHaveBeenCalledTimes(1);
  });
});
