import { describe, expect, it } from 'vitest';
import { builtInRules } from '@/lib/rules';
import type { Rule } from '@/lib/rules/schema';
import {
  defaultSettings,
  isRuleEnabled,
  normalizeSettings,
  resetRules,
  ruleDefaults,
  SettingsSchema,
  setRules,
} from '@/lib/settings';

const rule = builtInRules()[0] as Rule;
const offByDefault: Rule = { ...rule, id: 'off-by-default', defaultEnabled: false };

describe('defaults from the rule registry', () => {
  it('the defaults pass the schema and store no toggles', () => {
    const defaults = defaultSettings();
    expect(SettingsSchema.parse(defaults)).toEqual(defaults);
    expect(defaults.rules).toEqual({});
    expect(defaults.sensitivity).toBe('medium');
  });

  it('ruleDefaults lists every registered rule with its defaultEnabled', () => {
    const defaults = ruleDefaults();
    expect(Object.keys(defaults).sort()).toEqual(
      builtInRules()
        .map((r) => r.id)
        .sort(),
    );
    for (const r of builtInRules()) expect(defaults[r.id]).toBe(r.defaultEnabled);
    expect(ruleDefaults([offByDefault])).toEqual({ 'off-by-default': false });
  });

  it('a rule missing from stored toggles follows its own default, so new rules reach existing users', () => {
    expect(isRuleEnabled({ rules: {} }, rule)).toBe(true);
    expect(isRuleEnabled({ rules: {} }, offByDefault)).toBe(false);
    expect(isRuleEnabled({ rules: { [rule.id]: false } }, rule)).toBe(false);
    expect(isRuleEnabled({ rules: { 'off-by-default': true } }, offByDefault)).toBe(true);
  });
});

describe('rule toggles stay sparse', () => {
  it('turning a rule off stores it; turning it back on removes the entry', () => {
    const off = setRules(defaultSettings(), [rule.id], false);
    expect(off.rules).toEqual({ [rule.id]: false });
    expect(setRules(off, [rule.id], true).rules).toEqual({});
  });

  it('reset puts only the given rules back to their defaults', () => {
    const ids = builtInRules()
      .slice(0, 3)
      .map((r) => r.id);
    const off = setRules(defaultSettings(), ids, false);
    const reset = resetRules(off, ids.slice(0, 2));
    expect(reset.rules).toEqual({ [ids[2] as string]: false });
  });

  it('normalizing drops unknown rule ids and duplicate sites and phrases', () => {
    const settings = normalizeSettings({
      ...defaultSettings(),
      rules: { 'no-such-rule': false, [rule.id]: false },
      pausedSites: ['a.com', 'a.com', 'b.com'],
      customPhrases: [
        { phrase: 'easy money', category: 'guarantees' },
        { phrase: 'Easy Money', category: 'urgency' },
      ],
    });
    expect(settings.rules).toEqual({ [rule.id]: false });
    expect(settings.pausedSites).toEqual(['a.com', 'b.com']);
    expect(settings.customPhrases).toEqual([{ phrase: 'easy money', category: 'guarantees' }]);
  });
});
