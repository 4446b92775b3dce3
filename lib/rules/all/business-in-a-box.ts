import type { RuleInput } from '../schema';

/** A prompt pack, a tool stack or an app presented as a whole business in itself. */
export default {
  id: 'business-in-a-box',
  category: 'tools-over-problems',
  title: 'A tool sold as a whole business',
  triggers: [
    'is the business',
    'are the business',
    'is the product',
    'is the moat',
    'are the moat',
    'is the strategy',
    'are the strategy',
    'is the company',
    '= the business',
    'itself is',
    'in a box',
    'in a text box',
    'business in a',
    'generates sellable',
    'creates sellable',
    'spits out',
    'generates products',
    'people buy tools',
    'find a problem',
    'solve a problem',
    'have a business',
  ],
  patterns: [
    '(tool|tools|ai|chatgpt|claude|app|prompt|prompts|prompt pack|prompt library|ai stack|stack) (is|are|=) (literally|basically)? the (business|product|company|moat|strategy)',
    '(tool|ai|app|prompt) itself is the (product|business)',
    'business in a (box|text box|prompt|tab)',
    '(prompt|tool|bot) (generates|creates|makes|spits out) (sellable|ready-to-sell|ready to sell)? (products|ebooks|courses)',
    'people buy tools',
    'do not need to (find|solve) a problem',
    '(you|u) have a business',
  ],
  context: { requires: [['ai', 'income']] },
  severity: 'medium',
  defaultEnabled: true,
  explanation:
    'A prompt pack or a stack of AI tools is something anyone can buy, so it cannot be what makes a business. The article says people fail when they start from tools rather than problems: value comes from knowing a customer, solving something for them and reaching them.',
  questions: [
    'Which customer problem does this solve that the buyer could not solve with the same tool?',
    'If the prompts are the business, why is their owner selling them instead of running it?',
  ],
  source: { article: 'Why Most People Fail at AI Passive Income' },
  examples: {
    flag: [
      'These 7 ChatGPT prompts ARE the business. Paste them in and sell whatever comes out.',
      'Grab my prompt pack: it is basically a business in a box.',
    ],
    pass: [
      'In our company the product is the business, and customer research comes first.',
      'The tool is the moat? No. Knowing your customers is the moat.',
    ],
  },
} satisfies RuleInput;
