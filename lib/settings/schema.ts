import * as z from 'zod/mini';
import { SENSITIVITIES } from '../analyze/types';
import { CATEGORIES } from '../rules/schema';

z.config({ jitless: true });

/** The settings format version written by this build; migrations (see `migrations.ts`) lead here. */
export const SETTINGS_VERSION = 2;

/** A site pattern: a hostname such as `example.com` (matches subdomains) or `*.example.com`. */
export const SitePattern = z
  .string()
  .check(
    z.trim(),
    z.toLowerCase(),
    z.maxLength(253, 'a host name has at most 253 characters'),
    z.regex(
      /^(\*\.)?([a-z0-9-]+\.)*[a-z0-9-]+$/,
      'a site is a host name such as example.com or *.example.com',
    ),
  );

/** The longest custom phrase accepted: long phrases cost sync storage and rarely match anything. */
export const PHRASE_MAX_LENGTH = 120;

/** The shortest custom phrase accepted. */
export const PHRASE_MIN_LENGTH = 4;

/** A phrase a person added, with the category it should be judged under. */
export const CustomPhraseSchema = z.object({
  phrase: z
    .string()
    .check(
      z.trim(),
      z.minLength(PHRASE_MIN_LENGTH, `a phrase needs at least ${PHRASE_MIN_LENGTH} characters`),
      z.maxLength(PHRASE_MAX_LENGTH, `a phrase has at most ${PHRASE_MAX_LENGTH} characters`),
    ),
  category: z.enum(CATEGORIES),
});

/** Every field of the settings with its own schema, so a bad field can be repaired alone. */
export const SETTINGS_FIELDS = {
  /** Rule id → on/off, only for rules the person changed; a missing rule is on by its default. */
  rules: z.record(z.string(), z.boolean()),
  sensitivity: z.enum(SENSITIVITIES),
  /** `everywhere` except paused sites, or `only` the listed sites. */
  siteMode: z.enum(['everywhere', 'only']),
  pausedSites: z.array(SitePattern),
  onlySites: z.array(SitePattern),
  customPhrases: z.array(CustomPhraseSchema),
} as const;

/** The name of one settings field. */
export type SettingsField = keyof typeof SETTINGS_FIELDS;

/** The whole settings object as stored. */
export const SettingsSchema = z.object(SETTINGS_FIELDS);

/** A person's settings. */
export type Settings = z.infer<typeof SettingsSchema>;
