import { join } from 'node:path';
import { expect, it } from 'vitest';
import { CAUSES } from '../../src/reference/causes';
import { axeViolations } from '../support/e2e/axe';
import { openExtensionConsole } from '../support/e2e/extension-console';
import { ARTIFACTS, describeInBrowsers, docsScreenshotPath, type Harness } from '../support/e2e/harness';
import { launch } from '../support/e2e/launch';
import {
  highlightSizes,
  markedTexts,
  sleep,
  waitForFound,
  waitForHighlightSize,
  waitForMarks,
  waitForNoHighlights,
} from '../support/e2e/marks';
import {
  accessibleList,
  attribute,
  count,
  fill,
  openPopup,
  setChecked,
  textOf,
  waitForStatus,
} from '../support/e2e/popup';
import { hover, readTooltip } from '../support/e2e/tooltip';
import { page as htmlPage } from '../support/pages';

const FRAME = '<iframe src="/fixtures/frame.html" width="400" height="80"></iframe>';
const MANY = Array.from({ length: 30 }, (_, i) => `<p>Day ${i + 1}: a calf cramp after the run.</p>`).join('');
const ARTICLE =
  '<nav><a href="/cramps">Cramps</a></nav><div id="toc" class="toc"><ol><li>Night cramps</li></ol></div>' +
  '<p>Most nights my leg cramps start after a long shift on my feet.</p>' +
  '<div class="navbox"><p>Muscle cramp · Spasm</p></div>' +
  '<ol class="references"><li>Night cramps in older adults. J Fam Pract.</li></ol>';
const GENERATED = {
  '/many.html': () => htmlPage('Many', MANY),
  '/article.html': () => htmlPage('Article', ARTICLE),
  '/plain.html': () => htmlPage('Plain', '<p>Nothing to mark here.</p>'),
  '/framed.html': () => htmlPage('Framed', `<p>Nothing up here.</p>${FRAME}`),
  '/framed-and-top.html': () => htmlPage('Framed and top', `<p>A charley horse up here.</p>${FRAME}`),
  '/framed-middle.html': () =>
    htmlPage(
      'Framed in the middle',
      `<p id="first">First, a charley horse after the long run.</p>${FRAME}<div style="height: 2400px"></div><p id="last">Last, a muscle spasm in the neck.</p>`,
    ),
};

/** A page no extension may read, in each browser. */
const PRIVILEGED_PAGE = { chromium: 'chrome://version', firefox: 'about:license' } as const;

async function fixtureWithPopup(h: Harness, name = 'basic.html', marks = 3) {
  const page = await h.ext.newPage();
  await page.goto(h.server.url(`/fixtures/${name}`));
  await waitForMarks(page, marks);
  const tabId = await h.api.tabIdOf(page);
  const popup = await openPopup(h, tabId);
  return { page, popup, tabId };
}

describeInBrowsers(
  'the popup',
  (h) => {
    it('lists every cause by category, with the general facts, the note and the source', async () => {
      const popup = await openPopup(h);
      const titles = await popup.$$eval('li.cause strong', (els) => els.map((e) => e.textContent ?? ''));
      expect(titles.sort()).toEqual(CAUSES.map((c) => c.title).sort());
      expect(await count(popup, 'h3.category')).toBeGreaterThanOrEqual(6);
      await popup.click('#dehydration summary');
      expect(await textOf(popup, '#dehydration .body')).toMatch(/sodium, calcium, magnesium and potassium/);
      expect(await textOf(popup, '.note')).toMatch(/not medical advice/i);
      const sources = await popup.$$eval('.source', (els) => els.map((e) => e.textContent ?? ''));
      expect(sources.at(-1)).toMatch(/Causes of Muscle Spasms/);
      await popup.close();
    });

    it('searches as you type, with synonyms and typos, and says so when nothing matches', async () => {
      const popup = await openPopup(h);
      await fill(popup, '#reference-search', 'dehidration');
      expect(await textOf(popup, 'li.cause strong')).toBe('Dehydration and salt loss');
      await fill(popup, '#reference-search', 'charlie horse');
      expect(await textOf(popup, '#search-hint')).toMatch(/every cause below can apply/);
      expect(await count(popup, 'li.cause')).toBe(CAUSES.length);
      await fill(popup, '#reference-search', 'xyzzy');
      expect(await textOf(popup, '#search-hint')).toMatch(/No cause matches/);
      // Clinical words, and each result says which words matched.
      await fill(popup, '#reference-search', 'hypokalemia');
      expect(await textOf(popup, 'li.cause strong')).toBe('Dehydration and salt loss');
      expect(await textOf(popup, 'li.cause .matched')).toMatch(/hypokalemia/);
      // A word naming one cause lists that cause alone, with the cause's own word that matched.
      await fill(popup, '#reference-search', 'booze');
      expect(await count(popup, 'li.cause')).toBe(1);
      expect(await textOf(popup, 'li.cause .matched')).toBe('matches: alcohol');
      // A condition every cause mentions in passing finds its own entry.
      await fill(popup, '#reference-search', 'writer’s cramp');
      expect(await textOf(popup, 'li.cause strong')).toMatch(/Neurological/);
      expect(await textOf(popup, '#search-hint')).not.toMatch(/every cause below can apply/);
      // Another kind of cramp: the reference says what it covers.
      await fill(popup, '#reference-search', 'menstrual cramps');
      expect(await textOf(popup, '#search-hint')).toMatch(/skeletal muscle only/);
      await fill(popup, '#reference-search', 'pregnant');
      await popup.keyboard.press('Enter');
      expect(await attribute(popup, '#pregnancy details', 'open')).not.toBeNull();
      await popup.close();
    });

    it('shows the mentions on the page and steps through them with previous/next', async () => {
      const { page, popup } = await fixtureWithPopup(h);
      await waitForStatus(popup, /3 mentions in the text/);
      const tooltipName = async () => (await readTooltip(h.ext, page)).name;
      await popup.click('#next');
      await expect.poll(tooltipName, { timeout: 5000 }).toContain('muscle spasm');
      await popup.click('#next');
      await expect.poll(tooltipName, { timeout: 5000 }).toContain('leg cramps');
      await popup.click('#prev');
      await expect.poll(tooltipName, { timeout: 5000 }).toContain('muscle spasm');
      await popup.screenshot({ path: join(ARTIFACTS, `popup-page-${h.name}.png`) });
      await popup.close();
      await page.close();
    });

    it('lists every mention of the tab in page order, iframes included, and opens the chosen one with focus', async () => {
      const page = await h.ext.newPage();
      await page.goto(h.server.url('/framed-middle.html'));
      // Painted: the first only; the last, two screens down, is found and counted all the same.
      await waitForMarks(page, 1);
      const tabId = await h.api.tabIdOf(page);
      expect(await waitForFound(() => h.api.foundCount(tabId), 2)).toBe(2);
      expect(await markedTexts(page)).toEqual(['charley horse']);
      // Badge and popup count the same mentions: the top frame's two and the iframe's one.
      await expect.poll(() => h.api.badgeText(tabId), { timeout: 5000 }).toBe('3');
      const popup = await openPopup(h, tabId);
      await waitForStatus(popup, /3 mentions in the text/);
      const items = () => popup.$$eval('#mention-list button', (els) => els.map((e) => e.textContent ?? ''));
      await expect.poll(async () => (await items()).length, { timeout: 5000 }).toBe(3);
      // Each row shows the first cause its tooltip would (asked for the rows in view).
      await expect
        .poll(async () => (await items())[0], { timeout: 5000 })
        .toMatch(/charley horse.*Likely: Prolonged exercise/);
      const listed = await items();
      expect(listed[1]).toMatch(/Inside an iframe: calf cramps/);
      expect(listed[2]).toMatch(/muscle spasm in the neck/);
      // The list is a labelled list of buttons, in the accessibility tree as such.
      const announced = await accessibleList(popup, h.name, 'Mentions on this page');
      expect(announced).toHaveLength(3);
      expect(announced?.[2]).toMatch(/muscle spasm in the neck/);
      const inView = () =>
        page.evaluate(() => {
          const r = document.getElementById('last')?.getBoundingClientRect();
          return r !== undefined && r.top >= 0 && r.bottom <= innerHeight;
        });
      expect(await inView()).toBe(false);
      // Choosing the last one scrolls the page to it and opens its tooltip with focus inside.
      await popup.click('#mention-list li:nth-child(3) button');
      await page.bringToFront();
      await expect.poll(async () => (await readTooltip(h.ext, page)).name, { timeout: 5000 }).toContain('muscle spasm');
      const state = await readTooltip(h.ext, page);
      // Focus inside the tooltip (Chromium: read from the accessibility tree), the page scrolled to it.
      expect(state.focused).toBe(true);
      expect(await inView()).toBe(true);
      // Scrolled to, it is painted.
      await expect.poll(() => markedTexts(page), { timeout: 3000 }).toContain('muscle spasm');
      await expect
        .poll(async () => (await readTooltip(h.ext, page)).announced, { timeout: 3000 })
        .toBe('Mention 3 of 3');
      expect(await textOf(popup, '#position')).toBe('3 / 3');
      await popup.screenshot({ path: join(ARTIFACTS, `popup-mention-list-${h.name}.png`) });
      // Previous (the keyboard command's path too) goes into the iframe, then back to the first.
      await h.api.stepMention(tabId, -1);
      // The iframe's tooltip opens; the one left open in the top frame closes.
      await expect.poll(async () => (await readTooltip(h.ext, page)).open, { timeout: 5000 }).toBe(false);
      await h.api.stepMention(tabId, -1);
      await expect
        .poll(async () => (await readTooltip(h.ext, page)).name, { timeout: 5000 })
        .toContain('charley horse');
      await expect
        .poll(async () => (await readTooltip(h.ext, page)).announced, { timeout: 3000 })
        .toBe('Mention 1 of 3');
      await popup.close();
      await page.close();
    });

    it('highlights and scrolls to the listed mention the tooltip is open on, as the reader steps', async () => {
      const page = await h.ext.newPage();
      await page.goto(h.server.url('/many.html'));
      const tabId = await h.api.tabIdOf(page);
      expect(await waitForFound(() => h.api.foundCount(tabId), 30)).toBe(30);
      const popup = await openPopup(h, tabId);
      await expect.poll(() => count(popup, '#mention-list button'), { timeout: 5000 }).toBe(30);
      const current = () =>
        popup.evaluate(() => {
          const rows = [...document.querySelectorAll('#mention-list button')];
          const at = rows.findIndex((b) => b.getAttribute('aria-current') === 'true');
          const list = document.getElementById('mention-list')?.getBoundingClientRect();
          const row = rows[at]?.getBoundingClientRect();
          const visible = !!list && !!row && row.top >= list.top - 1 && row.bottom <= list.bottom + 1;
          return { at, visible, marked: rows.filter((b) => b.hasAttribute('aria-current')).length };
        });
      expect((await current()).at).toBe(-1);
      // Clicked as fast as the driver can: every click counts, each step going on from the last.
      for (let i = 1; i <= 27; i++) await popup.click('#next');
      await expect.poll(() => textOf(popup, '#position'), { timeout: 10_000 }).toBe('27 / 30');
      expect(await current()).toEqual({ at: 26, visible: true, marked: 1 });
      await popup.click('#prev');
      await expect.poll(async () => (await current()).at, { timeout: 5000 }).toBe(25);
      await popup.close();
      await page.close();
    });

    it('keeps the settings one button from the top, with the keyboard shortcuts, and Done goes back', async () => {
      const popup = await openPopup(h);
      const shown = (sel: string) =>
        popup.$eval(sel, (el) => !(el as HTMLElement).hidden && el.getClientRects().length > 0);
      expect(await shown('#settings')).toBe(false);
      // The button comes before the page and the reference, in the header.
      expect(await popup.$eval('#settings-toggle', (b) => b.closest('header') !== null)).toBe(true);
      await popup.click('#settings-toggle');
      expect(await shown('#settings')).toBe(true);
      expect(await shown('#page')).toBe(false);
      expect(await attribute(popup, '#settings-toggle', 'aria-expanded')).toBe('true');
      expect(await popup.$eval('#settings', (el) => el.getBoundingClientRect().top)).toBeLessThan(120);
      await popup.waitForSelector('#shortcuts:not([hidden]) kbd');
      const keys = await popup.$$eval('#shortcuts kbd', (els) => els.map((e) => e.textContent));
      expect(keys).toEqual(expect.arrayContaining(['Alt+Shift+J', 'Alt+Shift+K']));
      expect(await textOf(popup, '#shortcuts')).toMatch(/next spasm or cramp mention/);
      expect(await textOf(popup, '#shortcuts button')).toBe('Change shortcuts');
      await popup.keyboard.press('Escape');
      expect(await shown('#settings')).toBe(false);
      expect(await shown('#page')).toBe(true);
      expect(await popup.evaluate(() => document.activeElement?.id)).toBe('settings-toggle');
      await popup.click('#settings-toggle');
      await popup.click('#settings-done');
      expect(await shown('#reference')).toBe(true);
      await popup.close();
    });

    it('leaves navigation, contents and references unmarked, counts "in the text", and marks them on request', async () => {
      const page = await h.ext.newPage();
      await page.goto(h.server.url('/article.html'));
      await waitForMarks(page, 1);
      await sleep(300);
      expect(await markedTexts(page)).toEqual(['leg cramps']);
      const tabId = await h.api.tabIdOf(page);
      const popup = await openPopup(h, tabId);
      await waitForStatus(popup, /1 mention in the text/);
      await popup.click('#settings-toggle');
      await setChecked(popup, '#mark-page-parts', true);
      await expect.poll(async () => (await markedTexts(page)).length, { timeout: 5000 }).toBeGreaterThanOrEqual(3);
      expect(await markedTexts(page)).toEqual(expect.arrayContaining(['leg cramps', 'Night cramps']));
      await popup.click('#settings-done');
      await waitForStatus(popup, /\d+ mentions on this page/);
      await popup.click('#settings-toggle');
      await setChecked(popup, '#mark-page-parts', false);
      await expect.poll(() => markedTexts(page), { timeout: 5000 }).toEqual(['leg cramps']);
      await popup.close();
      await page.close();
    });

    it('counts every frame in the badge, and forgets pages and frames that have gone', async () => {
      const page = await h.ext.newPage();
      await page.goto(h.server.url('/fixtures/basic.html'));
      await waitForMarks(page, 3);
      const tabId = await h.api.tabIdOf(page);
      const badge = () => h.api.badgeText(tabId);
      await expect.poll(badge, { timeout: 5000 }).toBe('3');
      // A page without mentions says nothing; the browser cleared the badge when the tab navigated.
      await page.goto(h.server.url('/plain.html'));
      await expect.poll(badge, { timeout: 5000 }).toBe('');
      // Only the iframe marks something.
      await page.goto(h.server.url('/framed.html'));
      await expect.poll(badge, { timeout: 5000 }).toBe('1');
      // The iframe's count from the page before must not be added to this page's.
      await page.goto(h.server.url('/fixtures/basic.html'));
      await waitForMarks(page, 3);
      await expect.poll(badge, { timeout: 5000 }).toBe('3');
      await sleep(300);
      expect(await badge()).toBe('3');
      // Top and iframe together; then the iframe leaves the page.
      await page.goto(h.server.url('/framed-and-top.html'));
      await expect.poll(badge, { timeout: 5000 }).toBe('2');
      await page.evaluate(() => document.querySelector('iframe')?.remove());
      await expect.poll(badge, { timeout: 5000 }).toBe('1');
      await page.close();
    });

    it('applies the mark style and colour at once to an open tab', async () => {
      const { page, popup } = await fixtureWithPopup(h);
      await popup.click('#settings-toggle');
      await setChecked(popup, 'input[name="style"][value="background"]', true);
      await waitForHighlightSize(page, 'spasm-lens-background', 3);
      expect(await highlightSizes(page)).not.toHaveProperty('spasm-lens-underline');
      await page.screenshot({ path: join(ARTIFACTS, `page-background-style-${h.name}.png`) });
      await setChecked(popup, 'input[name="style"][value="underline"]', true);
      await waitForHighlightSize(page, 'spasm-lens-underline', 3);
      await setChecked(popup, 'input[name="color"][value="orange"]', true);
      await waitForHighlightSize(page, 'spasm-lens-underline-orange', 3);
      expect(await highlightSizes(page)).not.toHaveProperty('spasm-lens-underline');
      await setChecked(popup, 'input[name="color"][value="text"]', true);
      await waitForHighlightSize(page, 'spasm-lens-underline', 3);
      await popup.close();
      await page.close();
    });

    it('marks other-medical senses only when asked, and only the first mention when asked', async () => {
      const { page, popup } = await fixtureWithPopup(h);
      await popup.click('#settings-toggle');
      await setChecked(popup, '#show-other-medical', true);
      // "menstrual cramps" and "bronchospasm" in the trap paragraph.
      await waitForHighlightSize(page, 'spasm-lens-other', 2);
      await setChecked(popup, '#show-other-medical', false);
      await waitForHighlightSize(page, 'spasm-lens-other', 0);
      await setChecked(popup, 'input[name="scope"][value="first"]', true);
      await waitForHighlightSize(page, 'spasm-lens-underline', 1);
      await setChecked(popup, 'input[name="scope"][value="all"]', true);
      await waitForMarks(page, 3, 5000);
      await popup.close();
      await page.close();
    });

    it('with "only the first mention", only that one is marked, hovered, counted and stepped to', async () => {
      await h.api.setSettings({ markScope: 'first' });
      try {
        const { page, popup, tabId } = await fixtureWithPopup(h, 'basic.html', 1);
        await waitForHighlightSize(page, 'spasm-lens-underline', 1);
        // The second mention in the page is not marked: hovering it opens nothing. (The page is
        // brought to the front first: Chromium holds input events to a background tab.)
        await page.bringToFront();
        await hover(h.ext, page, '#pregnancy', 'leg cramps', false);
        expect((await readTooltip(h.ext, page)).open).toBe(false);
        await waitForStatus(popup, /1 mention in the text/);
        await expect.poll(() => h.api.badgeText(tabId), { timeout: 5000 }).toBe('1');
        // Stepping stays on the one shown mention.
        await h.api.stepMention(tabId, 1);
        await expect
          .poll(async () => (await readTooltip(h.ext, page)).name, { timeout: 5000 })
          .toContain('muscle spasm');
        await page.keyboard.press('Escape');
        await h.api.stepMention(tabId, 1);
        await expect
          .poll(async () => (await readTooltip(h.ext, page)).name, { timeout: 5000 })
          .toContain('muscle spasm');
        await popup.close();
        await page.close();
      } finally {
        await h.api.setSettings({ markScope: 'all' });
      }
    });

    it('turns the extension off for a site, at once and after a reload, and back on', async () => {
      const { page, popup, tabId } = await fixtureWithPopup(h);
      await setChecked(popup, '#site-off', true);
      await waitForNoHighlights(page);
      await page.reload();
      await sleep(800);
      expect(await highlightSizes(page)).toEqual({});
      const again = await openPopup(h, tabId);
      await waitForStatus(again, /off for this site/);
      await again.click('#settings-toggle');
      const sites = await again.$$eval('.sites li', (els) => els.map((e) => e.textContent ?? ''));
      expect(sites).toEqual([expect.stringContaining('127.0.0.1')]);
      await again.click('#settings-done');
      await setChecked(again, '#site-off', false);
      await waitForMarks(page, 3, 5000);
      await again.close();
      await popup.close();
      await page.close();
    });

    it('explains why nothing is marked on a page extensions cannot read', async () => {
      const page = await h.ext.newPage();
      await h.ext.goto(page, PRIVILEGED_PAGE[h.name]);
      const tabId = await h.api.tabIdOf(page);
      const popup = await openPopup(h, tabId);
      await waitForStatus(popup, /cannot be read by extensions/);
      await popup.close();
      await page.close();
    });

    it('has no accessibility violations (axe-core) in light and dark, and is operable by keyboard', async () => {
      for (const scheme of ['light', 'dark'] as const) {
        // Dark runs in a browser started dark (Firefox takes the scheme from a pref at start-up).
        const browser = scheme === 'light' ? h.ext : await launch(h.name, { colorScheme: 'dark' });
        const hs: Harness = {
          ...h,
          ext: browser,
          api: scheme === 'light' ? h.api : await openExtensionConsole(browser),
        };
        try {
          const { page, popup } = await fixtureWithPopup(hs);
          await waitForStatus(popup, /mentions in the text/);
          // The page's mentions are listed (and checked by axe with the rest).
          await expect.poll(() => count(popup, '#mention-list button'), { timeout: 5000 }).toBe(3);
          const docs = docsScreenshotPath(h, `popup-${scheme}.png`);
          if (docs) await popup.screenshot({ path: docs });
          await popup.click('#dehydration summary');
          expect(await axeViolations(popup), scheme).toEqual([]);
          await popup.screenshot({ path: join(ARTIFACTS, `popup-${scheme}-${h.name}.png`), fullPage: true });
          await popup.click('#settings-toggle');
          await popup.waitForSelector('#shortcuts:not([hidden]) kbd');
          expect(await axeViolations(popup), `${scheme}, settings`).toEqual([]);
          const settingsDocs = docsScreenshotPath(h, `popup-settings-${scheme}.png`);
          if (settingsDocs) await popup.screenshot({ path: settingsDocs });
          await popup.screenshot({ path: join(ARTIFACTS, `popup-settings-${scheme}-${h.name}.png`), fullPage: true });
          await popup.close();
          await page.close();
        } finally {
          if (browser !== h.ext) await browser.close();
        }
      }
      const popup = await openPopup(h);
      // The search box has focus on open; Tab moves on through real controls.
      expect(await popup.evaluate(() => document.activeElement?.id)).toBe('reference-search');
      await popup.keyboard.type('cold');
      await popup.keyboard.press('Enter');
      expect(await attribute(popup, '#cold-temperatures details', 'open')).not.toBeNull();
      await popup.close();
    });

    it('opens the full reference page at a cause', async () => {
      const page = await h.ext.openExtensionPage('popup/reference.html#myotonia');
      await page.waitForSelector('#myotonia details[open]');
      expect(await textOf(page, 'h1')).toMatch(/Spasm Lens/);
      await page.close();
    });
  },
  GENERATED,
);
