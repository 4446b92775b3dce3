import type { Analyzer, Finding } from '../analyze';
import {
  type Block,
  blockStillValid,
  type ExtractOptions,
  extractBlocks,
  OVERLAY_ATTRIBUTE,
  rangesFor,
  type SiteAdapter,
} from '../dom';
import { hasSkippedAncestor, isSkippedElement } from '../dom/skip';
import { detectHighlightApi, type HighlightApi } from '../highlights';
import type { Rule } from '../rules';
import { dismissKey } from '../settings/dismissed';
import { Marks } from './marks';
import { BlockShape } from './partition';
import { ruleForFinding } from './rule-info';
import { idleScheduler, type Scheduler, SLICE_BUDGET_MS } from './scheduler';
import type { Claim, ClaimSource } from './types';

/** What an Annotator works on and with. */
export interface AnnotatorOptions {
  /** The page to annotate. */
  document: Document;
  adapter: SiteAdapter;
  /** The analyzer, or a factory called only once some block has text to analyse. */
  analyzer: Analyzer | (() => Analyzer);
  /** Keys (`dismissKey`) of claims a person marked "not hype". */
  dismissed?: Iterable<string>;
  /** Defaults to the document's own Highlight API; null marks nothing (claims are still found). */
  highlights?: HighlightApi | null;
  /** Defaults to requestIdleCallback slices. */
  scheduler?: Scheduler;
  /** Timer for un-flashing a revealed claim; defaults to the window's setTimeout. */
  setTimer?: (run: () => void, ms: number) => void;
  extract?: ExtractOptions;
  /** Called after any slice that changed the claims or the scanning status. */
  onUpdate?: () => void;
}

/** One block we have read, with what the current analyzer found in it. */
interface BlockRecord {
  /** Order of first sight; part of claim ids, so it never changes for the same element. */
  index: number;
  block: Block;
  /** Findings for `block.text` under analyzer generation `generation`. */
  findings: Finding[];
  generation: number;
  claims: Claim[];
}

/**
 * Longest text analysed in one go. The analyzer takes about 0.3 ms per kB, so a block of
 * megabytes (a transcript in one text node) is analysed a window at a time, one window per
 * step of an idle slice, instead of in one long task.
 */
export const ANALYZE_WINDOW = 16_000;

/** A long block being analysed window by window. */
interface PendingAnalysis {
  record: BlockRecord;
  block: Block;
  generation: number;
  /** Where the next window starts in `block.text`. */
  offset: number;
  findings: Finding[];
}

/** A subtree to read; `skipKnown` lets a split skip children already read and unchanged. */
interface WorkItem {
  element: Element;
  skipKnown: boolean;
}

/**
 * Finds claims on a page and marks them: a first pass over the document, then only what the
 * page adds or changes, all in idle-time slices. Blocks that leave the page are dropped with
 * their claims, so a feed scrolled for hours keeps a flat memory profile.
 */
export class Annotator implements ClaimSource {
  private readonly doc: Document;
  private readonly adapter: SiteAdapter;
  private readonly shape: BlockShape;
  private readonly scheduler: Scheduler;
  private readonly marks: Marks;
  private readonly setTimer: (run: () => void, ms: number) => void;
  private readonly extractOptions: ExtractOptions;
  private readonly onUpdate: () => void;
  private analyzerSource: Analyzer | (() => Analyzer);
  private analyzer: Analyzer | null = null;
  private rulesById = new Map<string, Rule>();
  private generation = 0;
  private dismissed: Set<string>;

  private readonly records = new Map<Element, BlockRecord>();
  private nextIndex = 0;
  /** Nodes the observer saw added: read them, or the block they landed in. */
  private added = new Set<Node>();
  /** Nodes whose content changed (text edits, removed children): re-read their block, if any. */
  private changed = new Set<Node>();
  private pruneDue = false;
  private readonly work: WorkItem[] = [];
  private reanalyze: BlockRecord[] = [];
  private pendingAnalyses: PendingAnalysis[] = [];
  private cancelSlice: (() => void) | null = null;
  private observer: MutationObserver | null = null;
  /** Open shadow roots the observer also watches: the document's own records stop at their hosts. */
  private watchedRoots = new WeakSet<ShadowRoot>();
  private readonly listeners = new Set<() => void>();
  private sorted: Claim[] | null = null;
  private wasBusy = false;
  private destroyed = false;
  private workMs = 0;
  /** How many warm-up steps the current analyzer has been through (see `warmUp`). */
  private warmedUp = 0;
  /** True from the first block that needs the analyzer until its warm-up is done. */
  private warmingUp = false;
  private slices = 0;

  constructor(options: AnnotatorOptions) {
    this.doc = options.document;
    this.adapter = options.adapter;
    this.shape = new BlockShape(options.adapter, options.document);
    const view = options.document.defaultView ?? globalThis;
    this.scheduler = options.scheduler ?? idleScheduler(view as typeof globalThis);
    this.setTimer = options.setTimer ?? ((run, ms) => view.setTimeout(run, ms));
    this.marks = new Marks(
      options.highlights === undefined
        ? detectHighlightApi(view as typeof globalThis)
        : options.highlights,
    );
    this.extractOptions = {
      ...options.extract,
      onShadowRoot: (root) => this.watchShadowRoot(root),
    };
    this.onUpdate = options.onUpdate ?? (() => {});
    this.analyzerSource = options.analyzer;
    this.dismissed = new Set(options.dismissed ?? []);
  }

  /** Starts watching the page and queues the first full pass. */
  start(): void {
    if (this.destroyed || this.observer !== null) return;
    const View = this.doc.defaultView as (typeof globalThis & Window) | null;
    const Observer = View?.MutationObserver ?? globalThis.MutationObserver;
    this.observer = new Observer((records) => this.enqueue(records));
    this.observer.observe(this.doc, { childList: true, subtree: true, characterData: true });
    this.queueFullPass();
  }

  /** The claims currently marked, in page order. */
  claims(): readonly Claim[] {
    if (this.sorted === null) this.sorted = sortClaims(this.records);
    return this.sorted;
  }

  /** Calls `listener` whenever the claims change; returns the unsubscribe function. */
  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** True while read or analysis work is queued (the summary's 'scanning'). */
  get busy(): boolean {
    return (
      this.work.length > 0 ||
      this.reanalyze.length > 0 ||
      this.pendingAnalyses.length > 0 ||
      this.added.size > 0 ||
      this.changed.size > 0 ||
      this.pruneDue
    );
  }

  /** Time spent working so far and in how many slices (for the page benchmark). */
  stats(): { workMs: number; slices: number; blocks: number } {
    return { workMs: this.workMs, slices: this.slices, blocks: this.records.size };
  }

  /** Whether marks are painted. */
  get visible(): boolean {
    return this.marks.shown;
  }

  /** Hides or shows every mark without forgetting the claims. */
  setVisible(visible: boolean): void {
    this.marks.setVisible(visible, this.claims());
  }

  /** Scrolls a claim into view and flashes it; false when the claim is gone or off the page. */
  reveal(claimId: string): boolean {
    const claim = this.claims().find((c) => c.id === claimId);
    const range = claim?.ranges.find((r) => r.startContainer.isConnected);
    const view = this.doc.defaultView;
    if (claim === undefined || range === undefined || view === null) return false;
    const rect = range.getBoundingClientRect();
    const top = rect.top + rect.height / 2 - view.innerHeight / 2;
    if (Math.abs(top) > 1) view.scrollBy({ top, behavior: 'smooth' });
    this.marks.flashRanges(claim.ranges, this.setTimer);
    return true;
  }

  /** Uses a new analyzer (settings changed): re-analyses every known block, without re-reading it. */
  rescan(analyzer: Analyzer | (() => Analyzer)): void {
    if (this.destroyed) return;
    this.analyzerSource = analyzer;
    this.analyzer = null;
    this.warmedUp = 0;
    this.generation++;
    this.reanalyze = [...this.records.values()];
    this.schedule();
  }

  /** Forgets every block and claim and reads the page afresh (an SPA navigation). */
  restart(): void {
    if (this.destroyed) return;
    for (const record of this.records.values()) this.dropClaims(record);
    this.records.clear();
    this.added.clear();
    this.changed.clear();
    this.work.length = 0;
    this.reanalyze = [];
    this.pendingAnalyses = [];
    this.sorted = null;
    this.notify();
    this.queueFullPass();
  }

  /** Unmarks a claim a person called "not hype" and keeps it unmarked; returns its dismiss key. */
  dismiss(claim: Claim): string {
    const key = dismissKey(claim.finding.ruleId, claim.finding.quote, claim.block.text);
    this.dismissed.add(key);
    const record = this.records.get(claim.block.element);
    if (record !== undefined) this.buildClaims(record);
    this.notify();
    return key;
  }

  /** Replaces the dismissed keys (changed in another tab, or cleared in the options page). */
  setDismissed(keys: Iterable<string>): void {
    this.dismissed = new Set(keys);
    for (const record of this.records.values()) {
      if (record.findings.length > 0) this.buildClaims(record);
    }
    this.notify();
  }

  /** Stops watching, unmarks everything and lets go of every page node. */
  destroy(): void {
    if (this.destroyed) return;
    this.destroyed = true;
    this.observer?.disconnect();
    this.observer = null;
    this.cancelSlice?.();
    this.cancelSlice = null;
    this.marks.destroy();
    this.records.clear();
    this.added.clear();
    this.changed.clear();
    this.work.length = 0;
    this.reanalyze = [];
    this.pendingAnalyses = [];
    this.sorted = [];
    for (const listener of [...this.listeners]) safely(listener);
    this.listeners.clear();
  }

  /** The MutationObserver callback: only queues, the work happens in idle slices. */
  private enqueue(mutations: MutationRecord[]): void {
    for (const m of mutations) {
      if (m.type === 'characterData') {
        this.changed.add(m.target);
        continue;
      }
      if (m.removedNodes.length > 0) {
        this.pruneDue = true;
        this.changed.add(m.target);
      }
      for (const node of m.addedNodes) {
        if (node.nodeType === 1 && (node as Element).hasAttribute(OVERLAY_ATTRIBUTE)) continue;
        this.added.add(node);
      }
    }
    this.schedule();
  }

  /** Follows changes inside a shadow root a read came across (a web-component feed). */
  private watchShadowRoot(root: ShadowRoot): void {
    if (this.observer === null || this.watchedRoots.has(root)) return;
    this.watchedRoots.add(root);
    this.observer.observe(root, { childList: true, subtree: true, characterData: true });
  }

  private queueFullPass(): void {
    const root = this.doc.body ?? this.doc.documentElement;
    if (root !== null) this.work.push({ element: root, skipKnown: false });
    this.schedule();
  }

  private schedule(): void {
    if (this.destroyed || this.cancelSlice !== null || !this.busy) return;
    this.cancelSlice = this.scheduler.schedule(() => {
      this.cancelSlice = null;
      this.slice();
    });
  }

  /** One idle slice: work until the budget is spent, then yield to the page. */
  private slice(): void {
    if (this.destroyed) return;
    const started = this.scheduler.now();
    const deadline = started + SLICE_BUDGET_MS;
    let claimsChanged = false;
    try {
      if (this.pruneDue) claimsChanged = this.prune() || claimsChanged;
      this.takeQueued();
      // A fresh analyzer's first steps cost tens of milliseconds each: one per slice, alone.
      if (this.warmingUp) this.warmUp();
      else claimsChanged = this.drain(deadline) || claimsChanged;
    } catch {
      // A page we cannot read must not see our errors; drop the queue rather than loop on it.
      this.work.length = 0;
      this.reanalyze = [];
      this.pendingAnalyses = [];
    }
    this.slices++;
    this.workMs += this.scheduler.now() - started;
    this.schedule();
    const busy = this.busy;
    if (claimsChanged) this.notify();
    else if (busy !== this.wasBusy) safely(this.onUpdate);
    this.wasBusy = busy;
  }

  /**
   * The next step of making a fresh analyzer ready: build it (rules validated, triggers compiled),
   * then run each warm-up text through it (the first trigger scan, compromise's first match).
   */
  private warmUp(): void {
    const step = this.warmedUp++;
    const analyzer = this.currentAnalyzer();
    if (step > 0) analyzer.analyze(WARM_UP[step - 1] as string);
    this.warmingUp = this.warmedUp < WARM_UP_STEPS;
  }

  /** Reads and analyses queued work until `deadline`; true if claims changed. */
  private drain(deadline: number): boolean {
    let claimsChanged = false;
    while (!this.warmingUp && this.scheduler.now() < deadline) {
      const item = this.work.pop();
      if (item !== undefined) {
        claimsChanged = this.read(item) || claimsChanged;
        continue;
      }
      const pending = this.pendingAnalyses[0];
      if (pending !== undefined) {
        claimsChanged = this.continueAnalysis(pending) || claimsChanged;
        continue;
      }
      const record = this.reanalyze.pop();
      if (record === undefined) break;
      claimsChanged = this.refresh(record) || claimsChanged;
    }
    return claimsChanged;
  }

  /** Turns observed nodes into work: the block each sits in, or the added subtree itself. */
  private takeQueued(): void {
    if (this.added.size === 0 && this.changed.size === 0) return;
    const targets = new Map<Element, boolean>();
    // An added subtree is read whole, so anything queued inside it needs no work of its own.
    const added = this.added;
    for (const [nodes, isAdded] of [
      [this.added, true],
      [this.changed, false],
    ] as const) {
      for (const node of nodes) {
        if (!node.isConnected || hasQueuedAncestor(node, added)) continue;
        const el = node.nodeType === 1 ? (node as Element) : elementOf(node);
        if (el === null || targets.has(el)) continue;
        const block = this.shape.enclosingBlock(el);
        // Outside any block, only added content can hold new blocks.
        const target = block ?? (isAdded ? el : null);
        if (target === null || hasSkippedAncestor(target) || isSkippedElement(target)) continue;
        targets.set(target, true);
      }
    }
    this.added = new Set();
    this.changed = new Set();
    for (const element of targets.keys()) this.work.push({ element, skipKnown: false });
  }

  /** Reads one subtree (or splits it into children for later slices); true if claims changed. */
  private read(item: WorkItem): boolean {
    const { element } = item;
    if (!element.isConnected || isSkippedElement(element)) return false;
    if (item.skipKnown) {
      const known = this.records.get(element);
      if (known !== undefined && blockStillValid(known.block)) return false;
    }
    const children = this.shape.splitInto(element);
    if (children !== null) {
      for (let i = children.length - 1; i >= 0; i--) {
        this.work.push({ element: children[i] as Element, skipKnown: true });
      }
      return false;
    }
    let changed = false;
    for (const block of extractBlocks(element, this.adapter, this.extractOptions)) {
      changed = this.accept(block) || changed;
    }
    return changed;
  }

  /** Records a freshly read block and (re)builds its claims when its text is new. */
  private accept(block: Block): boolean {
    const record = this.records.get(block.element);
    if (record === undefined) {
      const fresh: BlockRecord = {
        index: this.nextIndex++,
        block,
        findings: [],
        generation: -1,
        claims: [],
      };
      this.records.set(block.element, fresh);
      return this.analyzeRecord(fresh);
    }
    const sameText = record.block.text === block.text;
    if (sameText && record.generation === this.generation && blockStillValid(record.block)) {
      return false;
    }
    record.block = block;
    if (sameText && record.generation === this.generation) {
      // Same words in new nodes (a framework re-render): only the ranges need rebuilding.
      return this.buildClaims(record) || record.findings.length > 0;
    }
    return this.analyzeRecord(record);
  }

  /** Re-analyses a known block under the current analyzer (after `rescan`). */
  private refresh(record: BlockRecord): boolean {
    const element = record.block.element;
    if (this.records.get(element) !== record) return false;
    if (!element.isConnected) return false;
    if (!blockStillValid(record.block)) {
      this.work.push({ element, skipKnown: false });
      return false;
    }
    return this.analyzeRecord(record);
  }

  private analyzeRecord(record: BlockRecord): boolean {
    if (this.warmedUp < WARM_UP_STEPS) {
      // The analyzer is built only for a page with text, and warmed up before any block uses it.
      this.reanalyze.push(record);
      this.warmingUp = true;
      return false;
    }
    const analyzer = this.currentAnalyzer();
    record.generation = this.generation;
    if (record.block.text.length > ANALYZE_WINDOW) {
      // Unmarked until the last window is done; later slices carry on.
      this.pendingAnalyses = this.pendingAnalyses.filter((p) => p.record !== record);
      this.pendingAnalyses.push({
        record,
        block: record.block,
        generation: this.generation,
        offset: 0,
        findings: [],
      });
      const had = record.findings.length > 0 || record.claims.length > 0;
      record.findings = [];
      this.buildClaims(record);
      return had;
    }
    record.findings = analyzer.analyze(record.block.text);
    return this.buildClaims(record);
  }

  /** Analyses the next window of a long block; true when its claims changed. */
  private continueAnalysis(pending: PendingAnalysis): boolean {
    const { record, block } = pending;
    if (
      this.records.get(block.element) !== record ||
      record.block !== block ||
      record.generation !== pending.generation
    ) {
      this.pendingAnalyses.shift();
      return false;
    }
    const text = block.text;
    const from = pending.offset;
    const to = windowEnd(text, from);
    for (const finding of this.currentAnalyzer().analyze(text.slice(from, to))) {
      pending.findings.push({ ...finding, start: finding.start + from, end: finding.end + from });
    }
    pending.offset = to;
    if (to < text.length) return false;
    this.pendingAnalyses.shift();
    record.findings = pending.findings;
    return this.buildClaims(record);
  }

  private currentAnalyzer(): Analyzer {
    if (this.analyzer === null) {
      const source = this.analyzerSource;
      this.analyzer = typeof source === 'function' ? source() : source;
      this.rulesById = new Map(this.analyzer.rules.map((rule) => [rule.id, rule]));
    }
    return this.analyzer;
  }

  /** Replaces a record's claims with those of its findings; true if it had or has any. */
  private buildClaims(record: BlockRecord): boolean {
    const had = record.claims.length > 0;
    this.dropClaims(record);
    const { block } = record;
    for (const finding of record.findings) {
      if (this.dismissed.has(dismissKey(finding.ruleId, finding.quote, block.text))) continue;
      const ranges = rangesFor(block, finding.start, finding.end);
      if (ranges.length === 0) continue;
      const claim: Claim = {
        id: `${record.index}-${finding.start}`,
        finding,
        block,
        ranges,
        rule: ruleForFinding(finding, this.rulesById),
      };
      record.claims.push(claim);
      this.marks.add(claim);
    }
    if (had || record.claims.length > 0) this.sorted = null;
    return had || record.claims.length > 0;
  }

  private dropClaims(record: BlockRecord): void {
    if (record.claims.length === 0) return;
    for (const claim of record.claims) this.marks.remove(claim);
    record.claims = [];
    this.sorted = null;
  }

  /** Drops blocks that left the page, and unmarks claims whose text was edited under them. */
  private prune(): boolean {
    this.pruneDue = false;
    let changed = false;
    for (const [element, record] of this.records) {
      if (!element.isConnected) {
        changed = record.claims.length > 0 || changed;
        this.dropClaims(record);
        this.records.delete(element);
      } else if (record.claims.length > 0 && !blockStillValid(record.block)) {
        // Its own mutation records queue the block for re-reading; until then, mark nothing stale.
        this.dropClaims(record);
        record.generation = -1;
        changed = true;
      }
    }
    return changed;
  }

  private notify(): void {
    this.wasBusy = this.busy;
    for (const listener of [...this.listeners]) safely(listener);
    safely(this.onUpdate);
  }
}

/** Claims in page order: by the document position of their post, then by offset. */
// Texts that take a new analyzer through its first trigger scan, then its first compromise match.
const WARM_UP = [
  'Nothing to see here.',
  'I make $500 a day on autopilot with AI, no skills needed.',
];

/** Building the analyzer, then one step per warm-up text. */
const WARM_UP_STEPS = WARM_UP.length + 1;

function sortClaims(records: ReadonlyMap<Element, BlockRecord>): Claim[] {
  const withClaims = [...records.values()].filter((r) => r.claims.length > 0);
  const anchors = new Map(withClaims.map((r) => [r, topLevelAnchor(r.block.element)]));
  withClaims.sort((a, b) => {
    const x = anchors.get(a) as Element;
    const y = anchors.get(b) as Element;
    if (x !== y) {
      const position = x.compareDocumentPosition(y);
      if (position & 4) return -1; // y follows x
      if (position & 2) return 1;
    }
    return a.index - b.index;
  });
  return withClaims.flatMap((r) => r.claims);
}

/** The element in the document's own tree that holds `el` (its outermost shadow host). */
function topLevelAnchor(el: Element): Element {
  let current = el;
  for (;;) {
    const host = (current.getRootNode() as Partial<ShadowRoot>).host;
    if (host === undefined) return current;
    current = host;
  }
}

/** Where a window starting at `from` ends: after the last sentence end (or space) that fits. */
function windowEnd(text: string, from: number): number {
  const limit = from + ANALYZE_WINDOW;
  if (limit >= text.length) return text.length;
  const half = from + ANALYZE_WINDOW / 2;
  for (const boundary of ['\n', '. ', '! ', '? ', ' ']) {
    const at = text.lastIndexOf(boundary, limit - boundary.length);
    if (at >= half) return at + boundary.length;
  }
  return limit;
}

function elementOf(node: Node): Element | null {
  const parent = node.parentNode;
  if (parent === null) return null;
  if (parent.nodeType === 1) return parent as Element;
  return (parent as Partial<ShadowRoot>).host ?? null;
}

function hasQueuedAncestor(node: Node, queued: ReadonlySet<Node>): boolean {
  for (let p = node.parentNode; p !== null; p = p.parentNode) {
    if (queued.has(p)) return true;
  }
  return false;
}

function safely(run: () => void): void {
  try {
    run();
  } catch {
    // A listener's failure is its own; the page must not see it and other listeners still run.
  }
}
