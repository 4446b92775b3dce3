import { describe, expect, it } from 'vitest';
import { triggerHits } from '../../../lib/analyze/locate';
import {
  compilePrefilter,
  compileTriggerIndex,
  expandTrigger,
} from '../../../lib/analyze/prefilter';
import { builtInRules } from '../../../lib/rules';

describe('expandTrigger', () => {
  it('spells out every combination of its groups', () => {
    expect(expandTrigger('(ai|the bot) (made|makes) money')).toEqual([
      'ai made money',
      'ai makes money',
      'the bot made money',
      'the bot makes money',
    ]);
  });

  it('leaves a trigger without groups alone', () => {
    expect(expandTrigger('passive income')).toEqual(['passive income']);
  });

  it('bounds the spellings of a hostile trigger', () => {
    const hostile = Array.from({ length: 12 }, () => '(a|b)').join(' ');
    expect(expandTrigger(hostile).length).toBeLessThanOrEqual(1024);
  });
});

describe('prefilter', () => {
  it('finds a grouped trigger in any of its spellings, not its parts alone', () => {
    const regex = compilePrefilter(['(chatgpt|claude) (made|makes)']) as RegExp;
    expect('Claude makes me money'.match(regex)).toEqual(['Claude makes']);
    expect('I asked ChatGPT to plan dinner'.match(regex)).toBeNull();
  });

  it('matches a number with a thousands suffix or a plus as #', () => {
    const index = compileTriggerIndex([['# this week'], ['first week']]);
    if (!index) throw new Error('no index');
    const hits = triggerHits('$2.7k this week, 500+ this week, 3km this week', index);
    expect(hits.map((h) => h.at)).toEqual([1, 17]);
    expect(hits.every((h) => h.owners.includes(0) && !h.owners.includes(1))).toBe(true);
  });

  it('tells which rules a grouped trigger belongs to', () => {
    const index = compileTriggerIndex([['(ai|bot) made'], ['made money']]);
    if (!index) throw new Error('no index');
    expect(triggerHits('the bot made it', index).map((h) => h.owners)).toEqual([[0]]);
  });

  it('finds a trigger across punctuation and still names only its owner', () => {
    const index = compileTriggerIndex([['ai did'], ['made money']]);
    if (!index) throw new Error('no index');
    expect(triggerHits('The AI—did it all.', index).map((h) => h.owners)).toEqual([[0]]);
  });
});

describe('the built-in rules’ prefilter', () => {
  // V8 stops optimising a regular expression whose source is over 20 kB
  // (kRegExpTooLargeToOptimize); measured here, one more grouped trigger that took it from
  // 17.6k to 21.3k characters made the prefilter pass ten times slower. Keep a margin.
  it('stays under the size V8 still optimises', () => {
    const source = (compilePrefilter(builtInRules().flatMap((r) => r.triggers)) as RegExp).source;
    expect(source.length).toBeLessThan(20_000);
  });
});
