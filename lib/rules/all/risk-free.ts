import type { RuleInput } from '../schema';

/** "Risk-free", "zero risk": a money-making offer said to have no downside. */
export default {
  id: 'risk-free',
  category: 'guarantees',
  title: 'Risk-free money',
  triggers: [
    'risk-free',
    'risk free',
    'riskfree',
    'zero risk',
    'no risk',
    'without risk',
    'without any risk',
    'no downside',
    'zero downside',
    'nothing to lose',
  ],
  patterns: ['(risk free|riskfree)', '(zero|no|without any?) (risk|downside)', 'nothing to lose'],
  context: { requires: [['income', 'effortless', 'ai']] },
  severity: 'medium',
  defaultEnabled: true,
  explanation:
    'Every business risks money and time: tools, stock, ads and the hours you put in. "Risk-free" is one of the claims regulators single out, because a refund promise on a course says nothing about whether the business will earn.',
  questions: [
    'What do you lose in fees, ads and time if it does not work?',
    'What are the exact terms of any refund, and who has used them?',
  ],
  source: {
    article: 'The Hidden Costs Behind "Passive" AI Income',
    regulator:
      'FTC Notice of Penalty Offenses (2021): risk-free misrepresentations; FTC v. Ascend Ecom (2024)',
  },
  examples: {
    flag: [
      'Risk-free AI income: our bots trade while you relax and you keep 80% of the profits.',
      'Zero risk, passive profits every single week.',
    ],
    pass: ['Try the mattress risk-free for 100 nights.', 'There is no risk of frost this weekend.'],
  },
} satisfies RuleInput;
