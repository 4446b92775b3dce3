export { defaultSettings, isRuleEnabled, ruleDefaults } from './defaults';
export {
  addDismissed,
  clearDismissed,
  type DismissedClaim,
  dismissedItem,
  dismissKey,
  getDismissed,
} from './dismissed';
export {
  migrateSettings,
  migrateV1ToV2,
  SETTINGS_MIGRATIONS,
  STRICTNESS_TO_SENSITIVITY,
} from './migrations';
export {
  BROAD_MATCH_LIMIT,
  checkCustomPhrase,
  ORDINARY_SENTENCES,
  PHRASE_TIME_BUDGET_MS,
  type PhraseCheck,
  phraseAnalyzer,
  phraseSyntaxError,
  testPhrase,
} from './phrases';
export { assertFitsSyncItem, SettingsSaveError, SYNC_ITEM_QUOTA, syncItemBytes } from './quota';
export { type Repaired, repairSettings } from './repair';
export {
  CustomPhraseSchema,
  PHRASE_MAX_LENGTH,
  PHRASE_MIN_LENGTH,
  SETTINGS_VERSION,
  type Settings,
  type SettingsField,
  SettingsSchema,
  SitePattern,
} from './schema';
export { isSiteEnabled, matchesSite, type SiteInput, siteFromInput } from './sites';
export {
  analyzerSettings,
  getSettings,
  interpretStored,
  isReadOnly,
  type LoadedSettings,
  loadSettings,
  prepareSettings,
  type SaveOptions,
  SETTINGS_META_KEY,
  SETTINGS_STORAGE_KEY,
  type SettingsItem,
  type SettingsProblem,
  saveSettings,
  settingsItem,
  updateSettings,
  watchLoadedSettings,
  watchSettings,
} from './storage';
export { normalizeSettings, resetRules, setRules, sparseToggles } from './toggles';
export {
  EXPORT_APP,
  exportFileName,
  exportSettings,
  type ImportResult,
  parseSettingsFile,
  type SettingsExport,
} from './transfer';
