import { expect, it } from 'vitest';
import { describeInBrowsers } from '../support/e2e/harness';
import { markCount, sleep, waitForMarks } from '../support/e2e/marks';
import { hover, readTooltip } from '../support/e2e/tooltip';

describeInBrowsers('a page left open while the extension reloads', (h) => {
  // The reload takes the extension's pages with it, the console included: this block's only test.
  it('leaves no dead highlights: Chromium clears them, Firefox marks anew with a working tooltip', async () => {
    const page = await h.ext.newPage();
    await page.goto(h.server.url('/fixtures/basic.html'));
    await waitForMarks(page, 3);
    await h.api.reloadExtension();
    // Chrome takes runtime.id from the old script, which notices within its next check (1 s) and
    // removes its marks (Chrome injects no new script into open tabs). Firefox injects the reloaded
    // extension's script, which marks the page again and answers hovers.
    await sleep(3000);
    if (h.name === 'chromium') {
      // The orphaned script took its marks away, and nothing new was injected.
      expect(await markCount(page)).toBe(0);
    } else {
      // The reloaded extension's script marks the page again, and its tooltip answers.
      expect(await markCount(page)).toBeGreaterThan(0);
      await hover(h.ext, page, '#pregnancy', 'leg cramps');
      expect((await readTooltip(h.ext, page)).open).toBe(true);
    }
    await page.close();
  });
});
