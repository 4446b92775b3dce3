// @vitest-environment node
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../../../lib/analyze';
import { builtInRules } from '../../../lib/rules';

const analyzer = createAnalyzer(builtInRules());
const ids = (text: string) => analyzer.analyze(text).map((f) => f.ruleId);

describe('context decides', () => {
  it.each([
    ['a genuine question', 'Can you really make $10k a month on autopilot with AI?'],
    [
      'a question without a question mark',
      'Anyone actually making passive income on autopilot with KDP',
    ],
    ['a negation before the claim', "This won't make you money while you sleep, it's a job."],
    ['a denial after the claim', 'Income on autopilot is a myth, my shop needs me daily.'],
    ['a reported claim', 'The ad said I would earn $5,000 a month on autopilot.'],
    ['a warning frame', 'Beware of anyone selling guaranteed income with AI bots.'],
    [
      'a scam alert',
      'Scam alert: "no experience needed, earn $500 a day" messages are going around again.',
    ],
    [
      'a regulator report',
      'The FTC says the company claimed buyers would make passive income on autopilot.',
    ],
    [
      'statistics',
      'Median creator income fell 12% last year, according to the survey, even for passive income channels.',
    ],
    ['a generic phrase with no money nearby', 'The vacuum cleans the whole house while you sleep.'],
    ['scare quotes', 'My "passive" AI store needs four hours a day and made $40 in a month.'],
    [
      'an honest update',
      'Month 9 update: $1,200 a month from my AI tool, costs $300 hosting, 15 hours a week.',
    ],
    ['a job ad', 'Warehouse team, no experience needed, $18 an hour, paid training, apply today.'],
    [
      'a quotation that runs over several sentences',
      "A DM I got today: 'Earn $700 a day with our AI bot. Only 4 spots left. Start now.' Blocked.",
    ],
    [
      'a sum the clause calls a cost',
      'Our AI bookkeeping service is profitable after two years; the tool stack runs ~$400/month.',
    ],
    [
      'a joke that ends in a loss',
      'My AI agent runs my shop on autopilot now. Day 30: -$450. Scaling nicely 📉',
    ],
    [
      'a guarantee with its punchline',
      'Join my AI income club: results 100% guaranteed (for me). Spots limited to everyone.',
    ],
    [
      'a sentence that denies the whole claim',
      'Nothing about my AI design studio runs on autopilot, and clients pay $3,000 a month for that.',
    ],
  ])('%s gives no findings', (_label, text) => {
    expect(analyzer.analyze(text)).toEqual([]);
  });

  it.each([
    [
      'effortless money',
      'I make $400 a day while I sleep with my AI store. DM me "AUTO".',
      'money-while-you-sleep',
    ],
    [
      'a sales-hook question',
      'Want to earn $10k/month on autopilot? Comment "AI" below.',
      'autopilot-income',
    ],
    [
      'a guarantee',
      'Guaranteed income of $3,000 a month from our AI trading bot.',
      'guaranteed-income',
    ],
    [
      'no experience',
      'No skills needed, ChatGPT writes the ebooks and you cash in $2k a month.',
      'no-experience-needed',
    ],
    [
      'urgency',
      'Only 3 spots left in my AI passive income program, price doubles tonight.',
      'limited-spots',
    ],
    [
      'a testimonial the seller introduces as results',
      "Real results from real members: 'I set up the AI store once and it made $2,400 in my first week.'",
      'income-in-days',
    ],
    [
      'a promise dressed as an average',
      'Members earn an average of $4,200/month on autopilot with our AI agents. Join today.',
      'autopilot-income',
    ],
    [
      'a time fragment finished by the next sentence',
      'Overnight. That is how long my AI ebook took to make $900.',
      'income-in-days',
    ],
  ])('%s is flagged', (_label, text, ruleId) => {
    expect(ids(text)).toContain(ruleId);
  });

  it('negation words inside another claim do not cancel it', () => {
    expect(ids("You don't need any skills to make money on autopilot with AI.")).toEqual(
      expect.arrayContaining(['no-experience-needed', 'autopilot-income']),
    );
  });

  it('weak signals combine into severity', () => {
    const weak = analyzer.analyze('Passive income on autopilot with my AI shop.');
    const strong = analyzer.analyze(
      'Passive income on autopilot: $10k/month in 30 days, guaranteed, no skills needed. DM me "AI".',
    );
    const severityOf = (fs: typeof weak) => Math.max(...fs.map((f) => f.score));
    expect(weak.length).toBeGreaterThan(0);
    expect(severityOf(strong)).toBeGreaterThan(severityOf(weak));
    expect(strong.some((f) => f.severity === 'high')).toBe(true);
    expect(strong.find((f) => f.ruleId === 'autopilot-income')?.signals).toEqual(
      expect.arrayContaining(['specific-sum', 'timeframe', 'call-to-action']),
    );
  });

  it('scans the seed article, a critique of hype, with zero findings', () => {
    const article = readFileSync(
      new URL('../../fixtures/seed/passive-income-using-ai.txt', import.meta.url),
      'utf8',
    );
    const paragraphs = article.split(/\n\s*\n/);
    expect(paragraphs.flatMap((p) => analyzer.analyze(p))).toEqual([]);
    expect(analyzer.analyze(article)).toEqual([]);
  });
});

describe('findings', () => {
  it('carry offsets, the quote, the rule, the category and the signals', () => {
    const text = 'Big news 🚀🚀 my <b>AI</b> shop runs on autopilot and pays $6k/month!';
    const [finding] = analyzer.analyze(text).filter((f) => f.ruleId === 'autopilot-income');
    expect(finding).toMatchObject({
      ruleId: 'autopilot-income',
      category: 'front-loaded-effort',
      quote: 'on autopilot',
    });
    expect(text.slice(finding?.start, finding?.end)).toBe(finding?.quote);
    expect(finding?.signals).toContain('rate');
  });
});

describe('settings', () => {
  const text = 'Passive income on autopilot, $5k a month, no experience needed. DM me.';

  it('disabled rules produce nothing', () => {
    const off = Object.fromEntries(builtInRules().map((r) => [r.id, false]));
    expect(createAnalyzer(builtInRules(), { rules: off }).analyze(text)).toEqual([]);
    const onlyOne = createAnalyzer(builtInRules(), { rules: { ...off, 'autopilot-income': true } });
    expect(onlyOne.analyze(text).map((f) => f.ruleId)).toEqual(['autopilot-income']);
  });

  it('a rule missing from the toggles uses its default (on)', () => {
    expect(createAnalyzer(builtInRules(), { rules: {} }).analyze(text).length).toBeGreaterThan(0);
  });

  it('sensitivity moves the threshold', () => {
    const weak = 'My AI shop runs on autopilot now, passive income.';
    const counts = (['low', 'medium', 'high'] as const).map(
      (sensitivity) => createAnalyzer(builtInRules(), { sensitivity }).analyze(weak).length,
    );
    expect(counts[0]).toBeLessThanOrEqual(counts[1] as number);
    expect(counts[1]).toBeLessThanOrEqual(counts[2] as number);
    expect(counts[2]).toBeGreaterThan(counts[0] as number);
  });

  it('user-added phrases become findings of their category', () => {
    const a = createAnalyzer(builtInRules(), {
      customPhrases: [
        { phrase: 'infinite bread machine', category: 'secret-system' },
        { phrase: '(stack|print) bread', category: 'ai-magic' },
      ],
    });
    const found = a.analyze('This is the infinite bread machine, stack bread daily.');
    expect(found.map((f) => [f.ruleId, f.category, f.quote])).toEqual([
      ['custom-1', 'secret-system', 'infinite bread machine'],
      ['custom-2', 'ai-magic', 'stack bread'],
    ]);
  });

  it('a broken custom phrase is dropped and the built-in rules keep working', () => {
    const a = createAnalyzer(builtInRules(), {
      customPhrases: [
        { phrase: '((( [[ unbalanced', category: 'ai-magic' },
        { phrase: '.*', category: 'ai-magic' },
      ],
    });
    expect(
      a.analyze('Passive income on autopilot, $5k a month. DM me.').map((f) => f.ruleId),
    ).toContain('autopilot-income');
  });
});
