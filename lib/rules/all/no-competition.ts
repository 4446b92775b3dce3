import type { RuleInput } from '../schema';

/** "No competition", "untapped", "gold rush": the market is said to be empty. */
export default {
  id: 'no-competition',
  category: 'competition',
  title: '"No competition" or "untapped"',
  triggers: ['competition', 'untapped', 'nobody is doing', "nobody's doing", 'no one is doing', 'nobody else is', 'no one else is', 'gold rush', 'goldrush', 'gold mine', 'goldmine', 'saturated', 'blue ocean', 'first mover', 'first-mover', 'before everyone', 'before it gets', 'nobody is using', 'no one is using'],
  patterns: [
    '(no|zero|low|little|barely any|literally no|0) competition',
    'untapped',
    '(nobody|no one) (else)? (is|are)? (doing|talking about|using|selling) (this|it|these)',
    "nobody's (doing|using|selling) (this|it)",
    '(gold rush|goldrush|gold mine|goldmine)',
    '(not|never|isn\'t|is not|nowhere near) saturated',
    'blue ocean',
    'first mover',
    'before (everyone|everybody) (else)? (catches on|finds out|jumps in|does)',
    'before it gets (saturated|crowded|big)',
  ],
  context: { requires: [['income', 'sum', 'ai', 'effortless']] },
  severity: 'medium',
  defaultEnabled: true,
  explanation:
    'AI lowers the cost of making things for everyone, not just for you, so an easy idea fills up fast. The article notes that novelty alone does not hold customers; what lasts is differentiation and knowing your audience.',
  questions: [
    'If it is this easy, what stops thousands of others doing the same this week?',
    'What would make a buyer choose yours over the identical ones?',
  ],
  source: { article: 'Why Most People Fail at AI Passive Income' },
  examples: {
    flag: [
      'This AI niche has zero competition and pays $5k a month. Get in before everyone else catches on.',
      'KDP coloring books with Midjourney are an untapped gold mine for passive income.',
    ],
    pass: [
      'There is no competition for the best pie at the fair this year, nobody else entered.',
      'The coach said the team still has a lot of untapped potential.',
      'Is there really no competition in AI coloring books, or is that just what the course says?',
    ],
  },
} satisfies RuleInput;
