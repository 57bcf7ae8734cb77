import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useExtensionHarness } from '../support/harness';
import { markCount, waitForMarks, waitForHighlightSize } from '../support/browser';
import { appendingPage, bigTextNodePage, deepNestingPage, hugeDomPage } from '../support/pages';

const h = useExtensionHarness({
  '/gen/huge.html': () => hugeDomPage(),
  '/gen/deep.html': () => deepNestingPage(),
  '/gen/big-text.html': () => bigTextNodePage(10),
  '/gen/appending.html': () => appendingPage(1000, 5),
});

async function open(path: string): Promise<Page> {
  const page = await h.ext.context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(h.server.url(path));
  (page as Page & { errors?: string[] }).errors = errors;
  return page;
}

/** Texts of the marked ranges, as the page sees them. */
async function markedTexts(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const h = CSS.highlights.get('spasm-lens-underline');
    return h
      ? [...h].map((r) => {
          const range = document.createRange();
          const s = r as StaticRange;
          range.setStart(s.startContainer, s.startOffset);
          range.setEnd(s.endContainer, s.endOffset);
          return range.toString();
        })
      : [];
  });
}

describe('marking engine on real pages in Chromium', () => {
  it('reads across scripts, inline markup, soft hyphens, shadow roots and skips editable regions', async () => {
    const page = await open('/fixtures/text-variety.html');
    await waitForMarks(page, 7);
    await page.waitForTimeout(300);
    const texts = (await markedTexts(page)).sort();
    expect(texts).toEqual(
      [
        'calf cramp',
        'cram\u00adping',
        'heat cramps',
        'leg cramps',
        'muscle spasm',
        'muscle\u00a0spasm',
        'Writer’s cramp',
      ].sort(),
    );
    // The same-origin iframe runs its own content script and marks its own text.
    const frame = page.frame({ url: /frame\.html$/ });
    await frame?.waitForFunction(() => (CSS.highlights.get('spasm-lens-underline')?.size ?? 0) === 1);
    await page.close();
  });

  it('marks new content, drops marks of removed text, and follows SPA navigation', async () => {
    const page = await open('/fixtures/dynamic.html');
    await page.waitForTimeout(500);
    expect(await markCount(page)).toBe(0);
    await page.click('#go');
    await waitForMarks(page, 1, 5000);
    expect(await markedTexts(page)).toEqual(['leg cramps']);
    await page.evaluate(() => (window as unknown as { render: (h: string) => void }).render('<p>Gone.</p>'));
    await waitForHighlightSize(page, 'spasm-lens-underline', 0);
    await page.evaluate(() => {
      const p = document.querySelector('#app p') as HTMLElement;
      (p.firstChild as Text).data = 'Edited: a muscle spasm now.';
    });
    await waitForMarks(page, 1, 5000);
    await page.close();
  });

  it('comes back when the page clears CSS.highlights', async () => {
    const page = await open('/fixtures/clears-highlights.html');
    await page.waitForFunction(() => (window as unknown as { clears: number }).clears >= 3);
    // Between the page's clears our marks are put back: they are seen again within a second.
    await waitForMarks(page, 2, 3000);
    await page.close();
  });

  it('survives a page styled with * { all: unset !important }', async () => {
    const page = await open('/fixtures/hostile-all-unset.html');
    expect(await waitForMarks(page, 2)).toBe(2);
    await page.close();
  });

  it('marks a 100,000-node page completely', async () => {
    const page = await open('/gen/huge.html');
    const nodes = await page.evaluate(() => {
      let n = 0;
      const walker = document.createTreeWalker(document, NodeFilter.SHOW_ALL);
      while (walker.nextNode()) n++;
      return n;
    });
    expect(nodes).toBeGreaterThan(100_000);
    expect(await waitForMarks(page, 100, 30_000)).toBe(100);
    await page.close();
  });

  it('handles 10,000 levels of nesting', async () => {
    const page = await open('/gen/deep.html');
    expect(await waitForMarks(page, 1, 15_000)).toBe(1);
    expect(await markedTexts(page)).toEqual(['night cramps']);
    await page.close();
  });

  it('reads a 10 MB single text node in slices and marks every mention', async () => {
    const page = await open('/gen/big-text.html');
    const expected = await page.evaluate(() => (window as unknown as { expectedMentions: number }).expectedMentions);
    expect(expected).toBeGreaterThan(50);
    expect(await waitForMarks(page, expected, 60_000)).toBe(expected);
    await page.close();
  });

  it('keeps up with a page appending 1,000 nodes a second for 5 seconds', async () => {
    const page = await open('/gen/appending.html');
    await page.waitForFunction(() => (window as unknown as { doneAppending?: boolean }).doneAppending === true, null, {
      timeout: 20_000,
    });
    const expected = await page.evaluate(() => (window as unknown as { expectedMentions: number }).expectedMentions);
    expect(expected).toBe(500);
    expect(await waitForMarks(page, expected, 10_000)).toBe(expected);
    expect((page as Page & { errors?: string[] }).errors).toEqual([]);
    await page.close();
  });
});
