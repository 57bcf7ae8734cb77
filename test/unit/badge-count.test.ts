import { describe, expect, it } from 'vitest';
import { badgeText, withFrameCount } from '../../src/badge-count';

describe('badge', () => {
  it('sums frames, drops zeros and garbage, and caps the text', () => {
    let counts = withFrameCount(undefined, 0, 3);
    counts = withFrameCount(counts, 5, 2);
    expect(badgeText(counts)).toBe('5');
    counts = withFrameCount(counts, 0, 0);
    expect(badgeText(counts)).toBe('2');
    expect(withFrameCount({ x: 1, 7: 'a', 8: -2 }, 1, 1)).toEqual({ 1: 1 });
    expect(badgeText(withFrameCount({}, 0, 5000))).toBe('999+');
    expect(badgeText({})).toBe('');
  });
});
