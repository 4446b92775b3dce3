/**
 * Settings under storage faults: sync storage full, storage throwing, and a value written by a
 * newer Hype Lens. The extension keeps working on safe settings, says so in the options page,
 * never logs into a page's console, and never overwrites what the person set.
 */
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { createElement } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { OptionsPage } from '@/components/options/OptionsPage';
import contentScript from '@/entrypoints/content';
import {
  defaultSettings,
  getSettings,
  loadSettings,
  SETTINGS_VERSION,
  SettingsSaveError,
  saveSettings,
  settingsItem,
  updateSettings,
  watchSettings,
} from '@/lib/settings';
import { FakeHighlight, HYPE } from '../annotate/helpers';

const QUOTA_ERROR = 'QUOTA_BYTES quota exceeded';

/** Everything in sync storage, as stored. */
async function syncContents(): Promise<Record<string, unknown>> {
  return fakeBrowser.storage.sync.get(null);
}

/** Makes every read of sync storage fail, the way a corrupted profile or a dead context does. */
function breakReads(how: 'throw' | 'reject' = 'reject') {
  return vi.spyOn(fakeBrowser.storage.sync, 'get').mockImplementation(() => {
    const error = new Error(
      'IO error: .../Sync Extension Settings/000003.log: FILE_ERROR_NO_SPACE',
    );
    if (how === 'throw') throw error;
    return Promise.reject(error);
  });
}

/** Makes every write to sync storage fail with Chrome's quota error. */
function fillStorage() {
  return vi
    .spyOn(fakeBrowser.storage.sync, 'set')
    .mockImplementation(() => Promise.reject(new Error(QUOTA_ERROR)));
}

/** A value a future Hype Lens (format v3) might write: known fields plus ones we do not know. */
const FUTURE = {
  rules: { 'risk-free': false },
  sensitivity: 'low',
  pausedSites: ['bank.example'],
  schedule: { quietHours: [22, 7] },
  sensitivityByCategory: { guarantees: 'high' },
};

/** Console output that would land in a page's console if it came from the content script. */
function watchConsole() {
  return [
    vi.spyOn(console, 'error').mockImplementation(() => {}),
    vi.spyOn(console, 'warn').mockImplementation(() => {}),
    vi.spyOn(console, 'log').mockImplementation(() => {}),
  ];
}

beforeEach(() => {
  fakeBrowser.reset();
});

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

describe('storage full (sync set rejects with a QUOTA_BYTES error)', () => {
  it('saveSettings refuses with a plain reason and the previous settings stay', async () => {
    const mine = { ...defaultSettings(), sensitivity: 'low' as const, pausedSites: ['a.example'] };
    await saveSettings(mine);
    const before = await syncContents();
    fillStorage();
    const error = await saveSettings({ ...mine, sensitivity: 'high' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SettingsSaveError);
    expect((error as Error).message).toMatch(/QUOTA_BYTES.*sync storage is full/s);
    expect((error as Error).message).toMatch(/previous settings are kept/);
    expect(await syncContents()).toEqual(before);
    expect(await getSettings()).toEqual(mine);
  });

  it('updateSettings (popup, card) rejects instead of pretending', async () => {
    fillStorage();
    await expect(updateSettings((s) => ({ ...s, sensitivity: 'high' }))).rejects.toThrow(
      /sync storage is full/,
    );
    expect(await getSettings()).toEqual(defaultSettings());
  });
});

describe('storage throwing on get', () => {
  it.each(['throw', 'reject'] as const)(
    'getSettings gives defaults and never throws (storage.sync.get %ss)',
    async (how) => {
      breakReads(how);
      const logs = watchConsole();
      expect(await getSettings()).toEqual(defaultSettings());
      const loaded = await loadSettings();
      expect(loaded.problem).toEqual({
        kind: 'unreadable',
        reason: expect.stringMatching(/FILE_ERROR_NO_SPACE/),
      });
      for (const log of logs) expect(log).not.toHaveBeenCalled();
    },
  );

  it('saving is refused rather than overwriting settings that could not be read', async () => {
    await saveSettings({ ...defaultSettings(), sensitivity: 'low' });
    const before = await syncContents();
    breakReads();
    const set = vi.spyOn(fakeBrowser.storage.sync, 'set');
    await expect(updateSettings((s) => ({ ...s, pausedSites: ['x.example'] }))).rejects.toThrow(
      /could not be read.*overwrite/,
    );
    expect(set).not.toHaveBeenCalled();
    vi.mocked(fakeBrowser.storage.sync.get).mockRestore();
    expect(await syncContents()).toEqual(before);
  });

  it('the content script still marks claims with default settings and logs nothing', async () => {
    const highlights = new Map<string, FakeHighlight>();
    vi.stubGlobal('CSS', { highlights });
    vi.stubGlobal('Highlight', FakeHighlight);
    breakReads();
    vi.spyOn(fakeBrowser.storage.local, 'get').mockRejectedValue(new Error('local is broken too'));
    const logs = watchConsole();
    document.body.innerHTML = `<p>${HYPE}</p><p>Plain text.</p>`;
    const ctx = new ContentScriptContext('content');
    try {
      contentScript.main(ctx);
      await vi.waitFor(() => expect([...highlights.values()].some((h) => h.size > 0)).toBe(true), {
        timeout: 3_000,
        interval: 20,
      });
    } finally {
      ctx.abort();
    }
    for (const log of logs) expect(log).not.toHaveBeenCalled();
  });
});

describe('a settings value written by a newer version', () => {
  async function storeFuture(meta: unknown = { v: SETTINGS_VERSION + 1 }) {
    await fakeBrowser.storage.sync.set({ settings: FUTURE, settings$: meta });
    return syncContents();
  }

  it('is read as far as this version understands it, with no error and no write', async () => {
    const before = await storeFuture();
    const set = vi.spyOn(fakeBrowser.storage.sync, 'set');
    const logs = watchConsole();
    const loaded = await loadSettings();
    expect(loaded.settings).toEqual({
      ...defaultSettings(),
      rules: { 'risk-free': false },
      sensitivity: 'low',
      pausedSites: ['bank.example'],
    });
    expect(loaded.problem).toEqual({ kind: 'newer', version: SETTINGS_VERSION + 1, fields: [] });
    await settingsItem.migrate();
    expect(set).not.toHaveBeenCalled();
    for (const log of logs) expect(log).not.toHaveBeenCalled();
    expect(await syncContents()).toEqual(before);
  });

  it('loading the settings module logs nothing (WXT migrations would console.error a downgrade)', async () => {
    await storeFuture();
    const logs = watchConsole();
    vi.resetModules();
    const fresh = await import('@/lib/settings/storage');
    await fresh.getSettings();
    await new Promise((done) => setTimeout(done, 20));
    for (const log of logs) expect(log).not.toHaveBeenCalled();
  });

  it.each([
    ['a higher format version', { v: SETTINGS_VERSION + 1 }],
    ['an unintelligible version', { v: 'three' }],
    ['unknown fields at the current version', { v: SETTINGS_VERSION }],
  ])('with %s: saves are refused and nothing is overwritten', async (_what, meta) => {
    const before = await storeFuture(meta);
    expect((await loadSettings()).problem?.kind).toBe('newer');
    await expect(saveSettings(defaultSettings())).rejects.toThrow(/newer version of Hype Lens/);
    await expect(updateSettings((s) => ({ ...s, sensitivity: 'high' }))).rejects.toThrow(
      /newer version/,
    );
    expect(await syncContents()).toEqual(before);
  });

  it('a newer value arriving by sync reaches watchers as understood settings', async () => {
    const seen: string[] = [];
    const stop = watchSettings((s) => seen.push(s.sensitivity));
    await fakeBrowser.storage.sync.set({
      settings: FUTURE,
      settings$: { v: SETTINGS_VERSION + 1 },
    });
    stop();
    expect(seen).toEqual(['low']);
  });

  it('an older (v1) value is migrated in memory only: reading writes nothing', async () => {
    const v1 = {
      disabledRules: ['risk-free'],
      paused: ['https://a.example/x'],
      strictness: 'strict',
    };
    await fakeBrowser.storage.sync.set({ settings: v1 });
    const set = vi.spyOn(fakeBrowser.storage.sync, 'set');
    const loaded = await loadSettings();
    expect(loaded.problem).toBeNull();
    expect(loaded.settings).toMatchObject({
      rules: { 'risk-free': false },
      pausedSites: ['a.example'],
      sensitivity: 'low',
    });
    expect(set).not.toHaveBeenCalled();
    expect((await syncContents()).settings).toEqual(v1);
    // The first save writes the current format and its version together.
    await saveSettings(loaded.settings);
    expect(set).toHaveBeenCalledTimes(1);
    expect((await syncContents()).settings$).toEqual({ v: SETTINGS_VERSION });
  });
});

describe('options page under faults', () => {
  function ruleBox(id: string): HTMLInputElement {
    const box = document.querySelector<HTMLInputElement>(`input[data-rule-id="${id}"]`);
    if (!box) throw new Error(`no checkbox for ${id}`);
    return box;
  }

  async function renderPage() {
    render(createElement(OptionsPage));
    await screen.findByRole('heading', { level: 2, name: 'Rules' });
  }

  it('storage full: the status line says why and the switch goes back', async () => {
    await renderPage();
    fillStorage();
    fireEvent.click(ruleBox('risk-free'));
    await waitFor(() =>
      expect(screen.getByTestId('save-status').textContent).toMatch(/sync storage is full/),
    );
    expect(ruleBox('risk-free').checked).toBe(true);
    expect((await syncContents()).settings).toBeUndefined();
  });

  it('storage unreadable: a clear notice, defaults shown read-only, nothing written', async () => {
    await saveSettings({ ...defaultSettings(), rules: { 'risk-free': false } });
    const before = await syncContents();
    breakReads();
    const set = vi.spyOn(fakeBrowser.storage.sync, 'set');
    await renderPage();
    const notice = await screen.findByTestId('settings-notice');
    expect(notice.textContent).toMatch(
      /Your settings could not be read \(.*FILE_ERROR_NO_SPACE.*\); Hype Lens is using defaults\. Nothing you set was changed\./,
    );
    expect(notice.getAttribute('role')).toBe('alert');
    expect((screen.getByTestId('settings-fields') as HTMLFieldSetElement).disabled).toBe(true);
    fireEvent.click(ruleBox('limited-spots'));
    await waitFor(() => expect(screen.getByTestId('save-status').textContent).toMatch(/read-only/));
    expect(set).not.toHaveBeenCalled();
    // Storage recovers: "Try again" shows the person's own settings, editable again.
    vi.mocked(fakeBrowser.storage.sync.get).mockRestore();
    expect(await syncContents()).toEqual(before);
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    await waitFor(() => expect(screen.queryByTestId('settings-notice')).toBeNull());
    expect(ruleBox('risk-free').checked).toBe(false);
    expect((screen.getByTestId('settings-fields') as HTMLFieldSetElement).disabled).toBe(false);
  });

  it('newer version: says so, shows them read-only and never writes on load or on a change', async () => {
    await fakeBrowser.storage.sync.set({
      settings: FUTURE,
      settings$: { v: SETTINGS_VERSION + 1 },
    });
    const before = await syncContents();
    const set = vi.spyOn(fakeBrowser.storage.sync, 'set');
    await renderPage();
    const notice = await screen.findByTestId('settings-notice');
    expect(notice.textContent).toMatch(/saved by a newer version of Hype Lens/);
    expect(notice.textContent).toMatch(/read-only/);
    expect(notice.textContent).toMatch(/Nothing you set was changed/);
    expect(ruleBox('risk-free').checked).toBe(false);
    fireEvent.click(ruleBox('risk-free'));
    await waitFor(() => expect(screen.getByTestId('save-status').textContent).toMatch(/read-only/));
    expect(set).not.toHaveBeenCalled();
    expect(await syncContents()).toEqual(before);
  });

  it('newer version: replacing them is an explicit choice that writes this version’s format', async () => {
    await fakeBrowser.storage.sync.set({
      settings: FUTURE,
      settings$: { v: SETTINGS_VERSION + 1 },
    });
    await renderPage();
    await screen.findByTestId('settings-notice');
    fireEvent.click(screen.getByRole('button', { name: 'Replace them with the settings shown' }));
    await waitFor(() => expect(screen.queryByTestId('settings-notice')).toBeNull());
    const stored = await syncContents();
    expect(stored.settings$).toEqual({ v: SETTINGS_VERSION });
    expect(stored.settings).toMatchObject({ rules: { 'risk-free': false }, sensitivity: 'low' });
    fireEvent.click(ruleBox('limited-spots'));
    await waitFor(() => expect(screen.getByTestId('save-status').textContent).toBe('Saved'));
  });

  it('a newer version writing while the page is open turns it read-only', async () => {
    await renderPage();
    expect(screen.queryByTestId('settings-notice')).toBeNull();
    await fakeBrowser.storage.sync.set({
      settings: FUTURE,
      settings$: { v: SETTINGS_VERSION + 1 },
    });
    await screen.findByTestId('settings-notice');
    expect((screen.getByTestId('settings-fields') as HTMLFieldSetElement).disabled).toBe(true);
  });

  it('a broken field: says which one uses its default, and stays editable', async () => {
    await fakeBrowser.storage.sync.set({
      settings: { ...defaultSettings(), sensitivity: 'extreme' },
      settings$: { v: SETTINGS_VERSION },
    });
    await renderPage();
    const notice = await screen.findByTestId('settings-notice');
    expect(notice.textContent).toMatch(/"sensitivity"/);
    expect((screen.getByTestId('settings-fields') as HTMLFieldSetElement).disabled).toBe(false);
    fireEvent.click(ruleBox('risk-free'));
    await waitFor(() => expect(screen.getByTestId('save-status').textContent).toBe('Saved'));
    expect(screen.queryByTestId('settings-notice')).toBeNull();
  });
});
