/** Whole-post judgement by the pitch score: findings in commentary are dropped, and a pitch no pattern caught gets its sentence marked. */
import type { Rule } from '../rules/schema';
import type { BlockContext } from './context';
import { PITCH_READ, pitchScore } from './pitch';
import { type Span, splitSentences } from './sentences';
import { deniesInSentence, detectSignals, isQuestion, type Signals } from './signals';

// Below this score a post reads as commentary, news or an honest report, whatever its phrases.
const COMMENTARY = 0.02;
// Above this score a post with money in it reads as a pitch even when no pattern matched.
const PITCH = 0.6;
// A pitch's sentence is looked for among this many sentences, so the search stays linear.
const SENTENCE_LIMIT = 60;

/** Suppressions that say only that a phrase lacked evidence, not that the post is not a pitch. */
const WEAK = new Set(['missing-context', 'below-threshold']);

/** Whether a post reads as commentary rather than a pitch (its findings are then dropped); only a post, not a longer text, is judged whole. */
export function readsAsCommentary(text: string): boolean {
  return isPost(text) && pitchScore(text) <= COMMENTARY;
}

/** Whether a text is post-sized, the kind of text the pitch model was trained on. Neighbouring unrelated sentences in a transcript or an article sway its score, so longer texts keep the rules' verdicts. */
function isPost(text: string): boolean {
  return text.length <= PITCH_READ;
}

/** Whether a post without findings is still a pitch: money in it, no frame that excuses it, and a high pitch score. */
export function readsAsPitch(
  text: string,
  signals: Signals,
  block: () => BlockContext,
  verdicts: readonly { suppressed: string | null }[],
): boolean {
  if (!isPost(text)) return false;
  if (verdicts.some((v) => v.suppressed !== null && !WEAK.has(v.suppressed))) return false;
  if (!(signals.has('income') || signals.has('sum'))) return false;
  if (pitchScore(text) <= PITCH) return false;
  const context = block();
  return !(context.critique || context.jobOrEvent || context.pensionOrGame);
}

/** The sentence of a pitch that says the most about money, and the rule whose theme its evidence names; null when no enabled rule fits. */
export function pitchSentence(
  text: string,
  rules: ReadonlyMap<string, Rule>,
): { span: Span; rule: Rule } | null {
  let best: { span: Span; rule: Rule; score: number } | null = null;
  for (const span of splitSentences(text).slice(0, SENTENCE_LIMIT)) {
    const sentence = text.slice(span.start, span.end);
    if (isQuestion(sentence) || deniesInSentence(sentence)) continue;
    const rule = themeOf(detectSignals(sentence), rules);
    if (!rule) continue;
    const score = pitchScore(sentence);
    if (!best || score > best.score) best = { span, rule, score };
  }
  return best && { span: best.span, rule: best.rule };
}

/** The enabled rule that answers what a sentence offers: effortless money, a sum or a deadline, AI, or income. */
function themeOf(signals: Signals, rules: ReadonlyMap<string, Rule>): Rule | undefined {
  const themes: [boolean, string][] = [
    [signals.has('effortless'), 'effortless-income'],
    [signals.has('sum') && signals.has('timeframe'), 'income-in-days'],
    [signals.has('sum'), 'big-income-claim'],
    [signals.has('ai') && signals.has('income'), 'ai-does-everything'],
    [signals.has('income'), 'effortless-income'],
  ];
  for (const [applies, id] of themes) {
    const rule = applies ? rules.get(id) : undefined;
    if (rule) return rule;
  }
  return undefined;
}
