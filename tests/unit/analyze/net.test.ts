// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { addRules, emptyNet, sweep } from '../../../lib/analyze/net';
import { loadRules } from '../../../lib/rules';
import type { Rule } from '../../../lib/rules/schema';

const [rule] = loadRules([
  {
    id: 'phrase-groups',
    category: 'competition',
    title: 'Phrase groups',
    triggers: ['gold'],
    patterns: [
      '(gold rush|goldmine|wide open) (niche|market)',
      '/^untapp(ed|able)$/',
      '(nobody|no one) (is doing|does) this',
    ],
    severity: 'medium',
    defaultEnabled: true,
    explanation:
      'A test rule whose patterns start with groups of phrases and a regular expression.',
    questions: ['Does every phrase of a group still match?'],
    source: { article: 'test' },
    examples: { flag: ['a goldmine niche'], pass: ['a gold ring'] },
  },
]) as [Rule];

const net = emptyNet();
addRules(net, [rule]);
const quotes = (text: string) =>
  sweep(net, text, new Set([rule.id])).map((m) => text.slice(m.start, m.end));

describe('the rule net', () => {
  it('indexes a pattern that starts with a phrase group under the first word of each phrase, and tries one with no word on every sentence', () => {
    expect(net.always).toHaveLength(1);
    for (const word of ['gold', 'goldmine', 'wide', 'nobody', 'no'])
      expect(net.byWord.has(word)).toBe(true);
  });

  it.each([
    ['This is a gold rush niche.', 'gold rush niche'],
    ['A goldmine market, honestly.', 'goldmine market'],
    ['Still a wide open market', 'wide open market'],
    ['No one is doing this yet', 'No one is doing this'],
    ['Nobody does this', 'Nobody does this'],
    ['An untapped market', 'untapped'],
  ])('matches every phrase of a group: %s', (text, quote) => {
    expect(quotes(text)).toEqual([quote]);
  });

  it('skips a sentence that lacks a word of a later phrase group', () => {
    expect(quotes('A gold rush of tourists.')).toEqual([]);
    expect(quotes('No one is here.')).toEqual([]);
  });
});
