import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Rect } from '@/lib/overlay/geometry';
import { createHitTester } from '@/lib/overlay/hit-test';
import type { Claim } from '@/lib/overlay/types';
import { claimIn, rect } from './claims';

/** Two blocks far apart; each has claims whose rects are given by id. */
function setup(rects: Record<string, Rect[]>) {
  document.body.innerHTML =
    '<div id="b1"><p>one</p><p>two</p></div><div id="b2"><p>three</p></div>';
  const [p1, p2, p3] = Array.from(document.querySelectorAll('p')) as HTMLElement[];
  const b1 = document.getElementById('b1') as HTMLElement;
  const b2 = document.getElementById('b2') as HTMLElement;
  const claims = [
    {
      ...claimIn(p1 as HTMLElement, 'one'),
      block: { ...claimIn(p1 as HTMLElement, 'x').block, element: b1 },
    },
    {
      ...claimIn(p2 as HTMLElement, 'two'),
      block: { ...claimIn(p2 as HTMLElement, 'x').block, element: b1 },
    },
    {
      ...claimIn(p3 as HTMLElement, 'three'),
      block: { ...claimIn(p3 as HTMLElement, 'x').block, element: b2 },
    },
  ] as Claim[];
  const claimRects = vi.fn((claim: Claim) => rects[claim.id] ?? []);
  const blockRect = vi.fn((el: Element) =>
    el === b1 ? rect(0, 0, 500, 100) : rect(0, 2000, 500, 100),
  );
  const hits = createHitTester(() => claims, { claimRects, blockRect });
  return { claims, hits, claimRects, blockRect };
}

describe('createHitTester', () => {
  afterEach(() => {
    document.body.innerHTML = '';
  });

  it('finds the claim whose line box is under the point', () => {
    const { hits } = setup({
      one: [rect(10, 10, 200, 20), rect(0, 30, 50, 20)],
      two: [rect(10, 60, 200, 20)],
      three: [rect(10, 2010, 200, 20)],
    });
    expect(hits.claimAt(20, 40)?.id).toBe('one');
    expect(hits.claimAt(100, 70)?.id).toBe('two');
    expect(hits.claimAt(100, 2020)?.id).toBe('three');
    expect(hits.claimAt(300, 40)).toBeNull();
  });

  it('only measures claims in blocks near the pointer, and caches until invalidated', () => {
    const { hits, claimRects, blockRect } = setup({ one: [rect(10, 10, 200, 20)] });
    hits.claimAt(20, 20);
    hits.claimAt(25, 20);
    expect(claimRects.mock.calls.map(([c]) => c.id)).toEqual(['one', 'two']);
    expect(blockRect).toHaveBeenCalledTimes(2);
    hits.invalidate();
    hits.claimAt(20, 20);
    expect(claimRects).toHaveBeenCalledTimes(4);
    expect(blockRect).toHaveBeenCalledTimes(4);
  });

  it('prefers the stronger of two overlapping claims', () => {
    const { hits, claims } = setup({ one: [rect(10, 10, 200, 20)], two: [rect(10, 10, 100, 20)] });
    (claims[1] as Claim).finding.score = 9;
    expect(hits.claimAt(50, 20)?.id).toBe('two');
  });

  it('ignores claims whose block left the document', () => {
    const { hits } = setup({ one: [rect(10, 10, 200, 20)] });
    document.getElementById('b1')?.remove();
    expect(hits.claimAt(20, 20)).toBeNull();
  });

  it("gives the box around all of a claim's lines", () => {
    const { hits, claims } = setup({ one: [rect(10, 10, 200, 20), rect(0, 30, 50, 20)] });
    expect(hits.boxOf(claims[0] as Claim)).toEqual({ left: 0, top: 10, right: 210, bottom: 50 });
    expect(hits.boxOf(claims[2] as Claim)).toBeNull();
  });
});
