import type { Category, Severity } from '../rules/schema';

/** How eager the analyzer is to report: `high` reports weaker evidence, `low` only strong claims. */
export const SENSITIVITIES = ['low', 'medium', 'high'] as const;

/** One of {@link SENSITIVITIES}. */
export type Sensitivity = (typeof SENSITIVITIES)[number];

/** A phrase a person added in the options page, judged like a built-in rule of that category. */
export interface CustomPhrase {
  phrase: string;
  category: Category;
}

/** The part of the settings the analyzer needs. Every field is optional and has a safe default. */
export interface AnalyzerSettings {
  /** Rule id → on/off. A rule missing here uses its `defaultEnabled`. */
  rules?: Record<string, boolean>;
  sensitivity?: Sensitivity;
  customPhrases?: readonly CustomPhrase[];
  /** Whether the pitch score judges each post as a whole (default true); off to test what a phrase alone matches. */
  wholePost?: boolean;
}

/** One claim found in a block of text: where it is, which rule, and why. */
export interface Finding {
  ruleId: string;
  category: Category;
  /** UTF-16 offsets into the analysed text; `quote === text.slice(start, end)`. */
  start: number;
  end: number;
  quote: string;
  severity: Severity;
  /** The evidence that raised it, e.g. `specific-sum`, `timeframe`, `call-to-action`. */
  signals: string[];
  score: number;
}
