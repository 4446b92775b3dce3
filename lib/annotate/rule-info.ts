import type { Finding } from '../analyze';
import { CATEGORY_INFO, type Rule, ruleById } from '../rules';

/**
 * The rule behind a finding: the analyzer's own rule (built-ins and the person's custom
 * phrases), else the built-in registry, else a stand-in built from the category so a card
 * always has a title and an explanation to show.
 */
export function ruleForFinding(finding: Finding, known: ReadonlyMap<string, Rule>): Rule {
  const rule = known.get(finding.ruleId) ?? ruleById(finding.ruleId);
  if (rule !== undefined) return rule;
  const info = CATEGORY_INFO[finding.category];
  return {
    id: finding.ruleId,
    category: finding.category,
    title: info.label,
    triggers: [finding.quote],
    patterns: [finding.quote],
    context: { requires: [], scope: 'near' },
    severity: finding.severity,
    defaultEnabled: true,
    explanation: info.counterpoint,
    questions: ['What would the claim look like with typical results, costs and hours added?'],
    source: { article: 'Hype Lens category notes' },
    examples: { flag: [finding.quote], pass: ['(none given)'] },
  };
}
