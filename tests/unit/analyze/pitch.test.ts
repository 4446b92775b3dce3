// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../../../lib/analyze';
import { decodeWeights, pitchFeatures, pitchScore, pitchTokens } from '../../../lib/analyze/pitch';
import { PITCH_MODEL } from '../../../lib/analyze/pitch-model';
import { deniesInSentence } from '../../../lib/analyze/signals';
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

  it('lets a strong pitch supply the context its phrase lacked', () => {
    const text =
      'No audience needed, no followers needed. The algorithm sends buyers to you every day. Join the free masterclass tonight.';
    expect(pitchScore(text)).toBeGreaterThan(0.9);
    const findings = analyzer.analyze(text);
    expect(findings.map((f) => f.ruleId)).toContain('sells-itself');
    for (const f of findings) expect(f.signals).toContain('pitch-voice');
    // The same phrases in a post that does not read as a strong pitch still need money nearby.
    const plain = createAnalyzer(builtInRules(), { wholePost: false });
    expect(plain.analyze(text)).toEqual([]);
  });

  it("marks a strong pitch that borrows a critic's word when it names a sum or a call to action", () => {
    const text =
      'They called it a scam. My AI store made $2,300 in 9 days on autopilot. Comment STORE for the free setup guide.';
    expect(pitchScore(text)).toBeGreaterThan(0.9);
    const [finding] = analyzer.analyze(text);
    expect(finding?.quote).toBe('My AI store made $2,300 in 9 days on autopilot.');
    expect(finding?.signals).toContain('pitch-voice');
  });

  it('reads "not effortless income, but…" as turning the reader away, so it is never the pitch sentence', () => {
    expect(
      deniesInSentence('The real opportunity: not effortless income, but income that compounds.'),
    ).toBe(true);
    expect(deniesInSentence("It's not a side project anymore, but a $9k/month business.")).toBe(
      false,
    );
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
      'My cat has passive income on autopilot: she sleeps 20 hours a day and still gets fed. Guaranteed. Jealous.';
    // The example depends on the trained model: a retrained one may need another joke.
    expect(pitchScore(text)).toBeLessThanOrEqual(0.02);
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
