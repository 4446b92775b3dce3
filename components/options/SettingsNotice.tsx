import type { SettingsProblem } from '@/lib/settings';

function fieldList(fields: readonly string[]): string {
  return fields.map((f) => `"${f}"`).join(', ');
}

/**
 * Says plainly when the stored settings could not be used as stored: what Hype Lens uses
 * instead, and that nothing the person set was changed. Offers to read again, and for settings
 * from a newer version the explicit choice to replace them.
 */
export function SettingsNotice({
  problem,
  onReload,
  onReplace,
}: {
  problem: SettingsProblem | null;
  onReload: () => void;
  onReplace: () => void;
}) {
  if (!problem) return null;
  if (problem.kind === 'repaired') {
    return (
      <div className="notice notice--warning" role="status" data-testid="settings-notice">
        <p>
          Some of your stored settings were not valid ({fieldList(problem.fields)}) and use their
          defaults; the rest are as you set them. Your next change saves the defaults for those
          fields.
        </p>
      </div>
    );
  }
  if (problem.kind === 'unreadable') {
    return (
      <div className="notice notice--error" role="alert" data-testid="settings-notice">
        <p>
          Your settings could not be read ({problem.reason}); Hype Lens is using defaults. Nothing
          you set was changed. Settings are read-only until they can be read again.
        </p>
        <div className="button-row">
          <button type="button" onClick={onReload}>
            Try again
          </button>
        </div>
      </div>
    );
  }
  const which =
    problem.version !== null
      ? `format version ${problem.version}`
      : problem.fields.length > 0
        ? `with fields this version does not know: ${fieldList(problem.fields)}`
        : 'in a format this version does not know';
  return (
    <div className="notice notice--warning" role="alert" data-testid="settings-notice">
      <p>
        Your settings were saved by a newer version of Hype Lens ({which}). This version uses the
        parts it understands and defaults for the rest, and shows them read-only. Nothing you set
        was changed: update Hype Lens to edit them.
      </p>
      <div className="button-row">
        <button type="button" onClick={onReload}>
          Check again
        </button>
        <button type="button" onClick={onReplace}>
          Replace them with the settings shown
        </button>
      </div>
    </div>
  );
}
