import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { expect, it } from 'vitest';
import { CAUSES } from '../../src/reference/causes';
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

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

const FRAME = '<iframe src="/fixtures/frame.html" width="400" height="80"></iframe>';
const GENERATED = {
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

async function axeViolations(page: Page): Promise<string[]> {
  // Evaluated by the driver: the extension page's CSP rightly refuses inline scripts.
  await page.evaluate(AXE);
  return page.evaluate(async () => {
    const axe = (
      window as unknown as { axe: { run(o?: object): Promise<{ violations: { id: string; nodes: unknown[] }[] }> } }
    ).axe;
    const result = await axe.run();
    return result.violations.map((v) => `${v.id} (${v.nodes.length})`);
  });
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
      await waitForStatus(popup, /3 mentions on this page/);
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
      await waitForStatus(popup, /3 mentions on this page/);
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
      await popup.click('#settings summary');
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
      await popup.click('#settings summary');
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
        await waitForStatus(popup, /1 mention on this page/);
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
      await again.click('#settings summary');
      const sites = await again.$$eval('.sites li', (els) => els.map((e) => e.textContent ?? ''));
      expect(sites).toEqual([expect.stringContaining('127.0.0.1')]);
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
          await waitForStatus(popup, /mentions on this page/);
          // The page's mentions are listed (and checked by axe with the rest).
          await expect.poll(() => count(popup, '#mention-list button'), { timeout: 5000 }).toBe(3);
          const docs = docsScreenshotPath(h, `popup-${scheme}.png`);
          if (docs) await popup.screenshot({ path: docs });
          await popup.click('#settings summary');
          await popup.click('#dehydration summary');
          expect(await axeViolations(popup), scheme).toEqual([]);
          await popup.screenshot({ path: join(ARTIFACTS, `popup-${scheme}-${h.name}.png`), fullPage: true });
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
