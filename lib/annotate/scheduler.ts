/**
 * Idle-time scheduling for annotation work: the page's own tasks come first, and each slice of
 * ours stops after a few milliseconds so no task of ours shows up as a long task.
 */

/** Longest a slice may run before yielding back to the page. */
export const SLICE_BUDGET_MS = 8;

/** Longest work may wait for an idle period before it runs anyway. */
export const IDLE_TIMEOUT_MS = 120;

/** Runs callbacks when the page is idle; injectable so tests can run slices on demand. */
export interface Scheduler {
  /** Schedules `run` once; returns a cancel function. */
  schedule(run: () => void): () => void;
  /** A monotonic clock in milliseconds. */
  now(): number;
}

/**
 * The browser's idle scheduler (requestIdleCallback with a timeout, so busy pages still get
 * annotated), falling back to setTimeout where it is missing (Safari, older Firefox builds).
 */
export function idleScheduler(scope: typeof globalThis = globalThis): Scheduler {
  const now = (): number => scope.performance?.now() ?? Date.now();
  if (typeof scope.requestIdleCallback === 'function') {
    return {
      schedule(run) {
        const id = scope.requestIdleCallback(() => run(), { timeout: IDLE_TIMEOUT_MS });
        return () => scope.cancelIdleCallback(id);
      },
      now,
    };
  }
  return {
    schedule(run) {
      const id = scope.setTimeout(run, 16);
      return () => scope.clearTimeout(id);
    },
    now,
  };
}
