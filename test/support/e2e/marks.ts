import type { EvaluateFunc, Page } from 'puppeteer-core';

/** Polling by interval: `requestAnimationFrame` does not run in background tabs, which the suite has. */
const POLL = 50;

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Sizes of our highlights as the page sees them (the registry is shared with the page's world). */
export async function highlightSizes(page: Page): Promise<Record<string, number>> {
  return page.evaluate(() => {
    const out: Record<string, number> = {};
    for (const [name, h] of CSS.highlights) if (name.startsWith('spasm-lens')) out[name] = h.size;
    return out;
  });
}

export async function markCount(page: Page): Promise<number> {
  const sizes = await highlightSizes(page);
  return (sizes['spasm-lens-underline'] ?? 0) + (sizes['spasm-lens-background'] ?? 0);
}

/** Waits until the highlight `name` holds exactly `size` ranges (0 also when it is not registered). */
export async function waitForHighlightSize(page: Page, name: string, size: number, timeout = 5000): Promise<void> {
  await page.bringToFront();
  await page.waitForFunction(
    (n, want) => (CSS.highlights.get(n)?.size ?? 0) === want,
    { timeout, polling: POLL },
    name,
    size,
  );
}

/** Waits until none of our highlights is registered: the page is as if we never ran. */
export async function waitForNoHighlights(page: Page, timeout = 5000): Promise<void> {
  await page.waitForFunction(() => ![...CSS.highlights.keys()].some((k) => k.startsWith('spasm-lens')), {
    timeout,
    polling: POLL,
  });
}

/**
 * Waits until at least `atLeast` mentions are painted, the page brought to the front: marks are
 * painted near the viewport of a visible page only (a hidden tab runs no rendering, and no
 * IntersectionObserver with it).
 */
export async function waitForMarks(page: Page, atLeast = 1, timeout = 15_000): Promise<number> {
  await page.bringToFront();
  await page.waitForFunction(
    (n) => {
      let total = 0;
      for (const [name, h] of CSS.highlights)
        if (name === 'spasm-lens-underline' || name === 'spasm-lens-background') total += h.size;
      return total >= n;
    },
    { timeout, polling: POLL },
    atLeast,
  );
  return markCount(page);
}

/** Waits for a condition in the page, polled by interval. */
export async function waitFor<A extends unknown[]>(
  page: Page,
  fn: EvaluateFunc<A>,
  timeout = 5000,
  ...args: A
): Promise<void> {
  await page.waitForFunction(fn, { timeout, polling: POLL }, ...args);
}

/** Texts of the ranges in highlight `name`, as the page sees them. */
export async function markedTexts(page: Page, name = 'spasm-lens-underline'): Promise<string[]> {
  return page.evaluate((n) => {
    const h = CSS.highlights.get(n);
    return h
      ? [...h].map((r) => {
          const range = document.createRange();
          const s = r as StaticRange;
          range.setStart(s.startContainer, s.startOffset);
          range.setEnd(s.endContainer, s.endOffset);
          return range.toString();
        })
      : [];
  }, name);
}

/** Waits until the page's top frame counts exactly `count` mentions (painted or not), and returns the last count read. */
export async function waitForFound(found: () => Promise<number>, count: number, timeout = 15_000): Promise<number> {
  const deadline = Date.now() + timeout;
  let last = -1;
  while (Date.now() < deadline) {
    last = await found();
    if (last === count) return last;
    await sleep(100);
  }
  return last;
}
