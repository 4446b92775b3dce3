import { describe, expect, it } from 'vitest';
import { containsPoint, EDGE, GAP, placeCard, unionOf } from '@/lib/overlay/geometry';
import { rect } from './claims';

const viewport = { width: 1000, height: 800 };
const card = { width: 360, height: 300 };

describe('placeCard', () => {
  it('puts the card below the claim when there is room', () => {
    const anchor = rect(100, 100, 200, 20);
    expect(placeCard(anchor, card, viewport)).toEqual({
      top: 120 + GAP,
      left: 100,
      maxHeight: 800 - EDGE - 120 - GAP,
      side: 'below',
    });
  });

  it('flips above the claim near the bottom edge', () => {
    const anchor = rect(100, 700, 200, 20);
    const place = placeCard(anchor, card, viewport);
    expect(place.side).toBe('above');
    expect(place.top + card.height).toBe(700 - GAP);
  });

  it('keeps the card inside the right and left edges', () => {
    expect(placeCard(rect(900, 100, 80, 20), card, viewport).left).toBe(1000 - EDGE - 360);
    expect(placeCard(rect(-50, 100, 80, 20), card, viewport).left).toBe(EDGE);
  });

  it('caps the height on the roomier side rather than covering the claim', () => {
    const tall = { width: 360, height: 900 };
    const anchor = rect(100, 500, 200, 20);
    const place = placeCard(anchor, tall, viewport);
    expect(place.side).toBe('above');
    expect(place.maxHeight).toBe(500 - GAP - EDGE);
    expect(place.top).toBe(EDGE);
    expect(place.top + place.maxHeight).toBeLessThanOrEqual(anchor.top);
  });

  it('never overlaps the claim, wherever it is', () => {
    for (let y = 0; y <= 780; y += 20) {
      const anchor = rect(300, y, 200, 20);
      const place = placeCard(anchor, card, viewport);
      const height = Math.min(card.height, place.maxHeight);
      const bottom = place.top + height;
      expect(bottom <= anchor.top || place.top >= anchor.bottom).toBe(true);
    }
  });
});

describe('rect helpers', () => {
  it('unions non-empty rectangles and ignores empty ones', () => {
    expect(unionOf([rect(10, 10, 50, 20), rect(0, 30, 20, 20), rect(500, 500, 0, 0)])).toEqual({
      left: 0,
      top: 10,
      right: 60,
      bottom: 50,
    });
    expect(unionOf([rect(1, 1, 0, 5)])).toBeNull();
  });

  it('tests points with optional slop', () => {
    const r = rect(10, 10, 10, 10);
    expect(containsPoint(r, 15, 15)).toBe(true);
    expect(containsPoint(r, 21, 15)).toBe(false);
    expect(containsPoint(r, 21, 15, 2)).toBe(true);
  });
});
