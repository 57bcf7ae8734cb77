import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { expect, it } from 'vitest';
import { ARTIFACTS, describeInBrowsers } from '../support/e2e/harness';
import { sleep, waitForHighlightSize, waitForMarks } from '../support/e2e/marks';
import { hover, textBox } from '../support/e2e/tooltip';
import { page as htmlPage } from '../support/pages';

const SENTENCE = '<p id="m">After the long run a calf cramp woke me at night.</p>';
const themed = (bg: string, fg: string) =>
  htmlPage(
    'Theme',
    SENTENCE,
    `<style>html, body { background: ${bg}; color: ${fg}; font: 20px/1.6 sans-serif }</style>`,
  );

interface Drawn {
  /** How many pixels the marks changed. */
  readonly pixels: number;
  /** The best contrast ratio of a changed pixel against the page background (WCAG formula). */
  readonly contrast: number;
}

/**
 * Measures the mark from screenshot pixels: the mention with our highlights, then without them (a
 * page may clear `CSS.highlights`; the extension puts them back within a second), and the contrast
 * of the pixels that differ against the page's background colour.
 */
async function measureMark(page: Page, only?: string): Promise<Drawn> {
  const b = await textBox(page, '#m', 'calf cramp');
  const clip = { x: Math.floor(b.x), y: Math.floor(b.y), width: Math.ceil(b.width), height: Math.ceil(b.height) + 6 };
  const marked = await page.screenshot({ clip, encoding: 'base64' });
  // Without every highlight, or without only the one named.
  await page.evaluate((name) => (name ? CSS.highlights.delete(name) : CSS.highlights.clear()), only ?? '');
  const bare = await page.screenshot({ clip, encoding: 'base64' });
  return page.evaluate(
    async (a: string, c: string) => {
      const pixels = async (png: string) => {
        const img = new Image();
        img.src = `data:image/png;base64,${png}`;
        await img.decode();
        const canvas = document.createElement('canvas');
        canvas.width = img.width;
        canvas.height = img.height;
        const ctx = canvas.getContext('2d') as CanvasRenderingContext2D;
        ctx.drawImage(img, 0, 0);
        return ctx.getImageData(0, 0, img.width, img.height).data;
      };
      const lum = (r: number, g: number, b: number) => {
        const f = (v: number) => {
          const s = v / 255;
          return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
        };
        return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
      };
      const [with_, without] = [await pixels(a), await pixels(c)];
      const bg = (getComputedStyle(document.body).backgroundColor.match(/\d+/g) ?? []).map(Number);
      const lb = lum(bg[0] ?? 0, bg[1] ?? 0, bg[2] ?? 0);
      let changed = 0;
      let best = 1;
      for (let i = 0; i < with_.length; i += 4) {
        const d =
          Math.abs((with_[i] ?? 0) - (without[i] ?? 0)) +
          Math.abs((with_[i + 1] ?? 0) - (without[i + 1] ?? 0)) +
          Math.abs((with_[i + 2] ?? 0) - (without[i + 2] ?? 0));
        if (d < 30) continue;
        changed++;
        const l = lum(with_[i] ?? 0, with_[i + 1] ?? 0, with_[i + 2] ?? 0);
        best = Math.max(best, (Math.max(l, lb) + 0.05) / (Math.min(l, lb) + 0.05));
      }
      return { pixels: changed, contrast: best };
    },
    marked,
    bare,
  );
}

/**
 * The widest stretch, in pixels, along the underline's band under `text` where the mark draws
 * nothing: a dotted line has gaps of a dot's width; a line broken around descenders ("skip ink")
 * has gaps as wide as the letters' tails.
 */
async function widestGap(page: Page, selector: string, text: string): Promise<{ gap: number; drawn: number }> {
  const b = await textBox(page, selector, text);
  const clip = { x: Math.floor(b.x), y: Math.floor(b.y), width: Math.ceil(b.width), height: Math.ceil(b.height) + 12 };
  const marked = await page.screenshot({ clip, encoding: 'base64' });
  await page.evaluate(() => CSS.highlights.clear());
  const bare = await page.screenshot({ clip, encoding: 'base64' });
  return page.evaluate(
    async (a: string, c: string) => {
      const pixels = async (png: string) => {
        const img = new Image();
        img.src = `data:image/png;base64,${png}`;
        await img.decode();
        const canvas = document.createElement('canvas');
        canvas.width = img.width;
        canvas.height = img.height;
        const ctx = canvas.getContext('2d') as CanvasRenderingContext2D;
        ctx.drawImage(img, 0, 0);
        return { data: ctx.getImageData(0, 0, img.width, img.height).data, width: img.width, height: img.height };
      };
      const [m, n] = [await pixels(a), await pixels(c)];
      // Columns where the mark changed any pixel: the underline's dots, row band by row band.
      const drawn: boolean[] = [];
      for (let x = 0; x < m.width; x++) {
        let any = false;
        for (let y = 0; y < m.height && !any; y++) {
          const i = (y * m.width + x) * 4;
          const d =
            Math.abs((m.data[i] ?? 0) - (n.data[i] ?? 0)) +
            Math.abs((m.data[i + 1] ?? 0) - (n.data[i + 1] ?? 0)) +
            Math.abs((m.data[i + 2] ?? 0) - (n.data[i + 2] ?? 0));
          any = d >= 60;
        }
        drawn.push(any);
      }
      const first = drawn.indexOf(true);
      const last = drawn.lastIndexOf(true);
      let gap = 0;
      let run = 0;
      for (let x = first; x <= last; x++) {
        run = drawn[x] ? 0 : run + 1;
        gap = Math.max(gap, run);
      }
      return { gap, drawn: drawn.filter(Boolean).length };
    },
    marked,
    bare,
  );
}

describeInBrowsers(
  'marks on light and dark pages',
  (h) => {
    for (const [name, path] of [
      ['a light page', '/light.html'],
      ['a near-black page', '/dark.html'],
    ] as const) {
      it(`keep a contrast of at least 3:1 against the background on ${name}`, async () => {
        const page = await h.ext.newPage();
        await page.setViewport({ width: 900, height: 400 });
        await page.goto(h.server.url(path));
        await waitForMarks(page, 1);
        await page.screenshot({ path: join(ARTIFACTS, `marks-${path.slice(1, -5)}-${h.name}.png`) });
        const drawn = await measureMark(page);
        expect(drawn.pixels).toBeGreaterThan(10);
        expect(drawn.contrast).toBeGreaterThanOrEqual(3);
        await page.close();
      });

      it(`show the mention whose tooltip is open at 3:1 or more against the background on ${name}`, async () => {
        const page = await h.ext.newPage();
        await page.setViewport({ width: 900, height: 400 });
        await page.goto(h.server.url(path));
        await waitForMarks(page, 1);
        await hover(h.ext, page, '#m', 'calf cramp');
        await waitForHighlightSize(page, 'spasm-lens-active', 1);
        // The pointer off the mention and the card's appear animation over: only the mark differs.
        await sleep(400);
        await page.screenshot({ path: join(ARTIFACTS, `marks-current-${path.slice(1, -5)}-${h.name}.png`) });
        const drawn = await measureMark(page, 'spasm-lens-active');
        expect(drawn.pixels).toBeGreaterThan(10);
        expect(drawn.contrast).toBeGreaterThanOrEqual(3);
        await page.close();
      });
    }

    it('draws an underline that runs under descenders, not broken around them', async () => {
      const page = await h.ext.newPage();
      await page.setViewport({ width: 900, height: 400 });
      await page.goto(h.server.url('/descenders.html'));
      await waitForMarks(page, 1);
      const { gap, drawn } = await widestGap(page, '#m', 'leg cramps');
      expect(drawn).toBeGreaterThan(40);
      // A 2 px dotted line leaves gaps of about a dot; a line broken at "g" and "p" leaves wider ones.
      expect(gap).toBeLessThanOrEqual(5);
      await page.close();
    });
  },
  {
    '/descenders.html': () =>
      htmlPage(
        'Descenders',
        '<p id="m">Typing up my leg cramps gave me a jumpy night.</p>',
        '<style>body { background: #fff; color: #222; font: 24px/1.8 serif }</style>',
      ),
    '/light.html': () => themed('#ffffff', '#1d2327'),
    '/dark.html': () => themed('#111111', '#dddddd'),
  },
);
