import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { type Analyzer, createAnalyzer } from '@/lib/analyze';
import { Annotator, type Claim, idleScheduler, pageSummary } from '@/lib/annotate';
import { adapterFor } from '@/lib/dom';
import { detectHighlightApi } from '@/lib/highlights';
import { Envelope, type PageSummary, PROTOCOL } from '@/lib/messaging/protocol';
import { builtInRules } from '@/lib/rules';
import {
  addDismissed,
  analyzerSettings,
  dismissedItem,
  getDismissed,
  getSettings,
  isSiteEnabled,
  type Settings,
  updateSettings,
  watchSettings,
} from '@/lib/settings';

/** Quiet time after the last change before the page summary goes to the background. */
export const REPORT_DEBOUNCE_MS = 250;

/** Pages opt into timing messages (for `npm run bench:page`) with this in their query string. */
const BENCH_FLAG = 'hype-lens-bench';

/** Something shown over the page while annotating (the card overlay). */
export interface Companion {
  destroy(): void;
}

/** Mounts what shows claims beyond the marks (the cards); given the annotator and its actions. */
export type CompanionFactory = (
  annotator: Annotator,
  actions: { dismiss(claim: Claim): void; disableRule(ruleId: string): void },
) => Companion | null;

/**
 * Hype Lens on one page: follows the settings (start, rescan, pause), keeps the background's
 * page summary current, and answers the popup. Everything it does is undone on invalidation.
 */
export class PageSession {
  private annotator: Annotator | null = null;
  private companion: Companion | null = null;
  private settingsKey = '';
  private paused = false;
  private reportTimer: number | null = null;
  private readonly started = performance.now();
  private readonly bench = location.search.includes(BENCH_FLAG);
  private firstPassDone = false;

  constructor(
    private readonly ctx: ContentScriptContext,
    private readonly companions: CompanionFactory | null = null,
  ) {}

  /** Reads settings and dismissed claims, then starts (or reports the site as paused). */
  async start(): Promise<void> {
    const [settings, dismissed] = await Promise.all([getSettings(), getDismissed()]);
    if (this.ctx.isInvalid) return;
    this.apply(
      settings,
      dismissed.map((d) => d.key),
    );
    const stopSettings = watchSettings((next) => this.apply(next));
    const stopDismissed = dismissedItem.watch(() => {
      void getDismissed().then((list) => this.annotator?.setDismissed(list.map((d) => d.key)));
    });
    const onMessage = (message: unknown) => this.answer(message);
    browser.runtime.onMessage.addListener(onMessage);
    this.ctx.addEventListener(window, 'wxt:locationchange', () => this.navigated());
    this.ctx.onInvalidated(() => {
      stopSettings();
      stopDismissed();
      browser.runtime.onMessage.removeListener(onMessage);
      this.stop();
    });
  }

  /** Starts, rescans or pauses to match the settings. */
  private apply(settings: Settings, dismissed?: string[]): void {
    if (this.ctx.isInvalid) return;
    if (!isSiteEnabled(settings, location.hostname)) {
      this.stop();
      this.paused = true;
      this.reportSoon();
      return;
    }
    this.paused = false;
    const key = JSON.stringify(analyzerSettings(settings));
    const analyzer = (): Analyzer => createAnalyzer(builtInRules(), analyzerSettings(settings));
    if (this.annotator === null) {
      this.settingsKey = key;
      this.annotator = new Annotator({
        document,
        adapter: adapterFor(location.hostname),
        analyzer,
        dismissed,
        highlights: detectHighlightApi(),
        scheduler: idleScheduler(),
        setTimer: (run, ms) => this.ctx.setTimeout(run, ms),
        onUpdate: () => this.updated(),
      });
      this.annotator.start();
      this.companion = this.mountCompanion(this.annotator);
    } else if (key !== this.settingsKey) {
      this.settingsKey = key;
      this.annotator.rescan(analyzer);
    }
  }

  private mountCompanion(annotator: Annotator): Companion | null {
    if (this.companions === null) return null;
    try {
      return this.companions(annotator, {
        dismiss: (claim) => {
          const key = annotator.dismiss(claim);
          const { ruleId, quote } = claim.finding;
          void addDismissed({ key, ruleId, quote, site: location.hostname, at: Date.now() }).catch(
            () => {},
          );
        },
        disableRule: (ruleId) => {
          void updateSettings((s) => ({ ...s, rules: { ...s.rules, [ruleId]: false } })).catch(
            () => {},
          );
        },
      });
    } catch {
      return null;
    }
  }

  private stop(): void {
    this.companion?.destroy();
    this.companion = null;
    this.annotator?.destroy();
    this.annotator = null;
    this.settingsKey = '';
  }

  private navigated(): void {
    this.annotator?.restart();
    this.reportSoon();
  }

  private updated(): void {
    this.reportSoon();
    const annotator = this.annotator;
    if (this.bench && annotator !== null && !annotator.busy) {
      // A page that asked for timings (the benchmark) learns when a pass ends; nothing else does.
      window.postMessage(
        {
          source: BENCH_FLAG,
          kind: this.firstPassDone ? 'pass' : 'first-pass',
          start: this.started,
          end: performance.now(),
          claims: annotator.claims().length,
          ...annotator.stats(),
        },
        location.origin,
      );
      this.firstPassDone = true;
    }
  }

  private reportSoon(): void {
    if (this.reportTimer !== null) clearTimeout(this.reportTimer);
    this.reportTimer = this.ctx.setTimeout(() => {
      this.reportTimer = null;
      this.report();
    }, REPORT_DEBOUNCE_MS);
  }

  /** Tells the background what is on the page; it may be asleep or gone, which is fine. */
  private report(): void {
    const status: PageSummary['status'] = this.paused
      ? 'paused'
      : this.annotator?.busy
        ? 'scanning'
        : 'done';
    const payload = pageSummary(
      location.href,
      location.hostname,
      status,
      this.annotator?.claims() ?? [],
    );
    try {
      void Promise.resolve(browser.runtime.sendMessage({ type: 'summary/report', payload })).catch(
        () => {},
      );
    } catch {
      // The extension was reloaded or removed: nobody to tell.
    }
  }

  /** Answers the popup's 'claim/reveal' and 'marks/set-visible'; anything else is not ours. */
  private answer(message: unknown): Promise<{ ok: boolean }> | undefined {
    const envelope = Envelope.safeParse(message);
    if (!envelope.success) return undefined;
    const { type, payload } = envelope.data;
    if (type === 'claim/reveal') {
      const request = PROTOCOL[type].request.safeParse(payload);
      if (!request.success) return undefined;
      return Promise.resolve({ ok: this.annotator?.reveal(request.data.claimId) ?? false });
    }
    if (type === 'marks/set-visible') {
      const request = PROTOCOL[type].request.safeParse(payload);
      if (!request.success) return undefined;
      if (this.annotator === null) return Promise.resolve({ ok: false });
      this.annotator.setVisible(request.data.visible);
      return Promise.resolve({ ok: true });
    }
    return undefined;
  }
}
