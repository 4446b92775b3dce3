import { type ChangeEvent, useState } from 'react';
import { exportFileName, exportSettings, parseSettingsFile, type Settings } from '@/lib/settings';
import type { SettingsState } from './useSettings';

/** Downloads the settings as a JSON file through a blob URL and an `<a download>`. */
export function downloadSettings(settings: Settings): void {
  const json = `${JSON.stringify(exportSettings(settings), null, 2)}\n`;
  const url = URL.createObjectURL(new Blob([json], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = exportFileName();
  document.body.append(link);
  link.click();
  link.remove();
  // Give the browser time to start the download before the URL goes away.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

type Outcome = { ok: boolean; text: string } | null;

/** Export the settings to a file, or import them from one (rejected files change nothing). */
export function TransferSection({
  settings,
  save,
}: {
  settings: Settings;
  save: SettingsState['save'];
}) {
  const [outcome, setOutcome] = useState<Outcome>(null);

  async function importFile(event: ChangeEvent<HTMLInputElement>) {
    const input = event.currentTarget;
    const file = input.files?.[0];
    if (!file) return;
    let text: string;
    try {
      text = await file.text();
    } catch {
      setOutcome({
        ok: false,
        text: `Import failed: could not read ${file.name}. Your settings were not changed.`,
      });
      return;
    } finally {
      // Choosing the same file again must fire another change event.
      input.value = '';
    }
    const parsed = parseSettingsFile(text);
    if (!parsed.ok) {
      setOutcome({
        ok: false,
        text: `Import failed: ${parsed.error} Your settings were not changed.`,
      });
      return;
    }
    const result = await save(() => parsed.settings);
    setOutcome(
      result.ok
        ? { ok: true, text: `Imported settings from ${file.name}.` }
        : { ok: false, text: `Import failed: ${result.error} Your settings were not changed.` },
    );
  }

  return (
    <section aria-labelledby="transfer-heading" className="panel">
      <h2 id="transfer-heading">Export and import</h2>
      <p className="muted">
        Save your settings to a file, or load them from a file exported by Hype Lens (on this or
        another browser).
      </p>
      <div className="button-row">
        <button
          type="button"
          onClick={() => {
            downloadSettings(settings);
            setOutcome({ ok: true, text: 'Exported your settings to a file.' });
          }}
        >
          Export settings
        </button>
        <label className="file-button">
          Import settings from a file
          <input
            type="file"
            accept="application/json,.json"
            data-testid="import-file"
            onChange={importFile}
          />
        </label>
      </div>
      {outcome ? (
        <p
          className={outcome.ok ? 'status status--saved' : 'field-error'}
          role={outcome.ok ? 'status' : 'alert'}
          data-testid="import-result"
        >
          {outcome.text}
        </p>
      ) : null}
    </section>
  );
}
