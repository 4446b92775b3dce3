/**
 * The prefilter: one regular expression built from trigger phrases that answers "might this text
 * hold a claim, and where?". Triggers are merged into a character trie, so the engine follows one
 * path per position instead of trying hundreds of alternatives. Where one trigger extends another
 * ("chatgpt trick" after "chatgpt") the longer is tried first, so a match names the trigger found.
 */

interface TrieNode {
  end: boolean;
  children: Map<string, TrieNode>;
}

// In a trigger, a space matches any run of characters that are not letters or digits (white space,
// hyphens, line breaks, punctuation: the prefilter only has to be a superset of what the patterns
// match), and a lone `#` matches a number ("2,400", "2.7k", "500+"). `\W+` rather than `[\s-]+`
// keeps the combined expression small: V8 stops optimising one whose source passes 20 kB.
const SPACE = '\\W+';
const NUMBER = '\\d[\\d,.]*[km]?\\+?';

// A trigger with many groups could stand for more spellings than anyone writes on purpose.
const MAX_SPELLINGS = 1024;

/** The spellings a trigger stands for: each `(a|b)` group is one of its choices ("(ai|bot) made" is "ai made" and "bot made"). */
export function expandTrigger(trigger: string): string[] {
  const group = /\(([^()]*)\)/.exec(trigger);
  if (!group) return [trigger];
  const before = trigger.slice(0, group.index);
  const after = trigger.slice(group.index + group[0].length);
  return (group[1] as string)
    .split('|')
    .flatMap((choice) => expandTrigger(before + choice + after))
    .slice(0, MAX_SPELLINGS);
}

/** Builds the one expression (a `#` word in a trigger stands for a number); null when there are no triggers. */
export function compilePrefilter(triggers: Iterable<string>): RegExp | null {
  const words: TrieNode = { end: false, children: new Map() };
  const others: TrieNode = { end: false, children: new Map() };
  let count = 0;
  for (const raw of [...triggers].flatMap(expandTrigger)) {
    const trigger = raw.trim().toLowerCase().replace(/\s+/g, ' ');
    if (!trigger) continue;
    // A leading word boundary where the trigger starts with a word character keeps "aim" from firing inside "claim".
    insert(/^\w/.test(trigger) ? words : others, tokens(trigger));
    count++;
  }
  if (count === 0) return null;
  const parts = [
    words.children.size > 0 ? `\\b(?:${emit(words)})` : '',
    others.children.size > 0 ? emit(others) : '',
  ];
  return new RegExp(parts.filter(Boolean).join('|'), 'gi');
}

/** Splits a trigger into regex atoms: one per character, a space or a number placeholder. */
function tokens(trigger: string): string[] {
  const out: string[] = [];
  const words = trigger.split(' ');
  words.forEach((word, i) => {
    if (i > 0) out.push(SPACE);
    // A leading number starts only where a number starts, so a long run of digits is scanned once.
    if (word === '#') out.push(i === 0 ? `(?<![\\d,.])${NUMBER}` : NUMBER);
    else for (const ch of word) out.push(escapeRegExp(ch));
  });
  return out;
}

function insert(root: TrieNode, atoms: string[]): void {
  let node = root;
  for (const atom of atoms) {
    let next = node.children.get(atom);
    if (!next) {
      next = { end: false, children: new Map() };
      node.children.set(atom, next);
    }
    node = next;
  }
  node.end = true;
}

function emit(node: TrieNode): string {
  const branches = [...node.children].map(([atom, child]) => {
    if (child.children.size === 0) return atom;
    // A trigger that ends here but continues in longer ones: greedily try the longer ones first.
    return child.end ? `${atom}(?:${emit(child)})?` : atom + emit(child);
  });
  return branches.length === 1 ? (branches[0] as string) : `(?:${branches.join('|')})`;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/** The prefilter together with which rules each trigger it finds belongs to. */
export interface TriggerIndex {
  /** The combined expression (global flag: reset `lastIndex` before use). */
  regex: RegExp;
  /** Indexes of the rules that may own a matched text (rules whose trigger starts with it). */
  owners(matched: string): readonly number[];
}

/**
 * Matched text and triggers compare in one shape: lower case, `#` for numbers, and one space for
 * any run of other characters that are not letters or digits (what a trigger's space matches).
 */
function normalize(text: string): string {
  return text
    .toLowerCase()
    .replace(/\d[\d,.]*(?:[km](?![a-z]))?\+?/g, '#')
    .replace(/[^\w#]+/g, ' ')
    .trim();
}

/** Builds the prefilter over several rules' trigger lists, remembering which rule each trigger came from. */
export function compileTriggerIndex(lists: readonly (readonly string[])[]): TriggerIndex | null {
  const regex = compilePrefilter(lists.flat());
  if (!regex) return null;
  const byKey = new Map<string, Set<number>>();
  lists.forEach((triggers, index) => {
    for (const trigger of triggers.flatMap(expandTrigger)) {
      const key = normalize(trigger);
      const owners = byKey.get(key) ?? new Set<number>();
      owners.add(index);
      byKey.set(key, owners);
    }
  });
  // The regex takes the longest trigger at a position; shorter triggers it begins with occur there too.
  const owners = new Map<string, number[]>();
  for (const key of byKey.keys()) {
    const all = new Set<number>();
    for (let end = 1; end <= key.length; end++)
      for (const i of byKey.get(key.slice(0, end)) ?? []) all.add(i);
    owners.set(key, [...all]);
  }
  const everyone = lists.map((_, i) => i);
  // Most matches repeat ("chatgpt", "a day"): remember each spelling seen, up to a bound.
  const seen = new Map<string, readonly number[]>();
  return {
    regex,
    owners(matched) {
      let found = seen.get(matched);
      if (!found) {
        found = owners.get(normalize(matched)) ?? everyone;
        if (seen.size < 4096) seen.set(matched, found);
      }
      return found;
    },
  };
}
