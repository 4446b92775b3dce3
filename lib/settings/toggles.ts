import { builtInRules } from '../rules';
import type { Rule } from '../rules/schema';
import type { Settings } from './schema';

/**
 * Keeps stored rule toggles sparse: only built-in rules whose state differs from their default
 * are written, so the stored object stays small and a rule's default still reaches people who
 * never touched it. Unknown ids (rules since removed) are dropped.
 */
export function sparseToggles(
  toggles: Readonly<Record<string, boolean>>,
  rules: readonly Rule[] = builtInRules(),
): Record<string, boolean> {
  const out: Record<string, boolean> = {};
  for (const rule of rules) {
    const value = toggles[rule.id];
    if (value !== undefined && value !== rule.defaultEnabled) out[rule.id] = value;
  }
  return out;
}

/** Turns the given rules on or off. */
export function setRules(settings: Settings, ids: readonly string[], on: boolean): Settings {
  const toggles = { ...settings.rules };
  for (const id of ids) toggles[id] = on;
  return { ...settings, rules: sparseToggles(toggles) };
}

/** Puts the given rules back to their defaults. */
export function resetRules(settings: Settings, ids: readonly string[]): Settings {
  const toggles = { ...settings.rules };
  for (const id of ids) delete toggles[id];
  return { ...settings, rules: sparseToggles(toggles) };
}

function unique<T>(items: readonly T[], key: (item: T) => string): T[] {
  const seen = new Set<string>();
  return items.filter((item) => {
    const k = key(item);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/** The settings in the form they are stored: sparse toggles, no duplicate sites or phrases. */
export function normalizeSettings(settings: Settings): Settings {
  return {
    ...settings,
    rules: sparseToggles(settings.rules),
    pausedSites: unique(settings.pausedSites, (s) => s),
    onlySites: unique(settings.onlySites, (s) => s),
    customPhrases: unique(settings.customPhrases, (p) => p.phrase.toLowerCase()),
  };
}
