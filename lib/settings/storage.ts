import { storage } from 'wxt/utils/storage';
import type { AnalyzerSettings } from '../analyze/types';
import { defaultSettings } from './defaults';
import { repairSettings } from './repair';
import { SETTINGS_VERSION, type Settings } from './schema';

/** The settings in `sync` storage, versioned from the first release. */
export const settingsItem = storage.defineItem<unknown>('sync:settings', {
  fallback: defaultSettings(),
  version: SETTINGS_VERSION,
  migrations: {},
});

/** Reads the settings, repairing any field that fails the schema (never throws). */
export async function getSettings(): Promise<Settings> {
  try {
    return repairSettings(await settingsItem.getValue()).settings;
  } catch {
    return defaultSettings();
  }
}

/** Applies a change to the settings and saves them. */
export async function updateSettings(change: (current: Settings) => Settings): Promise<Settings> {
  const next = change(await getSettings());
  await settingsItem.setValue(next);
  return next;
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
