import type { RuleInput } from '../schema';

/** "Money while you sleep": income presented as needing no ongoing effort. */
export default {
  id: 'money-while-you-sleep',
  category: 'front-loaded-effort',
  title: 'Money "while you sleep"',
  triggers: [
    'while you sleep',
    'while i sleep',
    'while we sleep',
    'while they sleep',
    'while sleeping',
    'in your sleep',
    'in my sleep',
    'while you are sleeping',
    "while you're sleeping",
    'slept',
    'asleep',
    '#wealthwhileyousleep',
    'whileyousleep',
    'not sleep',
    "doesn't sleep",
    'never sleeps',
    'asleep than',
    '#moneywhileyousleep',
    'while i meditate',
    'while i hike',
    'while i travel',
    'while you travel',
    'while i was at',
    'while you were at',
  ],
  patterns: [
    'while (you|i|we|they) (sleep|slept|nap|rest)',
    'while (you|i|we|they) (are|am|were) (sleeping|asleep)',
    'while sleeping',
    'in (your|my|their) sleep',
    "(was|were|am|i'm|you're|are) asleep",
    '/whileyousleep/',
    '(ai|bots|it|the bot|the ai) (does not|never) (sleep|sleeps)',
    '(money|income|cash) asleep',
    'asleep than',
    '/^#?(money|earn|income|cash)?whileyousleep$/',
    '(earns|earn|makes|make|making|earning|pays|paid) (money)? while (i|you|we) (meditate|hike|travel|relax|play|golf|surf|nap|chill|party)',
    'while (i|you) (was|were) (at|on) (the gym|dinner|the beach|holiday|vacation|work)',
  ],
  context: { requires: [['income']] },
  severity: 'medium',
  defaultEnabled: true,
  explanation:
    'Income that arrives overnight was built by weeks or months of daytime work first: choosing a market, building the thing, fixing what breaks. The article calls passive income front-loaded effort, and even a running system needs someone watching it.',
  questions: [
    'How many hours went in before the first payment arrived?',
    'Who fixes it when the platform or the model changes?',
  ],
  source: {
    article: 'Passive Does Not Mean Automatic',
    regulator:
      'FTC v. Ecommerce Empire Builders (2024): the program took many hours and significant effort',
  },
  examples: {
    flag: [
      'My AI shop makes $400 a day while I sleep. DM me "SLEEP" for the setup.',
      'Earn passive income while you sleep with this ChatGPT side hustle 💤💰',
    ],
    pass: [
      'The robot vacuum cleans the whole flat while you sleep.',
      'Is it really possible to make money while you sleep with AI?',
      'Beware of ads promising money while you sleep.',
    ],
  },
} satisfies RuleInput;
