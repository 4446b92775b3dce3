import { CATEGORY_INFO } from '../rules/categories';
import { type Rule, RuleSchema } from '../rules/schema';
import type { CustomPhrase } from './types';

const PLAIN_WORD = /^[\p{L}\p{N}][\p{L}\p{N}'’$€£%-]*$/u;
const ALTERNATION = /^\(([\p{L}\p{N}'’$€£%| -]+)\)$/u;

/**
 * The literal words a phrase needs, used as prefilter triggers: the longest plain word outside any
 * syntax, or else the choices of a required `(a|b)` group. Empty when the phrase has no literal anchor.
 */
export function phraseTriggers(phrase: string): string[] {
  const tokens = phrase.trim().toLowerCase().split(/\s+/).filter(Boolean);
  const plain = tokens.filter((t) => PLAIN_WORD.test(t) && t.length >= 3);
  if (plain.length > 0) return [plain.reduce((a, b) => (b.length > a.length ? b : a))];
  for (const token of tokens) {
    const group = ALTERNATION.exec(token);
    const choices = group?.[1]?.split('|').map((c) => c.trim()) ?? [];
    if (choices.length > 0 && choices.every((c) => c.length >= 3)) return choices;
  }
  return [];
}

/** Turns a person's phrase into a rule of its category, or null when it has no literal anchor. */
export function customRule(custom: CustomPhrase, index: number): Rule | null {
  const triggers = phraseTriggers(custom.phrase);
  if (triggers.length === 0) return null;
  const info = CATEGORY_INFO[custom.category];
  const parsed = RuleSchema.safeParse({
    id: `custom-${index + 1}`,
    category: custom.category,
    title: `Your phrase: ${custom.phrase.slice(0, 60)}`,
    triggers,
    patterns: [custom.phrase.trim()],
    severity: 'medium',
    defaultEnabled: true,
    explanation: `You asked Hype Lens to mark this phrase as "${info.label}". ${info.counterpoint}`,
    questions: ['What would the claim look like with typical results, costs and hours added?'],
    source: { article: 'Your own phrase list (options page)' },
    examples: { flag: [custom.phrase], pass: ['(none given)'] },
  });
  return parsed.success ? parsed.data : null;
}
