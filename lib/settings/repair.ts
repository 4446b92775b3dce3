import { defaultSettings } from './defaults';
import { SETTINGS_FIELDS, type Settings } from './schema';

/** Settings after repair, with the names of the fields that had to fall back to defaults. */
export interface Repaired {
  settings: Settings;
  repaired: string[];
}

/** Validates stored settings field by field: a bad field gets its default, every good field is kept. */
export function repairSettings(raw: unknown): Repaired {
  const defaults = defaultSettings();
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    return { settings: defaults, repaired: raw === null || raw === undefined ? [] : ['settings'] };
  }
  const source = raw as Record<string, unknown>;
  const settings = { ...defaults } as Record<string, unknown>;
  const repaired: string[] = [];
  for (const [field, schema] of Object.entries(SETTINGS_FIELDS)) {
    if (!(field in source)) continue;
    const parsed = schema.safeParse(source[field]);
    if (parsed.success) settings[field] = parsed.data;
    else repaired.push(field);
  }
  return { settings: settings as Settings, repaired };
}
