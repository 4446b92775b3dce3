import type { RuleInput } from '../schema';

/** Effortless, hands-off, "set and forget" income. */
export default {
  id: 'effortless-income',
  category: 'front-loaded-effort',
  title: 'Effortless, hands-off income',
  triggers: ['effortless', 'zero effort', 'no effort', 'minimal effort', 'without lifting', 'without any effort', 'without doing', 'without working', 'hands-off', 'hands off', 'hands-free', 'do nothing', 'doing nothing', 'no work', 'zero work', 'fully passive', 'truly passive', '100% passive', 'completely passive', 'totally passive', 'set it and forget', 'set and forget', 'runs itself', 'run itself', 'running itself', 'on its own', 'no effort'],
  patterns: [
    'effortless',
    'effortlessly',
    '(zero|no) (effort|work)',
    'without (lifting a finger|any effort|working|doing anything|doing any work)',
    'hands (off|free)',
    '(do|doing|does) (nothing|literally nothing)',
    '(fully|truly|100%|completely|totally) passive',
    'set it? and forget it?',
    '(runs|run|running) (itself|on its own)',
    '(makes|earns|generates) (money|cash|income) on its own',
  ],
  context: { requires: [['income', 'sum']] },
  severity: 'medium',
  defaultEnabled: true,
  explanation:
    'The article is blunt: every income stream that works started as an active project. Someone picked a market, built the system and refined it until people paid. Effort can be moved to the front, but it cannot be skipped.',
  questions: [
    'What did the setup take, in hours and in money?',
    'How much time does it still take each week?',
  ],
  source: { article: 'Passive Does Not Mean Automatic', regulator: 'FTC v. Ecommerce Empire Builders (2024)' },
  examples: {
    flag: [
      'Completely passive income: the bot posts, sells and ships, you do nothing. $3k/month.',
      'Effortless $200 a day with AI art prints. Set it and forget it!',
    ],
    pass: [
      'This slow cooker is set it and forget it: chili is ready when you get home.',
      'Passive income is not effortless; my course took 300 hours to make.',
      'Snow day, no work today!',
    ],
  },
} satisfies RuleInput;
