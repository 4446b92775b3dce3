import { describe, expect, it } from 'vitest';
import {
  BROAD_MATCH_LIMIT,
  checkCustomPhrase,
  ORDINARY_SENTENCES,
  PHRASE_TIME_BUDGET_MS,
  phraseSyntaxError,
  testPhrase,
} from '@/lib/settings';

function errorOf(phrase: string, existing: { phrase: string }[] = []): string {
  const result = checkCustomPhrase(phrase, 'guarantees', existing);
  if (result.ok) throw new Error(`expected "${phrase}" to be rejected`);
  return result.error;
}

describe('custom phrase validation', () => {
  it('has 30 ordinary sentences to test breadth against', () => {
    expect(ORDINARY_SENTENCES).toHaveLength(30);
    expect(BROAD_MATCH_LIMIT).toBeLessThan(5);
  });

  it.each([
    'make money fast',
    'passive (income|cash) daily',
    'easy .? money .? today',
    '#Value dollars a day',
  ])('accepts %j', (phrase) => {
    // Speed has its own tests below; a heavily loaded CI machine must not fail a validity test.
    expect(checkCustomPhrase(phrase, 'guarantees', [], 5_000)).toEqual({ ok: true });
  });

  it.each([
    ['abc', /Too short/],
    ['   ab   ', /Too short/],
    [`money ${'x'.repeat(200)}`, /Too long.*120/],
    ['(easy money', /never closed/],
    ['easy money)', /no matching opening/],
    ['[easy money', /never closed.*\]/],
    ['easy (cash|) money', /empty choice/],
    ['easy (|cash) money', /empty choice/],
    ['easy (cash||money)', /empty choice/],
    ['easy () money', /empty choice/],
    ['cash|money today', /parentheses/],
    ['/(a+)+$/ money', /Regular expressions/],
    ['.* .* .* .* .*', /match almost everything/],
    ['(a|b|c|d|e|f|g|h)+ (a|b)+', /match almost everything/],
    ['#Noun #Verb', /match almost everything/],
    ['in the', /Matches too broadly: it marks \d+ of 30/],
    ['the .* .*', /Matches too broadly/],
  ])('rejects %j with a clear message', (phrase, message) => {
    expect(errorOf(phrase)).toMatch(message);
  });

  it('rejects a duplicate, whatever its case', () => {
    expect(errorOf('Easy Money Now', [{ phrase: 'easy money now' }])).toMatch(
      /already in your list/,
    );
  });

  it('reports a phrase that is too slow, with the time it took', () => {
    // A zero budget makes any real run over the 20 kB sample too slow.
    const result = checkCustomPhrase('make money fast', 'guarantees', [], -1);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(/Too slow: checking 20 kB of text took \d+ ms/);
  });

  it.each([
    '.* .* .* .* .*',
    '(a|b|c|d|e|f|g|h)+ (a|b)+',
    'money .* .* .* .* .* .* .* .* .* .* .* .*',
    '(cash|money|income|profit|revenue) .? .? .? .? (day|week|month|year)',
    `${'money '.repeat(19)}money`,
    'x'.repeat(120),
    '稼げる 不労所得',
    'revenu passif garanti à vie',
    '🚀🚀🚀 rocket money',
    'ga\u0301rantie money zero\u200bwidth',
  ])('pathological %j is rejected or checked within the time budget', (phrase) => {
    const started = performance.now();
    const result = checkCustomPhrase(phrase, 'guarantees');
    const took = performance.now() - started;
    // Never hangs: the whole check (30 sentences, then the 20 kB sample at most three times)
    // ends well within seconds, and a slow phrase is refused rather than waited for.
    expect(took).toBeLessThan(PHRASE_TIME_BUDGET_MS * 10);
    if (!result.ok && /Too slow/.test(result.error)) throw new Error(`${phrase}: ${result.error}`);
    if (result.ok) {
      expect(phraseSyntaxError(phrase)).toBeNull();
    } else {
      expect(result.error.length).toBeGreaterThan(10);
    }
  });
});

describe('live test against a sample sentence', () => {
  it('shows the matched quote when the phrase matches', () => {
    const findings = testPhrase(
      'make money fast',
      'guarantees',
      'With this kit you make money fast!',
    );
    expect(findings.map((f) => f.quote)).toEqual(['make money fast']);
  });

  it('uses compromise syntax', () => {
    const findings = testPhrase(
      'earn (cash|money) daily',
      'guarantees',
      'You earn cash daily now.',
    );
    expect(findings.map((f) => f.quote)).toEqual(['earn cash daily']);
  });

  it('finds nothing when the phrase does not match or is invalid', () => {
    expect(testPhrase('make money fast', 'guarantees', 'The weather is nice.')).toEqual([]);
    expect(testPhrase('(make money', 'guarantees', 'make money')).toEqual([]);
    expect(testPhrase('make money fast', 'guarantees', '   ')).toEqual([]);
  });

  it('only the custom phrase is active, not the built-in rules', () => {
    const findings = testPhrase(
      'zebra crossing',
      'guarantees',
      'Guaranteed passive income on autopilot!',
    );
    expect(findings).toEqual([]);
  });
});
