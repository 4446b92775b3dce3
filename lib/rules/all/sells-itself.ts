import type { RuleInput } from '../schema';

/** "Sells itself", "no audience needed": distribution waved away. */
export default {
  id: 'sells-itself',
  category: 'distribution',
  title: '"Sells itself", no audience needed',
  triggers: ['sells itself', 'sell itself', 'sells themselves', 'sell themselves', 'selling itself', 'no audience', 'no followers', 'zero followers', '0 followers', 'no following', 'no marketing', 'no ads', 'no advertising', 'no selling', 'no email list', 'without followers', 'without an audience', 'without any followers', 'without marketing', 'without ads', 'without selling', 'instant customers', 'instant buyers', 'instant sales', 'instant traffic', 'buyers come', 'customers come', 'traffic comes', 'sales come', 'free traffic', 'they will come', "they'll come", 'not need followers', "don't need followers", "don't need an audience"],
  patterns: [
    '(sells|sell|selling) (itself|themselves)',
    '(no|zero|0) (audience|followers|following|marketing|ads|advertising|selling|email list|list|traffic) (needed|required|necessary)?',
    'without (an|any)? (audience|followers|following|marketing|ads|advertising|selling|email list)',
    'instant (customers|buyers|sales|traffic)',
    '(buyers|customers|traffic|sales|orders) (come|comes|flow|flows|pour|pours|roll|rolls) in? (to you|automatically|on their own|in)?',
    'free traffic',
    '(build|built|make) it and (they|buyers|customers) (will)? come',
    'do not need (an|any)? (audience|followers|following|marketing|ads)',
  ],
  context: { requires: [['income', 'sum', 'ai', 'effortless']] },
  severity: 'medium',
  defaultEnabled: true,
  explanation:
    'A product nobody sees earns nothing. The article lists building without distribution as a main reason AI income projects fail: audience, trust and a way to reach buyers come before anything becomes passive.',
  questions: [
    'Where will the first hundred buyers come from?',
    'What does it cost, in ads or in time, to get each customer?',
  ],
  source: { article: 'Why Most People Fail at AI Passive Income; The Most Realistic AI-Based Passive Income Paths' },
  examples: {
    flag: [
      'No followers needed: these AI ebooks sell themselves and pay you every month.',
      'Zero audience, zero ads, instant sales. My AI store made $2,100 this week.',
    ],
    pass: [
      'Honestly this blender sells itself, it is that good.',
      'My AI templates only started selling after a year of building an audience.',
    ],
  },
} satisfies RuleInput;
