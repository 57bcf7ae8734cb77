/** The middle value of some measurements (NaN for none). */
export const median = (xs: readonly number[]): number =>
  [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;

/**
 * Reads `read` every `intervalMs` until its value has held for `quietMs` (or `timeoutMs` passed):
 * the value then, and when it last changed (ms since the epoch).
 */
export async function untilSteady(
  read: () => Promise<number>,
  { quietMs, intervalMs, timeoutMs = 60_000 }: { quietMs: number; intervalMs: number; timeoutMs?: number },
): Promise<{ value: number; changedAt: number }> {
  const deadline = Date.now() + timeoutMs;
  let value = -1;
  let changedAt = Date.now();
  for (;;) {
    const n = await read();
    if (n !== value) {
      value = n;
      changedAt = Date.now();
    } else if (Date.now() - changedAt >= quietMs || Date.now() >= deadline) return { value, changedAt };
    await new Promise((r) => setTimeout(r, intervalMs));
  }
}
