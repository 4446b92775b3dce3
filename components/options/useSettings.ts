import { useCallback, useEffect, useRef, useState } from 'react';
import {
  isReadOnly,
  type LoadedSettings,
  loadSettings,
  prepareSettings,
  type Settings,
  type SettingsProblem,
  saveSettings,
  watchLoadedSettings,
} from '@/lib/settings';

/** What the status line says about saving. */
export type SaveStatus =
  | { state: 'loading' }
  | { state: 'idle' }
  | { state: 'saving' }
  | { state: 'saved' }
  | { state: 'error'; message: string };

/** The outcome of one change: saved, or the reason it was not (the old settings stay). */
export type SaveResult = { ok: true } | { ok: false; error: string };

/** The settings as the options page edits them. */
export interface SettingsState {
  /** Null until the stored settings are read. */
  settings: Settings | null;
  status: SaveStatus;
  /** Why the stored settings could not be used as stored, or null when they were. */
  problem: SettingsProblem | null;
  /** True when saving could overwrite something the person set (unreadable or newer settings). */
  readOnly: boolean;
  /** Applies a change at once and saves it; writes happen in order, one at a time. */
  save: (change: (current: Settings) => Settings) => Promise<SaveResult>;
  /** Reads the stored settings again (after storage failed, or another version wrote them). */
  reload: () => Promise<void>;
  /** The person's explicit choice: replace settings from a newer version with the ones shown. */
  replaceNewer: () => Promise<SaveResult>;
}

const READ_ONLY_ERROR =
  'Not saved: your stored settings could not be used as they are, so they are read-only here and nothing was changed.';

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * Loads the settings, follows changes made elsewhere (another options tab, the popup), and
 * saves every change immediately. A change that cannot be saved is not applied and its reason
 * is reported; a change the browser refuses is rolled back to what storage holds.
 */
export function useSettings(): SettingsState {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [status, setStatus] = useState<SaveStatus>({ state: 'loading' });
  const [problem, setProblem] = useState<SettingsProblem | null>(null);
  const problemRef = useRef<SettingsProblem | null>(null);
  const current = useRef<Settings | null>(null);
  const pending = useRef(0);
  const queue = useRef<Promise<unknown>>(Promise.resolve());
  const written = useRef<Settings | null>(null);

  const show = useCallback((loaded: LoadedSettings) => {
    current.current = loaded.settings;
    written.current = loaded.settings;
    problemRef.current = loaded.problem;
    setSettings(loaded.settings);
    setProblem(loaded.problem);
  }, []);

  useEffect(() => {
    let live = true;
    void loadSettings().then((loaded) => {
      if (!live || current.current) return;
      show(loaded);
      setStatus({ state: 'idle' });
    });
    const stop = watchLoadedSettings((changed) => {
      // Our own queued writes echo back here; only outside changes may replace what is shown.
      if (!live || pending.current > 0) return;
      show(changed);
    });
    return () => {
      live = false;
      stop();
    };
  }, [show]);

  const reload = useCallback(async () => {
    if (pending.current > 0) return;
    show(await loadSettings());
    setStatus({ state: 'idle' });
  }, [show]);

  const save = useCallback(
    (change: (current: Settings) => Settings): Promise<SaveResult> => {
      const before = current.current;
      if (!before) return Promise.resolve({ ok: false, error: 'Settings are still loading.' });
      if (isReadOnly(problemRef.current)) {
        setStatus({ state: 'error', message: READ_ONLY_ERROR });
        return Promise.resolve({ ok: false, error: READ_ONLY_ERROR });
      }
      let next: Settings;
      try {
        next = prepareSettings(change(before));
      } catch (error) {
        setStatus({ state: 'error', message: message(error) });
        return Promise.resolve({ ok: false, error: message(error) });
      }
      current.current = next;
      setSettings(next);
      setStatus({ state: 'saving' });
      pending.current++;
      const run = queue.current.then(async (): Promise<SaveResult> => {
        try {
          // Quick successive changes coalesce into one write of the latest settings: sync storage
          // allows only 120 writes a minute.
          const latest = current.current ?? next;
          if (latest !== written.current) {
            await saveSettings(latest);
            written.current = latest;
            // The fields that had to be repaired now hold their stored defaults.
            if (problemRef.current?.kind === 'repaired') {
              problemRef.current = null;
              setProblem(null);
            }
          }
          if (pending.current === 1) setStatus({ state: 'saved' });
          return { ok: true };
        } catch (error) {
          show(await loadSettings());
          setStatus({ state: 'error', message: message(error) });
          return { ok: false, error: message(error) };
        } finally {
          pending.current--;
        }
      });
      queue.current = run;
      return run;
    },
    [show],
  );

  const replaceNewer = useCallback(async (): Promise<SaveResult> => {
    const shown = current.current;
    if (!shown || problemRef.current?.kind !== 'newer') return { ok: true };
    setStatus({ state: 'saving' });
    try {
      const saved = await saveSettings(shown, { replaceNewer: true });
      show({ settings: saved, problem: null });
      setStatus({ state: 'saved' });
      return { ok: true };
    } catch (error) {
      setStatus({ state: 'error', message: message(error) });
      return { ok: false, error: message(error) };
    }
  }, [show]);

  return { settings, status, problem, readOnly: isReadOnly(problem), save, reload, replaceNewer };
}
