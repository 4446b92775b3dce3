import { storage } from 'wxt/utils/storage';
import type { AnalyzerSettings } from '../analyze/types';
import { defaultSettings } from './defaults';
import { SETTINGS_MIGRATIONS } from './migrations';
import { assertFitsSyncItem, SettingsSaveError } from './quota';
import { repairSettings } from './repair';
import { SETTINGS_VERSION, type Settings, SettingsSchema } from './schema';
import { normalizeSettings } from './toggles';

/** The storage key's name inside the `sync` area (what the quota counts). */
export const SETTINGS_STORAGE_KEY = 'settings';

/** The settings in `sync` storage, versioned from the first release (formats in `migrations.ts`). */
export const settingsItem = storage.defineItem<unknown>(`sync:${SETTINGS_STORAGE_KEY}`, {
  fallback: defaultSettings(),
  version: SETTINGS_VERSION,
  migrations: SETTINGS_MIGRATIONS,
});

/** Reads the settings, repairing any field that fails the schema (never throws). */
export async function getSettings(): Promise<Settings> {
  try {
    return repairSettings(await settingsItem.getValue()).settings;
  } catch {
    return defaultSettings();
  }
}

/**
 * The settings exactly as they would be stored: validated, normalized and within the sync quota.
 * Throws a {@link SettingsSaveError} with a plain-words reason otherwise (nothing is written).
 */
export function prepareSettings(settings: Settings): Settings {
  const parsed = SettingsSchema.safeParse(settings);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new SettingsSaveError(
      `Not saved: ${issue?.path.join('.') || 'settings'}: ${issue?.message ?? 'invalid'}.`,
    );
  }
  const next = normalizeSettings(parsed.data);
  assertFitsSyncItem(SETTINGS_STORAGE_KEY, next);
  return next;
}

/**
 * Validates and writes whole settings. Throws a {@link SettingsSaveError} with a plain-words
 * reason (invalid, too large for sync, refused by the browser); storage is then unchanged.
 */
export async function saveSettings(settings: Settings): Promise<Settings> {
  const next = prepareSettings(settings);
  try {
    await settingsItem.setValue(next);
  } catch (error) {
    // e.g. MAX_WRITE_OPERATIONS_PER_MINUTE or a total quota the item check cannot see.
    const reason = error instanceof Error ? error.message : String(error);
    throw new SettingsSaveError(
      `Not saved: the browser refused to store the settings (${reason}).`,
    );
  }
  return next;
}

/** Applies a change to the settings and saves them; on failure throws and keeps the old ones. */
export async function updateSettings(change: (current: Settings) => Settings): Promise<Settings> {
  return saveSettings(change(await getSettings()));
}

/** Calls back with repaired settings whenever they change (in any tab or page); returns an unsubscribe. */
export function watchSettings(callback: (settings: Settings) => void): () => void {
  return settingsItem.watch((value) => callback(repairSettings(value).settings));
}

/** The part of the settings the analyzer needs. */
export function analyzerSettings(settings: Settings): AnalyzerSettings {
  return {
    rules: settings.rules,
    sensitivity: settings.sensitivity,
    customPhrases: settings.customPhrases,
  };
}
