import { useId, useMemo, useState } from 'react';
import { builtInRules, CATEGORIES, CATEGORY_INFO, type Category, type Rule } from '@/lib/rules';
import { isRuleEnabled, resetRules, type Settings, setRules } from '@/lib/settings';
import type { SettingsState } from './useSettings';

/** Whether a rule matches a search: in its title, explanation or category. */
export function ruleMatches(rule: Rule, query: string): boolean {
  const q = query.trim().toLowerCase();
  if (q === '') return true;
  const info = CATEGORY_INFO[rule.category];
  return [rule.title, rule.explanation, info.label, rule.category].some((text) =>
    text.toLowerCase().includes(q),
  );
}

function RuleToggle({
  rule,
  settings,
  save,
}: { rule: Rule } & Pick<SettingsState, 'save'> & { settings: Settings }) {
  const id = `rule-${rule.id}`;
  const example = rule.examples.flag[0];
  return (
    <li className="rule">
      <div className="rule__head">
        <input
          type="checkbox"
          id={id}
          data-rule-id={rule.id}
          checked={isRuleEnabled(settings, rule)}
          aria-describedby={`${id}-explanation`}
          onChange={(event) => {
            const on = event.currentTarget.checked;
            void save((s) => setRules(s, [rule.id], on));
          }}
        />
        <label htmlFor={id}>{rule.title}</label>
      </div>
      <p className="rule__explanation" id={`${id}-explanation`}>
        {rule.explanation}
      </p>
      {example ? (
        <p className="rule__example">
          <span className="muted">Example: </span>
          <q>{example}</q>
        </p>
      ) : null}
    </li>
  );
}

function CategoryGroup({
  category,
  rules,
  settings,
  save,
}: {
  category: Category;
  rules: readonly Rule[];
  settings: Settings;
  save: SettingsState['save'];
}) {
  const info = CATEGORY_INFO[category];
  const headingId = useId();
  // The bulk buttons act on the whole category, not only the rules a search shows.
  const ids = builtInRules()
    .filter((r) => r.category === category)
    .map((r) => r.id);
  return (
    <section
      className="category"
      aria-labelledby={headingId}
      aria-describedby={`${headingId}-counterpoint`}
      data-category={category}
    >
      <div className="category__head">
        <h3 id={headingId}>{info.label}</h3>
        <div className="button-row">
          <button
            type="button"
            aria-label={`All on: ${info.label}`}
            onClick={() => void save((s) => setRules(s, ids, true))}
          >
            All on
          </button>
          <button
            type="button"
            aria-label={`All off: ${info.label}`}
            onClick={() => void save((s) => setRules(s, ids, false))}
          >
            All off
          </button>
          <button
            type="button"
            aria-label={`Reset to defaults: ${info.label}`}
            onClick={() => void save((s) => resetRules(s, ids))}
          >
            Reset to defaults
          </button>
        </div>
      </div>
      <p className="category__counterpoint" id={`${headingId}-counterpoint`}>
        {info.counterpoint}
      </p>
      <ul className="rules">
        {rules.map((rule) => (
          <RuleToggle key={rule.id} rule={rule} settings={settings} save={save} />
        ))}
      </ul>
    </section>
  );
}

/** Every built-in rule with its switch, grouped by category, with search and bulk buttons. */
export function RulesSection({
  settings,
  save,
}: {
  settings: Settings;
  save: SettingsState['save'];
}) {
  const [query, setQuery] = useState('');
  const groups = useMemo(
    () =>
      CATEGORIES.map((category) => ({
        category,
        rules: builtInRules().filter((r) => r.category === category && ruleMatches(r, query)),
      })).filter((g) => g.rules.length > 0),
    [query],
  );
  const total = builtInRules().filter((r) => isRuleEnabled(settings, r)).length;
  return (
    <section aria-labelledby="rules-heading" className="panel">
      <h2 id="rules-heading">Rules</h2>
      <p className="muted">
        {total} of {builtInRules().length} rules are on. Each rule looks for one kind of
        effortless-income claim; turn off the ones you do not want marked.
      </p>
      <div className="field">
        <label htmlFor="rule-search">Search rules</label>
        <input
          id="rule-search"
          type="search"
          value={query}
          placeholder="e.g. guarantee, autopilot, urgency"
          onChange={(event) => setQuery(event.currentTarget.value)}
        />
      </div>
      {groups.length === 0 ? (
        <p role="status">No rule matches “{query.trim()}”.</p>
      ) : (
        groups.map((g) => (
          <CategoryGroup
            key={g.category}
            category={g.category}
            rules={g.rules}
            settings={settings}
            save={save}
          />
        ))
      )}
    </section>
  );
}
