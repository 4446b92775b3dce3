import type { RuleInput } from '../schema';

/** "Free to start", "$0 investment": costs that are left out of the pitch. */
export default {
  id: 'free-to-start',
  category: 'hidden-costs',
  title: '"Costs nothing to start"',
  triggers: ['no investment', 'zero investment', 'no upfront', 'no up-front', 'no initial', 'no money needed', 'no money required', 'no money down', 'no startup', 'no start-up', 'costs nothing', 'cost nothing', 'costing nothing', 'cost you nothing', 'costs you nothing', '$0', 'zero cost', 'zero overhead', 'no overhead', 'no costs', 'free to start', 'free to join', 'for free', 'without investing', 'without spending', 'no capital', 'not need money', "don't need money", "don't need any money", 'dont need money'],
  patterns: [
    '(no|zero) (upfront|up front|initial|startup|start up)? (investment|capital|overhead)',
    '(no|zero) (upfront|up front|startup|start up)? costs',
    'no money (needed|required|down|upfront|up front|to start)',
    '(costs|cost|costing) you? (nothing|zero|/^\\$0$/)',
    '/^\\$0$/ (to|investment|invested|startup|budget|upfront|needed|required|spent)',
    '(start|starting|started|begin) with /^\\$0$/',
    '(free|totally free|completely free|100% free) to (start|join|launch|begin)',
    '(make|earn|making|earning|made|get|getting) (money|cash|income|paid) for free',
    'without (investing|spending) (a dime|a cent|a penny|money|anything|a thing)',
    'do not need (any)? (money|capital|investment)',
  ],
  context: { requires: [['income', 'effortless', 'ai']] },
  severity: 'medium',
  defaultEnabled: true,
  explanation:
    'Even working AI income streams carry running costs: platform subscriptions, hosting, API fees, ads, and the attention it takes to monitor and fix things. The article counts that mental overhead as a real cost too. "Free to start" usually means the costs come later.',
  questions: [
    'Which tools, subscriptions and fees will you pay each month once it runs?',
    'Is the "free" part a funnel into a paid course or coaching?',
  ],
  source: { article: 'The Hidden Costs Behind "Passive" AI Income', regulator: 'FTC Business Opportunity Rule; "Six Figure Program" case: a $27 start, then $100+ in upsells' },
  examples: {
    flag: [
      'Start an AI print-on-demand store with $0 investment and earn $3k a month.',
      'No money needed, no skills needed: ChatGPT does it and you get paid.',
    ],
    pass: [
      'Free shipping on every order over $40.',
      'My newsletter is not free to run: $89 a month in tools before a single subscriber paid.',
    ],
  },
} satisfies RuleInput;
