/**
 * How many of the first items, 0 to `length` - 1, `before` holds for, when it holds for a first run
 * of them and not after (a binary search: about log2(length) calls).
 */
export function partitionPoint(length: number, before: (index: number) => boolean): number {
  let lo = 0;
  let hi = length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (before(mid)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
