import { afterEach, describe, expect, it } from 'vitest';
import { inReadingOrder, stepClaim } from '@/lib/overlay/order';
import type { Claim } from '@/lib/overlay/types';
import { claimIn, rect } from './claims';

function page(count: number): Claim[] {
  document.body.innerHTML = Array.from({ length: count }, (_, i) => `<p>claim ${i}</p>`).join('');
  return Array.from(document.querySelectorAll('p')).map((p, i) => claimIn(p, `c${i}`));
}

describe('inReadingOrder', () => {
  afterEach(() => {
    document.body.innerHTML = '';
  });

  it('orders by document position, then by offset within a block', () => {
    const [a, b, c] = page(3) as [Claim, Claim, Claim];
    const later = { ...a, id: 'a2', finding: { ...a.finding, start: 5 } };
    expect(inReadingOrder([c, later, b, a]).map((x) => x.id)).toEqual(['c0', 'a2', 'c1', 'c2']);
  });
});

describe('stepClaim', () => {
  afterEach(() => {
    document.body.innerHTML = '';
  });

  // Claim i sits at y = i * 500 - 600: c0 and c1 are above the viewport, c2 is on screen.
  const boxes = (claims: Claim[]) => (claim: Claim) =>
    rect(0, claims.indexOf(claim) * 500 - 600, 100, 20);

  it('moves forwards and backwards from the current claim, wrapping around', () => {
    const claims = page(3);
    const boxOf = boxes(claims);
    expect(stepClaim(claims, claims[0] ?? null, 'next', boxOf, 800)?.id).toBe('c1');
    expect(stepClaim(claims, claims[2] ?? null, 'next', boxOf, 800)?.id).toBe('c0');
    expect(stepClaim(claims, claims[0] ?? null, 'previous', boxOf, 800)?.id).toBe('c2');
  });

  it('without a current claim, starts from what is on screen', () => {
    const claims = page(4);
    const boxOf = boxes(claims);
    // c2 is at y=400 (on screen), c3 at y=900 (below).
    expect(stepClaim(claims, null, 'next', boxOf, 800)?.id).toBe('c2');
    expect(stepClaim(claims, null, 'previous', boxOf, 800)?.id).toBe('c2');
    expect(stepClaim(claims, null, 'previous', boxOf, 300)?.id).toBe('c1');
  });

  it('returns null when there is nothing to visit', () => {
    expect(stepClaim([], null, 'next', () => null, 800)).toBeNull();
  });
});
