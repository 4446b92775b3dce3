import { createAnalyzer } from '../../../lib/analyze';
import type { Scheduler } from '../../../lib/annotate';
import type { HighlightApi } from '../../../lib/highlights';
import { builtInRules } from '../../../lib/rules';

/** A Highlight stand-in: happy-dom has none. */
export class FakeHighlight extends Set<Range> {
  priority = 0;
}

/** A fake Highlight API over a plain Map registry. */
export function fakeHighlights(): HighlightApi & { registry: Map<string, FakeHighlight> } {
  const registry = new Map<string, FakeHighlight>();
  return {
    registry,
    create: () => new FakeHighlight() as unknown as Highlight,
  } as unknown as HighlightApi & { registry: Map<string, FakeHighlight> };
}

/** Texts of every range registered under `name`. */
export function markedTexts(
  api: { registry: Map<string, FakeHighlight> },
  name?: string,
): string[] {
  const out: string[] = [];
  for (const [key, highlight] of api.registry) {
    if (name !== undefined && key !== name) continue;
    for (const range of highlight) out.push(range.toString());
  }
  return out;
}

/** A scheduler the test drives: slices run on `flush`, and the clock moves only when told. */
export interface ManualScheduler extends Scheduler {
  /** Runs queued slices (and any they queue) until none is left; returns how many ran. */
  flush(limit?: number): number;
  /** Slices waiting to run. */
  pending(): number;
  /** Milliseconds the clock advances on every `now()` call. */
  step: number;
}

/** Makes a {@link ManualScheduler}. */
export function manualScheduler(): ManualScheduler {
  let queue: (() => void)[] = [];
  let clock = 0;
  const scheduler: ManualScheduler = {
    step: 0,
    schedule(run) {
      queue.push(run);
      return () => {
        queue = queue.filter((r) => r !== run);
      };
    },
    now() {
      clock += scheduler.step;
      return clock;
    },
    flush(limit = 10_000) {
      let ran = 0;
      while (queue.length > 0 && ran < limit) {
        const run = queue.shift() as () => void;
        run();
        ran++;
      }
      return ran;
    },
    pending: () => queue.length,
  };
  return scheduler;
}

/** The default analyzer. */
export const defaultAnalyzer = () => createAnalyzer(builtInRules(), {});

/** Lets MutationObserver callbacks run. */
export function settle(): Promise<void> {
  return new Promise((done) => setTimeout(done, 0));
}

/** A hype post and a clean one, as paragraphs. */
export const HYPE =
  'This system earns $10k/month in passive income on autopilot while you sleep, guaranteed.';
export const CLEAN =
  'Most small online businesses take months of steady work before they earn anything.';
