import nlp from 'compromise/one';
import type { Rule } from '../rules/schema';

/** A compiled set of match patterns, each remembering the rule it came from. */
export type RuleNet = ReturnType<typeof nlp.buildNet>;

/** A raw pattern match inside a piece of text, before context is judged. */
export interface Match {
  ruleId: string;
  start: number;
  end: number;
}

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

/** Compiles every pattern of the given rules into one compromise net (done once per settings change). */
export function compileNet(rules: readonly Rule[]): RuleNet {
  const entries = rules.flatMap((rule) =>
    rule.patterns.map((match) => ({ match: longestChoicesFirst(match), ruleId: rule.id })),
  );
  try {
    return nlp.buildNet(entries);
  } catch {
    // One malformed pattern (a person's custom phrase) must not disable every rule: drop only it.
    return nlp.buildNet(entries.filter((entry) => compiles(entry)));
  }
}

function compiles(entry: { match: string; ruleId: string }): boolean {
  try {
    nlp.buildNet([entry]);
    return true;
  } catch {
    return false;
  }
}

interface Offset {
  start: number;
  length: number;
}

/** Runs the net over one short piece of text and returns its matches as offsets into that text. */
export function sweep(net: RuleNet, text: string): Match[] {
  const { found } = nlp(text).sweep(net) as unknown as {
    found: { ruleId: string; view: { json(o: object): { offset?: Offset }[] } }[];
  };
  const matches: Match[] = [];
  for (const hit of found) {
    const offset = hit.view.json({ offset: true, terms: false })[0]?.offset;
    if (!offset) continue;
    const span = trim(text, offset.start, offset.start + offset.length);
    if (span) matches.push({ ruleId: hit.ruleId, ...span });
  }
  return matches;
}

// compromise includes trailing punctuation in a match; a quote should end on the last word.
function trim(text: string, start: number, end: number): { start: number; end: number } | null {
  let s = Math.max(0, start);
  let e = Math.min(text.length, end);
  while (e > s && /[\s.,;:!?…"'“”‘’)\]—–-]/.test(text[e - 1] ?? '')) e--;
  while (s < e && /[\s"'“”‘’([]/.test(text[s] ?? '')) s++;
  return e > s ? { start: s, end: e } : null;
}
