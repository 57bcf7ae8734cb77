import { describe, expect, it } from 'vitest';
import { partitionPoint } from '../../src/partition';

describe('partitionPoint', () => {
  it('counts the leading items a test holds for, asking about log2(n) of them', () => {
    const xs = [1, 3, 3, 5, 8, 13, 21];
    let asked = 0;
    const below = (limit: number) => (i: number) => (asked++, (xs[i] as number) < limit);
    expect(partitionPoint(xs.length, below(5))).toBe(3);
    expect(partitionPoint(xs.length, below(0))).toBe(0);
    expect(partitionPoint(xs.length, below(100))).toBe(7);
    expect(partitionPoint(0, below(5))).toBe(0);
    asked = 0;
    partitionPoint(1000, (i) => (asked++, i < 700));
    expect(asked).toBeLessThanOrEqual(10);
  });
});
