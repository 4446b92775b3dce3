import aiDoesEverything from './all/ai-does-everything';
import autopilotIncome from './all/autopilot-income';
import bigIncomeClaim from './all/big-income-claim';
import businessInABox from './all/business-in-a-box';
import doneForYou from './all/done-for-you';
import effortlessIncome from './all/effortless-income';
import freeToStart from './all/free-to-start';
import guaranteedIncome from './all/guaranteed-income';
import incomeForever from './all/income-forever';
import incomeInDays from './all/income-in-days';
import limitedSpots from './all/limited-spots';
import moneyWhileYouSleep from './all/money-while-you-sleep';
import noCompetition from './all/no-competition';
import noExperienceNeeded from './all/no-experience-needed';
import quitYourJob from './all/quit-your-job';
import riskFree from './all/risk-free';
import secretMethod from './all/secret-method';
import sellsItself from './all/sells-itself';
import toolIsTheBusiness from './all/tool-is-the-business';
import { type Rule, RuleSchema } from './schema';

/** Thrown when a rule fails the schema; the message names the rule and the field. */
export class RuleError extends Error {}

/** Validates raw rules, naming the rule and the field of the first problem. */
export function loadRules(raw: readonly unknown[]): Rule[] {
  const ids = new Set<string>();
  return raw.map((input, index) => {
    const parsed = RuleSchema.safeParse(input);
    const name = (input as { id?: unknown })?.id ?? `#${index}`;
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new RuleError(
        `Rule ${String(name)}: ${issue?.path.join('.') || 'rule'}: ${issue?.message}`,
      );
    }
    if (ids.has(parsed.data.id)) throw new RuleError(`Rule ${parsed.data.id}: duplicate id`);
    ids.add(parsed.data.id);
    return parsed.data;
  });
}

const RAW_RULES = [
  aiDoesEverything,
  autopilotIncome,
  bigIncomeClaim,
  businessInABox,
  doneForYou,
  effortlessIncome,
  freeToStart,
  guaranteedIncome,
  incomeForever,
  incomeInDays,
  limitedSpots,
  moneyWhileYouSleep,
  noCompetition,
  noExperienceNeeded,
  quitYourJob,
  riskFree,
  secretMethod,
  sellsItself,
  toolIsTheBusiness,
];

let builtIn: readonly Rule[] | null = null;

/**
 * Every built-in rule, validated when first asked for: validation stays out of the content
 * script's start-up task (it is the page's time) and runs with the first analyzer instead.
 */
export function builtInRules(): readonly Rule[] {
  builtIn ??= loadRules(RAW_RULES);
  return builtIn;
}

/** Looks up a built-in rule by id. */
export function ruleById(id: string): Rule | undefined {
  return builtInRules().find((rule) => rule.id === id);
}

export { CATEGORY_INFO } from './categories';
export { CATEGORIES, type Category, type Rule, SEVERITIES, type Severity } from './schema';
