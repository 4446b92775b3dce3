import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Category } from '@/lib/rules/schema';
import {
  defaultSettings,
  getSettings,
  SettingsSaveError,
  SYNC_ITEM_QUOTA,
  saveSettings,
  settingsItem,
  syncItemBytes,
  updateSettings,
  watchSettings,
} from '@/lib/settings';

function manyPhrases(count: number) {
  return Array.from({ length: count }, (_, i) => ({
    phrase: `a rather long custom phrase about quick riches number ${i} ${'x'.repeat(60)}`,
    category: 'guarantees' as Category,
  }));
}

describe('settings storage', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  it('reads defaults when nothing is stored', async () => {
    expect(await getSettings()).toEqual(defaultSettings());
  });

  it('a stored value with a broken field is repaired on read, keeping the rest', async () => {
    await fakeBrowser.storage.sync.set({
      settings: { rules: { 'risk-free': false }, sensitivity: 7, pausedSites: ['a.com'] },
    });
    const settings = await getSettings();
    expect(settings.rules).toEqual({ 'risk-free': false });
    expect(settings.sensitivity).toBe('medium');
    expect(settings.pausedSites).toEqual(['a.com']);
  });

  it('updateSettings writes sparse toggles to sync storage', async () => {
    await updateSettings((s) => ({ ...s, rules: { 'risk-free': false, 'limited-spots': true } }));
    const stored = (await fakeBrowser.storage.sync.get('settings')).settings;
    expect(stored).toMatchObject({ rules: { 'risk-free': false } });
  });

  it('refuses a save over the sync item quota with a clear error and keeps the previous settings', async () => {
    await saveSettings({ ...defaultSettings(), customPhrases: manyPhrases(3) });
    const tooMany = { ...defaultSettings(), customPhrases: manyPhrases(200) };
    expect(syncItemBytes('settings', tooMany)).toBeGreaterThan(SYNC_ITEM_QUOTA);
    const error = await saveSettings(tooMany).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SettingsSaveError);
    expect(String((error as Error).message)).toMatch(/8192 bytes.*Remove some custom phrases/s);
    expect((await getSettings()).customPhrases).toHaveLength(3);
  });

  it('refuses invalid settings, naming the field', async () => {
    const bad = { ...defaultSettings(), pausedSites: ['not a site'] };
    await expect(saveSettings(bad)).rejects.toThrow(/pausedSites\.0/);
    expect(await getSettings()).toEqual(defaultSettings());
  });

  it('a write the browser refuses becomes a SettingsSaveError', async () => {
    vi.spyOn(settingsItem, 'setValue').mockRejectedValueOnce(
      new Error('MAX_WRITE_OPERATIONS_PER_MINUTE quota exceeded'),
    );
    await expect(saveSettings(defaultSettings())).rejects.toThrow(
      /browser refused.*MAX_WRITE_OPERATIONS_PER_MINUTE/,
    );
  });

  it('watchSettings reports repaired settings after every change', async () => {
    const seen: unknown[] = [];
    const stop = watchSettings((s) => seen.push(s.sensitivity));
    await fakeBrowser.storage.sync.set({ settings: { sensitivity: 'low' } });
    await fakeBrowser.storage.sync.set({ settings: { sensitivity: 'bogus' } });
    stop();
    expect(seen).toEqual(['low', 'medium']);
  });
});
