import type { Category, ContextSignal, Rule, Severity } from '../rules/schema';
import { customRule } from './custom';
import { compileNet, type Match, type RuleNet, sweep } from './net';
import { compileTriggerIndex, type TriggerIndex } from './prefilter';
import { type Span, splitSentences } from './sentences';
import {
  deniesInSentence,
  detectSignals,
  hasRate,
  isAdviceRequest,
  isCandid,
  isCritique,
  isEmploymentOrEvent,
  isQuestion,
  isReported,
  isStatistics,
  negatedAfter,
  negatedBefore,
} from './signals';
import type { AnalyzerSettings, Finding, Sensitivity } from './types';

/** Analyses text with a fixed set of rules and settings; build a new one when settings change. */
export interface Analyzer {
  /** The rules this analyzer applies (enabled built-ins plus custom phrases). */
  readonly rules: readonly Rule[];
  /** Finds the claims in one block of text (a post, a paragraph). Never throws. */
  analyze(text: string): Finding[];
  /** Every pattern match in the text with the reason it was kept or suppressed (for tuning and the CLI). */
  explain(text: string): Verdict[];
}

const BASE_SCORE: Record<Severity, number> = { low: 1, medium: 2, high: 3 };
const THRESHOLD: Record<Sensitivity, number> = { high: 1, medium: 2, low: 3 };
// Longer sentences are only tokenized around their trigger hits, so work stays linear in the input.
const WHOLE_SENTENCE_LIMIT = 800;
const WINDOW_RADIUS = 240;
const MAX_WINDOW = 1200;
// Context checks look this far before a match, within the same clause.
const CLAUSE_BEFORE_WORDS = 5;
const CATEGORY_BOOST_CAP = 2;
// In a job ad or an event listing, these phrases are ordinary ("no experience needed", "limited seats", "overnight shift").
const JOB_OR_EVENT_CATEGORIES = new Set<Category>([
  'no-experience',
  'urgency',
  'unrealistic-timelines',
]);

/** Compiles the enabled rules into a prefilter and a compromise net, ready to analyse text. */
export function createAnalyzer(
  allRules: readonly Rule[],
  settings: AnalyzerSettings = {},
): Analyzer {
  const toggles = settings.rules ?? {};
  const custom = (settings.customPhrases ?? []).flatMap((phrase, i) => customRule(phrase, i) ?? []);
  const rules = [...allRules.filter((rule) => toggles[rule.id] ?? rule.defaultEnabled), ...custom];
  const triggers = compileTriggerIndex(rules.map((rule) => rule.triggers));
  const compiled: Compiled | null =
    triggers && rules.length > 0
      ? {
          triggers,
          rules,
          nets: new Map(),
          byId: new Map(rules.map((rule) => [rule.id, rule])),
          threshold: THRESHOLD[settings.sensitivity ?? 'medium'],
        }
      : null;

  return {
    rules,
    analyze(text: string): Finding[] {
      if (typeof text !== 'string' || text.length === 0 || !compiled) return [];
      try {
        return judgeText(text, compiled, false)
          .flatMap((v) => (v.finding ? [v.finding] : []))
          .sort((a, b) => a.start - b.start || b.end - a.end);
      } catch {
        // A page must never see our errors; a block we cannot judge simply has no findings.
        return [];
      }
    },
    explain(text: string): Verdict[] {
      if (typeof text !== 'string' || text.length === 0 || !compiled) return [];
      return judgeText(text, compiled, true);
    },
  };
}

/** Everything compiled once per settings change. */
interface Compiled {
  /** All enabled rules' triggers in one expression (the first, cheapest test), and which rule owns each. */
  triggers: TriggerIndex;
  /** The enabled rules, in the order the trigger index numbers them. */
  rules: readonly Rule[];
  /** Match nets of the rule combinations met so far: sweeping only the candidates' patterns is several times faster. */
  nets: Map<string, RuleNet>;
  byId: Map<string, Rule>;
  threshold: number;
}

/** Why a pattern match was or was not reported: `null` when it promotes the claim. */
export type Suppression =
  | 'critique'
  | 'question'
  | 'statistics'
  | 'event-or-job'
  | 'reported'
  | 'negated'
  | 'quoted'
  | 'candid-update'
  | 'missing-context'
  | 'below-threshold';

/** One pattern match with the verdict of its context, for `explain` and for tuning rules. */
export interface Verdict {
  ruleId: string;
  start: number;
  end: number;
  quote: string;
  suppressed: Suppression | null;
  finding: Finding | null;
}

function judgeText(text: string, compiled: Compiled, explain: boolean): Verdict[] {
  const found = triggerHits(text, compiled.triggers);
  if (found.length === 0) return [];
  // Cheapest first: which rules' triggers occur, then whether the block has anywhere the context
  // those rules require. In a feed, most posts that pass the prefilter stop here.
  const signals = detectSignals(text);
  const owners = new Set(found.flatMap((hit) => hit.owners));
  const candidates = [...owners]
    .sort((a, b) => a - b)
    .map((i) => compiled.rules[i] as Rule)
    .filter((rule) => explain || contextPossible(rule, signals));
  if (candidates.length === 0) return [];
  const block = blockContext(text, signals);
  if (block.critique && !explain) return [];
  const wanted = new Set(candidates.map((rule) => compiled.rules.indexOf(rule)));
  const hits = found.filter((hit) => hit.owners.some((i) => wanted.has(i))).map((hit) => hit.at);
  const sentences = splitSentences(text);
  const raw = longestPerRule(
    findMatches(text, sentences, hits, netFor(compiled, candidates)).filter((m) =>
      compiled.byId.has(m.match.ruleId),
    ),
  );
  if (raw.length === 0) return [];
  const byId = compiled.byId;
  const threshold = compiled.threshold;

  const verdicts: Verdict[] = [];
  const promoted: { located: Located; rule: Rule; at: number }[] = [];
  const contexts = new Map<number, SentenceContext>();
  for (const located of raw)
    sentenceContext(text, sentences, located.sentence, contexts).matches.push(located);
  for (const located of raw) {
    const { match } = located;
    const rule = byId.get(match.ruleId) as Rule;
    const suppressed = block.critique
      ? 'critique'
      : judge(
          text,
          sentences,
          located,
          contexts.get(located.sentence) as SentenceContext,
          rule,
          block,
        );
    verdicts.push({
      ruleId: rule.id,
      start: match.start,
      end: match.end,
      quote: text.slice(match.start, match.end),
      suppressed,
      finding: null,
    });
    if (!suppressed) promoted.push({ located, rule, at: verdicts.length - 1 });
  }
  const categories = new Set<Category>(promoted.map((p) => p.rule.category));
  const others = Math.min(CATEGORY_BOOST_CAP, categories.size - 1);

  for (const { located, rule, at } of promoted) {
    const signals = [...block.boosters];
    if (rule.category !== 'front-loaded-effort' && block.effortless) signals.push('effortless');
    if (others > 0) signals.push('combined-claims');
    const score = BASE_SCORE[rule.severity] + signals.length + Math.max(0, others - 1);
    const verdict = verdicts[at] as Verdict;
    if (score < threshold) {
      verdict.suppressed = 'below-threshold';
      continue;
    }
    verdict.finding = {
      ruleId: rule.id,
      category: rule.category,
      start: located.match.start,
      end: located.match.end,
      quote: verdict.quote,
      severity: score >= 5 ? 'high' : score >= 3 ? 'medium' : 'low',
      signals,
      score,
    };
  }
  return verdicts;
}

/** Keeps one match per rule and sentence, the longest, so a quote covers the whole claim. */
function longestPerRule(raw: Located[]): Located[] {
  const best = new Map<string, Located>();
  for (const located of raw) {
    const key = `${located.match.ruleId}@${located.sentence}`;
    const seen = best.get(key);
    const length = located.match.end - located.match.start;
    if (!seen || length > seen.match.end - seen.match.start) best.set(key, located);
  }
  return [...best.values()].sort((a, b) => a.match.start - b.match.start);
}

// A handful of rule combinations covers nearly every block; the cap keeps hostile input from growing the cache.
const NET_CACHE_LIMIT = 512;

/** The compiled net of exactly these candidate rules, built once per combination. */
function netFor(compiled: Compiled, candidates: readonly Rule[]): RuleNet {
  const key = candidates.map((rule) => rule.id).join(' ');
  let net = compiled.nets.get(key);
  if (!net) {
    net = compileNet(candidates);
    if (compiled.nets.size >= NET_CACHE_LIMIT) compiled.nets.clear();
    compiled.nets.set(key, net);
  }
  return net;
}

/** Whether the block has, somewhere, each kind of context the rule requires (a cheap superset of the real check). */
function contextPossible(rule: Rule, signals: Set<ContextSignal>): boolean {
  return rule.context.requires.every((group) => group.some((signal) => signals.has(signal)));
}

/** Where triggers occur in the text, with the rules each may belong to. */
function triggerHits(
  text: string,
  index: TriggerIndex,
): { at: number; owners: readonly number[] }[] {
  const hits: { at: number; owners: readonly number[] }[] = [];
  const { regex } = index;
  regex.lastIndex = 0;
  for (let m = regex.exec(text); m !== null; m = regex.exec(text)) {
    hits.push({ at: m.index, owners: index.owners(m[0]) });
    // Triggers of different rules may overlap ("no audience needed" inside "no audience"): look again from the next character.
    regex.lastIndex = m.index + 1;
  }
  return hits;
}

interface Located {
  match: Match;
  sentence: number;
}

/** Tokenizes only the sentences (or windows of long sentences) that contain a trigger hit. */
function findMatches(text: string, sentences: Span[], hits: number[], net: RuleNet): Located[] {
  // A short post is tokenized once, from its first to its last sentence with a hit: one compromise
  // document costs less than several. Longer texts go sentence by sentence, in windows around hits.
  const chosen = sentencesWithHits(sentences, hits);
  const first = sentences[chosen[0]?.index ?? 0] as Span;
  const last = sentences[chosen[chosen.length - 1]?.index ?? 0] as Span;
  const pieces =
    last.end - first.start <= WHOLE_SENTENCE_LIMIT
      ? [{ start: first.start, end: last.end }]
      : chosen.flatMap(({ index, inside }) => windows(text, sentences[index] as Span, inside));
  const out: Located[] = [];
  for (const w of pieces) {
    for (const m of sweep(net, text.slice(w.start, w.end))) {
      const start = w.start + m.start;
      out.push({
        match: { ruleId: m.ruleId, start, end: w.start + m.end },
        sentence: sentenceAt(sentences, start),
      });
    }
  }
  return out;
}

/** The sentences that contain trigger hits, with those hits. */
function sentencesWithHits(
  sentences: Span[],
  hits: number[],
): { index: number; inside: number[] }[] {
  const chosen: { index: number; inside: number[] }[] = [];
  let h = 0;
  for (let i = 0; i < sentences.length && h < hits.length; i++) {
    const s = sentences[i] as Span;
    const inside: number[] = [];
    while (h < hits.length && (hits[h] as number) < s.end) {
      if ((hits[h] as number) >= s.start) inside.push(hits[h] as number);
      h++;
    }
    if (inside.length > 0) chosen.push({ index: i, inside });
  }
  return chosen;
}

/** The index of the sentence containing an offset (binary search; sentences are in order). */
function sentenceAt(sentences: Span[], offset: number): number {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((sentences[mid] as Span).start <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

function windows(text: string, sentence: Span, hits: number[]): Span[] {
  if (sentence.end - sentence.start <= WHOLE_SENTENCE_LIMIT) return [sentence];
  const merged: Span[] = [];
  for (const hit of hits) {
    const start = snapBack(text, Math.max(sentence.start, hit - WINDOW_RADIUS), sentence.start);
    const end = snapForward(text, Math.min(sentence.end, hit + WINDOW_RADIUS), sentence.end);
    const last = merged[merged.length - 1];
    // Merge overlapping windows, but never into one huge document: compromise's cost grows with it.
    if (last && start <= last.end && end - last.start <= MAX_WINDOW)
      last.end = Math.max(last.end, end);
    else merged.push({ start, end });
  }
  return merged;
}

function snapBack(text: string, at: number, floor: number): number {
  let i = at;
  while (i > floor && i > at - 40 && !/\s/.test(text[i - 1] ?? '')) i--;
  return i;
}

function snapForward(text: string, at: number, ceiling: number): number {
  let i = at;
  while (i < ceiling && i < at + 40 && !/\s/.test(text[i] ?? '')) i++;
  return i;
}

interface BlockContext {
  boosters: string[];
  effortless: boolean;
  critique: boolean;
  candid: boolean;
  jobOrEvent: boolean;
  /** Signals anywhere in the block, used as the context of short posts. */
  signals: Set<ContextSignal>;
  short: boolean;
}

// A post this short is one thought: its context is the whole post, not the neighbouring sentences.
const SHORT_BLOCK = 600;

function blockContext(text: string, signals: Set<ContextSignal>): BlockContext {
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
    jobOrEvent: isEmploymentOrEvent(text) && !signals.has('ai') && !signals.has('effortless'),
    signals,
    short: text.length <= SHORT_BLOCK,
  };
}

/** What the context checks know about one sentence, computed once however many matches it holds. */
interface SentenceContext {
  question: boolean;
  statistics: boolean;
  denied: boolean;
  near: Set<ContextSignal> | null;
  matches: Located[];
}

// Context checks read at most this far around a match, so a huge sentence costs linear time.
const LOCAL_CONTEXT = 300;

function sentenceContext(
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
function judge(
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
  if (block.candid && rule.category === 'unrealistic-timelines') return 'candid-update';

  const others = context.matches.filter((o) => o !== located).map((o) => o.match);
  const from = Math.max(sentence.start, match.start - LOCAL_CONTEXT);
  const to = Math.min(sentence.end, match.end + LOCAL_CONTEXT);
  const before = maskMatches(text, from, match.start, others);
  if (isReported(before)) return 'reported';
  if (negatedBefore(lastWords(lastClause(before), CLAUSE_BEFORE_WORDS))) return 'negated';
  if (negatedAfter(firstClause(maskMatches(text, match.end, to, others)))) return 'negated';
  if (insideQuotes(text, { start: from, end: to }, match)) return 'quoted';

  if (rule.context.requires.length > 0) {
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

/** The text between two offsets with other claims blanked out, so their words ("no skills") don't count as context. */
function maskMatches(text: string, from: number, to: number, others: Match[]): string {
  if (to <= from) return '';
  let out = text.slice(from, to);
  for (const o of others) {
    const s = Math.max(o.start, from);
    const e = Math.min(o.end, to);
    if (e > s) out = out.slice(0, s - from) + ' '.repeat(e - s) + out.slice(e - from);
  }
  return out;
}

const CLAUSE_BREAK = /[,;:—–()]|\bbut\b|\band then\b|\s-\s/gi;

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

/** Whether the match sits inside double quotes within its sentence (someone's words, quoted). */
function insideQuotes(text: string, sentence: Span, match: Match): boolean {
  const before = text.slice(sentence.start, match.start);
  const after = text.slice(match.end, sentence.end);
  const doubled = (before.match(OPEN_QUOTES)?.length ?? 0) % 2 === 1 && /["”»]/.test(after);
  // ASCII single quotes double as apostrophes: count only those that open or close a word run.
  const single =
    (before.match(/(?<![\w'])'(?=\S)/g)?.length ?? 0) >
    (before.match(/(?<=\S)'(?![\w'])/g)?.length ?? 0);
  return doubled || (single && /(?<=\S)'(?![\w'])/.test(after));
}
