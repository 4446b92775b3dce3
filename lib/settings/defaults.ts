import { builtInRules } from '../rules';
import type { Rule } from '../rules/schema';
import type { Settings } from './schema';

/**
 * Settings for a new install. Rule toggles start empty: each rule's own `defaultEnabled`
 * applies until a person changes it, so rules added in later versions reach existing users.
 */
export function defaultSettings(): Settings {
  return {
    rules: {},
    sensitivity: 'medium',
    siteMode: 'everywhere',
    pausedSites: [],
    onlySites: [],
    customPhrases: [],
  };
}

/** Each built-in rule's on/off state on a new install, from the rule registry. */
export function ruleDefaults(rules: readonly Rule[] = builtInRules()): Record<string, boolean> {
  return Object.fromEntries(rules.map((rule) => [rule.id, rule.defaultEnabled]));
}

/** Whether a rule is on: the person's toggle if they set one, else the rule's own default. */
export function isRuleEnabled(settings: Pick<Settings, 'rules'>, rule: Rule): boolean {
  return settings.rules[rule.id] ?? rule.defaultEnabled;
}
