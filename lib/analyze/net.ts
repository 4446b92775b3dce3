import nlp from 'compromise/one';
import type { Rule } from '../rules/schema';

/** A raw pattern match inside a piece of text, before context is judged. */
export interface Match {
  ruleId: string;
  start: number;
  end: number;
}

/** One rule pattern, parsed once by compromise. */
interface Pattern {
  ruleId: string;
  regs: Reg[];
  /** Words a sentence needs at least this many of before the pattern is tried. */
  minWords: number;
  /** For each token the pattern cannot match without, the words one of which a sentence must have. */
  needs: ReadonlySet<string>[];
}

/** The compiled patterns of a set of rules, indexed by a word each one cannot match without. */
export interface RuleNet {
  /** Patterns by one of their required words (or each word of a required `(a|b|c)` group). */
  readonly byWord: Map<string, Pattern[]>;
  /** Patterns with no required word: tried on every sentence. */
  readonly always: Pattern[];
  /** Ids of the rules whose patterns are in the net. */
  readonly rules: Set<string>;
}

/** The fields of one parsed pattern token that tell which words it needs. */
interface Reg {
  optional?: boolean;
  negative?: boolean;
  fuzzy?: boolean;
  word?: string;
  fastOr?: Set<string>;
  /** A group of phrases, each a sequence of tokens (`(gold rush|goldmine)`). */
  choices?: Reg[][];
  operator?: 'or' | 'and';
}

// The parts of compromise's plugin API the sweep uses: the tokenized document, its per-sentence
// word cache, and matching one parsed pattern against one sentence (failing fast on the cache).
interface Term {
  text: string;
  pre: string;
  post: string;
}
interface CompromiseMethods {
  one: {
    cacheDoc(document: Term[][]): Set<string>[];
    match(
      document: Term[][],
      todo: { regs: Reg[] },
      cache: Set<string>[],
    ): { ptrs: [number, number, number][] };
  };
}
const methods = nlp.methods() as CompromiseMethods;

/**
 * compromise takes the first choice of a `(a|b)` group that matches and does not come back to try
 * the others, so "(ai|ai agent) run" would never match "AI agent run". Longer choices go first.
 */
export function longestChoicesFirst(pattern: string): string {
  return pattern.replace(/\(([^()/]*)\)/g, (_group, inner: string) => {
    const choices = inner.split('|');
    const words = (choice: string) => choice.trim().split(/\s+/).length;
    choices.sort((x, y) => words(y) - words(x) || y.length - x.length);
    return `(${choices.join('|')})`;
  });
}

const parsedRules = new WeakMap<Rule, Pattern[]>();

/** Parses a rule's patterns once; a malformed one (a person's custom phrase) is dropped alone. */
function rulePatterns(rule: Rule): Pattern[] {
  let patterns = parsedRules.get(rule);
  if (!patterns) {
    patterns = rule.patterns.flatMap((match) => parsePattern(rule.id, match) ?? []);
    parsedRules.set(rule, patterns);
  }
  return patterns;
}

/** A one-word document to try each parsed pattern on; made on first use, not at script start. */
let probe: Term[][] | null = null;

function parsePattern(ruleId: string, match: string): Pattern | null {
  try {
    const regs = nlp.parseMatch(longestChoicesFirst(match)) as Reg[];
    if (regs.length === 0) return null;
    probe ??= nlp.tokenize('probe').document as Term[][];
    methods.one.match(probe, { regs }, []);
    const needs = regs.flatMap((reg) => wordsOf(reg) ?? []);
    return { ruleId, regs, minWords: regs.filter((r) => r.optional !== true).length, needs };
  } catch {
    return null;
  }
}

/** An empty net; rules are added to it as they are first needed. */
export function emptyNet(): RuleNet {
  return { byWord: new Map(), always: [], rules: new Set() };
}

/**
 * Adds the patterns of any of `rules` not yet in the net (parsing each rule once). Rules join when
 * first a candidate, so a page pays for parsing a rule's patterns only if some text needs them,
 * and never all at once.
 */
export function addRules(net: RuleNet, rules: readonly Rule[]): void {
  for (const rule of rules) {
    if (net.rules.has(rule.id)) continue;
    net.rules.add(rule.id);
    for (const pattern of rulePatterns(rule)) {
      const words = pattern.needs[0];
      if (!words) net.always.push(pattern);
      else
        for (const word of words) {
          const list = net.byWord.get(word);
          if (list) list.push(pattern);
          else net.byWord.set(word, [pattern]);
        }
    }
  }
}

/**
 * The words one of which a sentence must have for a required token to match: its word, the
 * choices of its `(a|b)` group, or the first words of a group of phrases (`(gold rush|goldmine)`).
 * compromise's word cache of a sentence holds every such word that occurs in it. Null for a token
 * that needs no particular word (optional, negated, fuzzy, a regular expression).
 */
function wordsOf(reg: Reg): ReadonlySet<string> | null {
  if (reg.optional === true || reg.negative === true || reg.fuzzy === true) return null;
  if (reg.word !== undefined) return new Set([reg.word]);
  if (reg.fastOr !== undefined) return reg.fastOr;
  if (reg.operator !== 'or' || reg.choices === undefined) return null;
  const words = new Set<string>();
  for (const phrase of reg.choices) {
    const first = phrase.map(wordsOf).find((set) => set !== null);
    if (!first) return null;
    for (const word of first) words.add(word);
  }
  return words;
}

/** Whether a sentence's word cache has, for each token the pattern needs, one of its words. */
function mayMatch(pattern: Pattern, cache: Set<string>): boolean {
  for (const words of pattern.needs) {
    let found = false;
    for (const word of words)
      if (cache.has(word)) {
        found = true;
        break;
      }
    if (!found) return false;
  }
  return true;
}

/** Runs the patterns of the `allowed` rules over one short piece of text; offsets are into that text. */
export function sweep(net: RuleNet, text: string, allowed: ReadonlySet<string>): Match[] {
  const document = nlp.tokenize(text).document as Term[][];
  const caches = wordCaches(document);
  const matches: Match[] = [];
  let offset = 0;
  for (let n = 0; n < document.length; n++) {
    const terms = document[n] as Term[];
    const starts: number[] = [];
    for (const term of terms) {
      starts.push(offset + term.pre.length);
      offset += term.pre.length + term.text.length + term.post.length;
    }
    const cache = [caches[n] as Set<string>];
    const candidates = new Set(net.always.filter((pattern) => allowed.has(pattern.ruleId)));
    for (const word of cache[0] as Set<string>)
      for (const pattern of net.byWord.get(word) ?? [])
        if (allowed.has(pattern.ruleId)) candidates.add(pattern);
    for (const pattern of candidates) {
      if (terms.length < pattern.minWords || !mayMatch(pattern, cache[0] as Set<string>)) continue;
      for (const [, from, to] of methods.one.match([terms], pattern, cache).ptrs) {
        const last = terms[to - 1] as Term;
        const span = trim(
          text,
          starts[from] as number,
          (starts[to - 1] as number) + last.text.length,
        );
        if (span) matches.push({ ruleId: pattern.ruleId, ...span });
      }
    }
  }
  return matches;
}

/**
 * The words of each sentence, for matching to fail fast on a pattern whose words are absent.
 * compromise's cache holds the normal, machine and implied forms; a pattern word may also equal a
 * term's raw text ("don't"), so that goes in too.
 */
function wordCaches(document: Term[][]): Set<string>[] {
  const caches = methods.one.cacheDoc(document);
  document.forEach((terms, n) => {
    for (const term of terms) caches[n]?.add(term.text);
  });
  return caches;
}

// compromise includes trailing punctuation in a match; a quote should end on the last word.
function trim(text: string, start: number, end: number): { start: number; end: number } | null {
  let s = Math.max(0, start);
  let e = Math.min(text.length, end);
  while (e > s && /[\s.,;:!?…"'“”‘’)\]—–-]/.test(text[e - 1] ?? '')) e--;
  while (s < e && /[\s"'“”‘’([]/.test(text[s] ?? '')) s++;
  return e > s ? { start: s, end: e } : null;
}
