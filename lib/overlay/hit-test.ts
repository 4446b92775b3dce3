import { containsPoint, hasArea, type Rect, unionOf } from './geometry';
import type { Claim } from './types';

/** Where claims and their blocks are on screen; injectable because happy-dom has no layout. */
export interface Geometry {
  /** The claim's line boxes in viewport coordinates (empty when it is not rendered). */
  claimRects(claim: Claim): readonly Rect[];
  /** The block element's box, used to skip whole blocks cheaply; null means "unknown, look inside". */
  blockRect(element: Element): Rect | null;
}

/** Geometry read from the live layout: the Ranges' client rects and the block's bounding box. */
export const domGeometry: Geometry = {
  claimRects(claim) {
    const rects: Rect[] = [];
    for (const range of claim.ranges) {
      for (const rect of Array.from(range.getClientRects())) rects.push(rect);
    }
    return rects;
  },
  blockRect(element) {
    const rect = element.getBoundingClientRect();
    // display:contents and friends have no box of their own; then the claims decide.
    return hasArea(rect) ? rect : null;
  },
};

/** Finds the claim under a point without measuring every claim on every pointer move. */
export interface HitTester {
  /** The claim whose text is under the viewport point, or null. */
  claimAt(x: number, y: number): Claim | null;
  /** The claim's line boxes, from the cache. */
  rectsOf(claim: Claim): readonly Rect[];
  /** The box around all of the claim's lines, or null when it is not on screen. */
  boxOf(claim: Claim): Rect | null;
  /** Forget measured positions (after scroll, resize or layout changes). */
  invalidate(): void;
  /** Forget everything, including which claims exist (after the claim source changes). */
  reset(): void;
}

// Line boxes of neighbouring lines leave thin gaps; a pixel of slop avoids flicker between them.
const CLAIM_SLOP = 1;
// Text may hang a little outside its block's box (italics, descenders, negative margins).
const BLOCK_SLOP = 4;

/**
 * A hit tester over the claims `getClaims` returns. Measurements are cached until invalidated,
 * and a claim is only measured when the pointer is inside (or near) its block's box, so a page
 * with hundreds of claims costs one cheap loop over blocks per pointer frame.
 */
export function createHitTester(
  getClaims: () => readonly Claim[],
  geometry: Geometry = domGeometry,
): HitTester {
  let groups: Map<Element, Claim[]> | null = null;
  const blockRects = new Map<Element, Rect | null>();
  const claimRects = new Map<Claim, readonly Rect[]>();

  const grouped = (): Map<Element, Claim[]> => {
    if (groups !== null) return groups;
    groups = new Map();
    for (const claim of getClaims()) {
      const list = groups.get(claim.block.element);
      if (list) list.push(claim);
      else groups.set(claim.block.element, [claim]);
    }
    return groups;
  };

  const blockRect = (element: Element): Rect | null => {
    if (blockRects.has(element)) return blockRects.get(element) ?? null;
    const rect = element.isConnected ? geometry.blockRect(element) : null;
    blockRects.set(element, rect);
    return rect;
  };

  const rectsOf = (claim: Claim): readonly Rect[] => {
    let rects = claimRects.get(claim);
    if (rects === undefined) {
      rects = geometry.claimRects(claim).filter(hasArea);
      claimRects.set(claim, rects);
    }
    return rects;
  };

  return {
    claimAt(x, y) {
      let best: Claim | null = null;
      for (const [element, claims] of grouped()) {
        if (!element.isConnected) continue;
        const box = blockRect(element);
        if (box !== null && !containsPoint(box, x, y, BLOCK_SLOP)) continue;
        for (const claim of claims) {
          if (!rectsOf(claim).some((r) => containsPoint(r, x, y, CLAIM_SLOP))) continue;
          // Overlapping claims: the stronger one explains more.
          if (best === null || claim.finding.score > best.finding.score) best = claim;
        }
      }
      return best;
    },
    rectsOf,
    boxOf: (claim) => unionOf(rectsOf(claim)),
    invalidate() {
      blockRects.clear();
      claimRects.clear();
    },
    reset() {
      groups = null;
      blockRects.clear();
      claimRects.clear();
    },
  };
}
