import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { beforeEach, expect, it } from 'vitest';
import { ARTIFACTS, describeInBrowsers, docsScreenshotPath } from '../support/e2e/harness';
import { launch } from '../support/e2e/launch';
import { openExtensionConsole } from '../support/e2e/extension-console';
import { markedTexts, sleep, waitForMarks } from '../support/e2e/marks';
import { openPopup, textOf, waitForStatus } from '../support/e2e/popup';
import { clickInTooltip, hover, inClosedRoots, readTooltip, tapText } from '../support/e2e/tooltip';
import { page as htmlPage } from '../support/pages';

const PAGE = htmlPage(
  'Cramping',
  '<p id="c">Cramping again after the long run.</p><p id="k">A calf cramp woke me at night.</p>' +
    '<iframe src="/frame.html" width="400" height="80"></iframe>',
);
const FRAME = htmlPage('Frame', '<p>Cramping again after the swim.</p>');
const WHY = htmlPage(
  'Diary',
  '<p id="w">I have had swollen ankles for weeks. Since I started furosemide my calves cramp at night.</p>',
);

/** The marked words of a page, in text order (the browsers list highlights in different orders). */
const marked = async (page: Page) => (await markedTexts(page)).sort();

/** The page on another site: the same server by another name. */
const elsewhere = (url: string) => url.replace('127.0.0.1', 'localhost');

describeInBrowsers(
  'correcting a mark',
  (h) => {
    // Each test starts with no corrections, whatever the one before left.
    beforeEach(() => h.api.setStored('corrections', { version: 1, items: [] }));
    const open = async (url: string, marks: number) => {
      const page = await h.ext.newPage();
      await page.goto(url);
      await waitForMarks(page, marks);
      return page;
    };
    const badge = async (page: Page) => h.api.badgeText(await h.api.tabIdOf(page));
    const correct = async (page: Page, act: string) => {
      await hover(h.ext, page, '#c', 'Cramping');
      await clickInTooltip(h.ext, page, '.correct summary');
      await clickInTooltip(h.ext, page, `button[data-act="${act}"]`);
      await expect
        .poll(async () => (await readTooltip(h.ext, page)).text, { timeout: 5000 })
        .toMatch(/no longer marked/);
    };

    it('"on this site" removes the phrase’s marks in the page and its frame, not on another site; Undo restores', async () => {
      const here = await open(h.server.url('/cramping.html'), 2);
      const there = await open(elsewhere(h.server.url('/cramping.html')), 2);
      await expect.poll(() => badge(here), { timeout: 5000 }).toBe('3');
      await here.bringToFront();
      await correct(here, 'not-here:site');
      const state = await readTooltip(h.ext, here);
      expect(state.text).toMatch(/“cramping” is no longer marked on 127\.0\.0\.1\./);
      // Said to screen readers, and the card keeps focus for its Undo.
      await expect
        .poll(async () => (await readTooltip(h.ext, here)).announced, { timeout: 3000 })
        .toMatch(/no longer marked/);
      expect((await readTooltip(h.ext, here)).focused).toBe(true);
      await expect.poll(() => marked(here), { timeout: 5000 }).toEqual(['calf cramp']);
      await sleep(200); // the card's appear animation
      await here.screenshot({ path: join(ARTIFACTS, `tooltip-corrected-${h.name}.png`) });
      const docs = docsScreenshotPath(h, 'tooltip-corrected.png');
      if (docs) await here.screenshot({ path: docs, clip: { x: 0, y: 0, width: 480, height: 160 } });
      await clickInTooltip(h.ext, here, 'button.undo');
      await expect.poll(() => marked(here), { timeout: 5000 }).toEqual(['Cramping', 'calf cramp'].sort());
      expect(await h.api.stored('corrections')).toMatchObject({ items: [] });

      // Again, and this time it stays: the badge counts what is left, the frame's gone too.
      await correct(here, 'not-here:site');
      await expect.poll(() => badge(here), { timeout: 5000 }).toBe('1');
      expect(await h.api.stored('corrections')).toMatchObject({
        version: 1,
        items: [{ phrase: 'cramping', site: '127.0.0.1' }],
      });
      // Another site keeps its marks.
      expect(await badge(there)).toBe('3');
      expect(await marked(there)).toEqual(['Cramping', 'calf cramp'].sort());
      await here.close();
      await there.close();
    });

    it('"everywhere" removes the marks on every site; the popup lists it, and removing it restores them', async () => {
      const here = await open(h.server.url('/cramping.html'), 2);
      const there = await open(elsewhere(h.server.url('/cramping.html')), 2);
      await here.bringToFront();
      await correct(here, 'not-here:all');
      await expect.poll(() => marked(here), { timeout: 5000 }).toEqual(['calf cramp']);
      await there.bringToFront();
      await expect.poll(() => marked(there), { timeout: 5000 }).toEqual(['calf cramp']);
      await here.bringToFront();
      // The tooltip closes by itself after a while.
      await expect.poll(async () => (await readTooltip(h.ext, here)).open, { timeout: 15_000 }).toBe(false);
      const popup = await openPopup(h, await h.api.tabIdOf(here));
      // The popup counts what is marked now: the frame's and the corrected one are gone.
      await waitForStatus(popup, /1 mention in the text/);
      await popup.click('#settings-toggle');
      expect(await textOf(popup, '#corrections li')).toMatch(/“cramping” everywhere/);
      await popup.screenshot({ path: join(ARTIFACTS, `popup-corrections-${h.name}.png`) });
      await popup.click('#corrections li button');
      // (A tab in the background paints when it is shown again.)
      await there.bringToFront();
      await expect.poll(() => marked(there), { timeout: 5000 }).toEqual(['Cramping', 'calf cramp'].sort());
      await here.bringToFront();
      await expect.poll(() => marked(here), { timeout: 5000 }).toEqual(['Cramping', 'calf cramp'].sort());
      expect(await textOf(popup, '#corrections')).toMatch(/None yet/);
      await popup.close();
      await here.close();
      await there.close();
    });

    it('is reached by keyboard alone, and Escape returns focus where it was', async () => {
      const page = await open(h.server.url('/cramping.html'), 2);
      const tabId = await h.api.tabIdOf(page);
      await page.evaluate(() => {
        const button = document.createElement('button');
        button.id = 'before';
        button.textContent = 'Before';
        document.body.prepend(button);
        button.focus();
      });
      // The keyboard command opens the first mention with focus inside its tooltip.
      await h.api.stepMention(tabId, 1);
      await expect.poll(async () => (await readTooltip(h.ext, page)).focused, { timeout: 5000 }).toBe(true);
      const focusedIs = (selector: string) =>
        inClosedRoots(h.ext, page, (root, sel: string) => (root.activeElement?.matches(sel) ? true : null), selector);
      const tabTo = async (selector: string) => {
        for (let i = 0; i < 25 && !(await focusedIs(selector)); i++) await page.keyboard.press('Tab');
        expect(await focusedIs(selector), selector).toBe(true);
      };
      await tabTo('.correct summary');
      await page.keyboard.press('Enter');
      await tabTo('button[data-act="not-here:all"]');
      await page.keyboard.press('Enter');
      await expect
        .poll(async () => (await readTooltip(h.ext, page)).text, { timeout: 5000 })
        .toMatch(/no longer marked/);
      await tabTo('button.undo');
      await page.keyboard.press('Enter');
      await expect.poll(async () => (await readTooltip(h.ext, page)).text, { timeout: 5000 }).toMatch(/marked again/);
      await page.keyboard.press('Escape');
      expect((await readTooltip(h.ext, page)).open).toBe(false);
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('before');
      expect(await h.api.stored('corrections')).toMatchObject({ items: [] });
      await page.close();
    });

    it('is reached by taps on a touch screen', async () => {
      const touch = await launch(h.name, { hasTouch: true });
      try {
        const page = await touch.newPage();
        await page.goto(h.server.url('/cramping.html'));
        await waitForMarks(page, 2);
        await tapText(page, '#c', 'Cramping');
        await expect.poll(async () => (await readTooltip(touch, page)).name, { timeout: 5000 }).toContain('Cramping');
        /** Taps the centre of the tooltip's element matching `selector`, where a finger would. */
        const tapIn = async (selector: string) => {
          const box = await inClosedRoots(
            touch,
            page,
            (root, sel: string) => {
              const r = root.querySelector(sel)?.getBoundingClientRect();
              return r ? { x: r.x + r.width / 2, y: r.y + r.height / 2 } : null;
            },
            selector,
          );
          if (!box) throw new Error(`no ${selector}`);
          await page.touchscreen.tap(box.x, box.y);
        };
        await tapIn('.correct summary');
        await tapIn('button[data-act="not-here:all"]');
        await expect
          .poll(async () => (await readTooltip(touch, page)).text, { timeout: 5000 })
          .toMatch(/no longer marked/);
        await expect.poll(() => marked(page), { timeout: 5000 }).toEqual(['calf cramp']);
        await tapIn('button.undo');
        await expect.poll(() => marked(page), { timeout: 5000 }).toEqual(['Cramping', 'calf cramp'].sort());
        await page.close();
      } finally {
        await touch.close();
      }
    });

    it('shows why on request: the deciding sentence as text, the words read in bold, what the name is', async () => {
      const page = await open(h.server.url('/why.html'), 1);
      await hover(h.ext, page, '#w', 'cramp');
      expect((await readTooltip(h.ext, page)).causes[0]).toBe('Medications');
      await clickInTooltip(h.ext, page, '.reason summary');
      const why = await inClosedRoots(
        h.ext,
        page,
        (root) => {
          const reason = root.querySelector('.reason');
          if (!reason) return null;
          return {
            open: reason.hasAttribute('open'),
            sentence: reason.querySelector('.sentence')?.textContent ?? '',
            bold: [...reason.querySelectorAll('.sentence strong')].map((b) => b.textContent),
            classes: [...reason.querySelectorAll('.class')].map((c) => c.textContent),
            // Only text and <strong>: no element of the page's.
            tags: [...reason.querySelectorAll('.sentence *')].map((e) => e.localName),
          };
        },
        null,
      );
      expect(why).toEqual({
        open: true,
        sentence: 'Since I started furosemide my calves cramp at night.',
        bold: ['furosemide', 'calves cramp'],
        classes: [expect.stringMatching(/^furosemide — /i)],
        tags: ['strong', 'strong'],
      });
      await sleep(200);
      await page.screenshot({ path: join(ARTIFACTS, `tooltip-why-${h.name}.png`) });
      const docs = docsScreenshotPath(h, 'tooltip-why.png');
      if (docs) await page.screenshot({ path: docs, clip: { x: 0, y: 0, width: 720, height: 480 } });
      await page.close();
    });

    it('exports settings and corrections to a file that a fresh profile imports; a bad file changes nothing', async () => {
      const page = await open(h.server.url('/cramping.html'), 2);
      await correct(page, 'not-here:all');
      await page.close();
      await h.api.setSettings({ theme: 'dark', markColor: 'orange' });
      const popup = await openPopup(h);
      await popup.click('#settings-toggle');
      await popup.click('#backup-export');
      await popup.waitForSelector('#backup-link:not([hidden])');
      const file = await popup.evaluate(async () => {
        const link = document.getElementById('backup-link') as HTMLAnchorElement;
        return { name: link.download, text: await (await fetch(link.href)).text() };
      });
      expect(file.name).toMatch(/^spasm-lens-\d{4}-\d{2}-\d{2}\.json$/);
      await popup.close();
      await h.api.setSettings({ theme: 'auto', markColor: 'text' });
      await h.api.setStored('corrections', { version: 1, items: [] });

      const fresh = await launch(h.name);
      try {
        const api = await openExtensionConsole(fresh);
        const other = await fresh.openExtensionPage('popup/index.html', { width: 380, height: 600 });
        await other.click('#settings-toggle');
        const upload = async (text: string) => {
          await other.evaluate((t) => {
            const input = document.getElementById('backup-import') as HTMLInputElement;
            const data = new DataTransfer();
            data.items.add(new File([t], 'backup.json', { type: 'application/json' }));
            input.files = data.files;
            input.dispatchEvent(new Event('change'));
          }, text);
        };
        await upload('{ "format": "spasm-lens-backup", "version": 1, "settings": 3 ');
        await expect.poll(() => textOf(other, '#backup-status'), { timeout: 5000 }).toMatch(/Nothing was changed/);
        expect(await api.stored('corrections')).toBeUndefined();
        expect(await api.rawSettings()).toBeUndefined();
        await upload(file.text);
        await expect.poll(() => textOf(other, '#backup-status'), { timeout: 5000 }).toMatch(/Imported/);
        expect(await api.rawSettings()).toMatchObject({ theme: 'dark', markColor: 'orange' });
        expect(await api.stored('corrections')).toMatchObject({ items: [{ phrase: 'cramping', site: null }] });
        await expect.poll(() => textOf(other, '#corrections li'), { timeout: 5000 }).toMatch(/cramping/);
      } finally {
        await fresh.close();
      }
    });
  },
  {
    '/cramping.html': () => PAGE,
    '/frame.html': () => FRAME,
    '/why.html': () => WHY,
  },
);
