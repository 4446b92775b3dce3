import { describe, expect, it } from 'vitest';
import {
  CustomPhraseSchema,
  defaultSettings,
  repairSettings,
  SETTINGS_VERSION,
  SettingsSchema,
  SitePattern,
  siteFromInput,
} from '@/lib/settings';

describe('settings schema', () => {
  it('is at version 2', () => {
    expect(SETTINGS_VERSION).toBe(2);
  });

  it.each([
    ['rules', { rules: { x: 'yes' } }],
    ['sensitivity', { sensitivity: 'strict' }],
    ['siteMode', { siteMode: 'sometimes' }],
    ['pausedSites', { pausedSites: ['not a site'] }],
    ['onlySites', { onlySites: 'example.com' }],
    ['customPhrases', { customPhrases: [{ phrase: 'ab', category: 'guarantees' }] }],
  ])('rejects a bad %s', (_field, change) => {
    expect(SettingsSchema.safeParse({ ...defaultSettings(), ...change }).success).toBe(false);
  });

  it('site patterns are host names, optionally with a leading wildcard', () => {
    expect(SitePattern.parse(' Example.COM ')).toBe('example.com');
    expect(SitePattern.parse('*.reddit.com')).toBe('*.reddit.com');
    for (const bad of ['https://x.com', 'a b.com', 'x.*.com', '', 'a/b']) {
      expect(SitePattern.safeParse(bad).success).toBe(false);
    }
  });

  it('custom phrases need a known category and 4 to 120 characters', () => {
    expect(
      CustomPhraseSchema.safeParse({ phrase: 'easy money', category: 'urgency' }).success,
    ).toBe(true);
    expect(CustomPhraseSchema.safeParse({ phrase: 'easy money', category: 'other' }).success).toBe(
      false,
    );
    expect(
      CustomPhraseSchema.safeParse({ phrase: 'x'.repeat(121), category: 'urgency' }).success,
    ).toBe(false);
  });
});

describe('sites typed by a person', () => {
  it.each([
    ['example.com', 'example.com'],
    ['  WWW.Example.com ', 'www.example.com'],
    ['https://www.reddit.com/r/all?x=1', 'www.reddit.com'],
    ['example.com/some/path', 'example.com'],
    ['localhost:8080', 'localhost'],
    ['*.x.com', '*.x.com'],
  ])('%j is the site %s', (input, pattern) => {
    expect(siteFromInput(input)).toEqual({ ok: true, pattern });
  });

  it.each([
    ['', /Type a site/],
    ['exa mple.com', /no spaces/],
    ['x.*.com', /wildcard/],
    ['ex_ample!.com', /not a site/],
  ])('%j is refused with a reason', (input, reason) => {
    const result = siteFromInput(input);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(reason);
  });
});

describe('field-by-field repair', () => {
  it('keeps every valid field and repairs only the broken ones', () => {
    const { settings, repaired } = repairSettings({
      rules: { 'risk-free': false },
      sensitivity: 'extreme',
      siteMode: 'only',
      pausedSites: 42,
      onlySites: ['news.example.com'],
      customPhrases: [{ phrase: 'easy money', category: 'guarantees' }],
    });
    expect(repaired.sort()).toEqual(['pausedSites', 'sensitivity']);
    expect(settings).toEqual({
      rules: { 'risk-free': false },
      sensitivity: 'medium',
      siteMode: 'only',
      pausedSites: [],
      onlySites: ['news.example.com'],
      customPhrases: [{ phrase: 'easy money', category: 'guarantees' }],
    });
  });

  it.each([[null], [undefined], ['a string'], [[1, 2]], [7]])(
    'a stored %j becomes the defaults without throwing',
    (raw) => {
      expect(repairSettings(raw).settings).toEqual(defaultSettings());
    },
  );

  it('missing fields take their defaults and count as fine', () => {
    const { settings, repaired } = repairSettings({ sensitivity: 'high' });
    expect(repaired).toEqual([]);
    expect(settings).toEqual({ ...defaultSettings(), sensitivity: 'high' });
  });
});
