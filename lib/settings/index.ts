export { defaultSettings } from './defaults';
export {
  addDismissed,
  clearDismissed,
  type DismissedClaim,
  dismissedItem,
  dismissKey,
  getDismissed,
} from './dismissed';
export { type Repaired, repairSettings } from './repair';
export {
  CustomPhraseSchema,
  SETTINGS_VERSION,
  type Settings,
  SettingsSchema,
  SitePattern,
} from './schema';
export { isSiteEnabled, matchesSite } from './sites';
export {
  analyzerSettings,
  getSettings,
  settingsItem,
  updateSettings,
  watchSettings,
} from './storage';
