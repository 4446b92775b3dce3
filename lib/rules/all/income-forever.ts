import type { RuleInput } from '../schema';

/** Income "forever", "for life", "never work again". */
export default {
  id: 'income-forever',
  category: 'permanence',
  title: 'Income forever',
  triggers: ['forever', 'for life', 'lifetime income', 'lifetime passive', 'lifetime earnings', 'lifetime commissions', 'lifetime royalties', 'never work again', 'never have to work', 'never need to work', 'never work another', 'never working again', 'never work a day', 'rest of your life', 'rest of my life', 'generational wealth', 'years to come', 'retire next', 'retire in', 'retire by', 'retire at'],
  patterns: [
    '(income|money|cash|paid|payouts|royalties|earnings|revenue|pays|paying|profits|commissions) (forever|for life|for decades)',
    '(income|money|cash|paid|payouts|royalties|earnings|revenue|pays|paying|profits|commissions) for the rest of (your|my|their) life',
    '(income|money|cash|paid|payouts|royalties|earnings|revenue|pays|paying|profits|commissions) for years to come',
    'lifetime (passive)? (income|earnings|payouts|commissions|royalties)',
    'never (have to|need to)? (work|working) (again|another day|a day again)',
    'never work a day (again|in your life)',
    'never work another day',
    '(retire|retired|retiring) next year',
    '(retire|retired|retiring) in /^[0-9]+$/ (months|month|years)',
    '(retire|retired|retiring) (by|at) /^[0-9]+$/',
    'generational wealth',
    '(keeps|keep) (paying|earning|making money) (you|me)? forever',
  ],
  context: { requires: [['income', 'sum', 'effortless', 'ai']] },
  severity: 'medium',
  defaultEnabled: true,
  explanation:
    'No income system stays stable on its own. The article says even the most passive phase needs periodic recalibration, because platforms change their rules, models drift and customers move on. "Forever" is a sales word, not a forecast.',
  questions: [
    'What happens to this income when the platform changes its algorithm or its fees?',
    'How long has anyone actually earned from it without reworking it?',
  ],
  source: { article: 'When AI Income Truly Becomes Semi-Passive; Passive Does Not Mean Automatic' },
  examples: {
    flag: ['Build it once with AI and collect passive income forever.', 'One AI funnel, and you never have to work again. Spots open now.'],
    pass: ['This lifetime warranty covers the hinge forever.', 'Diamonds are forever, my budget is not.'],
  },
} satisfies RuleInput;
