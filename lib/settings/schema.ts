import { z } from 'zod';
import { SENSITIVITIES } from '../analyze/types';
import { CATEGORIES } from '../rules/schema';

z.config({ jitless: true });

/** The settings format version written by this build; migrations lead here. */
export const SETTINGS_VERSION = 1;

/** A site pattern: a hostname such as `example.com` (matches subdomains) or `*.example.com`. */
export const SitePattern = z
  .string()
  .trim()
  .toLowerCase()
  .regex(
    /^(\*\.)?([a-z0-9-]+\.)*[a-z0-9-]+$/,
    'a site is a host name such as example.com or *.example.com',
  );

/** A phrase a person added, with the category it should be judged under. */
export const CustomPhraseSchema = z.object({
  phrase: z.string().trim().min(4, 'a phrase needs at least 4 characters').max(120),
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

/** The whole settings object as stored. */
export const SettingsSchema = z.object(SETTINGS_FIELDS);

/** A person's settings. */
export type Settings = z.infer<typeof SettingsSchema>;
