import { ruleById } from '../rules';

/** The title a claim's rule is shown under; custom phrases and unknown ids get a plain name. */
export function ruleTitle(ruleId: string): string {
  const rule = ruleById(ruleId);
  if (rule) return rule.title;
  return ruleId.startsWith('custom-') ? 'Your own phrase' : ruleId;
}
