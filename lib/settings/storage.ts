import { browser } from 'wxt/browser';
import type { AnalyzerSettings } from '../analyze/types';
import { defaultSettings } from './defaults';
import { migrateSettings, SETTINGS_MIGRATIONS } from './migrations';
import { assertFitsSyncItem, SettingsSaveError } from './quota';
import { repairSettings } from './repair';
import { SETTINGS_FIELDS, SETTINGS_VERSION, type Settings, SettingsSchema } from './schema';
import { normalizeSettings } from './toggles';

/** The storage key's name inside the `sync` area (what the quota counts). */
export const SETTINGS_STORAGE_KEY = 'settings';

/** Where the stored format's version lives, as `{ v: number }` (WXT's meta key convention). */
export const SETTINGS_META_KEY = `${SETTINGS_STORAGE_KEY}$`;

/** Fields of the version 1 format: a migrated value may still carry them, and they mean nothing now. */
const LEGACY_FIELDS = new Set(['disabledRules', 'paused', 'strictness']);

/**
 * Why the settings in use are not exactly what is stored. `unreadable`: storage threw, defaults
 * are in use. `newer`: a newer Hype Lens wrote them (a higher format version, or fields this one
 * does not know); the parts this version understands are in use. In both cases nothing may be
 * written, so what the person set is never overwritten. `repaired`: some fields were invalid and
 * use their defaults (the next save writes those defaults).
 */
export type SettingsProblem =
  | { kind: 'unreadable'; reason: string }
  | { kind: 'newer'; version: number | null; fields: string[] }
  | { kind: 'repaired'; fields: string[] };

/** The settings in use, and what (if anything) kept them from being read as stored. */
export interface LoadedSettings {
  settings: Settings;
  problem: SettingsProblem | null;
}

/** Whether saving over the stored settings could lose something the person set. */
export function isReadOnly(problem: SettingsProblem | null): boolean {
  return problem?.kind === 'unreadable' || problem?.kind === 'newer';
}

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** The stored format version: 1 when no meta was written (the first format), null when unintelligible. */
function versionOf(meta: unknown): number | null {
  if (meta === undefined || meta === null) return 1;
  if (typeof meta !== 'object') return null;
  const v = (meta as { v?: unknown }).v;
  if (v === undefined) return 1;
  return typeof v === 'number' && Number.isInteger(v) && v >= 1 ? v : null;
}

/**
 * Makes sense of a stored value and its meta without writing anything: older formats are
 * migrated in memory, a newer one is read as far as this version understands it.
 */
export function interpretStored(value: unknown, meta: unknown): LoadedSettings {
  if (value === undefined || value === null) {
    const version = versionOf(meta);
    return version !== null && version <= SETTINGS_VERSION
      ? { settings: defaultSettings(), problem: null }
      : { settings: defaultSettings(), problem: { kind: 'newer', version, fields: [] } };
  }
  const version = versionOf(meta);
  if (version === null || version > SETTINGS_VERSION) {
    return {
      settings: repairSettings(value).settings,
      problem: { kind: 'newer', version, fields: [] },
    };
  }
  let migrated: unknown = value;
  try {
    migrated = migrateSettings(value, version);
  } catch {
    // Migrations are written not to throw; if one does, field repair still reads what it can.
  }
  const unknown =
    migrated !== null && typeof migrated === 'object' && !Array.isArray(migrated)
      ? Object.keys(migrated).filter((k) => !(k in SETTINGS_FIELDS) && !LEGACY_FIELDS.has(k))
      : [];
  const { settings, repaired } = repairSettings(migrated);
  if (unknown.length > 0) {
    return { settings, problem: { kind: 'newer', version, fields: unknown } };
  }
  return { settings, problem: repaired.length > 0 ? { kind: 'repaired', fields: repaired } : null };
}

async function readRaw(): Promise<{ value: unknown; meta: unknown }> {
  const got = await browser.storage.sync.get([SETTINGS_STORAGE_KEY, SETTINGS_META_KEY]);
  return { value: got?.[SETTINGS_STORAGE_KEY], meta: got?.[SETTINGS_META_KEY] };
}

async function writeRaw(value: unknown): Promise<void> {
  // One write for value and version together: a reader never sees one without the other, and
  // sync storage counts write operations (120 a minute).
  await browser.storage.sync.set({
    [SETTINGS_STORAGE_KEY]: value,
    [SETTINGS_META_KEY]: { v: SETTINGS_VERSION },
  });
}

/** What {@link settingsItem} offers: the raw stored value, read and written without side effects. */
export interface SettingsItem {
  readonly key: `sync:${typeof SETTINGS_STORAGE_KEY}`;
  /** Defaults when nothing is stored. */
  readonly fallback: Settings;
  /** The value as stored (not migrated or repaired), or the defaults when nothing is stored. */
  getValue(): Promise<unknown>;
  /** Writes a value and marks it as this version's format, in one storage write. */
  setValue(value: unknown): Promise<void>;
  /** The stored meta, `{ v: version }`, or `{}` when none was written. */
  getMeta(): Promise<Record<string, unknown>>;
  /**
   * Upgrades an older stored value in storage. Never runs by itself (reads migrate in memory,
   * so nothing is written on read); refuses to touch a value from a newer version.
   */
  migrate(): Promise<void>;
  /** Calls back with the raw new value (defaults when removed) on every change; returns an unsubscribe. */
  watch(callback: (value: unknown) => void): () => void;
}

/**
 * The settings in `sync` storage, versioned (formats in `migrations.ts`). Not a WXT storage item
 * with `migrations`: that one migrates when the module loads in every page's content script,
 * logs `console.error` into the page on a newer stored version or a storage failure, and writes
 * on read. Reads here migrate in memory and never log; only an explicit save writes.
 */
export const settingsItem: SettingsItem = {
  key: `sync:${SETTINGS_STORAGE_KEY}`,
  get fallback() {
    return defaultSettings();
  },
  async getValue() {
    return (await readRaw()).value ?? defaultSettings();
  },
  setValue: writeRaw,
  async getMeta() {
    const { meta } = await readRaw();
    return meta !== null && typeof meta === 'object'
      ? { ...(meta as Record<string, unknown>) }
      : {};
  },
  async migrate() {
    const { value, meta } = await readRaw();
    const version = versionOf(meta);
    if (value === undefined || value === null || version === null) return;
    if (version >= SETTINGS_VERSION) return;
    let migrated = value;
    for (let v = version + 1; v <= SETTINGS_VERSION; v++) {
      migrated = SETTINGS_MIGRATIONS[v]?.(migrated) ?? migrated;
    }
    await writeRaw(migrated);
  },
  watch(callback) {
    const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
      if (area !== 'sync' || !(SETTINGS_STORAGE_KEY in changes)) return;
      callback(changes[SETTINGS_STORAGE_KEY]?.newValue ?? defaultSettings());
    };
    browser.storage.onChanged.addListener(listener);
    return () => browser.storage.onChanged.removeListener(listener);
  },
};

/**
 * Reads the settings and says what kept them from being read as stored. Never throws, never
 * writes and never logs: it runs in every page's content script.
 */
export async function loadSettings(): Promise<LoadedSettings> {
  try {
    const { value, meta } = await readRaw();
    return interpretStored(value, meta);
  } catch (error) {
    return { settings: defaultSettings(), problem: { kind: 'unreadable', reason: message(error) } };
  }
}

/** Reads the settings, repairing any field that fails the schema (never throws, never writes). */
export async function getSettings(): Promise<Settings> {
  return (await loadSettings()).settings;
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

/** Options for {@link saveSettings}. */
export interface SaveOptions {
  /**
   * Write even over settings saved by a newer Hype Lens. Only for an explicit choice of the
   * person (the options page's "replace" button): it drops what this version does not understand.
   */
  replaceNewer?: boolean;
}

function refusal(error: unknown): string {
  const reason = message(error);
  const why = `Not saved: the browser refused to store the settings (${reason})`;
  if (/QUOTA_BYTES/i.test(reason)) {
    return `${why}: sync storage is full. Your previous settings are kept; remove some custom phrases or sites and try again.`;
  }
  if (/MAX_WRITE_OPERATIONS/i.test(reason)) {
    return `${why}: too many changes in a short time. Your previous settings are kept; wait a minute and try again.`;
  }
  return `${why}.`;
}

/**
 * Validates and writes whole settings. Throws a {@link SettingsSaveError} with a plain-words
 * reason (invalid, too large for sync, refused by the browser, stored settings unreadable or
 * from a newer version); storage is then unchanged.
 */
export async function saveSettings(
  settings: Settings,
  options: SaveOptions = {},
): Promise<Settings> {
  const next = prepareSettings(settings);
  let stored: { value: unknown; meta: unknown };
  try {
    stored = await readRaw();
  } catch (error) {
    throw new SettingsSaveError(
      `Not saved: your stored settings could not be read (${message(error)}), and saving now could overwrite them.`,
    );
  }
  const { problem } = interpretStored(stored.value, stored.meta);
  if (problem?.kind === 'newer' && !options.replaceNewer) {
    throw new SettingsSaveError(
      'Not saved: your settings were saved by a newer version of Hype Lens, and saving here would overwrite them. Update Hype Lens to change them.',
    );
  }
  try {
    await settingsItem.setValue(next);
  } catch (error) {
    // e.g. QUOTA_BYTES, MAX_WRITE_OPERATIONS_PER_MINUTE: nothing was written.
    throw new SettingsSaveError(refusal(error));
  }
  return next;
}

/** Applies a change to the settings and saves them; on failure throws and keeps the old ones. */
export async function updateSettings(change: (current: Settings) => Settings): Promise<Settings> {
  return saveSettings(change(await getSettings()));
}

/**
 * Calls back with the settings and their problem whenever the stored value or its version
 * changes (in any tab or page); returns an unsubscribe. Never throws or logs.
 */
export function watchLoadedSettings(callback: (loaded: LoadedSettings) => void): () => void {
  // The last known value and meta, so a change to only one of them can be read alone. Filled
  // from storage once; a change that arrives first wins over that read.
  const known: { value?: unknown; meta?: unknown; valueSet: boolean; metaSet: boolean } = {
    valueSet: false,
    metaSet: false,
  };
  void readRaw().then(
    ({ value, meta }) => {
      if (!known.valueSet) known.value = value;
      if (!known.metaSet) known.meta = meta;
    },
    () => {},
  );
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area !== 'sync') return;
    const valueChanged = SETTINGS_STORAGE_KEY in changes;
    const metaChanged = SETTINGS_META_KEY in changes;
    if (!valueChanged && !metaChanged) return;
    if (valueChanged) {
      known.value = changes[SETTINGS_STORAGE_KEY]?.newValue;
      known.valueSet = true;
    }
    if (metaChanged) {
      known.meta = changes[SETTINGS_META_KEY]?.newValue;
      known.metaSet = true;
    }
    try {
      callback(interpretStored(known.value, known.meta));
    } catch {
      // A failing subscriber must not break the others or reach the page's console.
    }
  };
  try {
    browser.storage.onChanged.addListener(listener);
  } catch {
    return () => {};
  }
  return () => {
    try {
      browser.storage.onChanged.removeListener(listener);
    } catch {
      // The extension context is gone: nothing left to unsubscribe from.
    }
  };
}

/** Calls back with repaired settings whenever they change (in any tab or page); returns an unsubscribe. */
export function watchSettings(callback: (settings: Settings) => void): () => void {
  return watchLoadedSettings((loaded) => callback(loaded.settings));
}

/** The part of the settings the analyzer needs. */
export function analyzerSettings(settings: Settings): AnalyzerSettings {
  return {
    rules: settings.rules,
    sensitivity: settings.sensitivity,
    customPhrases: settings.customPhrases,
  };
}
