// @vitest-environment node
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../../../lib/analyze';
import { compilePrefilter } from '../../../lib/analyze/prefilter';
import { builtInRules, CATEGORIES, loadRules } from '../../../lib/rules';

const analyzer = createAnalyzer(builtInRules());
const ruleFiles = readdirSync(new URL('../../../lib/rules/all/', import.meta.url)).map((f) =>
  f.replace(/\.ts$/, ''),
);

describe('rule base', () => {
  it('has at least 16 rules, one per file, each id equal to its file name', () => {
    expect(builtInRules().length).toBeGreaterThanOrEqual(16);
    expect(
      builtInRules()
        .map((r) => r.id)
        .sort(),
    ).toEqual([...ruleFiles].sort());
  });

  it('covers every category', () => {
    expect(new Set(builtInRules().map((r) => r.category))).toEqual(new Set(CATEGORIES));
  });

  it('rejects a malformed rule with an error naming the rule and field', () => {
    const broken = { ...builtInRules()[0], id: 'broken-rule', questions: [] };
    expect(() => loadRules([broken])).toThrow(/Rule broken-rule: questions/);
    expect(() => loadRules([builtInRules()[0], builtInRules()[0]])).toThrow(/duplicate id/);
  });

  it('rejects a trigger written as a regular expression, naming the field', () => {
    const base = builtInRules()[0];
    for (const trigger of ['no need (any)? skills', 'a(b(c))', 'ai.*money', 'earn [0-9]+']) {
      const broken = { ...base, id: 'broken-trigger', triggers: [trigger] };
      expect(() => loadRules([broken])).toThrow(/Rule broken-trigger: triggers\.0: trigger/);
    }
  });
});

describe.each(builtInRules().map((rule) => [rule.id, rule] as const))('rule %s', (_id, rule) => {
  const ownPrefilter = compilePrefilter(rule.triggers) as RegExp;

  it.each(rule.examples.flag)('flags: %s', (text) => {
    ownPrefilter.lastIndex = 0;
    expect(ownPrefilter.test(text), "a flag example must contain one of the rule's triggers").toBe(
      true,
    );
    expect(analyzer.analyze(text).map((f) => f.ruleId)).toContain(rule.id);
  });

  it.each(rule.examples.pass)('passes: %s', (text) => {
    expect(analyzer.analyze(text)).toEqual([]);
  });
});
