import type { RuleInput } from '../schema';

/** Secret methods, loopholes and blueprints "they don't want you to know". */
export default {
  id: 'secret-method',
  category: 'secret-system',
  title: 'Secret methods and loopholes',
  triggers: [
    'secret',
    'loophole',
    'want you to know',
    'talks about',
    'talking about this',
    'hidden method',
    'hidden system',
    'hidden strategy',
    'hidden trick',
    'underground',
    'little-known',
    'little known',
    'unknown method',
    'insider',
    'cheat code',
    'blueprint',
    'hack',
    'trick',
    'heard of this',
    'heard about this',
    'never hear',
  ],
  patterns: [
    'secret (ai)? (method|system|strategy|formula|blueprint|trick|hack|niche|side hustle|tool|prompt|prompts|weapon|income|money|way|playbook|technique)',
    '(loophole|loopholes)',
    '(they|banks|gurus|experts|google|amazon|the rich|rich people|nobody|billionaires|the government) (do not|does not) want you to (know|find out|see)',
    '(nobody|no one) (is)? (talks|talking) about (this|it)',
    '(hidden|underground|little known|unknown|insider|forbidden) (ai)? (method|system|strategy|trick|hack|formula|niche|side hustle|loophole|income stream|money method)',
    'cheat code',
    '(hidden|secret|underground|little known|unknown|insider) . (trick|method|hack|system|loophole|strategy|formula)',
    '(most people|nobody|no one|99% of people) (still)? (have|has|will)? (not|never) (heard|hear) (of|about) (this|it)',
    '(money|income|ai|chatgpt|passive income|wealth) (hack|hacks|blueprint|cheat code)',
    '(my|the|this|our) (exact|proven|secret)? (blueprint|playbook)',
  ],
  context: { requires: [['income', 'sum', 'effortless', 'ai']] },
  severity: 'medium',
  defaultEnabled: true,
  explanation:
    'Methods that make money are not secrets; they are ordinary work that survives being explained. The article says AI punishes shortcuts and rewards durable value. When the "secret" is what is being sold, the seller earns from the secret, not from the method.',
  questions: [
    'If this method works, why sell it instead of using it?',
    'Can the method be described plainly before you pay?',
  ],
  source: {
    article: 'A Clearer Definition of AI-Driven Passive Income',
    regulator: 'FTC Operation AI Comply (2024)',
  },
  examples: {
    flag: [
      'The secret AI side hustle banks do not want you to know: $700 a day on autopilot.',
      'This ChatGPT loophole pays me $2,000 every week.',
    ],
    pass: [
      'Grandma finally shared her secret family recipe for lemon cake.',
      'Politicians promise to close the tax loophole again, says the report.',
    ],
  },
} satisfies RuleInput;
