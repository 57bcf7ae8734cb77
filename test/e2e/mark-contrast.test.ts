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

/** A clip of the page as pixels (RGBA, row by row), with the mark and without it. */
interface Shots {
  readonly width: number;
  readonly height: number;
  readonly marked: number[];
  readonly bare: number[];
}

/**
 * Screenshots the mention `text` inside `selector` (and `below` pixels under it) with our
 * highlights, then without them (every one, or only the one named in `only`; a page may clear
 * `CSS.highlights`, and the extension puts them back within a second).
 */
async function shots(page: Page, selector: string, text: string, below: number, only = ''): Promise<Shots> {
  const b = await textBox(page, selector, text);
  const clip = {
    x: Math.floor(b.x),
    y: Math.floor(b.y),
    width: Math.ceil(b.width),
    height: Math.ceil(b.height) + below,
  };
  const marked = await page.screenshot({ clip, encoding: 'base64' });
  await page.evaluate((name) => (name ? CSS.highlights.delete(name) : CSS.highlights.clear()), only);
  const bare = await page.screenshot({ clip, encoding: 'base64' });
  // Decoded by the page: a canvas reads PNGs without a library.
  return page.evaluate(
    async (a: string, c: string) => {
      const decode = async (png: string) => {
        const img = new Image();
        img.src = `data:image/png;base64,${png}`;
        await img.decode();
        const canvas = document.createElement('canvas');
        canvas.width = img.width;
        canvas.height = img.height;
        const ctx = canvas.getContext('2d') as CanvasRenderingContext2D;
        ctx.drawImage(img, 0, 0);
        return { width: img.width, height: img.height, data: [...ctx.getImageData(0, 0, img.width, img.height).data] };
      };
      const [m, n] = [await decode(a), await decode(c)];
      return { width: m.width, height: m.height, marked: m.data, bare: n.data };
    },
    marked,
    bare,
  );
}

/** Whether the mark changed the pixel at byte offset `i` (by at least `threshold` over R, G and B). */
const changed = (s: Shots, i: number, threshold: number) =>
  Math.abs((s.marked[i] ?? 0) - (s.bare[i] ?? 0)) +
    Math.abs((s.marked[i + 1] ?? 0) - (s.bare[i + 1] ?? 0)) +
    Math.abs((s.marked[i + 2] ?? 0) - (s.bare[i + 2] ?? 0)) >=
  threshold;

/** WCAG relative luminance of an sRGB colour. */
function luminance(r: number, g: number, b: number): number {
  const f = (v: number) => {
    const c = v / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
}

/**
 * How many pixels the mark changed, and the best contrast (WCAG) of a changed pixel against the
 * page's background colour.
 */
async function measureMark(page: Page, only?: string): Promise<{ pixels: number; contrast: number }> {
  const s = await shots(page, '#m', 'calf cramp', 6, only);
  const bg =
    (await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).match(/\d+/g)?.map(Number) ?? [];
  const lb = luminance(bg[0] ?? 0, bg[1] ?? 0, bg[2] ?? 0);
  let pixels = 0;
  let contrast = 1;
  for (let i = 0; i < s.marked.length; i += 4) {
    if (!changed(s, i, 30)) continue;
    pixels++;
    const l = luminance(s.marked[i] ?? 0, s.marked[i + 1] ?? 0, s.marked[i + 2] ?? 0);
    contrast = Math.max(contrast, (Math.max(l, lb) + 0.05) / (Math.min(l, lb) + 0.05));
  }
  return { pixels, contrast };
}

/**
 * The widest stretch, in pixels, along the mark's band under `text` where it draws nothing: a
 * dotted line has gaps of a dot's width; a line broken around descenders ("skip ink") has gaps as
 * wide as the letters' tails.
 */
async function widestGap(page: Page, selector: string, text: string): Promise<{ gap: number; drawn: number }> {
  const s = await shots(page, selector, text, 12);
  const drawn = Array.from({ length: s.width }, (_, x) =>
    Array.from({ length: s.height }, (_, y) => changed(s, (y * s.width + x) * 4, 60)).some(Boolean),
  );
  let gap = 0;
  let run = 0;
  for (let x = drawn.indexOf(true); x >= 0 && x <= drawn.lastIndexOf(true); x++) {
    run = drawn[x] ? 0 : run + 1;
    gap = Math.max(gap, run);
  }
  return { gap, drawn: drawn.filter(Boolean).length };
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
