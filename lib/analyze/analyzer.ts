import type { Category, Rule, Severity } from '../rules/schema';
import {
  type BlockContext,
  blockContext,
  judge,
  type SentenceContext,
  type Suppression,
  sentenceContext,
} from './context';
import { customRule } from './custom';
import { findMatches, type Located, longestPerRule, triggerHits } from './locate';
import { addRules, emptyNet, type RuleNet } from './net';
import { compileTriggerIndex, type TriggerIndex } from './prefilter';
import { splitSentences } from './sentences';
import { detectSignals, mentionsMoney, type Signals } from './signals';
import type { AnalyzerSettings, Finding, Sensitivity } from './types';
import { pitchSentence, pitchVoice, readsAsCommentary } from './voice';

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
const CATEGORY_BOOST_CAP = 2;

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
          net: emptyNet(),
          byId: new Map(rules.map((rule) => [rule.id, rule])),
          threshold: THRESHOLD[settings.sensitivity ?? 'medium'],
          wholePost: settings.wholePost ?? true,
        }
      : null;

  return {
    rules,
    analyze(text: string): Finding[] {
      if (typeof text !== 'string' || text.length === 0 || !compiled) return [];
      try {
        return judgeText(text, compiled, false)
          .flatMap((v) => (v.finding ? [v.finding] : []))
          .sort((a, b) => a.start - b.start || b.end - a.end || (a.ruleId < b.ruleId ? -1 : 1));
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
  /** The enabled rules' patterns indexed by word, each rule added when first a candidate. */
  net: RuleNet;
  byId: Map<string, Rule>;
  threshold: number;
  wholePost: boolean;
}

export type { Suppression } from './context';

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
  // A post no rule's trigger names can still be a pitch, but only if it mentions money at all.
  if (found.length === 0 && !mentionsMoney(text)) return [];
  const signals = detectSignals(text);
  const judged =
    found.length > 0
      ? judgeMatches(text, compiled, explain, found, signals)
      : { verdicts: [], block: null };
  const verdicts = judged.verdicts;
  if (!compiled.wholePost) return verdicts;
  // Then the post as a whole: its findings are dropped if it reads as commentary, and a pitch
  // whose phrases found no evidence, or that no pattern caught, is still marked.
  if (verdicts.some((v) => v.finding)) {
    if (readsAsCommentary(text))
      for (const v of verdicts) {
        if (!v.finding) continue;
        v.finding = null;
        v.suppressed = 'commentary';
      }
    return verdicts;
  }
  const block = () => judged.block ?? blockContext(text, signals);
  const voice = pitchVoice(text, block, verdicts);
  if (!voice) return verdicts;
  if (voice === 'strong' && found.length > 0) {
    const promoted = supplyContext(text, compiled, explain, found, signals, verdicts, block());
    if (promoted) return promoted;
  }
  // A pitch no pattern caught has its sentence marked, if it mentions money.
  if (!(signals.has('income') || signals.has('sum'))) return verdicts;
  const pitch = pitchSentence(text, compiled.byId);
  if (!pitch) return verdicts;
  const { span, rule } = pitch;
  const reasons = [...block().boosters, 'pitch-voice'];
  const score = BASE_SCORE[rule.severity] + reasons.length;
  if (score < compiled.threshold) return verdicts;
  const quote = text.slice(span.start, span.end);
  const verdict: Verdict = {
    ruleId: rule.id,
    start: span.start,
    end: span.end,
    quote,
    suppressed: null,
    finding: findingOf(rule, span, quote, reasons, score),
  };
  return [...verdicts, verdict].sort((a, b) => a.start - b.start);
}

/**
 * In a strong pitch, the post's voice is the evidence its phrases lacked: matches held back only
 * for missing context become findings. Null when there are none. The rules the context gate
 * skipped are located first (explain() has them already), so a strong pitch costs a second look.
 */
function supplyContext(
  text: string,
  compiled: Compiled,
  explain: boolean,
  found: ReturnType<typeof triggerHits>,
  signals: Signals,
  verdicts: Verdict[],
  block: BlockContext,
): Verdict[] | null {
  const every = explain ? verdicts : judgeMatches(text, compiled, true, found, signals).verdicts;
  const reasons = [...block.boosters, 'pitch-voice'];
  let promoted = false;
  for (const verdict of every) {
    const rule = compiled.byId.get(verdict.ruleId);
    if (verdict.suppressed !== 'missing-context' || !rule) continue;
    const score = BASE_SCORE[rule.severity] + reasons.length;
    if (score < compiled.threshold) continue;
    verdict.suppressed = null;
    verdict.finding = findingOf(rule, verdict, verdict.quote, reasons, score);
    promoted = true;
  }
  return promoted ? every : null;
}

/** A finding of a rule at a span, its severity from its score. */
function findingOf(
  rule: Rule,
  span: { start: number; end: number },
  quote: string,
  signals: string[],
  score: number,
): Finding {
  const severity: Severity = score >= 5 ? 'high' : score >= 3 ? 'medium' : 'low';
  const { id: ruleId, category } = rule;
  return { ruleId, category, start: span.start, end: span.end, quote, severity, signals, score };
}

/** The verdict on each pattern match, and the block's context when it was needed; `everyMatch` also judges the matches explain() shows: of rules the context gate skipped, and in a critique. */
function judgeMatches(
  text: string,
  compiled: Compiled,
  everyMatch: boolean,
  found: ReturnType<typeof triggerHits>,
  signals: Signals,
): { verdicts: Verdict[]; block: BlockContext | null } {
  // Cheapest first: which rules' triggers occur, then whether the block has anywhere the context
  // those rules require. In a feed, most posts that pass the prefilter stop here.
  const triggered = [...new Set(found.flatMap((hit) => hit.owners))]
    .sort((a, b) => a - b)
    .map((i) => compiled.rules[i] as Rule);
  const candidates = triggered.filter((rule) => contextPossible(rule, signals));
  // explain() also shows the matches of rules the gate skipped, judged apart so that they cannot
  // change the verdicts of the others: it reports exactly what analyze() decides.
  const gated = everyMatch ? triggered.filter((rule) => !candidates.includes(rule)) : [];
  if (candidates.length === 0 && gated.length === 0) return { verdicts: [], block: null };
  const block = blockContext(text, signals);
  if (block.critique && !everyMatch) return { verdicts: [], block };
  const sentences = splitSentences(text);
  const locate = (rules: readonly Rule[]): Located[] => {
    if (rules.length === 0) return [];
    const wanted = new Set(rules.map((rule) => compiled.rules.indexOf(rule)));
    const hits = found.filter((hit) => hit.owners.some((i) => wanted.has(i))).map((hit) => hit.at);
    addRules(compiled.net, rules);
    const allowed = new Set(rules.map((rule) => rule.id));
    return longestPerRule(findMatches(text, sentences, hits, compiled.net, allowed));
  };
  const skipped: Verdict[] = locate(gated).map(({ match }) => ({
    ruleId: match.ruleId,
    start: match.start,
    end: match.end,
    quote: text.slice(match.start, match.end),
    suppressed: block.critique ? 'critique' : 'missing-context',
    finding: null,
  }));
  const raw = locate(candidates).filter((m) => compiled.byId.has(m.match.ruleId));
  if (raw.length === 0) return { verdicts: skipped, block };
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
    verdict.finding = findingOf(rule, located.match, verdict.quote, signals, score);
  }
  return {
    verdicts:
      skipped.length > 0 ? [...verdicts, ...skipped].sort((a, b) => a.start - b.start) : verdicts,
    block,
  };
}

/** Whether the block has, somewhere, each kind of context the rule requires (a cheap superset of the real check). */
function contextPossible(rule: Rule, signals: Signals): boolean {
  return rule.context.requires.every((group) => group.some((signal) => signals.has(signal)));
}
