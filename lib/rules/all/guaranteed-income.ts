import type { RuleInput } from '../schema';

/** Guaranteed income, results or success. */
export default {
  id: 'guaranteed-income',
  category: 'guarantees',
  title: 'Guaranteed income',
  triggers: [
    'guarantee',
    '100% success',
    'cannot fail',
    "can't fail",
    'can not fail',
    'cannot lose',
    "can't lose",
    'can not lose',
    'impossible to fail',
    'impossible to lose',
    "won't fail",
    'sure thing',
    'surefire',
    'sure-fire',
    'sure fire',
    'foolproof',
    'fool-proof',
    'fool proof',
    'proven to work',
    'always works',
    'works every time',
    'losing month',
    'losing week',
    'losing day',
    'losing trade',
  ],
  patterns: [
    'guaranteed (passive)? (income|returns|profit|profits|results|earnings|money|cash|payouts|payout|sales|success|paycheck|pay|revenue|/^[$€£]?[0-9]/)',
    '(guarantee|guarantees|guaranteeing) (you|that you)? (will)? (make|earn|profit|results|income|success|sales|money)',
    '(income|profit|profits|returns|results|earnings|money|sales|payouts|success) (is|are)? (100%)? guaranteed',
    '(100%|100) (success|guaranteed)',
    'can not (fail|lose)',
    'impossible to (fail|lose)',
    'will not fail',
    '(surefire|sure fire|foolproof|fool proof)',
    '(proven to work|always works|works every time|sure thing)',
    'never (had|has|have) a losing (month|week|day|trade|year)',
  ],
  context: { requires: [['income', 'effortless', 'ai']] },
  severity: 'high',
  defaultEnabled: true,
  explanation:
    "No honest income opportunity can promise earnings: markets, platforms and customers are outside anyone's control. The article calls AI income something earned, not gifted. Regulators name guaranteed earnings as a misrepresentation, and several AI store sellers were shut down over exactly this promise.",
  questions: [
    'What exactly is guaranteed, and what happens if it does not come?',
    'Has anyone ever collected on that guarantee?',
  ],
  source: {
    article: 'A Clearer Definition of AI-Driven Passive Income',
    regulator:
      'FTC Notice of Penalty Offenses on money-making opportunities (2021); FTC v. FBA Machine (2024)',
  },
  examples: {
    flag: [
      'Guaranteed income of $5,000 a month with our AI trading bot.',
      'This system is foolproof: you literally cannot lose money with AI arbitrage.',
    ],
    pass: [
      'Guaranteed delivery by Friday on all orders.',
      'Nobody can offer guaranteed returns, and anyone who does is lying.',
    ],
  },
} satisfies RuleInput;
