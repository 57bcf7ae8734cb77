import { describe, expect, it } from 'vitest';
import { computePlacement } from '../../content-scripts/ui/tooltip/place';

const viewport = { width: 1000, height: 800 };
const ref = (left: number, top: number, width = 80, height = 18) => ({
  left,
  top,
  right: left + width,
  bottom: top + height,
});

describe('tooltip placement', () => {
  it('goes below the mention when it fits', () => {
    expect(computePlacement(ref(100, 100), 300, 200, viewport)).toEqual({
      x: 100,
      y: 124,
      maxHeight: 668,
      side: 'below',
    });
  });

  it('flips above near the bottom edge, never covering the mention', () => {
    const r = ref(100, 760);
    const p = computePlacement(r, 300, 200, viewport);
    expect(p.side).toBe('above');
    expect(p.y + 200).toBeLessThanOrEqual(r.top);
  });

  it('keeps the side it has while that still fits: no jump across the mention on scrolling', () => {
    // Above at first (no room below); scrolled up so that below fits too: it stays above.
    expect(computePlacement(ref(100, 600), 300, 300, viewport).side).toBe('above');
    expect(computePlacement(ref(100, 400), 300, 300, viewport, 'above').side).toBe('above');
    expect(computePlacement(ref(100, 400), 300, 300, viewport).side).toBe('below');
    // Once above no longer fits, it goes below.
    expect(computePlacement(ref(100, 250), 300, 300, viewport, 'above').side).toBe('below');
  });

  it('shifts left near the right edge and stays inside the viewport', () => {
    const p = computePlacement(ref(950, 100), 300, 200, viewport);
    expect(p.x).toBe(1000 - 8 - 300);
  });

  it('keeps a margin at the left edge', () => {
    expect(computePlacement(ref(-40, 100), 300, 200, viewport).x).toBe(8);
  });

  it('too tall for either side: the side with more room, as tall as it, without covering the mention', () => {
    const phone = { width: 360, height: 640 };
    const r = ref(40, 330);
    const p = computePlacement(r, 340, 420, phone);
    expect(p.side).toBe('above');
    expect(p.maxHeight).toBe(330 - 6 - 8);
    expect(p.y).toBe(8);
    expect(p.y + Math.min(420, p.maxHeight)).toBeLessThanOrEqual(r.top);
    expect(computePlacement(ref(40, 290), 340, 420, phone)).toMatchObject({ side: 'below', y: 290 + 18 + 6 });
  });

  it('where both sides are short (a phone held sideways), goes over the mention, whole, away from it', () => {
    const sideways = { width: 640, height: 340 };
    const high = computePlacement(ref(40, 160), 340, 300, sideways);
    expect(high).toEqual({ x: 40, y: 340 - 8 - 300, maxHeight: 324, side: 'over' });
    expect(computePlacement(ref(40, 163), 340, 300, sideways)).toMatchObject({ y: 8, side: 'over' });
  });

  it('is never taller than the viewport less its margins (its body scrolls inside)', () => {
    const p = computePlacement(ref(100, 20), 300, 900, viewport);
    expect(p).toMatchObject({ side: 'below', maxHeight: 800 - 38 - 6 - 8 });
  });

  it('on the smallest phone (320x568) still fits inside the viewport', () => {
    const p = computePlacement(ref(10, 280), 304, 500, { width: 320, height: 568 });
    expect(p.y).toBeGreaterThanOrEqual(8);
    expect(p.y + Math.min(500, p.maxHeight)).toBeLessThanOrEqual(568 - 8);
    expect(p.x + 304).toBeLessThanOrEqual(320 - 8);
  });
});
