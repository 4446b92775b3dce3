import type { RuleInput } from '../schema';

/** AI as magic: "the AI does all the work", "fully automated money machine". */
export default {
  id: 'ai-does-everything',
  category: 'ai-magic',
  title: 'AI does all the work',
  triggers: ['ai does', 'ai do', 'ai handles', 'ai runs', 'ai will', 'ai takes care', 'bot does', 'bots do', 'bot handles', 'bot runs', 'agent does', 'agents do', 'agents handle', 'agents run', 'chatgpt does', 'algorithm does', 'robots do', 'fully automated', 'fully-automated', '100% automated', 'completely automated', 'totally automated', 'fully automatic', 'let ai', 'let the ai', 'let chatgpt', 'let the bot', 'let my bot', 'let the robots', 'let ai agents', 'money machine', 'money printer', 'cash machine', 'cash printer', 'prints money', 'print money', 'printing money', 'prints cash', 'ai-powered income', 'ai powered income', 'trading bot', 'ai trading', 'while ai', 'while the ai', 'while the bot', 'while my bot', 'while bots'],
  patterns: [
    '(ai|the ai|chatgpt|the bot|my bot|bots|the bots|the agent|agents|ai agents|my ai|the algorithm|robots|the robots) (does|do|will do|handles|handle|runs|run|takes care of|take care of|will handle|will run) (all|everything|the rest|it all|literally everything|100%) (of)? (the)? (work|heavy lifting|for you|selling|posting)?',
    '(fully|100%|completely|totally) (automated|automatic)',
    'let (ai|the ai|chatgpt|the bot|my bot|the robots|ai agents|the agents|claude) (do|work|make|earn|handle|run|trade|sell|print)',
    '(money|cash) (machine|printer|printing machine)',
    '(print|prints|printing|printed) (money|cash)',
    'ai (powered|driven) (income|business|store|money|profits|side hustle|cash)',
    '(ai|automated|crypto) trading (bot|bots)',
    'while (the|my)? (ai|bot|bots|agents|robots|chatgpt|algorithm) (works|work|does|trades|sells|handles)',
  ],
  context: { requires: [['income', 'sum', 'effortless']] },
  severity: 'medium',
  defaultEnabled: true,
  explanation:
    'AI speeds up parts of the work, the article says, but it does not choose a market, earn trust or carry responsibility. The leverage comes from scale and a strong offer, not from magic, and regulators have warned that there is no AI exemption from the rules on income claims.',
  questions: [
    'Which parts still need a person: choosing products, answering buyers, fixing errors?',
    'What does the AI actually do, step by step?',
  ],
  source: { article: 'Where AI Actually Creates Leverage; Passive Does Not Mean Automatic', regulator: 'FTC Operation AI Comply (2024)' },
  examples: {
    flag: ['The AI does all the work and you just collect $500 a day.', 'My fully automated AI money machine made $12k last month.'],
    pass: ['AI does the heavy lifting on my photo culling, I still pick the final shots.', 'Noise cancelling is fully automatic in these headphones.'],
  },
} satisfies RuleInput;
