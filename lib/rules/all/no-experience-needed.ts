import type { RuleInput } from '../schema';

/** "No skills needed", "anyone can do it". */
export default {
  id: 'no-experience-needed',
  category: 'no-experience',
  title: 'No experience needed',
  triggers: ['no experience', 'no prior', 'no previous', 'no skills', 'no skill', 'no tech', 'no technical', 'no coding', 'no degree', 'no background', 'no knowledge', 'zero experience', 'zero skills', '0 experience', 'anyone can', 'any one can', 'even a beginner', 'even beginners', 'total beginner', 'complete beginner', 'absolute beginner', 'newbie', 'noob', 'beginner friendly', 'beginner-friendly', 'not need any', 'not need experience', 'not need skills', "don't need any", "don't need experience", "don't need skills", 'dont need', 'without experience', 'without any experience', 'without skills', 'without any skills', 'without tech', 'even if you', 'even your grandma', 'even my grandma', 'even a kid', 'even a teenager'],
  patterns: [
    '(no|zero|0) (prior|previous|technical|tech|coding|design|writing|marketing|special)? (experience|skills|skill|degree|background|knowledge|coding|code) (needed|required|necessary)?',
    'anyone can (do|start|make|earn|copy|follow|run|learn|build) (this|it)?',
    '(even|perfect for|great for|ideal for) (a|an|your|my)? (total|complete|absolute)? (beginner|beginners|newbie|newbies|noob|noobs|grandma|grandmother|teenager|kid|child)',
    '(total|complete|absolute|zero-skill) (beginner|beginners|newbie|newbies|noob)',
    'beginner friendly',
    'do not need (any)? (experience|skills|a degree|tech skills|to code|coding|to be techy|to know anything|any special skills|talent)',
    'without (any)? (prior)? (experience|skills|tech skills|coding|technical skills|a degree)',
    'even if you (have|never|know nothing|can not|are not|have never|do not know)',
  ],
  context: { requires: [['income', 'sum', 'effortless', 'ai']] },
  severity: 'medium',
  defaultEnabled: true,
  explanation:
    'The article credits the people who succeed with AI income with strategy, audience understanding and execution quality: skills, in other words. Regulators list "no experience needed" among the classic misrepresentations in money-making offers.',
  questions: [
    'What do the people who succeed at this know that a beginner does not?',
    'If no skill is needed, what will make your version better than everyone else\'s?',
  ],
  source: { article: 'Why Most People Fail at AI Passive Income', regulator: 'FTC Notice of Penalty Offenses on money-making opportunities (2021)' },
  examples: {
    flag: ['No experience needed: let AI build your Etsy shop and earn $3k a month.', 'Anyone can do this, even a total beginner. ChatGPT writes the ebooks, you cash in.'],
    pass: ['No experience necessary, paid training, $18 an hour, apply today.', 'No singing experience needed to join our choir on Tuesdays.'],
  },
} satisfies RuleInput;
