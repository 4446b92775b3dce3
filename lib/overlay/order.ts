import type { Rect } from './geometry';
import type { Claim } from './types';

/**
 * The claims in reading order: by their block's position in the document, then by offset in
 * the block. Blocks in different trees (shadow roots) keep the source's order between them.
 */
export function inReadingOrder(claims: readonly Claim[]): Claim[] {
  return claims
    .map((claim, index) => ({ claim, index }))
    .sort((a, b) => {
      const ea = a.claim.block.element;
      const eb = b.claim.block.element;
      if (ea !== eb) {
        const pos = ea.compareDocumentPosition(eb);
        if (!(pos & Node.DOCUMENT_POSITION_DISCONNECTED)) {
          if (pos & Node.DOCUMENT_POSITION_FOLLOWING) return -1;
          if (pos & Node.DOCUMENT_POSITION_PRECEDING) return 1;
        }
        return a.index - b.index;
      }
      return a.claim.finding.start - b.claim.finding.start || a.index - b.index;
    })
    .map(({ claim }) => claim);
}

/** Which way the keyboard shortcut moves. */
export type Direction = 'next' | 'previous';

/**
 * The claim to jump to from `current` (or, with none, from what is on screen): the one after or
 * before it in reading order, wrapping around. With no current claim, "next" is the first claim
 * not yet scrolled past and "previous" the last one not below the viewport.
 */
export function stepClaim(
  ordered: readonly Claim[],
  current: Claim | null,
  direction: Direction,
  boxOf: (claim: Claim) => Rect | null,
  viewportHeight: number,
): Claim | null {
  const count = ordered.length;
  if (count === 0) return null;
  const at = current === null ? -1 : ordered.findIndex((c) => c.id === current.id);
  if (at >= 0) {
    const step = direction === 'next' ? 1 : -1;
    return ordered[(at + step + count) % count] ?? null;
  }
  if (direction === 'next') {
    const ahead = ordered.find((c) => {
      const box = boxOf(c);
      return box !== null && box.bottom > 0;
    });
    return ahead ?? ordered[0] ?? null;
  }
  for (let i = count - 1; i >= 0; i--) {
    const claim = ordered[i] as Claim;
    const box = boxOf(claim);
    if (box !== null && box.top < viewportHeight) return claim;
  }
  return ordered[count - 1] ?? null;
}
