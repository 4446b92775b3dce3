import type { Category, Rule, Severity } from '../rules/schema';
import { type RuleNet, type Match, compileNet, sweep } from './net';
import { compilePrefilter } from './prefilter';
import { splitSentences, type Span } from './sentences';
import {
  detectSignals,
  hasRate,
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
}

const BASE_SCORE: Record<Severity, number> = { low: 1, medium: 2, high: 3 };
const THRESHOLD: Record<Sensitivity, number> = { high: 1, medium: 2, low: 3 };
// Longer sentences are only tokenized around their trigger hits, so work stays linear in the input.
const WHOLE_SENTENCE_LIMIT = 800;
const WINDOW_RADIUS = 240;
// Context checks look this far before a match, within the same clause.
const CLAUSE_BEFORE_WORDS = 6;
const CATEGORY_BOOST_CAP = 2;

/** Compiles the enabled rules into a prefilter and a compromise net, ready to analyse text. */
export function createAnalyzer(allRules: readonly Rule[], settings: AnalyzerSettings = {}): Analyzer {
  const toggles = settings.rules ?? {};
  const rules = allRules.filter((rule) => toggles[rule.id] ?? rule.defaultEnabled);
  const byId = new Map(rules.map((rule) => [rule.id, rule]));
  const prefilter = compilePrefilter(rules.flatMap((rule) => rule.triggers));
  const net = rules.length > 0 ? compileNet(rules) : null;
  const threshold = THRESHOLD[settings.sensitivity ?? 'medium'];

  return {
    rules,
    analyze(text: string): Finding[] {
      if (typeof text !== 'string' || text.length === 0 || !prefilter || !net) return [];
      try {
        return analyzeText(text, prefilter, net, byId, threshold);
      } catch {
        // A page must never see our errors; a block we cannot judge simply has no findings.
        return [];
      }
    },
  };
}

function analyzeText(
  text: string,
  prefilter: RegExp,
  net: RuleNet,
  byId: Map<string, Rule>,
  threshold: number,
): Finding[] {
  const hits = triggerHits(text, prefilter);
  if (hits.length === 0 || isCritique(text)) return [];

  const sentences = splitSentences(text);
  const raw = findMatches(text, sentences, hits, net).filter((m) => byId.has(m.match.ruleId));
  if (raw.length === 0) return [];

  const block = blockContext(text);
  const judged: { match: Match; sentence: number; rule: Rule }[] = [];
  for (const { match, sentence } of raw) {
    const rule = byId.get(match.ruleId) as Rule;
    if (promotes(text, sentences, sentence, match, raw, rule, block.employment)) {
      judged.push({ match, sentence, rule });
    }
  }
  const categories = new Set<Category>(judged.map((j) => j.rule.category));

  const findings: Finding[] = [];
  const seen = new Set<string>();
  for (const { match, sentence, rule } of judged) {
    const key = `${rule.id}@${sentence}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const signals = [...block.boosters];
    if (rule.category !== 'front-loaded-effort' && block.effortless) signals.push('effortless');
    const others = Math.min(CATEGORY_BOOST_CAP, categories.size - 1);
    if (others > 0) signals.push('combined-claims');
    let score = BASE_SCORE[rule.severity] + signals.length + Math.max(0, others - 1);
    if (insideQuotes(text, sentences[sentence] as Span, match)) {
      signals.push('quoted');
      score -= 1;
    }
    if (score < threshold) continue;
    findings.push({
      ruleId: rule.id,
      category: rule.category,
      start: match.start,
      end: match.end,
      quote: text.slice(match.start, match.end),
      severity: score >= 5 ? 'high' : score >= 3 ? 'medium' : 'low',
      signals,
      score,
    });
  }
  return findings.sort((a, b) => a.start - b.start || b.end - a.end);
}

function triggerHits(text: string, prefilter: RegExp): number[] {
  const hits: number[] = [];
  prefilter.lastIndex = 0;
  for (let m = prefilter.exec(text); m !== null; m = prefilter.exec(text)) {
    hits.push(m.index);
    if (m[0].length === 0) prefilter.lastIndex++;
  }
  return hits;
}

interface Located {
  match: Match;
  sentence: number;
}

/** Tokenizes only the sentences (or windows of long sentences) that contain a trigger hit. */
function findMatches(text: string, sentences: Span[], hits: number[], net: RuleNet): Located[] {
  const out: Located[] = [];
  let h = 0;
  for (let i = 0; i < sentences.length && h < hits.length; i++) {
    const s = sentences[i] as Span;
    const inside: number[] = [];
    while (h < hits.length && (hits[h] as number) < s.end) {
      if ((hits[h] as number) >= s.start) inside.push(hits[h] as number);
      h++;
    }
    if (inside.length === 0) continue;
    for (const w of windows(text, s, inside)) {
      for (const m of sweep(net, text.slice(w.start, w.end))) {
        out.push({ match: { ruleId: m.ruleId, start: w.start + m.start, end: w.start + m.end }, sentence: i });
      }
    }
  }
  return out;
}

function windows(text: string, sentence: Span, hits: number[]): Span[] {
  if (sentence.end - sentence.start <= WHOLE_SENTENCE_LIMIT) return [sentence];
  const merged: Span[] = [];
  for (const hit of hits) {
    const start = snapBack(text, Math.max(sentence.start, hit - WINDOW_RADIUS), sentence.start);
    const end = snapForward(text, Math.min(sentence.end, hit + WINDOW_RADIUS), sentence.end);
    const last = merged[merged.length - 1];
    if (last && start <= last.end) last.end = Math.max(last.end, end);
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
  employment: boolean;
}

function blockContext(text: string): BlockContext {
  const signals = detectSignals(text);
  const boosters: string[] = [];
  if (signals.has('sum')) boosters.push('specific-sum');
  if (hasRate(text)) boosters.push('rate');
  if (signals.has('timeframe')) boosters.push('timeframe');
  if (signals.has('cta')) boosters.push('call-to-action');
  return { boosters, effortless: signals.has('effortless'), employment: isEmploymentOrEvent(text) };
}

/** Whether the text around a match promotes the claim rather than questioning, denying or reporting it. */
function promotes(
  text: string,
  sentences: Span[],
  index: number,
  match: Match,
  all: Located[],
  rule: Rule,
  employment: boolean,
): boolean {
  const sentence = sentences[index] as Span;
  const sentenceText = text.slice(sentence.start, sentence.end);
  if (isQuestion(sentenceText) || isStatistics(sentenceText)) return false;
  if (employment && (rule.category === 'no-experience' || rule.category === 'urgency')) return false;

  const others = all.filter((o) => o.sentence === index && o.match !== match).map((o) => o.match);
  const before = maskMatches(text, sentence.start, match.start, others);
  if (isReported(before)) return false;
  const clauseBefore = lastWords(lastClause(before), CLAUSE_BEFORE_WORDS);
  if (negatedBefore(clauseBefore)) return false;
  const clauseAfter = firstClause(maskMatches(text, match.end, sentence.end, others));
  if (negatedAfter(clauseAfter)) return false;

  if (rule.context.requires.length > 0) {
    const near = text.slice(
      (sentences[Math.max(0, index - 1)] as Span).start,
      (sentences[Math.min(sentences.length - 1, index + 1)] as Span).end,
    );
    const nearSignals = detectSignals(near);
    const blockSignals = detectSignals(text);
    for (const group of rule.context.requires) {
      const ok = group.some((s) => (s === 'cta' ? blockSignals.has(s) : nearSignals.has(s)));
      if (!ok) return false;
    }
  }
  return true;
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
  for (let m = CLAUSE_BREAK.exec(text); m !== null; m = CLAUSE_BREAK.exec(text)) cut = m.index + m[0].length;
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
  const before = text.slice(sentence.start, match.start).match(OPEN_QUOTES)?.length ?? 0;
  const after = text.slice(match.end, sentence.end).match(/["”»]/g)?.length ?? 0;
  return before % 2 === 1 && after > 0;
}
