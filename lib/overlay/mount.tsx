import { createRoot, type Root } from 'react-dom/client';
import { CardErrorBoundary } from '@/components/card/ErrorBoundary';
import { Overlay } from '@/components/card/Overlay';
import { CARD_CSS } from '@/components/card/styles';
import type { Rect, Size } from './geometry';
import { createHitTester, domGeometry, type Geometry } from './hit-test';
import { createOverlayHost } from './host';
import { deepActiveElement, isTyping, shortcutOf } from './keys';
import { type Direction, inReadingOrder, stepClaim } from './order';
import { type CardOrigin, createOverlayStore, type OverlayStore } from './store';
import type { Claim, ClaimSource } from './types';

/** What the card's buttons do; the annotation engine wires them to storage and re-annotation. */
export interface CardActions {
  /** "Not hype": remember this claim as dismissed. */
  dismiss(claim: Claim): void;
  /** "Turn off this rule": disable the rule everywhere. */
  disableRule(ruleId: string): void;
}

/** Optional knobs, mostly for tests: another document, fake geometry, other delays. */
export interface MountCardsOptions {
  document?: Document;
  /** Replace how claims (and blocks) are measured; with only `claimRects`, blocks are not pre-filtered. */
  geometry?: Partial<Geometry>;
  /** How long the pointer rests on a claim before its card opens (ms). */
  hoverDelay?: number;
  /** How long after the pointer leaves claim and card the card closes (ms). */
  closeDelay?: number;
}

/** The mounted cards; `destroy` removes the overlay and every listener. */
export interface CardsHandle {
  destroy(): void;
}

/** The mounted overlay with its internals, for tests. */
export interface MountedOverlay extends CardsHandle {
  host: HTMLElement;
  shadow: ShadowRoot;
  store: OverlayStore;
}

/** Default pause before a hovered claim's card opens. */
export const HOVER_DELAY = 250;
/** Default grace period that lets the pointer travel from the claim into its card. */
export const CLOSE_DELAY = 300;
// Positions measured longer ago than this are re-read, in case the page reflowed without scrolling.
const MEASURE_TTL = 1000;

interface PointerSample {
  x: number;
  y: number;
  overCard: boolean;
}

function resolveGeometry(custom: Partial<Geometry> | undefined): Geometry {
  if (!custom) return domGeometry;
  return {
    claimRects: custom.claimRects ?? domGeometry.claimRects,
    blockRect: custom.blockRect ?? (custom.claimRects ? () => null : domGeometry.blockRect),
  };
}

/** The element to scroll so a claim comes into view: its first piece of text, else its block. */
function scrollTargetOf(claim: Claim): Element {
  const start = claim.ranges[0]?.startContainer;
  if (start?.nodeType === 1) return start as Element;
  return start?.parentElement ?? claim.block.element;
}

/**
 * Mounts the overlay and returns its internals. Use {@link mountCards} in the extension; tests
 * use this to reach the shadow root and the store.
 */
export function mountOverlay(
  source: ClaimSource,
  actions: CardActions,
  options: MountCardsOptions = {},
): MountedOverlay {
  const doc = options.document ?? document;
  const win = doc.defaultView as (Window & typeof globalThis) | null;
  if (win === null) throw new Error('Hype Lens: the document has no window');
  const hoverDelay = options.hoverDelay ?? HOVER_DELAY;
  const closeDelay = options.closeDelay ?? CLOSE_DELAY;
  const geometry = resolveGeometry(options.geometry);

  const { host, shadow, container } = createOverlayHost(doc, CARD_CSS);
  const store = createOverlayStore();
  const hits = createHitTester(() => source.claims(), geometry);
  const removers: (() => void)[] = [];
  let destroyed = false;
  let ordered: Claim[] | null = null;
  let measuredAt = 0;
  let seq = 0;
  let returnFocus: Element | null = null;
  let lastVisitedId: string | null = null;
  let candidate: Claim | null = null;
  let hoverTimer = 0;
  let closeTimer = 0;
  let pointerFrame = 0;
  let layoutFrame = 0;
  let pending: PointerSample | null = null;

  const raf = (cb: () => void): number =>
    typeof win.requestAnimationFrame === 'function'
      ? win.requestAnimationFrame(cb)
      : win.setTimeout(cb, 16);
  const cancelRaf = (id: number): void => {
    if (typeof win.cancelAnimationFrame === 'function') win.cancelAnimationFrame(id);
    win.clearTimeout(id);
  };

  /** Runs `fn` unless destroyed, and never lets an exception reach the page. */
  const guard =
    <A extends unknown[]>(fn: (...args: A) => void) =>
    (...args: A): void => {
      if (destroyed) return;
      try {
        fn(...args);
      } catch {
        // Our failure must not become the page's console error.
      }
    };

  const listen = (
    target: EventTarget,
    type: string,
    handler: (event: Event) => void,
    opts: AddEventListenerOptions,
  ): void => {
    const wrapped = guard(handler);
    target.addEventListener(type, wrapped, opts);
    removers.push(() => target.removeEventListener(type, wrapped, opts));
  };

  const viewport = (): Size => {
    const width = doc.documentElement.clientWidth || win.innerWidth;
    return { width: Math.min(width, win.innerWidth || width), height: win.innerHeight };
  };
  const anchorOf = (claim: Claim): Rect | null => hits.boxOf(claim);
  const focusInCard = (): boolean => shadow.activeElement !== null;
  const currentClaims = (): Claim[] => {
    ordered ??= inReadingOrder(source.claims());
    return ordered;
  };

  const cancelHover = (): void => {
    win.clearTimeout(hoverTimer);
    hoverTimer = 0;
    candidate = null;
  };
  const cancelClose = (): void => {
    win.clearTimeout(closeTimer);
    closeTimer = 0;
  };

  const openCard = (claim: Claim, origin: CardOrigin): void => {
    cancelHover();
    cancelClose();
    seq += 1;
    store.set({ open: { claim, origin, seq } });
  };

  const restoreFocus = (): void => {
    const target = returnFocus;
    returnFocus = null;
    if (target?.isConnected && typeof (target as HTMLElement).focus === 'function') {
      (target as HTMLElement).focus({ preventScroll: true });
    } else {
      (shadow.activeElement as HTMLElement | null)?.blur();
    }
  };

  /** Closes the card; gives focus back to where it was if it was inside the card. */
  const closeCard = (restore: boolean): void => {
    cancelHover();
    cancelClose();
    if (store.get().open === null) return;
    const hadFocus = focusInCard();
    store.set({ open: null });
    if (hadFocus && restore) restoreFocus();
    else returnFocus = null;
  };

  const scheduleClose = (): void => {
    if (closeTimer !== 0) return;
    closeTimer = win.setTimeout(
      guard(() => {
        closeTimer = 0;
        if (!focusInCard()) closeCard(false);
      }),
      closeDelay,
    );
  };

  const refreshMeasurements = (): void => {
    const now = Date.now();
    if (now - measuredAt > MEASURE_TTL) {
      hits.invalidate();
      measuredAt = now;
    }
  };

  const handlePointer = ({ x, y, overCard }: PointerSample): void => {
    const open = store.get().open;
    if (overCard) {
      cancelClose();
      cancelHover();
      return;
    }
    // Someone reading the card with the keyboard is not interrupted by a stray mouse.
    if (focusInCard()) {
      cancelHover();
      return;
    }
    refreshMeasurements();
    const claim = hits.claimAt(x, y);
    if (open && claim && claim.id === open.claim.id) {
      cancelClose();
      cancelHover();
      return;
    }
    if (claim) {
      if (candidate?.id !== claim.id) {
        cancelHover();
        candidate = claim;
        hoverTimer = win.setTimeout(
          guard(() => openCard(claim, 'hover')),
          hoverDelay,
        );
      }
    } else {
      cancelHover();
    }
    if (open && open.origin === 'hover') scheduleClose();
  };

  const queuePointer = (sample: PointerSample): void => {
    pending = sample;
    if (pointerFrame !== 0) return;
    pointerFrame = raf(
      guard(() => {
        pointerFrame = 0;
        const next = pending;
        pending = null;
        if (next) handlePointer(next);
      }),
    );
  };

  const requestLayout = (): void => {
    if (layoutFrame !== 0) return;
    layoutFrame = raf(
      guard(() => {
        layoutFrame = 0;
        if (store.get().open) store.set({ layout: store.get().layout + 1 });
      }),
    );
  };

  const scrollIntoView = (claim: Claim): void => {
    hits.invalidate();
    const box = hits.boxOf(claim);
    const { height } = viewport();
    if (box !== null && box.top >= 0 && box.bottom <= height) return;
    const target = scrollTargetOf(claim);
    if (typeof target.scrollIntoView === 'function') {
      target.scrollIntoView({ block: 'center', inline: 'nearest' });
    }
    hits.invalidate();
    measuredAt = Date.now();
  };

  /** Jumps to the next or previous claim, opens its card and moves focus into it. */
  const navigate = (direction: Direction): boolean => {
    const claims = currentClaims();
    const open = store.get().open;
    const current =
      open?.claim ?? (lastVisitedId ? (claims.find((c) => c.id === lastVisitedId) ?? null) : null);
    hits.invalidate();
    const target = stepClaim(claims, current, direction, hits.boxOf, viewport().height);
    if (target === null) return false;
    if (!focusInCard()) returnFocus = deepActiveElement(doc);
    scrollIntoView(target);
    lastVisitedId = target.id;
    openCard(target, 'keyboard');
    return true;
  };

  const onKeyDown = (event: Event): void => {
    const key = event as KeyboardEvent;
    if (key.key === 'Escape' && !key.isComposing && store.get().open) {
      if (focusInCard()) {
        // The card, not the page, is the thing being escaped from.
        key.preventDefault();
        key.stopPropagation();
        closeCard(true);
      } else {
        closeCard(false);
      }
      return;
    }
    const direction = shortcutOf(key);
    if (direction === null || isTyping(key, doc)) return;
    if (navigate(direction)) {
      key.preventDefault();
      key.stopPropagation();
    }
  };

  const onPointerMove = (event: Event): void => {
    const pointer = event as PointerEvent;
    if (pointer.pointerType === 'touch') return;
    queuePointer({
      x: pointer.clientX,
      y: pointer.clientY,
      overCard: pointer.composedPath().includes(host),
    });
  };

  const onPointerOut = (event: Event): void => {
    // Leaving the window altogether: nothing is under the pointer any more.
    if ((event as PointerEvent).relatedTarget === null) {
      queuePointer({ x: Number.NaN, y: Number.NaN, overCard: false });
    }
  };

  const onPointerDown = (event: Event): void => {
    const open = store.get().open;
    if (!open) return;
    const pointer = event as PointerEvent;
    if (pointer.composedPath().includes(host)) return;
    const claim = hits.claimAt(pointer.clientX, pointer.clientY);
    if (claim?.id !== open.claim.id) closeCard(false);
  };

  const onViewportChange = (): void => {
    hits.invalidate();
    measuredAt = Date.now();
    if (store.get().open) requestLayout();
  };

  const onClaimsChanged = guard(() => {
    hits.reset();
    ordered = null;
    measuredAt = Date.now();
    const claims = source.claims();
    if (candidate && !claims.some((c) => c.id === candidate?.id)) cancelHover();
    const open = store.get().open;
    if (!open) return;
    const fresh = claims.find((c) => c.id === open.claim.id);
    if (!fresh) closeCard(true);
    else if (fresh !== open.claim) store.set({ open: { ...open, claim: fresh } });
  });

  const act = (run: () => void): void => {
    try {
      run();
    } finally {
      closeCard(true);
    }
  };

  let root: Root | null = null;
  try {
    // Errors stay inside: React would otherwise log caught and uncaught errors to the console.
    root = createRoot(container, {
      identifierPrefix: 'hype-lens-',
      onCaughtError: () => {},
      onUncaughtError: () => {},
      onRecoverableError: () => {},
    });
    root.render(
      <CardErrorBoundary>
        <Overlay
          store={store}
          anchorOf={anchorOf}
          viewport={viewport}
          onClose={guard(() => closeCard(true))}
          onDismiss={guard((claim: Claim) => act(() => actions.dismiss(claim)))}
          onDisableRule={guard((claim: Claim) => act(() => actions.disableRule(claim.rule.id)))}
        />
      </CardErrorBoundary>,
    );

    listen(win, 'keydown', onKeyDown, { capture: true });
    listen(doc, 'pointermove', onPointerMove, { passive: true });
    listen(doc, 'pointerout', onPointerOut, { passive: true });
    listen(doc, 'pointerdown', onPointerDown, { capture: true, passive: true });
    listen(doc, 'scroll', onViewportChange, { capture: true, passive: true });
    listen(win, 'resize', onViewportChange, { passive: true });
    removers.push(source.subscribe(onClaimsChanged));
  } catch (error) {
    for (const remove of removers.splice(0)) remove();
    root?.unmount();
    host.remove();
    throw error;
  }

  return {
    host,
    shadow,
    store,
    destroy() {
      if (destroyed) return;
      const hadFocus = focusInCard();
      destroyed = true;
      for (const remove of removers.splice(0)) {
        try {
          remove();
        } catch {
          // A source that fails to unsubscribe must not stop the rest of the cleanup.
        }
      }
      win.clearTimeout(hoverTimer);
      win.clearTimeout(closeTimer);
      cancelRaf(pointerFrame);
      cancelRaf(layoutFrame);
      try {
        root?.unmount();
      } catch {
        // Unmounting during the page's own teardown can fail; the host goes anyway.
      }
      host.remove();
      if (hadFocus && returnFocus?.isConnected) (returnFocus as HTMLElement).focus?.();
      returnFocus = null;
    },
  };
}

/**
 * Shows Hype Lens cards for the claims `source` provides: hover a claim (or press Alt+Shift+N /
 * Alt+Shift+P) to open one. Never throws; on failure nothing is shown.
 */
export function mountCards(
  source: ClaimSource,
  actions: CardActions,
  options?: MountCardsOptions,
): CardsHandle {
  try {
    const overlay = mountOverlay(source, actions, options);
    return { destroy: () => overlay.destroy() };
  } catch {
    return { destroy() {} };
  }
}
