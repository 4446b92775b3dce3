import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  getSettings,
  migrateSettings,
  migrateV1ToV2,
  repairSettings,
  SETTINGS_MIGRATIONS,
  SETTINGS_VERSION,
  settingsItem,
} from '@/lib/settings';

const v1 = {
  disabledRules: ['risk-free', 'limited-spots'],
  paused: ['https://www.reddit.com/r/all', 'news.example.com', 'not a site at all'],
  strictness: 'relaxed',
};

describe('migrations', () => {
  it('there is one migration into every version after the first', () => {
    for (let v = 2; v <= SETTINGS_VERSION; v++)
      expect(SETTINGS_MIGRATIONS[v]).toBeTypeOf('function');
  });

  it('v1 → v2 keeps the toggles, paused sites and strictness', () => {
    const migrated = migrateV1ToV2(v1);
    expect(migrated).toEqual({
      rules: { 'risk-free': false, 'limited-spots': false },
      pausedSites: ['www.reddit.com', 'news.example.com'],
      sensitivity: 'high',
    });
    const { settings, repaired } = repairSettings(migrated);
    expect(repaired).toEqual([]);
    expect(settings.rules).toEqual({ 'risk-free': false, 'limited-spots': false });
    expect(settings.siteMode).toBe('everywhere');
  });

  it.each([
    ['strict', 'low'],
    ['balanced', 'medium'],
    ['relaxed', 'high'],
  ])('strictness %s becomes sensitivity %s', (strictness, sensitivity) => {
    expect(migrateV1ToV2({ strictness })).toEqual({ sensitivity });
  });

  it('a v1 value already in the v2 shape (development builds) is kept as it is', () => {
    const v2Shape = { rules: { 'risk-free': false }, sensitivity: 'low', pausedSites: ['a.com'] };
    expect(migrateV1ToV2(v2Shape)).toEqual(v2Shape);
  });

  it.each([[null], ['text'], [[1]], [{ disabledRules: 'risk-free', strictness: 'extreme' }]])(
    'junk %j does not throw and is left to repair',
    (junk) => {
      const migrated = migrateV1ToV2(junk);
      expect(() => repairSettings(migrated)).not.toThrow();
    },
  );

  it('migrateSettings runs nothing for the current version', () => {
    expect(migrateSettings(v1, SETTINGS_VERSION)).toBe(v1);
    expect(migrateSettings(v1, 1)).toEqual(migrateV1ToV2(v1));
  });
});

describe('the stored item migrates', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  it('a v1 object in sync storage upgrades with the toggles kept and the version recorded', async () => {
    await fakeBrowser.storage.sync.set({ settings: v1 });
    await settingsItem.migrate();
    const settings = await getSettings();
    expect(settings.rules).toEqual({ 'risk-free': false, 'limited-spots': false });
    expect(settings.pausedSites).toEqual(['www.reddit.com', 'news.example.com']);
    expect(settings.sensitivity).toBe('high');
    expect(await settingsItem.getMeta()).toEqual({ v: SETTINGS_VERSION });
  });

  it('a value already at the current version is not touched', async () => {
    const current = { rules: {}, sensitivity: 'low', disabledRules: ['risk-free'] };
    await fakeBrowser.storage.sync.set({ settings: current, settings$: { v: SETTINGS_VERSION } });
    await settingsItem.migrate();
    expect((await fakeBrowser.storage.sync.get('settings')).settings).toEqual(current);
  });
});
