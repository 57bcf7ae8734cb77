import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useExtensionHarness } from '../support/harness';
import { CAUSES } from '../../src/reference/causes';
import {
  ARTIFACTS,
  highlightSizes,
  openPopup,
  tabIdOf,
  waitForHighlightSize,
  waitForMarks,
  waitForNoHighlights,
} from '../support/browser';
import { page as htmlPage } from '../support/pages';
import { readTooltip } from '../support/tooltip';

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const DOCS = join(import.meta.dirname, '..', '..', 'docs');

const FRAME = '<iframe src="/fixtures/frame.html" width="400" height="80"></iframe>';
const h = useExtensionHarness({
  '/plain.html': () => htmlPage('Plain', '<p>Nothing to mark here.</p>'),
  '/framed.html': () => htmlPage('Framed', `<p>Nothing up here.</p>${FRAME}`),
  '/framed-and-top.html': () => htmlPage('Framed and top', `<p>A charley horse up here.</p>${FRAME}`),
});

type ChromeApi = {
  action: { getBadgeText(d: { tabId: number }): Promise<string> };
};

async function fixtureWithPopup(name = 'basic.html', marks = 3): Promise<{ page: Page; popup: Page; tabId: number }> {
  const page = await h.ext.context.newPage();
  await page.goto(h.server.url(`/fixtures/${name}`));
  await waitForMarks(page, marks);
  const tabId = await tabIdOf(h.ext, page);
  const popup = await openPopup(h.ext, tabId);
  return { page, popup, tabId };
}

async function axeViolations(page: Page): Promise<string[]> {
  // Evaluated over CDP: the extension page's CSP rightly refuses inline scripts.
  await page.evaluate(AXE);
  return page.evaluate(async () => {
    const axe = (
      window as unknown as { axe: { run(o?: object): Promise<{ violations: { id: string; nodes: unknown[] }[] }> } }
    ).axe;
    const result = await axe.run();
    return result.violations.map((v) => `${v.id} (${v.nodes.length})`);
  });
}

describe('the popup', () => {
  it('lists every cause by category, with the general facts, the note and the source', async () => {
    const popup = await openPopup(h.ext);
    const titles = await popup.locator('li.cause strong').allTextContents();
    expect(titles.sort()).toEqual(CAUSES.map((c) => c.title).sort());
    expect(await popup.locator('h3.category').count()).toBeGreaterThanOrEqual(6);
    await popup.locator('#dehydration summary').click();
    expect(await popup.locator('#dehydration .body').textContent()).toMatch(/sodium, calcium, magnesium and potassium/);
    expect(await popup.locator('.note').textContent()).toMatch(/not medical advice/i);
    expect(await popup.locator('.source').last().textContent()).toMatch(/Causes of Muscle Spasms/);
    await popup.close();
  });

  it('searches as you type, with synonyms and typos, and says so when nothing matches', async () => {
    const popup = await openPopup(h.ext);
    const search = popup.locator('#reference-search');
    await search.fill('dehidration');
    expect(await popup.locator('li.cause strong').first().textContent()).toBe('Dehydration and salt loss');
    await search.fill('charlie horse');
    expect(await popup.locator('#search-hint').textContent()).toMatch(/every cause below can apply/);
    expect(await popup.locator('li.cause').count()).toBe(CAUSES.length);
    await search.fill('xyzzy');
    expect(await popup.locator('#search-hint').textContent()).toMatch(/No cause matches/);
    await search.fill('pregnant');
    await search.press('Enter');
    expect(await popup.locator('#pregnancy details').getAttribute('open')).not.toBeNull();
    await popup.close();
  });

  it('shows the mentions on the page and steps through them with previous/next', async () => {
    const { page, popup } = await fixtureWithPopup();
    await popup.waitForFunction(() =>
      /3 mentions on this page/.test(document.getElementById('page-status')?.textContent ?? ''),
    );
    const tooltipName = async () => (await readTooltip(page)).name;
    await popup.locator('#next').click();
    await expect.poll(tooltipName, { timeout: 5000 }).toContain('muscle spasm');
    await popup.locator('#next').click();
    await expect.poll(tooltipName, { timeout: 5000 }).toContain('leg cramps');
    await popup.locator('#prev').click();
    await expect.poll(tooltipName, { timeout: 5000 }).toContain('muscle spasm');
    await popup.screenshot({ path: join(ARTIFACTS, 'popup-page.png') });
    await popup.close();
    await page.close();
  });

  it('counts every frame in the badge, and forgets pages and frames that have gone', async () => {
    const page = await h.ext.context.newPage();
    await page.goto(h.server.url('/fixtures/basic.html'));
    await waitForMarks(page, 3);
    const tabId = await tabIdOf(h.ext, page);
    const badge = () =>
      h.ext.worker?.evaluate(
        (id) => (globalThis as unknown as { chrome: ChromeApi }).chrome.action.getBadgeText({ tabId: id }),
        tabId,
      );
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
    await page.waitForTimeout(300);
    expect(await badge()).toBe('3');
    // Top and iframe together; then the iframe leaves the page.
    await page.goto(h.server.url('/framed-and-top.html'));
    await expect.poll(badge, { timeout: 5000 }).toBe('2');
    await page.evaluate(() => document.querySelector('iframe')?.remove());
    await expect.poll(badge, { timeout: 5000 }).toBe('1');
    await page.close();
  });

  it('applies the mark style at once to an open tab', async () => {
    const { page, popup } = await fixtureWithPopup();
    await popup.locator('#settings summary').click();
    await popup.locator('input[name="style"][value="background"]').check();
    await waitForHighlightSize(page, 'spasm-lens-background', 3);
    expect(await highlightSizes(page)).not.toHaveProperty('spasm-lens-underline');
    await page.screenshot({ path: join(ARTIFACTS, 'page-background-style.png') });
    await popup.locator('input[name="style"][value="underline"]').check();
    await waitForHighlightSize(page, 'spasm-lens-underline', 3);
    await popup.close();
    await page.close();
  });

  it('marks other-medical senses only when asked, and only the first mention when asked', async () => {
    const { page, popup } = await fixtureWithPopup();
    await popup.locator('#settings summary').click();
    await popup.locator('#show-other-medical').check();
    // "menstrual cramps" and "bronchospasm" in the trap paragraph.
    await waitForHighlightSize(page, 'spasm-lens-other', 2);
    await popup.locator('#show-other-medical').uncheck();
    await waitForHighlightSize(page, 'spasm-lens-other', 0);
    await popup.locator('input[name="scope"][value="first"]').check();
    await waitForHighlightSize(page, 'spasm-lens-underline', 1);
    await popup.locator('input[name="scope"][value="all"]').check();
    await waitForMarks(page, 3, 5000);
    await popup.close();
    await page.close();
  });

  it('turns the extension off for a site, at once and after a reload, and back on', async () => {
    const { page, popup, tabId } = await fixtureWithPopup();
    await popup.locator('#site-off').check();
    await waitForNoHighlights(page);
    await page.reload();
    await page.waitForTimeout(800);
    expect(await highlightSizes(page)).toEqual({});
    const again = await openPopup(h.ext, tabId);
    await again.waitForFunction(() =>
      /off for this site/.test(document.getElementById('page-status')?.textContent ?? ''),
    );
    await again.locator('#settings summary').click();
    expect(await again.locator('.sites li').allTextContents()).toEqual([expect.stringContaining('127.0.0.1')]);
    await again.locator('#site-off').uncheck();
    await waitForMarks(page, 3, 5000);
    await again.close();
    await popup.close();
    await page.close();
  });

  it('explains why nothing is marked on a page extensions cannot read', async () => {
    const page = await h.ext.context.newPage();
    await page.goto('chrome://version');
    const tabId = await tabIdOf(h.ext, page);
    const popup = await openPopup(h.ext, tabId);
    await popup.waitForFunction(() =>
      /cannot be read by extensions/.test(document.getElementById('page-status')?.textContent ?? ''),
    );
    await popup.close();
    await page.close();
  });

  it('has no accessibility violations (axe-core) in light and dark, and is operable by keyboard', async () => {
    for (const scheme of ['light', 'dark'] as const) {
      const { page, popup } = await fixtureWithPopup();
      await popup.emulateMedia({ colorScheme: scheme });
      await popup.waitForFunction(() =>
        /mentions on this page/.test(document.getElementById('page-status')?.textContent ?? ''),
      );
      await popup.screenshot({ path: join(DOCS, `popup-${scheme}.png`) });
      await popup.locator('#settings summary').click();
      await popup.locator('#dehydration summary').click();
      expect(await axeViolations(popup), scheme).toEqual([]);
      await popup.screenshot({ path: join(ARTIFACTS, `popup-${scheme}.png`), fullPage: true });
      await popup.close();
      await page.close();
    }
    const popup = await openPopup(h.ext);
    // The search box has focus on open; Tab moves on through real controls.
    expect(await popup.evaluate(() => document.activeElement?.id)).toBe('reference-search');
    await popup.keyboard.type('cold');
    await popup.keyboard.press('Enter');
    expect(await popup.locator('#cold-temperatures details').getAttribute('open')).not.toBeNull();
    await popup.close();
  });

  it('opens the full reference page at a cause', async () => {
    const page = await h.ext.context.newPage();
    await page.goto(`chrome-extension://${h.ext.extensionId}/popup/reference.html#myotonia`);
    await page.waitForSelector('#myotonia details[open]');
    expect(await page.locator('h1').textContent()).toMatch(/Spasm Lens/);
    await page.close();
  });
});
