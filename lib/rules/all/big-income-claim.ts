import type { RuleInput } from '../schema';

/** A specific, large rate of pay ("$10k/month", "six figures") used as a selling point. */
export default {
  id: 'big-income-claim',
  category: 'unrealistic-timelines',
  title: 'Specific big earnings as a hook',
  triggers: [
    '/month',
    '/mo',
    '/day',
    '/week',
    '/wk',
    '/yr',
    'a month',
    'per month',
    'a day',
    'per day',
    'a week',
    'per week',
    'each month',
    'every month',
    'every day',
    'each day',
    'figure',
    'figures',
    'k month',
    'k/m',
    'this month',
    'last month',
    'this week',
    'last week',
    'a year',
    'per year',
    'every week',
    'every single',
    'k week',
    '/year',
    ',000 month',
    ',000 a',
    'k a',
    'k weeks',
    'k months',
    'k days',
  ],
  patterns: [
    '/^[$€£]?[0-9][0-9,.]*[km]?\\/(day|week|wk|month|mo|m|yr|year)$/',
    '/^[$€£]?[0-9][0-9,.]*[km]?\\+?$/ (a|per|each|every) (day|week|month|year)',
    '/^[$€£][0-9][0-9,.]*[km]?\\+?$/ (every|each|a|per)? (single)? (day|week|month)',
    '(four|five|six|seven|eight|4|5|6|7|8) (figure|figures) (income|business|salary|months|month|year|side hustle|passive income|a month|per month)?',
    '/^[$€£¥₹][0-9][0-9,.]*[km]?\\+?$/ (this|last) (week|month)',
    '/^[$€£][0-9]+k$/ (weeks|months|days)',
  ],
  context: {
    requires: [
      ['income', 'sum'],
      ['effortless', 'ai', 'timeframe', 'cta'],
    ],
  },
  severity: 'low',
  defaultEnabled: true,
  explanation:
    'A precise monthly figure is an earnings claim, and regulators treat it that way: a seller must say how many buyers actually reached it. Big numbers are usually the best case, stated as revenue before costs, and rarely what a newcomer earns.',
  questions: [
    'How many people who bought this reached that figure?',
    'Is that revenue or profit, and for how many months in a row?',
  ],
  source: {
    article: 'Why Most People Fail at AI Passive Income',
    regulator:
      'FTC Business Opportunity Rule, 16 CFR 437.1 and 437.4; Endorsement Guides, 16 CFR 255.2',
  },
  examples: {
    flag: [
      'This AI side hustle pays $10k/month on autopilot.',
      'Six figure income with ChatGPT. DM me "AI" to learn how.',
    ],
    pass: [
      'Month 14 of my SaaS: $2,340 MRR, 20 hours a week of support, $310 a month hosting.',
      'The gym costs $40 a month.',
    ],
  },
} satisfies RuleInput;
