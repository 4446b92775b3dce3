import type { ContextSignal } from '../rules/schema';

// Each detector is one regular expression without nested quantifiers, so every scan is linear.

const SUM =
  /[$€£¥₹]\s?\d+(?:\.\d+)?\s?[-–]\s?\d+(?:\.\d+)?\s?[km]\b|[$€£¥₹]\s?(?:\d{1,3}(?:[,.]\d{3})+|\d{3,}|\d+(?:\.\d+)?\s?[km]\b)|\b\d[\d,.]*\s?(?:grand|bucks|dollars|usd|eur|euros?|gbp|pounds)\b|\b(?:four|five|six|seven|eight|[4-9])[- ]?figures?\b|\b\d{1,3}(?:[.,]\d{3})+\s?[€$£]|\b\d+(?:[.,]\d+)?\s?k?\s?€|\b\d{3,}\s?[$£]/i;
const RATE =
  /(?:[$€£]|(?<![\d,.$€£]))(?:\d{3,}|\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?\s?k)\+?\s?(?:\/|per|a|an|each|every)\s?(?:day|week|wk|month|mo|year|yr|hour|hr)\b|[$€£]\d[\d,.]*\s?k?\+?\s(?:daily|weekly|monthly|this (?:week|month)|last (?:week|month)|in (?:a|one|my first) (?:day|week|month))|\bmrr\b/i;
const INCOME =
  /\${2,}|\bsold \d|\b\d+ (?:sales|orders|copies)\b|\bpays? (?:my|the|your) (?:rent|bills|mortgage)\b|\bfirst sale\b|\b(?:cover(?:s|ed|ing)?|paying|pays?|paid) (?:my|our|the|her|his|their) (?:rent|mortgage|bills|car(?: loan)?|holidays?)\b|\bpaying (?:me|you|ever since)\b|\bclients? pay\b|\bpaying clients\b|\bsigned \d+ clients\b|\b(?:done|did|doing) [$€£¥₹]\d|\bsell\w* .{0,40}for [$€£¥₹]\d|\b(?:results?|total|earned|payouts?)s?:? ?(?:[A-Z]{1,3})?[$€£¥₹]\d|\bin sales\b|(?<!work[- ]life |life )\bbalance\b|\bdeposits?\b|\bcompound(?:s|ing)?\b|\bclears? [$€£¥₹]?\d|\b(?:[4-9]|four|five|six|seven|eight)[- ]figures?\b|\bdigital downloads\b|\b(?:is|are|=) (?:literally |basically )?(?:the|your|a) (?:whole |entire )?business\b|#\w*(?:income|money|cash)\w*|\bprinted \d|\breturns\b|\b(?:still|it) pays\b|\bpays (?:me|you|out|her|him|them|us)\b|(?:→|->|=>) ?[$€£]\d|[$€£]\d[\d,.]*k? ?(?:→|->|=>)|\bday \d+: ?[$€£]\d|[$€£]\d[\d,.]*k?\+? (?:months?|weeks?|days?|clients?|contracts?|deals?|launch(?:es)?)\b|\b(?:last|this) (?:month|quarter|week|year):? [$€£]\d|\bfrom [$€£]0\b|\betsy\b|\bgumroad\b|\bby (?:mon|tues|wednes|thurs|fri|satur|sun)day:? [$€£]\d|\bmade back\b|\b(?:made|making|another|first|daily|more|new|\d+) sales?\b|\bsales? (?:every|each|a) (?:day|morning|week)\b|\b(?:orders|sales) (?:start|started|come|came|roll|rolled|pour|poured|keep)\b|\bhalf a million\b|\bfirst million\b|\b(?:mrr|arr)\b|\bmoneti[sz]\w*|\bpays? for (?:it|him|her|them)sel(?:f|ves)\b|\bpays? you (?:weekly|daily|monthly|every)\b|\bdividends?\b|\broi\b|\bcollect(?:s|ing)? (?:checks|cheques|payments|royalties)\b|\bpays? (?:\d+x|double|triple)\b|\bpays? (?:us|me) (?:every|each)\b|\b(?:their|your|my|her|his) first [$€£]\d|\b(?:clients?|customers?|listings|sellers|inquiries|invoices?)\b|\b(?:my|your|the|our|online|etsy|shopify) (?:store|shop)\b|\bstripe\b|\broyalt(?:y|ies)\b|\bfreelanc\w*|\bit sells\b|\bresell\w*|\bpays? (?:ur|your|my|our) (?:rent|bills)\b|\binto [$€£¥₹]\d|\b(?:(?:hit|hitting|pulled|pulling|cleared|banked|raked in|made|making|make|makes|earn\w*|generat\w*|net|netted|bring in|brings in|brought in|takes? home|took home|signed|closed|landed|crossed|reached|already at|was at|be at) (?:(?:over|about|nearly|almost|around|another|an extra|me|you|us|her|him|them|my|your|their|his|first|an average of|average of|a solid|a cool|in) ){0,3}[$€£¥₹]?\d[\d,.]*k?|income|dropshipping|print[- ]on[- ]demand|kdp|affiliate|amazon fba|fba|tiktok shop|etsy shop|shopify store|digital products|make money online|earn(?:s|ed|ing|ings)?|make money|making money|made money|makes? \$|made \$|profits?|revenue|cash ?flow|cash|side hustles?|paychecks?|paid|payouts?|passive|dollars?|financial freedom|rich|millionaire|wealth|money(?! (?:i'?ve |i |we'?ve |we )?(?:ever )?spent)|sales|dollars|salary|commissions?|quit (?:your|my) (?:job|9)|9[- ]to[- ]5|9-5)\b/i;
const EFFORTLESS =
  /\b(?:autopilot|while (?:you|i|they) sleep|in your sleep|effortless(?:ly)?|hands[- ]off|no (?:ongoing )?work|zero (?:ongoing )?effort|without (?:lifting a finger|any effort|working)|do(?:ing)? nothing|set (?:it )?and forget|100% passive|fully passive|truly passive|passive income|on its own|runs itself)\b/i;
const AI =
  /\b(?:ai|a\.i\.|chat ?gpt|gpt-?\d?|chatbots?|claude|gemini|midjourney|machine learning|neural (?:net|network)s?|openai|llms?|bots?|agents?|automation|artificial intelligence|prompts?)\b/i;
const TIMEFRAME =
  /\b(?:in (?:just |only |under |less than )?(?:\d+|a|one|two|three|four|five|six|seven|ten|thirty|ninety) (?:days?|weeks?|months?|hours?|minutes?)|(?:my |the |your )?first (?:day|week|month|30 days|90 days)|overnight|within (?:days|hours|a week|weeks|\d+ (?:days|hours|weeks))|by (?:next|this) (?:week|month)|instantly|instant|from day one|same day|this weekend|by (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|next week|the weekend|christmas|summer|new year|next month|the end of (?:the )?(?:week|month|year))|before (?:lunch|breakfast|noon)|within (?:their|your|my|the) first|in month (?:one|1|two|2)|(?:\d+|two|three|four|a few) (?:days|weeks) ago)\b/i;
const CTA =
  /\b(?:dm me|dm ["'“]?\w+|message me|inbox me|link in (?:my )?bio|comment ["'“]?\w+["'”]? (?:below|and)|click (?:the )?link|sign up|signup|join (?:now|today|my|our|the)|enrol+ (?:now|today)|book (?:a|your) (?:free )?call|grab (?:it|yours|my|the)|get (?:instant )?access|claim your|use code|free webinar|free masterclass|apply now)\b/i;

const DETECTORS: Record<ContextSignal, RegExp> = {
  income: INCOME,
  sum: SUM,
  effortless: EFFORTLESS,
  ai: AI,
  timeframe: TIMEFRAME,
  cta: CTA,
};

/** The context signals of a text; each is looked for the first time it is asked about. */
export interface Signals {
  has(signal: ContextSignal): boolean;
}

/** Which context signals occur anywhere in the text (detected lazily: most gates need one or two). */
export function detectSignals(text: string): Signals {
  const known = new Map<ContextSignal, boolean>();
  let rate: boolean | undefined;
  return {
    has(signal) {
      let found = known.get(signal);
      if (found === undefined) {
        found = DETECTORS[signal].test(text);
        // A rate of pay ("$500/day") is both a sum and income.
        if (!found && (signal === 'income' || signal === 'sum')) {
          rate ??= RATE.test(text);
          found = rate;
        }
        known.set(signal, found);
      }
      return found;
    },
  };
}

// A cheap first look for money: a currency sign or a word about earning, before any real detector runs.
const MONEY_HINT =
  /[$€£¥₹₦₱]|\b(?:money|income|paid|pays?|earn|cash|profit|revenue|commission|royalt|withdr|passive|rich|salar|sales?\b|stripe|etsy|gumroad|retainer|dividend)/i;

/** Whether the text mentions money at all (a superset of the income and sum signals' usual matches, for gating). */
export function mentionsMoney(text: string): boolean {
  return MONEY_HINT.test(text);
}

/** Whether a specific rate of pay ("$500/day", "10k a month") occurs in the text. */
export function hasRate(text: string): boolean {
  return RATE.test(text);
}

// A post that warns against or debunks hype. Negated forms ("not a scam") are removed first.
const CRITIQUE =
  /\b(?:scam(?:s|mer|mers|my)?|(?:watched|bought|joined|paid for) [^.!?]{0,60}so you don'?t have to|rant|beware|red flags?|watch out|careful|don'?t fall for|do not fall for|fell for|falling for|misconceptions?|misunderstanding|myths?|debunk\w*|too good to be true|snake oil|grift(?:ers?|ing)?|ponzi|pyramid scheme|fraud\w*|the truth about|reality check|ftc|regulators?|lawsuit|complaint|alleged\w*|sued|deceptive|misleading|unrealistic|hype|clickbait|bullshit|nonsense|is a lie|fake gurus?|predatory|rip-?off|dressed up as|disguised as|screenshot(?!s? (?:in|below|in the) (?:the )?(?:replies|comments|bio|thread))|so much for|imaginary|side effects may include|oh sure|yeah right|🙄|refund (?:request|denied|ignored)|zero (?:sales|traffic)(?! (?:experience|skills|calls))|(?<![\d,.$€£])0 (?:sales|customers|clients|signups|paying \w+)\b(?! ?(?:to|→|->))|recycled|spam(?:mers?)?|they never show|kidding|joking|satire|parody|not how they pitched|consumer alert|watch for|phrases like|warning for|not happening|do the math\w*|(?:rough|quick|napkin|simple) math|(?:most|least) (?:expensive|dangerous|misleading) (?:sentence|phrase|lie|words?)|(?:i am|i'm) so tired of|skip the part|never mentions?|not how (?:it|this) works|the [\w-]+ crowd|how (?:do|can|would|should) (?:i|we) (?:check|know|tell) (?:if|whether) (?:it'?s|this is|that'?s|they'?re) (?:legit|real|a scam)|sell(?:s|ing)? (?:the )?shovels|(?:money|income|profit) (?:comes|came|is) (?:from|in) selling (?:the |a )?courses?|refund took|hard pass|read the fine print|before you (?:swipe|buy|pay)|local (?:man|woman)|(?:this is|it'?s) a joke|when (?:a|the|some) (?:guru|course|ad|seller) |the math on|(?:reuters|bloomberg|the guardian|bbc|new york times|wsj|associated press) (?:found|reports?|reported|says)|(?<!(?:stop|quit|avoid|start|keep) )(?:loses|losing) money|(?:unlimited|infinitely many|infinite) spots|spots limited to everyone|doors close whenever|(?:it|chatgpt|claude|gemini) said (?:it )?(?:can'?t|couldn'?t|cannot|could not)|(?:revenue|income|made me|earns?|earned|profits?|sales|total):? -?[$€£]0(?![\d.,])(?! ?(?:→|->|=>|to\b))|the (?:phrase|line|promise) ['"‘“]|i keep seeing ['"‘“]|report (?:the|this) (?:post|ad|account|page)|reporting (?:it|this|them)|please (?:do not|don'?t) (?:send|pay|buy|give)|classic [\w-]+ (?:script|pitch|playbook)|wanted to flag|warn (?:their|your|other|others)\b|(?<![\d.])[0-2](?:\.\d)?\/5(?![\d.])|(?<![\d.])[0-4](?:\.\d)?\/10(?![\d.])|the only (?:one|ones|person|people|guy|thing|money|winners?)\b[^.!?]{0,80}\b(?:selling|sells|course sales)|the (?:real )?(?:gold rush|money) is (?:in )?selling)\b/i;
const NEGATED_CRITIQUE =
  /\b(?:not|no|isn'?t|never|zero|nothing like|without)\s+(?:a\s+|any\s+)?(?:scam|hype|bullshit|fake|lies|nonsense|fluff|bs|risk|clickbait|joking|kidding|myth)\w*|\b(?:saturation|competition) is a myth/gi;

// Scare quotes around a selling word ("the 'free' business") mark a critic's voice.
const SCARE_QUOTES =
  /(?:["“‘]|(?<![\w'])')(?:free|passive|easy|effortless|automated|fully automated|guaranteed|risk[- ]free|passive income|income forever|done[- ]for[- ]you|hands[- ]off|untapped|autopilot|on autopilot|sells? itself|sells? themselves)(?:["”’]|'(?!\w))|["“][^"”\n]{2,40}["”]\s(?:pitch|line|promise|crowd|playbook|trope|narrative|grift|bros?|crowd|genre|brigade|industry|videos?|ads?|guys?|posts?|thumbnails?|gurus?|types?)\b|(?<![\w'])'[^'\n]{2,40}'\s(?:pitch|line|promise|crowd|playbook|trope|narrative|grift|bros?|genre|brigade|industry|videos?|ads?|guys?|posts?|thumbnails?|gurus?|types?)\b/i;

/** Whether a block of text warns against or debunks hype as a whole (a critique, a scam alert, a report). */
export function isCritique(text: string): boolean {
  return (
    SCARE_QUOTES.test(text) ||
    IRONY_MARKS.test(text) ||
    CRITIQUE.test(text.replace(NEGATED_CRITIQUE, ' '))
  );
}

// Marks of a joke, a loss or a poor review that do not start on a word: "(for me)", a negative sum, 📉 🤡 🙃, one or two stars.
const IRONY_MARKS =
  /\((?:for me|not you)\)|(?<![\w$€£])-[$€£]\d|📉|🤡|🙃|^\s*(?:⭐\uFE0F?|★){1,2}(?![⭐★])/u;

// Reporting or distancing cues that put a claim in someone else's mouth.
const REPORTED =
  /(?<!\b(?:i|we)\s)\b(?:(?<!that )said|says|(?:they|people|gurus|everyone|experts) say|(?:that|which|who|they|ads|courses|gurus|videos) promise|selling (?:a |the )?courses? on|(?:sold|sells?|selling) (?:a |the )?courses? (?:on|about)|(?:sellers|users|people|experts|analysts|creators) report|(?<!(?:is|are|been|gets?) )claim(?:s|ed|ing)?(?! your| yours)|promis(?:es|ed|ing)|alleg\w*|advertis\w*|marketed|pitch(?:ed|es|ing)?|tout\w*|sold (?:as|on|me|us)|selling (?:you|the)|supposedly|so-called|call(?:s|ing)? it|make[s]? it (?:sound|look)|as if|pretend\w*|brag\w*|swear(?:s|ing)?|insist\w*|according to|keeps? (?:sending|posting|saying|telling)|tells? (?:you|people|us|me)|(?:was|were|been|being) (?:told|promised|assured)|asked (?:me|us|if|whether)|is it true|told (?:me|us|you|people)|(?:the|this|that|an|these|those|their|his|her) (?:ads?|adverts?|headlines?|thumbnails?|pitch))\b/i;

// A speaker label ("guru: …", "the ad: …") quotes someone without quotation marks.
const SPEAKER =
  /(?:^|[\s(])(?:[ab]|guru|gurus|coach|influencer|the ad|every ad|ad|my feed|linkedin|tiktok|youtube|him|her|them|narrator)\s?:/i;

/** Whether the text reports or attributes a claim to someone else rather than making it. */
export function isReported(text: string): boolean {
  return REPORTED.test(text) || SPEAKER.test(text);
}

const STATS =
  /\b(?:average|median|survey(?:ed|s)?|study(?! guides?)|studies|per ?cent|percentage|according to|analysts?|quarterly|(?:second|third|fourth) quarter|fiscal|q[1-4]|shares|stock (?:market|price|prices|fell|rose)|year[- ]over[- ]year|yoy|gdp|inflation|economists?|census|respondents|data shows?|fewer than|in a review of|researchers?|of the \d+|\bof \d+ (?:people|sellers|users|creators|members|students|shops|stores)|reported revenue|(?:\d{1,2}|one) in (?:\d{1,3}|ten|five|four|three)\b(?!\s*(?:days?|weeks?|months?|hours?|years?|minutes?)))\b|(?<![\d.])[1-9]\d?(?:\.\d+)?\s?%\s?(?:of (?:respondents|people|users|sellers|creators|participants|adults|those|households|businesses)|(?:increase|decrease|rise|drop|decline|growth|gain|jump|fall))|\b(?:rose|fell|grew|dropped|declined|increased|decreased|slipped)\s(?:by\s)?\d+(?:\.\d+)?\s?%/i;

const ADVICE_REQUEST =
  /^\W*(?:should i|would you|is it worth|thoughts on|advice (?:needed|please)|help me decide|am i crazy|be honest)\b/i;

/** Whether the block asks others for advice about an opportunity ("Should I quit my job for…?"). */
export function isAdviceRequest(text: string): boolean {
  return ADVICE_REQUEST.test(text);
}

/** Whether the sentence reads as statistics or business news ("revenue rose 12%", "a survey found"). */
export function isStatistics(text: string): boolean {
  return STATS.test(text) && !PROMISED_AVERAGE.test(text);
}

// A seller's "our members earn an average of $3,800/month" is a promise dressed as a statistic.
const PROMISED_AVERAGE =
  /\b(?:users|members|students|graduates|clients|customers|sellers|participants|you|you'?ll|our \w+) (?:(?:earn|earned|make|made|see|saw|report|reported|generate|generated|average|averaged) (?:an |on )?average\b|average [$€£]?\d)/i;

const EMPLOYMENT =
  /\b(?:hiring|we'?re hiring|per hour|\/hr|\/hour|an hour|hourly|shifts?|paid training|benefits|(?:part|full)[- ]time (?:role|position|job|staff|hours)|apply (?:now|today|in person|online)|job (?:opening|posting|offer)|position|volunteers?|wage|choir|class|classes|workshop|course starts|camps?|recital|tournament|league|rsvp|tickets?)\b/i;

/** Whether the block is a job ad, a class or an event, where "no experience" and "limited spots" are ordinary. */
export function isEmploymentOrEvent(text: string): boolean {
  return EMPLOYMENT.test(text);
}

const PENSION_OR_GAME =
  /\b(?:pensions?|annuit(?:y|ies)|defined[- ]benefit|social security|in-game|stardew|minecraft)\b/i;

/** Whether the block is about a pension or a game, where "guaranteed income for life" or "money while I sleep" are ordinary. */
export function isPensionOrGame(text: string): boolean {
  return PENSION_OR_GAME.test(text);
}

const QUESTION_START =
  /^\W*(?:(?:is|are|was|were|can|could|does|do|did|has|have|had|should|would|will)\s(?:it|this|that|there|anyone|anybody|you|u|we|they|he|she|i|my|your|the|a|an|someone|somebody|everyone|people|ai|chatgpt|these|those|any)\b|anyone(?! (?:can|saying|claiming|who says)\b)|any1\b|legit\b|real talk:? is\b|is [\w\s'-]{1,60} (?:actually|really|even) (?:possible|real|legit|true|worth it)\b)/i;
const HOOK_START =
  /^\W*(?:want|wanna|ready|tired|imagine|what if (?:you|your|i told you|one|a|an|this)\b|who wants|who else|looking for|interested|how would you like|do you want|are you ready|would you like|need|sick of|still|why (?:work|trade|waste|keep)|what would you do)\b/i;

/** Whether a sentence asks a genuine question (a sales hook such as "Want to earn $5k?" does not count). */
// "No audience? No problem." asks nothing: it waves an objection away.
const OBJECTION_HOOK = /^\W*no \w+(?: \w+)?\?/i;

export function isQuestion(sentence: string): boolean {
  if (HOOK_START.test(sentence) || OBJECTION_HOOK.test(sentence)) return false;
  const trimmed = sentence.replace(/(?:\s|\p{Extended_Pictographic}|\uFE0F|\u200D)+$/u, '');
  if (trimmed.endsWith('?')) return true;
  return QUESTION_START.test(sentence) && !trimmed.endsWith('!');
}

const NEGATION_BEFORE =
  /\bmade [$€£]0\b|[$€£]0\.00|\bmade nothing\b|\bno (?:\w+ )?(?:product|one|business|course|system|tool|app|method|store|thing|program|bot)\b|^\W*no[,.!]|\b(?:not|never|no one|no way|no,|nothing|nobody|none|so much for|hardly|rarely|neither|nor|cannot|stop|quit believing|less about|no such thing as|there is no|there's no|if (?:it|this|that) (?:were|was)|were it)\b|n['’]t\b/i;
const NEGATION_AFTER =
  /^\W*it (?:is not|isn'?t|ain'?t)\b|\b(?:myths?|lies?|fantas(?:y|ies)|fairy ?tales?|nonsense|not real|isn'?t real|doesn'?t exist|does not exist|don'?t exist|do not exist|not a thing|isn'?t a thing|bs|bullshit|scams?|doesn'?t work|does not work|isn'?t true|is not true|is false|are false|rarely|never (?:happens|works)|is not how|isn'?t how|won'?t happen|is a lie|sounds? too good|failed|flopped|was a bust|made nothing|made \$0|went nowhere|never paid|los(?:es|ing|e) money)\b/i;

/** Whether the words just before a claim, in the same clause, negate it ("this won't make you rich"). */
export function negatedBefore(clauseBefore: string): boolean {
  // "can't believe" marvels at a claim rather than denying it.
  // "no reason you can't" affirms the claim.
  return NEGATION_BEFORE.test(
    clauseBefore.replace(
      /\b(?:can'?t|cannot|can not) believe\b|\bno reason (?:why )?(?:you|u|we|anyone) (?:can'?t|cannot|couldn'?t)\b/gi,
      ' ',
    ),
  );
}

const SENTENCE_DENIAL =
  /\bnot (?:an? |the )?(?:effortless|easy|passive|automatic|instant|quick|fast|free|guaranteed|overnight|hands[- ]off)\b[^.!?]{0,40}, but\b|^\W*(?:\w+:\s*)?if\b[^.!?]*\b(?:would(?:n'?t)?|you'?d)\b|\blook elsewhere\b|\bbut only because\b|\bbut (?:you|u) (?:have|need|got) to (?:buy|pay|spend)\b|\bnot a get[- ]rich|\bisn'?t a get[- ]rich|\bif you want (?:effortless|easy|passive|fast)|\bif (?:you'?re|you are) (?:looking for|after|hoping for|expecting) (?:effortless|easy|passive|fast|hands[- ]off|quick)|^\W*(?:nothing|none) (?:about|of|in)\b|\b(?:didn'?t|did not|never|haven'?t|have not) (?:make|made|earn|earned|see|seen) (?:a single|one|a) (?:dollar|cent|penny|sale|pound|euro)\b/i;

/** Whether a whole sentence turns the reader away from the claim ("if you want effortless money, look elsewhere", "not effortless income, but…"). */
export function deniesInSentence(sentence: string): boolean {
  return SENTENCE_DENIAL.test(sentence);
}

// A sum the clause presents as money going out ("the tool stack runs ~$400/month", "plus $250/month").
const COST_BEFORE =
  /(?:\b(?:costs?|costing|runs(?: (?:me|us))?|spend(?:s|ing)?|spent|budget|plus|fees?|charges?|charging|priced at|bills? (?:of|at)?|api bill)|\+)\W*(?:about|around|roughly|~)?\W*$/i;

/** Whether the words just before a sum say it is a cost or a price rather than income. */
export function isCostBefore(before: string): boolean {
  return COST_BEFORE.test(before.slice(-40));
}

/** Whether the words just after a claim, in the same clause, deny it ("… is a myth"). */
export function negatedAfter(clauseAfter: string): boolean {
  return NEGATION_AFTER.test(clauseAfter);
}

const CANDID =
  /(?<!\bno )(?<!\bzero )\b(?:costs?:|costs? me|expenses?|hosting|churn|refunds?|net (?:loss|profit)|after (?:tools|costs|fees|ads|software)|\d{2,} hours (?:a|per) week|hours of work|after (?:about |around |nearly |almost )?\d+ (?:months|years)|takes? me (?:about |around )?\d+ hours|working (?:\w+ )?\d{2,}[- ]hour (?:weeks|days)|spent (?:\w+ ){0,2}\d{2,} hours|took me|took \d+ (?:years|months)|years of|long road|paid (?:an? |my |our )?\w* ?\$|spent [$€£](?!0\b)|tools cost|(?<!(?:made back|recoup\w*|pays? for|paid for|covers?) (?:the|their|my|your|its) )subscriptions?|break[- ]even|costs? (?:ate|eat)|api costs|churned|los(?:e|es|ing|t) (?:\$|money)|in the red|demoneti[sz]ed|suspended|realistic(?:ally)?|honest (?:numbers|take|about)|(?:be|being) honest|real numbers|margin|breakdown|#honest\w*|i'?m tired|spent (?:\w+ ){0,2}(?:years|months)|building an audience|broke even|just reporting|rejection|honest update|income report|ad spend|took (?:six|five|four|three|two|\d+) months|not quitting|(?<![1-5] )hrs (?:a|per) week|i still|part-time job|real talk|not a money tree|by hand|anyone else at this stage)\b/i;

/** Whether the block reads as an honest progress report (costs, hours, churn) rather than a pitch. */
export function isCandid(text: string): boolean {
  return CANDID.test(text);
}
