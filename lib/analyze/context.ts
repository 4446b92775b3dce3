/** Judging context: whether the text around a match promotes the claim, or why it does not. */
import type { Category, Rule } from '../rules/schema';
import type { Located } from './locate';
import type { Match } from './net';
import type { Span } from './sentences';
import {
  deniesInSentence,
  detectSignals,
  hasRate,
  isAdviceRequest,
  isCandid,
  isCostBefore,
  isCritique,
  isEmploymentOrEvent,
  isPensionOrGame,
  isQuestion,
  isReported,
  isStatistics,
  negatedAfter,
  negatedBefore,
  type Signals,
} from './signals';

/** Why a pattern match was or was not reported: `null` when it promotes the claim. */
export type Suppression =
  | 'critique'
  | 'question'
  | 'statistics'
  | 'event-or-job'
  | 'pension-or-game'
  | 'reported'
  | 'negated'
  | 'quoted'
  | 'candid-update'
  | 'a-cost'
  | 'missing-context'
  | 'below-threshold'
  | 'commentary';

// Context checks look this far before a match, within the same clause.
const CLAUSE_BEFORE_WORDS = 5;
// In a job ad or an event listing, these phrases are ordinary ("no experience needed", "limited seats", "overnight shift").
const JOB_OR_EVENT_CATEGORIES = new Set<Category>([
  'no-experience',
  'urgency',
  'unrealistic-timelines',
]);

// A pension pays a guaranteed income for life; a game's farm makes money while you sleep.
const PENSION_OR_GAME_CATEGORIES = new Set<Category>([
  'guarantees',
  'permanence',
  'front-loaded-effort',
]);

/** What the context checks know about a whole block. */
export interface BlockContext {
  boosters: string[];
  effortless: boolean;
  critique: boolean;
  candid: boolean;
  jobOrEvent: boolean;
  /** A pension or a game: lasting, guaranteed or sleeping income is ordinary there. */
  pensionOrGame: boolean;
  /** Signals anywhere in the block, used as the context of short posts. */
  signals: Signals;
  short: boolean;
}

// A post this short is one thought: its context is the whole post, not the neighbouring sentences.
const SHORT_BLOCK = 600;

export function blockContext(text: string, signals: Signals): BlockContext {
  const boosters: string[] = [];
  if (signals.has('sum')) boosters.push('specific-sum');
  if (hasRate(text)) boosters.push('rate');
  if (signals.has('timeframe')) boosters.push('timeframe');
  if (signals.has('cta')) boosters.push('call-to-action');
  return {
    boosters,
    effortless: signals.has('effortless'),
    critique: isCritique(text) || isAdviceRequest(text),
    candid: isCandid(text),
    // A job or an event that merely involves AI ("a free ChatGPT class") is still one; an AI
    // "opportunity" that talks money is not.
    jobOrEvent:
      isEmploymentOrEvent(text) &&
      !(signals.has('ai') && (signals.has('income') || signals.has('sum'))) &&
      !signals.has('effortless'),
    pensionOrGame: isPensionOrGame(text) && !signals.has('ai'),
    signals,
    short: text.length <= SHORT_BLOCK,
  };
}

/** What the context checks know about one sentence, computed once however many matches it holds. */
export interface SentenceContext {
  question: boolean;
  statistics: boolean;
  denied: boolean;
  near: Signals | null;
  /** Signals in the sentence itself, for rules that need their evidence there. */
  own?: Signals;
  matches: Located[];
}

// Context checks read at most this far around a match, so a huge sentence costs linear time.
const LOCAL_CONTEXT = 300;

/** The context of one sentence, computed on first use and cached for its other matches. */
export function sentenceContext(
  text: string,
  sentences: Span[],
  index: number,
  cache: Map<number, SentenceContext>,
): SentenceContext {
  let context = cache.get(index);
  if (!context) {
    const sentence = sentences[index] as Span;
    const sentenceText = text.slice(
      sentence.start,
      Math.min(sentence.end, sentence.start + 4 * LOCAL_CONTEXT),
    );
    context = {
      question: isQuestion(sentenceText),
      statistics: isStatistics(sentenceText),
      denied: deniesInSentence(sentenceText),
      near: null,
      matches: [],
    };
    cache.set(index, context);
  }
  return context;
}

/** Whether the text around a match promotes the claim; otherwise the reason it does not. */
export function judge(
  text: string,
  sentences: Span[],
  located: Located,
  context: SentenceContext,
  rule: Rule,
  block: BlockContext,
): Suppression | null {
  const { match, sentence: index } = located;
  const sentence = sentences[index] as Span;
  if (context.question) return 'question';
  if (context.denied) return 'negated';
  if (context.statistics) return 'statistics';
  if (block.jobOrEvent && JOB_OR_EVENT_CATEGORIES.has(rule.category)) return 'event-or-job';
  if (block.pensionOrGame && PENSION_OR_GAME_CATEGORIES.has(rule.category))
    return 'pension-or-game';
  if (block.candid && rule.category === 'unrealistic-timelines') return 'candid-update';

  const others = context.matches.filter((o) => o !== located).map((o) => o.match);
  const from = Math.max(sentence.start, match.start - LOCAL_CONTEXT);
  const to = Math.min(sentence.end, match.end + LOCAL_CONTEXT);
  const before = maskMatches(text, from, match.start, others);
  if (isReported(before)) return 'reported';
  if (
    rule.category === 'unrealistic-timelines' &&
    /^[$€£¥₹~\d]/.test(text.slice(match.start, match.end)) &&
    isCostBefore(before)
  )
    return 'a-cost';
  if (negatedBefore(lastWords(lastClause(before), CLAUSE_BEFORE_WORDS))) return 'negated';
  if (negatedAfter(firstClause(maskMatches(text, match.end, to, others)))) return 'negated';
  if (
    insideQuotes(text, quoteReach(text, match), match) ||
    QUOTE_MARK.test(text.slice(match.start, match.end))
  )
    return 'quoted';

  if (rule.context.requires.length > 0) {
    if (rule.context.scope === 'sentence') {
      context.own ??= detectSignals(text.slice(sentence.start, ownEvidenceEnd(sentences, index)));
      const own = context.own;
      for (const group of rule.context.requires) {
        if (!group.some((s) => (s === 'cta' ? block.signals.has(s) : own.has(s))))
          return 'missing-context';
      }
      return null;
    }
    if (!context.near) {
      context.near = block.short
        ? block.signals
        : detectSignals(
            text.slice(
              Math.max(
                (sentences[Math.max(0, index - 1)] as Span).start,
                match.start - 2 * LOCAL_CONTEXT,
              ),
              Math.min(
                (sentences[Math.min(sentences.length - 1, index + 1)] as Span).end,
                match.end + 2 * LOCAL_CONTEXT,
              ),
            ),
          );
    }
    const near = context.near;
    for (const group of rule.context.requires) {
      if (!group.some((s) => (s === 'cta' ? block.signals.has(s) : near.has(s))))
        return 'missing-context';
    }
  }
  return null;
}

// A fragment this short ("Overnight.", "48 HOURS.") is finished by the sentence after it.
const FRAGMENT = 30;

/** Where a sentence's own evidence ends: its end, or the next sentence's when it is a fragment. */
function ownEvidenceEnd(sentences: Span[], index: number): number {
  const sentence = sentences[index] as Span;
  const next = sentences[index + 1];
  return sentence.end - sentence.start < FRAGMENT && next ? next.end : sentence.end;
}

/** The text between two offsets with other claims blanked out, so their words ("no skills") don't count as context. */
function maskMatches(text: string, from: number, to: number, others: Match[]): string {
  if (to <= from) return '';
  let out = text.slice(from, to);
  for (const o of others) {
    const s = Math.max(o.start, from);
    const e = Math.min(o.end, to);
    if (e > s) out = out.slice(0, s - from) + '_'.repeat(e - s) + out.slice(e - from);
  }
  return out;
}

const CLAUSE_BREAK =
  /(?<!\d),|,(?!\d)|[;:—–()]|\bbut\b|\band then\b|\band (?=(?:the|i|it|my|now|they|we|she|he) )|\s-\s/gi;

function lastClause(text: string): string {
  let cut = 0;
  CLAUSE_BREAK.lastIndex = 0;
  for (let m = CLAUSE_BREAK.exec(text); m !== null; m = CLAUSE_BREAK.exec(text))
    cut = m.index + m[0].length;
  return text.slice(cut);
}

function firstClause(text: string): string {
  CLAUSE_BREAK.lastIndex = 0;
  const m = CLAUSE_BREAK.exec(text);
  return (m ? text.slice(0, m.index) : text).slice(0, 80);
}

function lastWords(text: string, count: number): string {
  const words = text.trim().split(/\s+/);
  return words.slice(-count).join(' ');
}

const OPEN_QUOTES = /["“«]/g;
// A quotation mark inside a match (not an apostrophe) puts part of the claim in someone's words.
const QUOTE_MARK = /["“”«»]|(?<![\w])'|'(?![\w])/;

// A quotation can run over several sentences ("The ad said: 'Quit your job. Spots are limited.'").
const QUOTE_REACH = 400;

/** Where a quotation around the match may open and close: its paragraph, at most QUOTE_REACH either side. */
function quoteReach(text: string, match: Match): Span {
  const lo = Math.max(0, match.start - QUOTE_REACH);
  const paragraph = text.lastIndexOf('\n\n', match.start);
  const next = text.indexOf('\n\n', match.end);
  return {
    start: Math.max(lo, paragraph === -1 ? 0 : paragraph),
    end: Math.min(match.end + QUOTE_REACH, next === -1 ? text.length : next),
  };
}

/** Whether the match sits inside quotation marks that open and close within `reach` (someone's words). */
function insideQuotes(text: string, reach: Span, match: Match): boolean {
  const before = text.slice(reach.start, match.start);
  const after = text.slice(match.end, reach.end);
  const doubled = (before.match(OPEN_QUOTES)?.length ?? 0) % 2 === 1 && /["”»]/.test(after);
  // ASCII single quotes double as apostrophes: count only those that open or close a word run.
  const single =
    (before.match(/(?<![\w'])'(?=\S|$)/g)?.length ?? 0) >
    (before.match(/(?<=\S)'(?![\w'])/g)?.length ?? 0);
  if (!doubled && !(single && /^'|(?<=\S)'(?![\w'])/.test(after))) return false;
  const closing = doubled ? after.search(/["”»]/) : after.search(/'(?![\w'])/);
  return !TESTIMONIAL.test(after.slice(closing + 1)) && !TESTIMONIAL_INTRO.test(before);
}

// A quote signed by a customer ("— Derek T., member") is a testimonial: the seller's own claim.
const TESTIMONIAL =
  /^\s*[—–-]\s*[A-Z][a-z]+(?: [A-Z]\.|,? (?:\w+ )?(?:student|member|client|customer|graduate|user)s?\b|, [A-Z][a-z]+)/;
// So is a quote the seller introduces as results ("Real people. Real results. 'I made…'").
const TESTIMONIAL_INTRO =
  /\b(?:real (?:people|results|students|members|stories)|success stor(?:y|ies)|(?:what|hear what) (?:our|my) (?:students|members|clients|customers) (?:say|are saying))\b/i;
