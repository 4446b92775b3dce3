import type { RuleInput } from '../schema';

/** Income "on autopilot": a business said to run with no one at the controls. */
export default {
  id: 'autopilot-income',
  category: 'front-loaded-effort',
  title: 'Income "on autopilot"',
  triggers: ['autopilot', 'auto-pilot', 'auto pilot'],
  patterns: ['on? (autopilot|auto pilot)'],
  context: { requires: [['income']] },
  severity: 'medium',
  defaultEnabled: true,
  explanation:
    'Nothing in a real business stays on autopilot: models drift, platforms change their rules, customers ask questions and competitors adapt. The article says AI cuts the effort per sale once a system is built, but oversight never goes to zero.',
  questions: [
    'Who answers customers and fixes errors when nobody is at the controls?',
    'What happened the last time the platform changed its rules?',
  ],
  source: {
    article: 'Passive Does Not Mean Automatic',
    regulator: 'FTC Operation AI Comply (2024): "AI-powered" stores sold as passive income',
  },
  examples: {
    flag: [
      'I run 3 faceless YouTube channels on autopilot and they pay me $6k/month.',
      'Passive income on auto-pilot with AI — no skills needed, link in bio.',
    ],
    pass: [
      'The pilot switched on autopilot once we reached cruising altitude.',
      'Some weeks I feel like I am living on autopilot.',
      'Nobody makes real income on autopilot; my store needs 10 hours a week.',
    ],
  },
} satisfies RuleInput;
