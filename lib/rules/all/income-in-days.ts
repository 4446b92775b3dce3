import type { RuleInput } from '../schema';

/** Big sums in short timeframes: "$10k in 30 days", "first week", "overnight". */
export default {
  id: 'income-in-days',
  category: 'unrealistic-timelines',
  title: 'Big money in days',
  triggers: ['overnight', 'first day', 'first week', 'first month', 'first 30 days', 'first 90 days', '1st month', '1st week', 'in 24 hours', 'in 48 hours', 'in a week', 'in one week', 'in a month', 'in one month', 'in a day', 'in one day', 'in 1 day', 'in 7 days', 'in 10 days', 'in 14 days', 'in 21 days', 'in 30 days', 'in 60 days', 'in 90 days', 'in 2 weeks', 'in two weeks', 'in 3 weeks', 'in three weeks', 'in 2 months', 'in two months', 'in 3 months', 'in three months', 'within days', 'within a week', 'within hours', 'within 24', 'within 30', 'instant income', 'instant money', 'instant cash', 'instant results', 'instant profit', 'in just', 'in only', 'in under', 'in less than', 'from day one', 'from day 1'],
  patterns: [
    '(in|within) (just|only|under|less than)? /^([0-9]+|a|one|two|three|four|six|ten|thirty|ninety)$/ (day|days|week|weeks|month|months|hours|hrs)',
    '(in|within|during) (my|the|your|his|her|their)? (first|1st) (day|week|month|30 days|90 days|few days|few weeks)',
    '(my|the|your|his|her|their) (first|1st) (day|week|month|30 days|90 days)',
    'overnight',
    'within (days|hours|weeks)',
    'instant (income|money|cash|results|profit|profits|payouts)',
    'from day (one|1)',
  ],
  context: { requires: [['sum'], ['income']] },
  severity: 'medium',
  defaultEnabled: true,
  explanation:
    'A large sum in days describes an outlier at best. The article puts failure down to unrealistic expectations: income becomes steady only after distribution, trust and product-market fit, which take months. Regulators require sellers to show what typical buyers earn, and that is usually far less.',
  questions: [
    'What did a typical buyer earn in that time, not the best one?',
    'Is that revenue or profit, after tools, ads and fees?',
  ],
  source: { article: 'Why Most People Fail at AI Passive Income', regulator: 'FTC Business Opportunity Rule, 16 CFR 437.4 (earnings claims must state typical results)' },
  examples: {
    flag: [
      'I made $10k in 30 days with a faceless AI channel.',
      'Natalie hit $4,700 her first month using our AI store builder.',
      'From zero to $1,000 a day overnight with ChatGPT ebooks.',
    ],
    pass: [
      'Overnight oats are ready in the morning, just add berries.',
      'Revenue rose 12% in the first quarter, the company said.',
      'Can you really make $10k in 30 days with KDP?',
    ],
  },
} satisfies RuleInput;
