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
