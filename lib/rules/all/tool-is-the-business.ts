import type { RuleInput } from '../schema';

/** A tool or a prompt sold as if it were a business. */
export default {
  id: 'tool-is-the-business',
  category: 'tools-over-problems',
  title: 'A tool sold as a business',
  triggers: ['chatgpt', 'chat gpt', 'claude', 'gemini', 'midjourney', 'prompt', 'copy and paste', 'copy paste', 'copy-paste', 'this tool', 'this app', 'this ai', 'this bot', 'money with ai', 'money using ai', 'ai side hustle', 'ai tool'],
  patterns: [
    '(chatgpt|chat gpt|claude|gemini|midjourney|ai|this tool|this app|this bot|this ai tool|one ai tool|one app) (makes|made|prints|printed|earns|earned|pays|paid|generates|generated) (me|you|people|us) (money|cash|/^[$€£]?[0-9]/)?',
    '(chatgpt|claude|ai|this tool|this app|midjourney) (is|=) (a|my|your|the)? (money printer|cash machine|atm|business|side hustle|money machine)',
    '(one|1|a single|this|these|my|simple) (prompt|prompts) (that|which)? (makes|made|make|print|prints|earn|earns|earned|pays|paid|=)',
    '(copy and paste|copy paste)',
    '(make|making|earn|earning|print|printing|made|earned|generate|generating) (money|cash|income|/^[$€£]?[0-9]/) (with|using|from) (chatgpt|ai|claude|midjourney|gemini|one prompt|prompts|one tool|this tool)',
    '(use|using|with|just use) (chatgpt|claude|midjourney|gemini|ai) to (make|print|earn|generate) (money|cash|income|/^[$€£]?[0-9]/)',
    '(chatgpt|ai|claude|midjourney) side hustle',
  ],
  context: { requires: [['income', 'sum']] },
  severity: 'medium',
  defaultEnabled: true,
  explanation:
    'Having access to an AI tool creates no value on its own; millions of people have the same tool. The article says people fail when they focus on tools rather than problems. A business starts with a customer who needs something and will pay for it.',
  questions: [
    'Whose problem does this solve, and why would they pay you rather than use the tool themselves?',
    'If the tool is the whole secret, why is it being sold to you instead of used?',
  ],
  source: { article: 'Why Most People Fail at AI Passive Income', regulator: 'FTC Operation AI Comply (2024)' },
  examples: {
    flag: [
      'Copy and paste these 5 ChatGPT prompts and earn $300 a day.',
      'How I make money with ChatGPT: $8,000 last month from one prompt.',
    ],
    pass: [
      'I use ChatGPT to draft emails faster at work.',
      'Copy and paste the recipe into your notes app.',
      'ChatGPT did not make me money; customers did, after months of talking to them.',
    ],
  },
} satisfies RuleInput;
