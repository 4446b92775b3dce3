import type { RuleInput } from '../schema';

/** Urgency and false scarcity: "only 5 spots left", "price goes up at midnight". */
export default {
  id: 'limited-spots',
  category: 'urgency',
  title: 'Urgency and scarcity',
  triggers: ['spots', 'seats', 'slots', 'places left', 'last chance', 'last call', 'final call', 'final chance', 'act now', 'act fast', 'act quickly', 'hurry', 'closing tonight', 'closes tonight', 'closing soon', 'close tonight', 'doors close', 'price goes up', 'price going up', 'price increases', 'price doubles', 'ends tonight', 'ends today', 'ending tonight', 'midnight', 'limited time', 'today only', 'tonight only', 'only today', 'only tonight', "won't last", 'before it', 'taking this down', 'take this down', 'first 10', 'first 20', 'first 50', 'first 100', 'only accepting', 'expires'],
  patterns: [
    '(only|just) /^[0-9]+$/ (spots|seats|places|slots|spaces|copies) (left|remaining|available)?',
    '(spots|seats|slots|places) (are)? (left|remaining|filling|filling up|going fast|almost gone|running out)',
    '(last|final) (chance|call|spots|seats)',
    'act (now|fast|quickly|today)',
    'hurry',
    '(closing|closes|close|ends|ending|expires|expiring) (tonight|today|soon|at midnight)',
    '(closing|closes|close|ends|ending|expires|expiring) in /^[0-9]+$/ (hours|hrs|minutes)',
    'doors (close|closing)',
    'price (goes up|going up|increases|doubles|will increase|will go up|jumps)',
    'limited (time|spots|seats|slots)',
    '(today|tonight) only',
    'only (today|tonight)',
    'will not last',
    'before (it is|this is|this gets|it gets) (gone|taken down|deleted|removed|banned)',
    '(taking|take) this (video|post)? down',
    '(first|next) /^[0-9]+$/ (people|buyers|signups|members|students|spots)',
    'only accepting /^[0-9]+$/',
  ],
  context: { requires: [['income', 'effortless', 'ai']] },
  severity: 'medium',
  defaultEnabled: true,
  explanation:
    'A countdown or "last spots" notice exists to make you pay before you check the claim. A real opportunity is still there tomorrow. UK law lists false scarcity as always unfair, and the FTC names "act now" pressure in money-making offers.',
  questions: [
    'What actually changes if you wait a week and look into it first?',
    'Has this "last chance" been offered before?',
  ],
  source: { article: 'A Clearer Definition of AI-Driven Passive Income', regulator: 'UK CPRs 2008 Sch. 1 para. 7 / UCPD Annex I no. 7; FTC Notice of Penalty Offenses (2021)' },
  examples: {
    flag: ['Only 5 spots left in my AI income mastermind. Price doubles at midnight!', 'Last chance: the passive income bot closes tonight. Act now.'],
    pass: ['Pottery class on Saturday, limited spots, $40 including clay.', 'Hurry, the bus leaves at 8!'],
  },
} satisfies RuleInput;
