/** A viewport rectangle; DOMRect satisfies it, and tests can pass plain objects. */
export interface Rect {
  readonly left: number;
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
}

/** The width and height of something to place. */
export interface Size {
  readonly width: number;
  readonly height: number;
}

/** Where the card goes, in viewport pixels, and how tall it may grow without covering the claim. */
export interface Placement {
  top: number;
  left: number;
  maxHeight: number;
  side: 'below' | 'above';
}

/** Space kept between the card and the claim, and between the card and the viewport's edges. */
export const GAP = 8;
export const EDGE = 8;

/** Whether the point lies in the rectangle, edges included, grown by `slop` on every side. */
export function containsPoint(rect: Rect, x: number, y: number, slop = 0): boolean {
  return (
    x >= rect.left - slop &&
    x <= rect.right + slop &&
    y >= rect.top - slop &&
    y <= rect.bottom + slop
  );
}

/** Whether the rectangle has any area (collapsed and hidden ranges give empty ones). */
export function hasArea(rect: Rect): boolean {
  return rect.right > rect.left && rect.bottom > rect.top;
}

/** The smallest rectangle holding every non-empty one given, or null when there is none. */
export function unionOf(rects: Iterable<Rect>): Rect | null {
  let left = Number.POSITIVE_INFINITY;
  let top = Number.POSITIVE_INFINITY;
  let right = Number.NEGATIVE_INFINITY;
  let bottom = Number.NEGATIVE_INFINITY;
  let any = false;
  for (const r of rects) {
    if (!hasArea(r)) continue;
    any = true;
    left = Math.min(left, r.left);
    top = Math.min(top, r.top);
    right = Math.max(right, r.right);
    bottom = Math.max(bottom, r.bottom);
  }
  return any ? { left, top, right, bottom } : null;
}

/**
 * Places a card of `size` next to the claim's box `anchor` inside a `viewport`-sized window:
 * below it when it fits, above when only that fits, otherwise on the roomier side with its
 * height capped so it scrolls inside itself. It never overlaps the claim.
 */
export function placeCard(anchor: Rect, size: Size, viewport: Size): Placement {
  const roomBelow = viewport.height - EDGE - (anchor.bottom + GAP);
  const roomAbove = anchor.top - GAP - EDGE;
  let side: Placement['side'];
  if (size.height <= roomBelow) side = 'below';
  else if (size.height <= roomAbove) side = 'above';
  else side = roomBelow >= roomAbove ? 'below' : 'above';
  const room = Math.max(0, side === 'below' ? roomBelow : roomAbove);
  const height = Math.min(size.height, room);
  const top = side === 'below' ? anchor.bottom + GAP : anchor.top - GAP - height;
  const widest = Math.max(EDGE, viewport.width - EDGE - size.width);
  const left = Math.min(Math.max(anchor.left, EDGE), widest);
  return { top, left, maxHeight: room, side };
}
