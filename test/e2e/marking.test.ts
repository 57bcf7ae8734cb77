import type { Page } from 'puppeteer-core';
import { expect, it } from 'vitest';
import { describeInBrowsers } from '../support/e2e/harness';
import {
  markCount,
  markedTexts,
  sleep,
  waitFor,
  waitForFound,
  waitForHighlightSize,
  waitForMarks,
} from '../support/e2e/marks';
import { appendingPage, bigTextNodePage, deepNestingPage, hugeDomPage, page } from '../support/pages';
import { hover, readTooltip } from '../support/e2e/tooltip';

/** A page that, after load, rewrites itself whole with document.open() and document.write(). */
const REWRITING = page(
  'Before the rewrite',
  `<p id="old">Before: a muscle spasm in the neck.</p>
  <script>addEventListener('load', () => setTimeout(() => {
    document.open();
    document.write('<!doctype html><html><head><title>Rewritten</title></head><body>' +
      '<p id="new">After the rewrite: a calf cramp at night.</p></body></html>');
    document.close();
  }, 500));</script>`,
);

/** A long page whose second mention is far below the first screen. */
const LONG = page(
  'Long',
  '<p id="top">At the top, a charley horse.</p><div style="height: 6000px"></div><p id="bottom">At the bottom, a muscle spasm.</p>',
);

const GENERATED = {
  '/gen/rewriting.html': () => REWRITING,
  '/gen/long.html': () => LONG,
  '/gen/huge.html': () => hugeDomPage(),
  '/gen/deep.html': () => deepNestingPage(),
  '/gen/big-text.html': () => bigTextNodePage(10),
  '/gen/appending.html': () => appendingPage(1000, 5),
};

describeInBrowsers(
  'marking engine on real pages',
  (h) => {
    const errors = new WeakMap<Page, string[]>();
    const open = async (path: string) => {
      const page = await h.ext.newPage();
      const list: string[] = [];
      page.on('pageerror', (e) => list.push(String(e)));
      errors.set(page, list);
      await page.goto(h.server.url(path));
      return page;
    };

    it('reads across scripts, inline markup, soft hyphens, shadow roots and skips editable regions', async () => {
      const page = await open('/fixtures/text-variety.html');
      await waitForMarks(page, 7);
      await sleep(300);
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
      const frame = page.frames().find((f) => f.url().endsWith('frame.html'));
      expect(frame).toBeDefined();
      await frame?.waitForFunction(() => (CSS.highlights.get('spasm-lens-underline')?.size ?? 0) === 1, {
        timeout: 5000,
        polling: 50,
      });
      await page.close();
    });

    it('marks new content, drops marks of removed text, and follows SPA navigation', async () => {
      const page = await open('/fixtures/dynamic.html');
      await sleep(500);
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

    it('leaves pregnancy loss, endometriosis and coronary spasm unmarked, and marks MS spasms', async () => {
      const page = await open('/fixtures/medical-traps.html');
      expect(await waitForMarks(page, 1)).toBe(1);
      await sleep(300);
      const marked = await page.evaluate(() => {
        const hl = CSS.highlights.get('spasm-lens-underline');
        return hl ? [...hl].map((r) => (r as StaticRange).startContainer.parentElement?.closest('p')?.id) : [];
      });
      expect(marked).toEqual(['ms']);
      expect(await markedTexts(page)).toEqual(['spasms']);
      await page.close();
    });

    it('comes back when the page clears CSS.highlights', async () => {
      const page = await open('/fixtures/clears-highlights.html');
      await waitFor(page, () => (window as unknown as { clears: number }).clears >= 3, 10_000);
      // Between the page's clears our marks are put back: they are seen again within a second.
      await waitForMarks(page, 2, 3000);
      await page.close();
    });

    it('survives a page styled with * { all: unset !important }', async () => {
      const page = await open('/fixtures/hostile-all-unset.html');
      expect(await waitForMarks(page, 2)).toBe(2);
      await page.close();
    });

    it('marks a page that rewrites itself with document.open(), and opens the new marks', async () => {
      const p = await open('/gen/rewriting.html');
      const tabId = await h.api.tabIdOf(p);
      await waitForMarks(p, 1);
      await waitFor(p, () => document.title === 'Rewritten', 5000);
      await expect.poll(() => markedTexts(p), { timeout: 5000 }).toEqual(['calf cramp']);
      expect(await waitForFound(() => h.api.foundCount(tabId), 1)).toBe(1);
      // The page's listeners were erased with its document: ours are back.
      await hover(h.ext, p, '#new', 'calf cramp');
      expect((await readTooltip(h.ext, p)).name).toContain('calf cramp');
      expect(errors.get(p)).toEqual([]);
      await p.close();
    });

    it('paints the marks near the viewport, the others when scrolled to, and counts all from the start', async () => {
      const p = await open('/gen/long.html');
      const tabId = await h.api.tabIdOf(p);
      await waitForMarks(p, 1);
      expect(await waitForFound(() => h.api.foundCount(tabId), 2)).toBe(2);
      expect(await markedTexts(p)).toEqual(['charley horse']);
      await expect.poll(() => h.api.badgeText(tabId), { timeout: 5000 }).toBe('2');
      await p.evaluate(() => document.getElementById('bottom')?.scrollIntoView());
      await expect.poll(() => markedTexts(p), { timeout: 3000 }).toEqual(['muscle spasm']);
      await p.close();
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
      const tabId = await h.api.tabIdOf(page);
      expect(await waitForFound(() => h.api.foundCount(tabId), 100, 30_000)).toBe(100);
      // Painted: those near the viewport only, the first among them.
      const painted = await waitForMarks(page, 1);
      expect(painted).toBeLessThan(100);
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
      const tabId = await h.api.tabIdOf(page);
      expect(await waitForFound(() => h.api.foundCount(tabId), expected, 60_000)).toBe(expected);
      await page.close();
    });

    it('keeps up with a page appending 1,000 nodes a second for 5 seconds', async () => {
      const page = await open('/gen/appending.html');
      await waitFor(page, () => (window as unknown as { doneAppending?: boolean }).doneAppending === true, 20_000);
      const expected = await page.evaluate(() => (window as unknown as { expectedMentions: number }).expectedMentions);
      expect(expected).toBe(500);
      const tabId = await h.api.tabIdOf(page);
      expect(await waitForFound(() => h.api.foundCount(tabId), expected, 10_000)).toBe(expected);
      expect(errors.get(page)).toEqual([]);
      await page.close();
    });
  },
  GENERATED,
);
