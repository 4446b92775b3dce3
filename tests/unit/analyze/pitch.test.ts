// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../../../lib/analyze';
import { decodeWeights, pitchFeatures, pitchScore, pitchTokens } from '../../../lib/analyze/pitch';
import { PITCH_MODEL } from '../../../lib/analyze/pitch-model';
import { builtInRules } from '../../../lib/rules';

const analyzer = createAnalyzer(builtInRules());

describe('the pitch model', () => {
  it('reads sums, numbers, words and symbols as tokens', () => {
    expect(pitchTokens('Made $4,500 in 3 days! It’s REAL')).toEqual([
      'made',
      '<sum>',
      'in',
      '<num>',
      'days',
      '!',
      "it's",
      'real',
    ]);
  });

  it('hashes each word and each pair of neighbours into the model’s buckets', () => {
    const features = pitchFeatures('free money free money', 13);
    // "free", "money", "free money", "money free": four distinct grams, repeats counted once.
    expect(features.length).toBeLessThanOrEqual(4);
    expect(features.length).toBeGreaterThanOrEqual(3);
    expect(features.every((b) => Number.isInteger(b) && b >= 0 && b < 1 << 13)).toBe(true);
  });

  it('gives a probability for any string, the same each time', () => {
    for (const text of ['', '💸'.repeat(5000), 'a'.repeat(100_000), '\u0000\uD800 $ 5 k', 'x']) {
      const p = pitchScore(text);
      expect(p).toBeGreaterThanOrEqual(0);
      expect(p).toBeLessThanOrEqual(1);
      expect(pitchScore(`${text}`)).toBe(p);
    }
  });

  it('the shipped model decodes to one weight per bucket', () => {
    expect(decodeWeights(PITCH_MODEL)).toHaveLength(1 << PITCH_MODEL.bits);
  });

  it('rejects a malformed model with a clear error', () => {
    expect(() => decodeWeights({ ...PITCH_MODEL, weights: 'AB' })).toThrow(/2 weights for 8192/);
    expect(() => decodeWeights({ ...PITCH_MODEL, weights: '!'.repeat(8192) })).toThrow();
    expect(() => decodeWeights({ ...PITCH_MODEL, scale: -1 })).toThrow();
  });
});

describe('the post as a whole', () => {
  it('marks the sentence of a pitch that no pattern caught, and says why', () => {
    const text =
      'Joined on Monday. The app pays me every morning now and I just tap accept lol, best decision of my life';
    const [finding, ...rest] = analyzer.analyze(text);
    expect(rest).toEqual([]);
    expect(finding?.quote).toBe(
      'The app pays me every morning now and I just tap accept lol, best decision of my life',
    );
    expect(finding?.quote).toBe(text.slice(finding?.start, finding?.end));
    expect(finding?.signals).toContain('pitch-voice');
  });

  it('uses only enabled rules for that mark', () => {
    const off = createAnalyzer(builtInRules(), { rules: { 'effortless-income': false } });
    expect(
      off.analyze(
        'Joined on Monday. The app pays me every morning now and I just tap accept lol, best decision of my life',
      ),
    ).toEqual([]);
  });

  it('drops the findings of a post that reads as a joke or commentary', () => {
    const text =
      'Guaranteed income: my toddler guarantees I will be awake at 5am, every single day, forever. Risk-free for him.';
    expect(analyzer.analyze(text)).toEqual([]);
    expect(analyzer.explain(text).map((v) => v.suppressed)).toContain('commentary');
  });

  it("keeps the rules' verdict in a text longer than a post, whose unrelated sentences would sway the score", () => {
    const minutes = 'The council met on Tuesday and the committee discussed the bicycle lanes. ';
    const hype =
      "I make $9k/month in passive income on autopilot with ChatGPT, no skills needed, DM me 'AUTO'. ";
    const text = `${minutes.repeat(60)}${hype}${minutes.repeat(60)}`;
    expect(text.length).toBeGreaterThan(4000);
    expect(analyzer.analyze(text).length).toBeGreaterThan(0);
  });

  it('does not mark commentary that merely mentions money', () => {
    expect(
      analyzer.analyze(
        'My cousin keeps sending me these AI money groups. I looked at the numbers: most people never earn back the joining fee.',
      ),
    ).toEqual([]);
  });
});
