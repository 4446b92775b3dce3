import { z } from 'zod';

// Our bundles must not contain eval-like code; zod's JIT probe is one (web-ext lint flags it).
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

/** The zod schema every rule, built-in or user-made, must pass at load. */
export const RuleSchema = z
  .object({
    id: z.string().regex(kebab, 'rule id must be kebab-case'),
    category: z.enum(CATEGORIES),
    title: z.string().min(3).max(80),
    /** Literal words or phrases; the prefilter only looks further when one of them occurs. */
    triggers: z.array(z.string().trim().min(2)).min(1),
    /** compromise match patterns, compiled once into a net. */
    patterns: z.array(z.string().min(2)).min(1),
    context: z
      .object({
        /** Every group listed must have one of its signals near the match (same or neighbouring sentence). */
        requires: z.array(z.array(z.enum(CONTEXT_SIGNALS)).min(1)).default([]),
      })
      .default({ requires: [] }),
    severity: z.enum(SEVERITIES),
    defaultEnabled: z.boolean(),
    explanation: z.string().min(60),
    questions: z.array(z.string().min(10)).min(1).max(3),
    source: z.object({
      article: z.string().min(3),
      regulator: z.string().min(3).optional(),
    }),
    examples: z.object({
      flag: z.array(z.string().min(5)).min(1),
      pass: z.array(z.string().min(5)).min(1),
    }),
  })
  .strict();

/** A rule as written in `lib/rules/*.ts`, before validation. */
export type RuleInput = z.input<typeof RuleSchema>;

/** A validated rule. */
export type Rule = z.output<typeof RuleSchema>;
