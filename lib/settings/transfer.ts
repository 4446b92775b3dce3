import { defaultSettings } from './defaults';
import { migrateSettings } from './migrations';
import { SETTINGS_FIELDS, SETTINGS_VERSION, type Settings, SettingsSchema } from './schema';
import { normalizeSettings } from './toggles';

/** The `app` marker of a settings file, so a foreign JSON file is told apart. */
export const EXPORT_APP = 'hype-lens';

/** The content of an exported settings file. */
export interface SettingsExport {
  app: typeof EXPORT_APP;
  version: number;
  settings: Settings;
}

/** Wraps settings into the exported file format. */
export function exportSettings(settings: Settings): SettingsExport {
  return { app: EXPORT_APP, version: SETTINGS_VERSION, settings: normalizeSettings(settings) };
}

/** A file name for an export made on `date`, e.g. `hype-lens-settings-2026-11-24.json`. */
export function exportFileName(date = new Date()): string {
  return `hype-lens-settings-${date.toISOString().slice(0, 10)}.json`;
}

/** The result of reading an imported file: the settings, or what is wrong with the file. */
export type ImportResult = { ok: true; settings: Settings } | { ok: false; error: string };

function fail(error: string): ImportResult {
  return { ok: false, error };
}

/**
 * Reads a settings file strictly: it must be JSON, a Hype Lens export, of a version this build
 * knows, and every field must be valid (missing fields take their defaults). Older versions go
 * through the same migrations as stored settings.
 */
export function parseSettingsFile(text: string): ImportResult {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return fail('This file is not JSON, so it is not a Hype Lens settings file.');
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    return fail('This JSON file is not a Hype Lens settings file.');
  }
  const file = data as Record<string, unknown>;
  if (file.app !== EXPORT_APP) {
    return fail('This JSON file is not a Hype Lens settings file (no "app": "hype-lens").');
  }
  const { version } = file;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return fail('This settings file has no valid version number.');
  }
  if (version > SETTINGS_VERSION) {
    return fail(
      `Unsupported version ${version}: this file comes from a newer Hype Lens ` +
        `(this one reads up to version ${SETTINGS_VERSION}). Update the extension first.`,
    );
  }
  if (file.settings === null || typeof file.settings !== 'object' || Array.isArray(file.settings)) {
    return fail('This settings file has no "settings" object.');
  }
  const migrated = migrateSettings(file.settings, version) as Record<string, unknown>;
  const settings = defaultSettings() as Record<string, unknown>;
  for (const [field, schema] of Object.entries(SETTINGS_FIELDS)) {
    if (!(field in migrated)) continue;
    const parsed = schema.safeParse(migrated[field]);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const where = [field, ...(issue?.path ?? [])].join('.');
      return fail(`Field "${where}" is invalid: ${issue?.message ?? 'unexpected value'}.`);
    }
    settings[field] = parsed.data;
  }
  return { ok: true, settings: normalizeSettings(SettingsSchema.parse(settings)) };
}
