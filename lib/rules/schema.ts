import * as z from 'zod/mini';

// zod/mini keeps zod out of the content script's weight (6 kB gzip instead of 92 kB); and our
// bundles must not contain eval-like code, which zod's JIT probe is (web-ext lint flags it).
z.config({ jitless: true });

/** The themes a rule belongs to: the article's counterpoints, then regulator-named red flags. */
export const CATEGORIES = [
  'front-loaded-effort',
  'hidden-costs',
  'competition',
  'tools-over-problems',
  'distribution',
  'unrealistic-timelines',
  'guarantees',
  'permanence',
  'no-experience',
  'urgency',
  'secret-system',
  'ai-magic',
] as const;

/** One theme of the rule base. */
export type Category = (typeof CATEGORIES)[number];

/** How strongly a finding should be shown, weakest first. */
export const SEVERITIES = ['low', 'medium', 'high'] as const;

/** A finding's or rule's strength. */
export type Severity = (typeof SEVERITIES)[number];

/** Evidence a rule can ask to see near its match before it counts (see `lib/analyze/signals.ts`). */
export const CONTEXT_SIGNALS = ['income', 'sum', 'effortless', 'ai', 'timeframe', 'cta'] as const;

/** A kind of supporting evidence in the text around a match. */
export type ContextSignal = (typeof CONTEXT_SIGNALS)[number];

const kebab = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Text of at least `min` characters (and at most `max`), for the rule schema. */
const text = (min: number, max?: number) =>
  max === undefined
    ? z.string().check(z.minLength(min))
    : z.string().check(z.minLength(min), z.maxLength(max));

// A trigger is plain text and `(a|b)` groups: no quantifiers, classes, escapes or nesting.
const PLAIN = '[^()|?*+[\\]{}\\\\^]';
const TRIGGER = new RegExp(`^(?:${PLAIN}|\\((?:${PLAIN}*\\|)*${PLAIN}*\\))+$`);

/** A non-empty list (at least `min` items, at most `max`). */
const list = <T extends z.ZodMiniType>(item: T, min = 1, max?: number) =>
  max === undefined
    ? z.array(item).check(z.minLength(min))
    : z.array(item).check(z.minLength(min), z.maxLength(max));

/** The zod schema every rule, built-in or user-made, must pass at load. */
export const RuleSchema = z.strictObject({
  id: z.string().check(z.regex(kebab, 'rule id must be kebab-case')),
  category: z.enum(CATEGORIES),
  title: text(3, 80),
  /**
   * Literal words or phrases; the prefilter only looks further when one of them occurs. `#` is a
   * number and `(a|b)` a choice; no other regular-expression syntax (`?`, `*`, nested groups).
   */
  triggers: list(
    z
      .string()
      .check(
        z.trim(),
        z.minLength(2),
        z.regex(TRIGGER, 'trigger: plain words, `#` and (a|b) groups only'),
      ),
  ),
  /** compromise match patterns, compiled once into a net. */
  patterns: list(text(2)),
  context: z._default(
    z.object({
      /** Every group listed must have one of its signals near the match (same or neighbouring sentence). */
      requires: z._default(z.array(list(z.enum(CONTEXT_SIGNALS))), []),
      /** Where the required signals must be: near the match (default), or in its own sentence. */
      scope: z._default(z.enum(['near', 'sentence']), 'near'),
    }),
    { requires: [], scope: 'near' },
  ),
  severity: z.enum(SEVERITIES),
  defaultEnabled: z.boolean(),
  explanation: text(60),
  questions: list(text(10), 1, 3),
  source: z.object({
    article: text(3),
    regulator: z.optional(text(3)),
  }),
  examples: z.object({
    flag: list(text(5)),
    pass: list(text(5)),
  }),
});

/** A rule as written in `lib/rules/*.ts`, before validation. */
export type RuleInput = z.input<typeof RuleSchema>;

/** A validated rule. */
export type Rule = z.output<typeof RuleSchema>;
