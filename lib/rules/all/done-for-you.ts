import type { RuleInput } from '../schema';

/** "Done for you" and "turnkey" stores or systems. */
export default {
  id: 'done-for-you',
  category: 'front-loaded-effort',
  title: '"Done for you" business',
  triggers: [
    'done for you',
    'done-for-you',
    'turnkey',
    'turn-key',
    'we do everything',
    'we do all',
    'we handle everything',
    'we handle it all',
    'we run it',
    'we run everything',
    'plug and play',
    'plug-and-play',
  ],
  patterns: [
    'done for you',
    '(turnkey|turn key)',
    'we (do|handle|run|build|manage) (everything|it all|all the work|the rest|the whole thing)',
    'plug and play',
  ],
  context: { requires: [['income', 'ai']] },
  severity: 'medium',
  defaultEnabled: true,
  explanation:
    'A store or channel someone else builds for you is still your business: you pay for it, and it still needs a market, customers and upkeep. Regulators have shut down several "done for you" AI store programs whose buyers mostly never made a sale.',
  questions: [
    'How many of their stores actually made sales, and how much profit?',
    'What do you pay up front and what share do they keep?',
  ],
  source: {
    article: 'Passive Does Not Mean Automatic',
    regulator: 'FTC v. Automators AI (2023): fewer than 10% of managed stores made sales',
  },
  examples: {
    flag: [
      'Done-for-you AI Amazon stores: we handle everything, you collect the profit.',
      'Turnkey AI dropshipping business, earning from week one.',
    ],
    pass: [
      'Our agency offers done-for-you bookkeeping for small firms.',
      'Beware of done-for-you store offers; the FTC sued several of them.',
    ],
  },
} satisfies RuleInput;
