/**
 * Stored and exported settings formats, and the migrations between them.
 *
 * Version 1 (the first format) was:
 *
 * ```ts
 * {
 *   disabledRules: string[];                          // ids of rules switched off
 *   paused: string[];                                 // sites or URLs where nothing is marked
 *   strictness: 'strict' | 'balanced' | 'relaxed';    // how much to mark
 * }
 * ```
 *
 * Version 2 (current, see `schema.ts`) keeps a sparse `rules` map (id → on/off), `sensitivity`
 * in the analyzer's own terms (`low` | `medium` | `high`), a site mode with paused and only-on
 * lists, and custom phrases. Development builds wrote the v2 shape while still labelled v1, so a
 * v1 value that already has v2 fields keeps them.
 *
 * A migration must never throw: it runs in every page's content script, and a value it cannot
 * make sense of is left to field-by-field repair.
 */
import type { Sensitivity } from '../analyze/types';
import { SETTINGS_VERSION } from './schema';
import { siteFromInput } from './sites';

/** What the v1 `strictness` meant, in the analyzer's sensitivity terms. */
export const STRICTNESS_TO_SENSITIVITY: Record<string, Sensitivity> = {
  strict: 'low',
  balanced: 'medium',
  relaxed: 'high',
};

function record(value: unknown): Record<string, unknown> | null {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : null;
}

function strings(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

/** Upgrades a v1 settings object to v2, keeping the person's toggles, paused sites and strictness. */
export function migrateV1ToV2(value: unknown): unknown {
  const v1 = record(value);
  if (!v1) return value;
  const { disabledRules, paused, strictness, ...rest } = v1;
  const out: Record<string, unknown> = { ...rest };
  if (Array.isArray(disabledRules)) {
    const toggles = { ...(record(out.rules) ?? {}) };
    for (const id of strings(disabledRules)) toggles[id] = false;
    out.rules = toggles;
  }
  if (Array.isArray(paused)) {
    const sites = new Set(strings(out.pausedSites));
    for (const entry of strings(paused)) {
      // v1 accepted whole URLs; keep the host, drop what can no longer be expressed.
      const site = siteFromInput(entry);
      if (site.ok) sites.add(site.pattern);
    }
    out.pausedSites = [...sites];
  }
  if (typeof strictness === 'string' && strictness in STRICTNESS_TO_SENSITIVITY) {
    out.sensitivity = STRICTNESS_TO_SENSITIVITY[strictness];
  }
  return out;
}

/** The migration into each version, keyed by the version it produces (WXT's `migrations` shape). */
export const SETTINGS_MIGRATIONS: Record<number, (value: unknown) => unknown> = {
  2: migrateV1ToV2,
};

/** Runs every migration from `fromVersion` up to the current version (for imported files). */
export function migrateSettings(value: unknown, fromVersion: number): unknown {
  let out = value;
  for (let v = fromVersion + 1; v <= SETTINGS_VERSION; v++) {
    const step = SETTINGS_MIGRATIONS[v];
    if (step) out = step(out);
  }
  return out;
}
