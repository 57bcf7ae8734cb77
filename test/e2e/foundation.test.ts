import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useExtensionHarness } from '../support/harness';
import { CAUSES } from '../../src/reference/causes';
import {
  ARTIFACTS,
  highlightSizes,
  launchPlain,
  markCount,
  openPopup,
  tabIdOf,
  waitForMarks,
  waitForNoHighlights,
} from '../support/browser';

const h = useExtensionHarness();

async function openFixture(name: string): Promise<Page> {
  const page = await h.ext.context.newPage();
  await page.goto(h.server.url(`/fixtures/${name}`));
  return page;
}

describe('the built extension in Chromium', () => {
  it('registers muscle mentions in CSS.highlights and nothing for the traps', async () => {
    const page = await openFixture('basic.html');
    // muscle spasm (across <em>), leg cramps, Cramps at night; none of the trap sentence.
    expect(await waitForMarks(page, 3)).toBe(3);
    const marked = await page.evaluate(() => {
      const h = CSS.highlights.get('spasm-lens-underline');
      return h ? [...h].map((r) => (r as StaticRange).startContainer.parentElement?.closest('p')?.id) : [];
    });
    expect(marked.sort()).toEqual(['marathon', 'plain', 'pregnancy']);
    await page.screenshot({ path: join(ARTIFACTS, 'page-marked.png') });
    await page.close();
  });

  it('leaves the page DOM exactly as the page built it', async () => {
    const page = await openFixture('basic.html');
    await waitForMarks(page, 3);
    const withExtension = await page.evaluate(() => document.documentElement.outerHTML);
    const plain = await launchPlain();
    try {
      const other = await plain.context.newPage();
      await other.goto(h.server.url('/fixtures/basic.html'));
      expect(withExtension).toBe(await other.evaluate(() => document.documentElement.outerHTML));
    } finally {
      await plain.close();
    }
    await page.close();
  });

  it('the popup lists every cause of the reference', async () => {
    const popup = await openPopup(h.ext);
    const titles = await popup.locator('li.cause strong').allTextContents();
    expect(titles).toEqual(expect.arrayContaining(CAUSES.map((c) => c.title)));
    expect(titles).toHaveLength(CAUSES.length);
    await popup.screenshot({ path: join(ARTIFACTS, 'popup.png') });
    await popup.close();
  });

  it('turning the extension off in the popup clears the marks in an open tab at once, and on restores them', async () => {
    const page = await openFixture('basic.html');
    await waitForMarks(page, 3);
    const popup = await openPopup(h.ext, await tabIdOf(h.ext, page));
    await popup.locator('#enabled').uncheck();
    await waitForNoHighlights(page);
    expect(await highlightSizes(page)).toEqual({});
    await popup.locator('#enabled').check();
    expect(await waitForMarks(page, 3, 5000)).toBe(3);
    expect(await markCount(page)).toBe(3);
    await popup.close();
    await page.close();
  });
});
