import { describe, expect, it } from 'vitest';
import {
  defaultSettings,
  exportFileName,
  exportSettings,
  parseSettingsFile,
  SETTINGS_VERSION,
  type Settings,
} from '@/lib/settings';

const mine: Settings = {
  ...defaultSettings(),
  rules: { 'risk-free': false },
  sensitivity: 'low',
  siteMode: 'only',
  onlySites: ['x.com'],
  customPhrases: [{ phrase: 'easy money', category: 'guarantees' }],
};

function errorOf(text: string): string {
  const result = parseSettingsFile(text);
  if (result.ok) throw new Error('expected the file to be rejected');
  return result.error;
}

describe('export and import', () => {
  it('an export reads back as the same settings', () => {
    const file = exportSettings(mine);
    expect(file).toMatchObject({ app: 'hype-lens', version: SETTINGS_VERSION });
    expect(parseSettingsFile(JSON.stringify(file))).toEqual({ ok: true, settings: mine });
  });

  it('names the file by date', () => {
    expect(exportFileName(new Date('2026-03-04T10:00:00Z'))).toBe(
      'hype-lens-settings-2026-03-04.json',
    );
  });

  it.each([
    ['not JSON', '{"app": "hype-lens", ', /not JSON/],
    ['empty', '', /not JSON/],
    ['a JSON array', '[1, 2]', /not a Hype Lens settings file/],
    ['foreign JSON', '{"name": "some-other-extension", "theme": "dark"}', /not a Hype Lens/],
    ['no version', '{"app": "hype-lens", "settings": {}}', /no valid version/],
    ['a fractional version', '{"app": "hype-lens", "version": 1.5, "settings": {}}', /version/],
    [
      'a future version',
      '{"app": "hype-lens", "version": 99, "settings": {}}',
      /Unsupported version 99.*newer/,
    ],
    ['no settings', '{"app": "hype-lens", "version": 2}', /no "settings" object/],
  ])('rejects %s with a reason', (_what, text, reason) => {
    expect(errorOf(text)).toMatch(reason);
  });

  it.each([
    [{ sensitivity: 'extreme' }, /Field "sensitivity" is invalid/],
    [
      { pausedSites: ['ok.com', 'not a site'] },
      /Field "pausedSites\.1" is invalid: a site is a host name/,
    ],
    [
      { customPhrases: [{ phrase: 'money', category: 'nope' }] },
      /Field "customPhrases\.0\.category"/,
    ],
    [{ rules: { 'risk-free': 'off' } }, /Field "rules\.risk-free" is invalid/],
  ])('rejects a bad field %j, naming it', (settings, reason) => {
    expect(
      errorOf(JSON.stringify({ app: 'hype-lens', version: SETTINGS_VERSION, settings })),
    ).toMatch(reason);
  });

  it('a valid v1 export goes through the migrations', () => {
    const v1 = {
      app: 'hype-lens',
      version: 1,
      settings: { disabledRules: ['risk-free'], paused: ['reddit.com'], strictness: 'strict' },
    };
    expect(parseSettingsFile(JSON.stringify(v1))).toEqual({
      ok: true,
      settings: {
        ...defaultSettings(),
        rules: { 'risk-free': false },
        pausedSites: ['reddit.com'],
        sensitivity: 'low',
      },
    });
  });

  it('missing fields take their defaults', () => {
    const file = { app: 'hype-lens', version: SETTINGS_VERSION, settings: { sensitivity: 'high' } };
    expect(parseSettingsFile(JSON.stringify(file))).toEqual({
      ok: true,
      settings: { ...defaultSettings(), sensitivity: 'high' },
    });
  });
});
