import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { ARTIFACTS, describeInBrowsers, docsScreenshotPath, openFixture } from '../support/e2e/harness';
import { launch, type ExtBrowser } from '../support/e2e/launch';
import { sleep, waitForHighlightSize, waitForMarks } from '../support/e2e/marks';
import { CLOSE_GRACE_MS, OPEN_DELAY_MS } from '../../content-scripts/ui/timing';
import { clickInTooltip, hover, overlaps, readTooltip, tapText, textBox, type Box } from '../support/e2e/tooltip';
import { page as htmlPage } from '../support/pages';

/** The README's frame: the tooltip with the mention and the text around it, 720 x 360. */
function docsClip(tooltip: Box | null): Box {
  const right = tooltip ? tooltip.x + tooltip.width + 24 : 900;
  const x = Math.max(0, right - 720);
  return { x, y: 80, width: 720, height: 360 };
}

describeInBrowsers(
  'the tooltip',
  (h) => {
    const open = (name: string, marks = 1) => openFixture(h, name, marks);

    it('opens on hover after a dwell, with causes ranked by the paragraph, and Escape closes it', async () => {
      const page = await open('basic.html', 3);
      const mention = await hover(h.ext, page, '#marathon', 'spasm');
      const state = await readTooltip(h.ext, page);
      expect(state.open).toBe(true);
      expect(state.name).toContain('muscle spasm');
      expect(state.causes.length).toBeGreaterThanOrEqual(3);
      expect(state.causes.length).toBeLessThanOrEqual(4);
      expect(['Prolonged exercise', 'Dehydration and salt loss']).toContain(state.causes[0]);
      expect(state.text).toMatch(/mentioned nearby: /);
      expect(state.text).toMatch(/Not medical advice/);
      expect(state.box && overlaps(state.box, mention)).toBe(false);
      await page.screenshot({ path: join(ARTIFACTS, `tooltip-light-${h.name}.png`) });
      const docs = docsScreenshotPath(h, 'tooltip-light.png');
      if (docs) await page.screenshot({ path: docs, clip: docsClip(state.box) });
      await page.keyboard.press('Escape');
      expect((await readTooltip(h.ext, page)).open).toBe(false);
      await page.close();
    });

    it('puts pregnancy first for a pregnancy paragraph', async () => {
      const page = await open('basic.html', 3);
      await hover(h.ext, page, '#pregnancy', 'leg cramps');
      expect((await readTooltip(h.ext, page)).causes[0]).toBe('Pregnancy');
      await page.close();
    });

    it('ranks by the page: a kidney patient’s cramps and a marathon runner’s get different first causes', async () => {
      const kidney = await open('kidney.html');
      await hover(h.ext, kidney, '#story', 'cramps');
      const onDialysis = await readTooltip(h.ext, kidney);
      expect(onDialysis.causes[0]).toBe('Kidney failure');
      expect(onDialysis.text).toMatch(/Possible causes/);
      await kidney.close();
      const marathon = await open('marathon.html');
      await hover(h.ext, marathon, '#story', 'cramps');
      const racing = await readTooltip(h.ext, marathon);
      expect(['Prolonged exercise', 'Dehydration and salt loss']).toContain(racing.causes[0]);
      expect(racing.causes).not.toContain('Kidney failure');
      await marathon.close();
    });

    it('gives an other-medical mention no muscle causes, only what it was read as', async () => {
      await h.api.setSettings({ showOtherMedical: true });
      try {
        const page = await h.ext.newPage();
        await page.goto(h.server.url('/fixtures/basic.html'));
        await waitForHighlightSize(page, 'spasm-lens-other', 2);
        await hover(h.ext, page, '#traps', 'menstrual cramps');
        const state = await readTooltip(h.ext, page);
        expect(state.open).toBe(true);
        expect(state.causes).toEqual([]);
        expect(state.text).toMatch(/Not a muscle cramp/);
        expect(state.text).toMatch(/skeletal-muscle spasms only/);
        expect(state.text).toMatch(/Not medical advice/);
        await page.close();
      } finally {
        await h.api.setSettings({ showOtherMedical: false });
      }
    });

    it('opens the full reference at a cause from the tooltip', async () => {
      const page = await open('basic.html', 3);
      await hover(h.ext, page, '#pregnancy', 'leg cramps');
      // The cause buttons live in a closed shadow root: press the first as a keyboard user would.
      await clickInTooltip(h.ext, page, 'button.cause');
      const reference = await h.ext.waitForPage(/\/popup\/reference\.html#pregnancy$/);
      await reference.waitForSelector('#pregnancy details[open]');
      // A second cause opens in the same reference tab, not another one.
      await page.bringToFront();
      await clickInTooltip(h.ext, page, 'button.cause', 1);
      await h.ext.waitForPage(/\/popup\/reference\.html#(?!pregnancy)[a-z-]+$/);
      const tabs = await Promise.all(
        (await h.ext.browser.pages()).map((p) => p.evaluate(() => location.href).catch(() => '')),
      );
      expect(tabs.filter((u) => /\/popup\/reference\.html#/.test(u))).toHaveLength(1);
      await reference.close();
      await page.close();
    });

    it('does not open for a pointer passing quickly over a mention', async () => {
      const page = await open('basic.html', 3);
      const b = await textBox(page, '#pregnancy', 'leg cramps');
      await page.mouse.move(b.x - 100, b.y + b.height / 2);
      await page.mouse.move(b.x + b.width + 200, b.y + b.height / 2, { steps: 3 });
      await sleep(OPEN_DELAY_MS + 250);
      expect((await readTooltip(h.ext, page)).open).toBe(false);
      await page.close();
    });

    it('stays open while the pointer moves into it, and closes after leaving both', async () => {
      const page = await open('basic.html', 3);
      await hover(h.ext, page, '#pregnancy', 'leg cramps');
      const box = (await readTooltip(h.ext, page)).box;
      if (!box) throw new Error('no tooltip box');
      await page.mouse.move(box.x + 20, box.y + 20, { steps: 5 });
      await sleep(CLOSE_GRACE_MS + 200);
      expect((await readTooltip(h.ext, page)).open).toBe(true);
      await page.mouse.move(5, 790, { steps: 3 });
      await expect.poll(async () => (await readTooltip(h.ext, page)).open, { timeout: 3000 }).toBe(false);
      await page.close();
    });

    it('stays on screen near every viewport edge and never covers its mention', async () => {
      const page = await open('edges.html', 5);
      const viewport = page.viewport() ?? { width: 1100, height: 800 };
      for (const [id, text] of [
        ['tl', 'leg cramps'],
        ['tr', 'calf cramps'],
        ['bl', 'night cramps'],
        ['br', 'heat cramps'],
        ['mid', 'muscle spasm'],
      ] as const) {
        const mention = await hover(h.ext, page, `#${id}`, text);
        const state = await readTooltip(h.ext, page);
        expect(state.open, id).toBe(true);
        const box = state.box;
        if (!box) throw new Error('no box');
        expect(box.x, id).toBeGreaterThanOrEqual(0);
        expect(box.y, id).toBeGreaterThanOrEqual(0);
        expect(box.x + box.width, id).toBeLessThanOrEqual(viewport.width);
        expect(box.y + box.height, id).toBeLessThanOrEqual(viewport.height);
        expect(overlaps(box, mention), id).toBe(false);
        await page.keyboard.press('Escape');
        await page.mouse.move(viewport.width / 2, viewport.height / 2 - 60);
        await sleep(100);
      }
      await page.close();
    });

    it('follows the page when it scrolls', async () => {
      const page = await open('basic.html', 3);
      await page.evaluate(() => (document.body.style.paddingBottom = '2000px'));
      await hover(h.ext, page, '#plain', 'Cramps');
      const before = (await readTooltip(h.ext, page)).box;
      await page.evaluate(() => window.scrollBy(0, 120));
      await sleep(300);
      const after = (await readTooltip(h.ext, page)).box;
      const mention = await textBox(page, '#plain', 'Cramps');
      expect(before && after && Math.round(before.y - after.y)).toBe(120);
      expect(after && overlaps(after, mention)).toBe(false);
      await page.close();
    });

    it('cannot be restyled or hidden by a hostile page stylesheet', async () => {
      const page = await open('hostile-all-unset.html', 2);
      await hover(h.ext, page, '#m', 'muscle spasm');
      const state = await readTooltip(h.ext, page);
      expect(state.open).toBe(true);
      expect(state.box?.width ?? 0).toBeGreaterThan(200);
      expect(state.background).toBe('rgb(255, 255, 255)');
      await page.screenshot({ path: join(ARTIFACTS, `tooltip-hostile-${h.name}.png`) });
      await page.close();
    });

    it('opens on click when the trigger is click, and the keyboard command steps through mentions', async () => {
      await h.api.setSettings({ trigger: 'click' });
      try {
        const page = await open('basic.html', 3);
        await hover(h.ext, page, '#pregnancy', 'leg cramps', false);
        expect((await readTooltip(h.ext, page)).open).toBe(false);
        const b = await textBox(page, '#pregnancy', 'leg cramps');
        await page.mouse.click(b.x + b.width / 2, b.y + b.height / 2);
        await expect.poll(async () => (await readTooltip(h.ext, page)).name, { timeout: 3000 }).toContain('leg cramps');
        await page.keyboard.press('Escape');

        // What the keyboard shortcut makes the background send to the tab.
        const tabId = await h.api.tabIdOf(page);
        const step = async (direction: 1 | -1, want: string) => {
          await h.api.stepMention(tabId, direction);
          await expect.poll(async () => (await readTooltip(h.ext, page)).name, { timeout: 3000 }).toContain(want);
        };
        await step(1, 'muscle spasm');
        // A screen reader hears where the step went.
        await expect
          .poll(async () => (await readTooltip(h.ext, page)).announced, { timeout: 3000 })
          .toBe('Mention 1 of 3');
        await step(1, 'leg cramps');
        await step(-1, 'muscle spasm');
        await step(1, 'leg cramps');
        // Opened by keyboard, focus is inside the tooltip: Tab reaches its buttons, Escape returns.
        await page.keyboard.press('Tab');
        // Focus is on the tooltip's host: the element the extension added under <html>.
        const focused = await page.evaluate(() => {
          const el = document.activeElement;
          return el?.parentElement === document.documentElement && el !== document.body && el !== document.head;
        });
        expect(focused).toBe(true);
        await page.keyboard.press('Escape');
        expect((await readTooltip(h.ext, page)).open).toBe(false);
        await page.close();
      } finally {
        await h.api.setSettings({ trigger: 'hover' });
      }
    });

    it('in click mode, a click on a mark inside a link opens the tooltip and stays; a second click follows', async () => {
      await h.api.setSettings({ trigger: 'click' });
      try {
        const page = await open('../linked.html', 1);
        const b = await textBox(page, '#m a', 'calf cramps');
        const at = { x: b.x + b.width / 2, y: b.y + b.height / 2 };
        await page.mouse.click(at.x, at.y);
        await expect
          .poll(async () => (await readTooltip(h.ext, page)).name, { timeout: 3000 })
          .toContain('calf cramps');
        await sleep(300);
        expect(page.url()).toMatch(/linked\.html$/);
        await Promise.all([page.waitForNavigation({ timeout: 5000 }), page.mouse.click(at.x, at.y)]);
        expect(page.url()).toMatch(/arrived\.html$/);
        await page.close();
      } finally {
        await h.api.setSettings({ trigger: 'hover' });
      }
    });

    it('restyles an open tooltip when the theme setting changes', async () => {
      const page = await open('basic.html', 3);
      try {
        await hover(h.ext, page, '#marathon', 'spasm');
        expect((await readTooltip(h.ext, page)).background).toBe('rgb(255, 255, 255)');
        await h.api.setSettings({ theme: 'dark' });
        await expect
          .poll(async () => (await readTooltip(h.ext, page)).background, { timeout: 3000 })
          .toBe('rgb(31, 35, 40)');
        expect((await readTooltip(h.ext, page)).open).toBe(true);
      } finally {
        await h.api.setSettings({ theme: 'auto' });
        await page.close();
      }
    });
  },
  {
    '/linked.html': () =>
      htmlPage('Linked', '<p id="m">Read about <a href="/arrived.html">calf cramps at night</a> before bed.</p>'),
    '/arrived.html': () => htmlPage('Arrived', '<p>You followed the link.</p>'),
  },
);

describeInBrowsers('keyboard shortcuts', (h) => {
  it('both directions have a key in a fresh profile', async () => {
    const shortcuts = Object.fromEntries((await h.api.commands()).map((c) => [c.name, c.shortcut]));
    expect(shortcuts['next-mention']).toBe('Alt+Shift+J');
    expect(shortcuts['previous-mention']).toBe('Alt+Shift+K');
  });
});

describeInBrowsers('the tooltip in dark mode', (h) => {
  let dark: ExtBrowser;
  beforeAll(async () => {
    dark = await launch(h.name, { colorScheme: 'dark' });
  });
  afterAll(async () => dark?.close());

  it('follows prefers-color-scheme', async () => {
    const page = await dark.newPage();
    await page.goto(h.server.url('/fixtures/basic.html'));
    await waitForMarks(page, 3);
    await page.evaluate(() => {
      document.body.style.background = '#111';
      document.body.style.color = '#ddd';
    });
    await hover(dark, page, '#marathon', 'spasm');
    const state = await readTooltip(dark, page);
    expect(state.open).toBe(true);
    expect(state.background).toBe('rgb(31, 35, 40)');
    await page.screenshot({ path: join(ARTIFACTS, `tooltip-dark-${h.name}.png`) });
    const docs = docsScreenshotPath(h, 'tooltip-dark.png');
    if (docs) await page.screenshot({ path: docs, clip: docsClip(state.box) });
    await page.close();
  });
});

describeInBrowsers('the tooltip on a touch screen', (h) => {
  let touch: ExtBrowser;
  beforeAll(async () => {
    touch = await launch(h.name, { hasTouch: true });
  });
  afterAll(async () => touch?.close());

  it('opens on a tap on a mention and closes on a tap elsewhere', async () => {
    const page = await touch.newPage();
    await page.goto(h.server.url('/fixtures/basic.html'));
    await waitForMarks(page, 3);
    await tapText(page, '#pregnancy', 'leg cramps');
    await expect.poll(async () => (await readTooltip(touch, page)).name, { timeout: 5000 }).toContain('leg cramps');
    await page.touchscreen.tap(20, 780);
    await expect.poll(async () => (await readTooltip(touch, page)).open, { timeout: 5000 }).toBe(false);
    await page.close();
  });
});
