import { createAnalyzer } from '../analyze';
import { phraseTriggers } from '../analyze/custom';
import type { Finding } from '../analyze/types';
import { builtInRules } from '../rules';
import type { Category } from '../rules/schema';
import { PHRASE_MAX_LENGTH, PHRASE_MIN_LENGTH } from './schema';

/** Everyday sentences a custom phrase must leave alone; one that marks many of them is too broad. */
export const ORDINARY_SENTENCES: readonly string[] = [
  'I went to the store this morning and bought bread, milk and eggs.',
  'The weather was nice today, so we took a long walk in the park.',
  'My sister called to say she will visit us next weekend.',
  'The meeting has been moved to Thursday at three in the afternoon.',
  'We watched a movie last night and then went straight to bed.',
  'Please remember to water the plants while I am away.',
  'The train was ten minutes late because of work on the tracks.',
  'He paid for lunch, and I will pay for dinner next time.',
  'The library opens at nine and closes at six on weekdays.',
  'Our team finished the project a week before the deadline.',
  'She is learning to play the piano and practises every evening.',
  'The kids spent the whole afternoon building a fort out of blankets.',
  'I saved a little money this month by cooking at home more often.',
  'The new bakery on the corner sells the best croissants in town.',
  'We need to fix the leaking tap in the kitchen before the weekend.',
  'The museum has a new exhibition about the history of the city.',
  'My phone battery died halfway through the call with my boss.',
  'They are planning a trip to the mountains in the summer.',
  'The doctor said I should drink more water and sleep a bit longer.',
  'I read an interesting article about birds that migrate across oceans.',
  'The price of coffee at the café went up again this year.',
  'Our neighbour has a friendly dog that barks at the postman.',
  'The concert was sold out, so we listened to the album at home.',
  'I started a new job in March and I like my colleagues a lot.',
  'Dinner is ready, so please come to the table and wash your hands.',
  'The garden looks beautiful now that the roses are in bloom.',
  'We recycled the old newspapers and cleaned out the garage.',
  'The bus stop is just around the corner from the school.',
  'My grandmother makes the best apple pie for every family visit.',
  'It rained all day, so we stayed inside and played board games.',
];

/** How many ordinary sentences a phrase may mark before it counts as matching too broadly. */
export const BROAD_MATCH_LIMIT = 3;

/** How long a phrase may take over the 20 kB stress sample before it is refused as too slow. */
export const PHRASE_TIME_BUDGET_MS = 200;

const STRESS_SAMPLE_CHARS = 20_000;

/** The analyzer a custom phrase is tested with: only that phrase, at the most eager sensitivity, without the whole-post judgement. */
export function phraseAnalyzer(phrase: string, category: Category) {
  const off = Object.fromEntries(builtInRules().map((rule) => [rule.id, false]));
  return createAnalyzer(builtInRules(), {
    rules: off,
    sensitivity: 'high',
    customPhrases: [{ phrase, category }],
    // What the phrase itself matches, not how the post around it reads as a whole.
    wholePost: false,
  });
}

const PAIRS: Record<string, string> = { '(': ')', '[': ']', '{': '}' };

/** The first problem with a phrase's match syntax, or null; cheap enough to run on every keystroke. */
export function phraseSyntaxError(input: string): string | null {
  const phrase = input.trim();
  if (phrase.length < PHRASE_MIN_LENGTH) {
    return `Too short: a phrase needs at least ${PHRASE_MIN_LENGTH} characters.`;
  }
  if (phrase.length > PHRASE_MAX_LENGTH) {
    return `Too long: a phrase has at most ${PHRASE_MAX_LENGTH} characters (this one has ${phrase.length}).`;
  }
  const stack: string[] = [];
  for (const ch of phrase) {
    if (ch in PAIRS) stack.push(PAIRS[ch] as string);
    else if (ch === ')' || ch === ']' || ch === '}') {
      if (stack.pop() !== ch) return `Bad syntax: "${ch}" has no matching opening bracket.`;
    }
  }
  if (stack.length > 0)
    return `Bad syntax: a bracket is opened but never closed (missing "${stack.pop()}").`;
  if (/\(\s*\||\|\s*\||\|\s*\)|\(\s*\)/.test(phrase)) {
    return 'Bad syntax: empty choice in (a|b); every choice between "|" needs a word.';
  }
  if (/\[\s*\]|\{\s*\}/.test(phrase)) return 'Bad syntax: empty brackets.';
  if (phrase.includes('|') && !/\([^()]*\|[^()]*\)/.test(phrase)) {
    return 'Bad syntax: put choices in parentheses, as in (cash|money).';
  }
  if (/(^|\s)\//.test(phrase)) {
    return 'Regular expressions (/…/) are not supported in phrases; use words and (a|b) choices.';
  }
  if (phraseTriggers(phrase).length === 0) {
    return 'Would match almost everything: include at least one plain word of 3 or more letters.';
  }
  return null;
}

/** A phrase check: fine, or the reason the phrase cannot be saved. */
export type PhraseCheck = { ok: true } | { ok: false; error: string };

function stressSample(phrase: string): string {
  // The phrase's own words in every sentence, so the pattern is tried everywhere, not skipped by the prefilter.
  const words = phrase
    .replace(/[^\p{L}\p{N}'’$€£% ]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  const parts: string[] = [];
  let length = 0;
  for (let i = 0; length < STRESS_SAMPLE_CHARS; i++) {
    const sentence = `${ORDINARY_SENTENCES[i % ORDINARY_SENTENCES.length]} ${words} ${words}.`;
    parts.push(sentence);
    length += sentence.length + 1;
  }
  return parts.join(' ');
}

/**
 * Everything that must hold before a phrase is saved: valid syntax, a literal anchor, not a
 * duplicate, marks at most {@link BROAD_MATCH_LIMIT} ordinary sentences, and analyses a 20 kB
 * sample within {@link PHRASE_TIME_BUDGET_MS}.
 */
export function checkCustomPhrase(
  input: string,
  category: Category,
  existing: readonly { phrase: string }[] = [],
  budgetMs = PHRASE_TIME_BUDGET_MS,
): PhraseCheck {
  const syntax = phraseSyntaxError(input);
  if (syntax) return { ok: false, error: syntax };
  const phrase = input.trim();
  if (existing.some((p) => p.phrase.trim().toLowerCase() === phrase.toLowerCase())) {
    return { ok: false, error: 'This phrase is already in your list.' };
  }
  const analyzer = phraseAnalyzer(phrase, category);
  if (analyzer.rules.length === 0) {
    return { ok: false, error: 'Bad syntax: Hype Lens could not turn this phrase into a rule.' };
  }
  const broad = ORDINARY_SENTENCES.filter((s) => analyzer.analyze(s).length > 0);
  if (broad.length > BROAD_MATCH_LIMIT) {
    return {
      ok: false,
      error:
        `Matches too broadly: it marks ${broad.length} of ${ORDINARY_SENTENCES.length} ordinary ` +
        `sentences, such as "${broad[0]?.replace(/[.!?]$/, '')}". Make it more specific.`,
    };
  }
  const sample = stressSample(phrase);
  // The best of up to three runs: a pause from garbage collection or a busy machine is not the
  // phrase's fault, while a pattern that is really slow is slow every time.
  let took = Number.POSITIVE_INFINITY;
  for (let run = 0; run < 3 && took > budgetMs; run++) {
    const started = performance.now();
    analyzer.analyze(sample);
    took = Math.min(took, performance.now() - started);
  }
  if (took > budgetMs) {
    return {
      ok: false,
      error: `Too slow: checking 20 kB of text took ${Math.round(took)} ms (limit ${budgetMs} ms). Simplify the phrase.`,
    };
  }
  return { ok: true };
}

/** What a phrase marks in a sentence the person typed: the findings (empty when nothing matched). */
export function testPhrase(phrase: string, category: Category, sample: string): Finding[] {
  if (phraseSyntaxError(phrase) || sample.trim() === '') return [];
  return phraseAnalyzer(phrase.trim(), category).analyze(sample);
}
