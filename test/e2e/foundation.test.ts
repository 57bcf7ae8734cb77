import { join } from 'node:path';
import { expect, it } from 'vitest';
import { CAUSES } from '../../src/reference/causes';
import { ARTIFACTS, describeInBrowsers } from '../support/e2e/harness';
import { launch } from '../support/e2e/launch';
import {
  highlightSizes,
  markCount,
  waitForHighlightSize,
  waitForMarks,
  waitForNoHighlights,
} from '../support/e2e/marks';
import { openPopup, setChecked } from '../support/e2e/popup';

describeInBrowsers('the built extension', (h) => {
  const openFixture = async (name: string) => {
    const page = await h.ext.newPage();
    await page.goto(h.server.url(`/fixtures/${name}`));
    return page;
  };

  it('registers muscle mentions in CSS.highlights and nothing for the traps', async () => {
    const page = await openFixture('basic.html');
    // muscle spasm (across <em>), leg cramps, Cramps at night; none of the trap sentence.
    expect(await waitForMarks(page, 3)).toBe(3);
    const marked = await page.evaluate(() => {
      const hl = CSS.highlights.get('spasm-lens-underline');
      return hl ? [...hl].map((r) => (r as StaticRange).startContainer.parentElement?.closest('p')?.id) : [];
    });
    expect(marked.sort()).toEqual(['marathon', 'plain', 'pregnancy']);
    await page.screenshot({ path: join(ARTIFACTS, `page-marked-${h.name}.png`) });
    await page.close();
  });

  it('leaves the page DOM exactly as the page built it', async () => {
    const page = await openFixture('basic.html');
    await waitForMarks(page, 3);
    const withExtension = await page.evaluate(() => document.documentElement.outerHTML);
    const plain = await launch(h.name, { extension: false });
    try {
      const other = await plain.newPage();
      await other.goto(h.server.url('/fixtures/basic.html'));
      expect(withExtension).toBe(await other.evaluate(() => document.documentElement.outerHTML));
    } finally {
      await plain.close();
    }
    await page.close();
  });

  it('the popup lists every cause of the reference', async () => {
    const popup = await openPopup(h);
    const titles = await popup.$$eval('li.cause strong', (els) => els.map((e) => e.textContent ?? ''));
    expect(titles).toEqual(expect.arrayContaining(CAUSES.map((c) => c.title)));
    expect(titles).toHaveLength(CAUSES.length);
    await popup.screenshot({ path: join(ARTIFACTS, `popup-${h.name}.png`) });
    await popup.close();
  });

  it('leaves a newer version’s settings in storage untouched while pages load, and reads what it knows', async () => {
    const before = await h.api.rawSettings();
    const newer = { version: 99, enabled: true, highlightStyle: 'background', futureOption: { kept: true } };
    await h.api.setRawSettings(newer);
    try {
      const page = await openFixture('basic.html');
      await waitForHighlightSize(page, 'spasm-lens-background', 3);
      await page.reload();
      await waitForHighlightSize(page, 'spasm-lens-background', 3);
      expect(await h.api.rawSettings()).toEqual(newer);
      await page.close();
    } finally {
      await h.api.setRawSettings(before ?? { enabled: true });
    }
  });

  it('turning the extension off in the popup clears the marks in an open tab at once, and on restores them', async () => {
    const page = await openFixture('basic.html');
    await waitForMarks(page, 3);
    const popup = await openPopup(h, await h.api.tabIdOf(page));
    await setChecked(popup, '#enabled', false);
    await waitForNoHighlights(page);
    expect(await highlightSizes(page)).toEqual({});
    await setChecked(popup, '#enabled', true);
    expect(await waitForMarks(page, 3, 5000)).toBe(3);
    expect(await markCount(page)).toBe(3);
    await popup.close();
    await page.close();
  });
});
