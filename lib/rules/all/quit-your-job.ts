import type { RuleInput } from '../schema';

/** "Quit your 9-5", "replace your salary": a job replaced in the pitch's timeframe. */
export default {
  id: 'quit-your-job',
  category: 'unrealistic-timelines',
  title: '"Quit your job" promises',
  triggers: [
    'quit your',
    'quit my',
    'leave your',
    'ditch your',
    'escape the',
    'escape your',
    'fire your boss',
    'replace your',
    'replaced my',
    'replace my',
    'quit the 9',
    'quitting',
    'your notice',
    'my notice',
    'still at your',
    'still at a',
    'replace your entire',
    'replace your whole',
    'replacing my',
    'out-earns',
    'outearns',
    'out earns',
  ],
  patterns: [
    '(quit|leave|ditch|escape|fire|quitting|leaving|ditching|escaping) (your|the) (job|jobs|day job|boss|9-5|9|rat race|corporate job|cubicle)',
    '(replace|replacing|replaced) (your|my) (salary|income|job|paycheck|day job|full time income|full-time income|wage)',
    '(handed|hand|handing|put|putting) in (your|my) notice',
    'still at (your|a) (9-5|9|job|day job|desk job)',
    '(replace|replacing|replaced) (your|my) (entire|whole|full) (salary|income|job|paycheck)',
    '(replace|replacing|replaced) (your|my|their|her|his) . (salary|income|paycheck)',
    '(out-earns|outearns|out earns) my (old)? (job|salary|paycheck|day job)',
  ],
  context: {
    requires: [
      ['income', 'sum', 'effortless', 'ai'],
      ['ai', 'effortless', 'timeframe', 'sum', 'cta'],
    ],
  },
  severity: 'medium',
  defaultEnabled: true,
  explanation:
    'Replacing a salary means steady income after costs, month after month. The article says income becomes dependable only once customer acquisition is predictable, which takes time and effort most pitches leave out.',
  questions: [
    'How many months of steady profit, after costs, did it take before quitting was safe?',
    'What happens to the income when you stop working on it?',
  ],
  source: {
    article: 'When AI Income Truly Becomes Semi-Passive',
    regulator: 'FTC v. Ecommerce Empire Builders (2024): "replace your full-time income"',
  },
  examples: {
    flag: [
      'Quit your 9-5 in 90 days with this AI dropshipping system.',
      'How ChatGPT replaced my salary in 2 months — link in bio.',
    ],
    pass: [
      'I quit my job to care for my dad and I do not regret it.',
      'Should I quit my job to try freelancing?',
    ],
  },
} satisfies RuleInput;
