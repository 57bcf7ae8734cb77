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

  it('shifts left near the right edge and stays inside the viewport', () => {
    const p = computePlacement(ref(950, 100), 300, 200, viewport);
    expect(p.x).toBe(1000 - 8 - 300);
  });

  it('keeps a margin at the left edge', () => {
    expect(computePlacement(ref(-40, 100), 300, 200, viewport).x).toBe(8);
  });

  it('limits the height to the room on the chosen side', () => {
    const p = computePlacement(ref(100, 390), 300, 900, viewport);
    expect(p.maxHeight).toBeLessThan(400);
    expect(p.side === 'below' ? p.y : p.y + Math.min(900, p.maxHeight)).toBeGreaterThan(0);
  });
});
