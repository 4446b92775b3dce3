/** Whole-post judgement by the pitch score: findings in commentary are dropped, and a pitch no pattern caught gets its sentence marked. */
import type { Rule } from '../rules/schema';
import type { BlockContext } from './context';
import { PITCH_READ, pitchScore } from './pitch';
import { type Span, splitSentences } from './sentences';
import { deniesInSentence, detectSignals, isQuestion, type Signals } from './signals';

// Below this score a post reads as commentary, news or an honest report, whatever its phrases.
const COMMENTARY = 0.02;
// Above this score a post reads as a pitch even when no pattern's evidence was found.
const PITCH = 0.6;
// Above this score the post's own voice outweighs the cues that usually excuse it: critics' words
// ("scam", "the truth about"), reporting verbs and quotation marks in a pitch that borrows them.
const STRONG_PITCH = 0.9;
// A pitch's sentence is looked for among this many sentences, so the search stays linear.
const SENTENCE_LIMIT = 60;

/** Suppressions that say only that a phrase lacked evidence, not that the post is not a pitch. */
const WEAK = new Set(['missing-context', 'below-threshold']);
/** Suppressions a strong pitch outweighs: a seller borrows a critic's words, reports and quotes too. */
const OUTWEIGHED = new Set(['critique', 'reported', 'quoted', 'candid-update']);

/** Whether a post reads as commentary rather than a pitch (its findings are then dropped); only a post, not a longer text, is judged whole. */
export function readsAsCommentary(text: string): boolean {
  return isPost(text) && pitchScore(text) <= COMMENTARY;
}

/** Whether a text is post-sized, the kind of text the pitch model was trained on. Neighbouring unrelated sentences in a transcript or an article sway its score, so longer texts keep the rules' verdicts. */
function isPost(text: string): boolean {
  return text.length <= PITCH_READ;
}

/** How a post without findings reads: as a pitch, as a strong pitch (whose voice outweighs critique words, reports and quotes), or neither (null). */
export function pitchVoice(
  text: string,
  block: () => BlockContext,
  verdicts: readonly { suppressed: string | null }[],
): 'pitch' | 'strong' | null {
  if (!isPost(text)) return null;
  const score = pitchScore(text);
  if (score <= PITCH) return null;
  const strong = score > STRONG_PITCH;
  const excuses = (reason: string) => !WEAK.has(reason) && !(strong && OUTWEIGHED.has(reason));
  if (verdicts.some((v) => v.suppressed !== null && excuses(v.suppressed))) return null;
  const context = block();
  if (context.jobOrEvent || context.pensionOrGame) return null;
  // A seller who borrows a critic's words still names a sum, a deadline or a call to action.
  if (context.critique && !(strong && context.boosters.length > 0)) return null;
  return strong ? 'strong' : 'pitch';
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
