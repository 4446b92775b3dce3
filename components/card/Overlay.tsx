import { useLayoutEffect, useRef, useSyncExternalStore } from 'react';
import { EDGE, placeCard, type Rect, type Size } from '@/lib/overlay/geometry';
import type { OverlayStore } from '@/lib/overlay/store';
import type { Claim } from '@/lib/overlay/types';
import { Card } from './Card';
import { CardErrorBoundary } from './ErrorBoundary';

/** What the overlay needs from its controller. */
export interface OverlayProps {
  store: OverlayStore;
  /** The box around the claim's text now, or null when it is not on screen. */
  anchorOf(claim: Claim): Rect | null;
  viewport(): Size;
  onClose(): void;
  onDismiss(claim: Claim): void;
  onDisableRule(claim: Claim): void;
}

/** The open card, positioned beside its claim and following it as the page scrolls. */
export function Overlay({
  store,
  anchorOf,
  viewport,
  onClose,
  onDismiss,
  onDisableRule,
}: OverlayProps) {
  const { open, layout } = useSyncExternalStore(store.subscribe, store.get, store.get);
  const frameRef = useRef<HTMLDivElement>(null);

  // biome-ignore lint/correctness/useExhaustiveDependencies: `layout` is the signal to re-place.
  useLayoutEffect(() => {
    const frame = frameRef.current;
    if (!frame || !open) return;
    const anchor = anchorOf(open.claim);
    const size = { width: frame.offsetWidth, height: frame.scrollHeight };
    const place = anchor
      ? placeCard(anchor, size, viewport())
      : { top: EDGE, left: EDGE, maxHeight: viewport().height - 2 * EDGE, side: 'below' };
    frame.style.top = `${Math.round(place.top)}px`;
    frame.style.left = `${Math.round(place.left)}px`;
    frame.style.maxHeight = `${Math.max(0, Math.floor(place.maxHeight))}px`;
    frame.dataset.side = place.side;
    frame.dataset.placed = 'true';
  }, [open, layout, anchorOf, viewport]);

  if (!open) return null;
  const { claim } = open;
  // A boundary per opening: one claim that fails to render must not stop the next card.
  return (
    <CardErrorBoundary key={`${claim.id}#${open.seq}`}>
      <div ref={frameRef} className="frame" data-placed="false">
        <Card
          claim={claim}
          autoFocus={open.origin === 'keyboard'}
          onClose={onClose}
          onDismiss={() => onDismiss(claim)}
          onDisableRule={() => onDisableRule(claim)}
        />
      </div>
    </CardErrorBoundary>
  );
}
