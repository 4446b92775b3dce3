/** Where claims are: trigger hits, the sentences and windows to tokenize, and the matches in them. */
import { type Match, type RuleNet, sweep } from './net';
import type { TriggerIndex } from './prefilter';
import type { Span } from './sentences';

// Longer sentences are only tokenized around their trigger hits, so work stays linear in the input.
const WHOLE_SENTENCE_LIMIT = 800;
const WINDOW_RADIUS = 240;
const MAX_WINDOW = 1200;

/** A pattern match and the index of the sentence it is in. */
export interface Located {
  match: Match;
  sentence: number;
}

/** Tokenizes only the sentences (or windows of long sentences) that contain a trigger hit; only `allowed` rules' patterns are tried. */
export function findMatches(
  text: string,
  sentences: Span[],
  hits: number[],
  net: RuleNet,
  allowed: ReadonlySet<string>,
): Located[] {
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
    for (const m of sweep(net, text.slice(w.start, w.end), allowed)) {
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

/** Where triggers occur in the text, with the rules each may belong to. */
export function triggerHits(
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

/** Keeps one match per rule and sentence, the longest (then the first), so a quote covers the whole claim. */
export function longestPerRule(raw: Located[]): Located[] {
  const best = new Map<string, Located>();
  for (const located of raw) {
    const key = `${located.match.ruleId}@${located.sentence}`;
    const seen = best.get(key);
    const length = located.match.end - located.match.start;
    const seenLength = seen ? seen.match.end - seen.match.start : -1;
    // Ties go to the earlier match, so the result does not depend on the order patterns ran in.
    if (
      !seen ||
      length > seenLength ||
      (length === seenLength && located.match.start < seen.match.start)
    )
      best.set(key, located);
  }
  return [...best.values()].sort((a, b) => a.match.start - b.match.start);
}
