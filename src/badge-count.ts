/** Per-frame mention counts of one tab: { "<frameId>": count }. Validated, since storage may hold anything. */
export type FrameCounts = Record<string, number>;

const MAX_FRAMES = 200;

/** The valid entries of whatever storage holds for a tab: frame ids to positive counts. */
export function frameCounts(stored: unknown): FrameCounts {
  const counts: FrameCounts = {};
  if (typeof stored === 'object' && stored !== null && !Array.isArray(stored)) {
    for (const [k, v] of Object.entries(stored).slice(0, MAX_FRAMES)) {
      if (/^\d+$/.test(k) && typeof v === 'number' && Number.isInteger(v) && v > 0) counts[k] = v;
    }
  }
  return counts;
}

export function withFrameCount(stored: unknown, frameId: number, count: number): FrameCounts {
  const counts = frameCounts(stored);
  if (count > 0) counts[String(frameId)] = count;
  else delete counts[String(frameId)];
  return counts;
}

/** The badge: the total, "999+" past three digits, nothing at zero. */
export function badgeText(counts: FrameCounts): string {
  const total = Object.values(counts).reduce((a, b) => a + b, 0);
  if (total <= 0) return '';
  return total > 999 ? '999+' : String(total);
}
