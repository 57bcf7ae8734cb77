import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { ARTIFACTS, describeInBrowsers, docsScreenshotPath } from '../support/e2e/harness';
import { launch, type ExtBrowser } from '../support/e2e/launch';
import { sleep, waitForFound, waitForMarks } from '../support/e2e/marks';
import { centreOf, hover, inViewport, readTooltip, textBox, tooltipReach } from '../support/e2e/tooltip';
import { page as htmlPage } from '../support/pages';

const SPACER = '<div style="height: 1400px"></div>';
/** Three mentions a long way apart: a step scrolls each to the middle of the window. */
const LONG = htmlPage(
  'Long run',
  `<p>Training log.</p>${SPACER}<p id="a">At mile 20 of the marathon my calves cramped hard in the heat.</p>${SPACER}` +
    `<p id="b">The night after, a charley horse woke me twice.</p>${SPACER}<p id="c">Muscle spasms in my back too.</p>${SPACER}`,
);

describeInBrowsers(
  'the tooltip in small windows',
  (h) => {
    for (const size of [
      { width: 360, height: 640 },
      { width: 1100, height: 700 },
      { width: 320, height: 568 },
    ]) {
      it(`fits ${size.width}x${size.height}: close button and last cause in view, position shown`, async () => {
        const page = await h.ext.newPage();
        await page.setViewport(size);
        await page.goto(h.server.url('/long.html'));
        const tabId = await h.api.tabIdOf(page);
        await waitForFound(() => h.api.foundCount(tabId), 3);
        await h.api.stepMention(tabId, 1);
        await expect.poll(async () => (await readTooltip(h.ext, page)).open, { timeout: 5000 }).toBe(true);
        if (size.width === 360) {
          await sleep(300); // the card's appear animation
          await page.screenshot({ path: join(ARTIFACTS, `tooltip-phone-${h.name}.png`) });
          const docs = docsScreenshotPath(h, 'tooltip-phone.png');
          if (docs) await page.screenshot({ path: docs });
        }
        const reach = await tooltipReach(h.ext, page);
        if (!reach) throw new Error('no card');
        expect(inViewport(reach.card, size), 'card').toBe(true);
        expect(inViewport(reach.close, size), 'close').toBe(true);
        expect(inViewport(reach.lastCause, size), 'last cause').toBe(true);
        // The last cause is inside the card, not clipped away under it.
        expect(reach.lastCause.y + reach.lastCause.height).toBeLessThanOrEqual(reach.card.y + reach.card.height + 0.5);
        // Where the step went, as text on screen.
        expect(reach.position).toBe('Mention 1 of 3');
        await page.close();
      });
    }

    it('shows no position when opened by hover', async () => {
      const page = await h.ext.newPage();
      await page.goto(h.server.url('/long.html'));
      await page.evaluate(() => document.getElementById('a')?.scrollIntoView({ block: 'center' }));
      await waitForMarks(page, 1);
      await hover(h.ext, page, '#a', 'cramped');
      expect((await tooltipReach(h.ext, page))?.position).toBe('');
      await page.close();
    });
  },
  { '/long.html': () => LONG },
);

/** Records, in the page, whether the last click or auxclick on the link was left to the browser. */
const LINKED = htmlPage(
  'Linked',
  '<p id="m">Read about <a id="link" href="/arrived.html">calf cramps at night</a> before bed.</p>' +
    '<p id="n">A plain calf cramp is not a link.</p>',
  `<script>
    for (const type of ['click', 'auxclick'])
      addEventListener(type, (e) => {
        if (!e.target.closest || !e.target.closest('a')) return;
        document.body.dataset[type] = String(e.defaultPrevented);
        e.preventDefault();
      });
  </script>`,
);

/**
 * The page's own listener above cancels the navigation (so the test stays on the page), after
 * noting whether anything before it had cancelled the click: ours runs first, in the capture phase.
 */
async function leftToPage(page: Page, type: 'click' | 'auxclick'): Promise<boolean> {
  return page.evaluate((t) => document.body.dataset[t] === 'false', type);
}

describeInBrowsers(
  'links stay links',
  (h) => {
    for (const trigger of ['hover', 'click'] as const) {
      it(`a click with a modifier or the middle button is the page's, in ${trigger} mode`, async () => {
        await h.api.setSettings({ trigger });
        try {
          const page = await h.ext.newPage();
          await page.goto(h.server.url('/linked.html'));
          await waitForMarks(page, 2);
          const b = await textBox(page, '#link', 'calf cramps');
          const at = { x: b.x + b.width / 2, y: b.y + b.height / 2 };
          for (const key of ['Control', 'Shift', 'Meta'] as const) {
            await page.evaluate(() => delete document.body.dataset['click']);
            await page.keyboard.down(key);
            await page.mouse.click(at.x, at.y);
            await page.keyboard.up(key);
            await sleep(150);
            expect(await leftToPage(page, 'click'), key).toBe(true);
            // (In hover mode, resting on the mark opens it whatever the click does.)
            if (trigger === 'click') expect((await readTooltip(h.ext, page)).open, key).toBe(false);
          }
          await page.mouse.click(at.x, at.y, { button: 'middle' });
          await sleep(150);
          expect(await leftToPage(page, 'auxclick')).toBe(true);
          if (trigger === 'click') expect((await readTooltip(h.ext, page)).open).toBe(false);
          await page.close();
        } finally {
          await h.api.setSettings({ trigger: 'hover' });
        }
      });
    }
  },
  {
    '/linked.html': () => LINKED,
    '/arrived.html': () => htmlPage('Arrived', '<p>You followed the link.</p>'),
  },
);

describeInBrowsers(
  'links on a touch screen',
  (h) => {
    let touch: ExtBrowser;
    beforeAll(async () => {
      touch = await launch(h.name, { hasTouch: true });
    });
    afterAll(async () => touch?.close());

    const open = async () => {
      const page = await touch.newPage();
      await page.goto(h.server.url('/linked-plain.html'));
      await waitForMarks(page, 1);
      return { page, at: centreOf(await textBox(page, '#link', 'calf cramps')) };
    };

    it('a tap on a marked link follows it', async () => {
      const { page, at } = await open();
      await Promise.all([page.waitForNavigation({ timeout: 5000 }), page.touchscreen.tap(at.x, at.y)]);
      expect(page.url()).toMatch(/arrived\.html$/);
      await page.close();
    });

    it('a long press on a marked link opens its tooltip and stays on the page', async () => {
      const { page, at } = await open();
      await page.touchscreen.touchStart(at.x, at.y);
      await sleep(800);
      await page.touchscreen.touchEnd();
      await expect.poll(async () => (await readTooltip(touch, page)).name, { timeout: 5000 }).toContain('calf cramps');
      await sleep(300);
      expect(page.url()).toMatch(/linked-plain\.html$/);
      await page.close();
    });
  },
  {
    '/linked-plain.html': () =>
      htmlPage(
        'Linked',
        '<p id="m">Read about <a id="link" href="/arrived.html">calf cramps at night</a> before bed.</p>',
      ),
    '/arrived.html': () => htmlPage('Arrived', '<p>You followed the link.</p>'),
  },
);

const DARK_CARD = 'rgb(31, 35, 40)';
const LIGHT_CARD = 'rgb(255, 255, 255)';
const themedPage = (style: string) =>
  htmlPage('Themed', '<p id="m">After the long run a calf cramp woke me at night.</p>', `<style>${style}</style>`);

describeInBrowsers(
  'the tooltip follows the page it opens on',
  (h) => {
    let dark: ExtBrowser;
    beforeAll(async () => {
      dark = await launch(h.name, { colorScheme: 'dark' });
    });
    afterAll(async () => dark?.close());

    const cardOn = async (ext: ExtBrowser, path: string) => {
      const page = await ext.newPage();
      await page.goto(h.server.url(path));
      await waitForMarks(page, 1);
      await hover(ext, page, '#m', 'calf cramp');
      const { background } = await readTooltip(ext, page);
      await page.close();
      return background;
    };

    it('"auto" is dark on a dark page and light on a light page, whatever the system says', async () => {
      expect(await cardOn(h.ext, '/dark.html')).toBe(DARK_CARD);
      expect(await cardOn(dark, '/light.html')).toBe(LIGHT_CARD);
    });

    it('"auto" follows the system where the page sets no background', async () => {
      expect(await cardOn(h.ext, '/plain.html')).toBe(LIGHT_CARD);
      expect(await cardOn(dark, '/plain.html')).toBe(DARK_CARD);
    });
  },
  {
    '/dark.html': () => themedPage('body { background: #15171a; color: #ddd }'),
    '/light.html': () => themedPage('html { background: #fff; color: #222 }'),
    '/plain.html': () => themedPage(''),
  },
);
