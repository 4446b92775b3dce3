import type { Sensitivity } from '@/lib/analyze';
import type { Settings } from '@/lib/settings';
import type { SettingsState } from './useSettings';

/** The three choices people see, in their words, with the analyzer sensitivity each stands for. */
export const SENSITIVITY_CHOICES: readonly { value: Sensitivity; label: string; help: string }[] = [
  {
    value: 'low',
    label: 'Strict',
    help: 'Marks only strong claims, where several signals (a sum, a timeframe, "no effort") come together. Fewest marks.',
  },
  {
    value: 'medium',
    label: 'Balanced',
    help: 'The default: marks clear claims and skips a lone weak phrase.',
  },
  {
    value: 'high',
    label: 'Relaxed',
    help: 'Also marks weaker evidence, such as a single hype phrase with nothing else around it. More marks, more false alarms.',
  },
];

/** How much evidence a claim needs before it is marked. */
export function SensitivitySection({
  settings,
  save,
}: {
  settings: Settings;
  save: SettingsState['save'];
}) {
  return (
    <section aria-labelledby="sensitivity-heading" className="panel">
      <h2 id="sensitivity-heading">Sensitivity</h2>
      <fieldset className="choices">
        <legend>How much evidence a claim needs before it is marked</legend>
        {SENSITIVITY_CHOICES.map((choice) => (
          <div className="choice" key={choice.value}>
            <input
              type="radio"
              id={`sensitivity-${choice.value}`}
              name="sensitivity"
              value={choice.value}
              checked={settings.sensitivity === choice.value}
              aria-describedby={`sensitivity-${choice.value}-help`}
              onChange={() => void save((s) => ({ ...s, sensitivity: choice.value }))}
            />
            <label htmlFor={`sensitivity-${choice.value}`}>{choice.label}</label>
            <p className="choice__help muted" id={`sensitivity-${choice.value}-help`}>
              {choice.help}
            </p>
          </div>
        ))}
      </fieldset>
    </section>
  );
}
