import { useCallback, useEffect, useRef, useState } from 'react';
import {
  getSettings,
  prepareSettings,
  type Settings,
  saveSettings,
  watchSettings,
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
  /** Applies a change at once and saves it; writes happen in order, one at a time. */
  save: (change: (current: Settings) => Settings) => Promise<SaveResult>;
}

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
  const current = useRef<Settings | null>(null);
  const pending = useRef(0);
  const queue = useRef<Promise<unknown>>(Promise.resolve());
  const written = useRef<Settings | null>(null);

  useEffect(() => {
    let live = true;
    void getSettings().then((loaded) => {
      if (!live || current.current) return;
      current.current = loaded;
      written.current = loaded;
      setSettings(loaded);
      setStatus({ state: 'idle' });
    });
    const stop = watchSettings((changed) => {
      // Our own queued writes echo back here; only outside changes may replace what is shown.
      if (!live || pending.current > 0) return;
      current.current = changed;
      written.current = changed;
      setSettings(changed);
    });
    return () => {
      live = false;
      stop();
    };
  }, []);

  const save = useCallback((change: (current: Settings) => Settings): Promise<SaveResult> => {
    const before = current.current;
    if (!before) return Promise.resolve({ ok: false, error: 'Settings are still loading.' });
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
        }
        if (pending.current === 1) setStatus({ state: 'saved' });
        return { ok: true };
      } catch (error) {
        const stored = await getSettings();
        current.current = stored;
        written.current = stored;
        setSettings(stored);
        setStatus({ state: 'error', message: message(error) });
        return { ok: false, error: message(error) };
      } finally {
        pending.current--;
      }
    });
    queue.current = run;
    return run;
  }, []);

  return { settings, status, save };
}
