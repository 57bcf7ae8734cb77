import { join } from 'node:path';
import { expect, it } from 'vitest';
import { axeViolations } from '../support/e2e/axe';
import { ARTIFACTS, describeInBrowsers, docsScreenshotPath } from '../support/e2e/harness';
import { launch } from '../support/e2e/launch';

describeInBrowsers('the welcome page', (h) => {
  it('opened itself once, on the first install of this fresh profile', () => {
    // The harness closes it at once (see launch.ts); an update opens nothing (test/node/installed.test.ts).
    expect(h.ext.welcomed).toBe(true);
  });

  it('says what the marks are, how to open them, the shortcuts and privacy, with no axe violations', async () => {
    for (const scheme of ['light', 'dark'] as const) {
      const browser = scheme === 'light' ? h.ext : await launch(h.name, { colorScheme: 'dark' });
      try {
        const page = await browser.openExtensionPage('popup/welcome.html');
        await page.waitForSelector('#shortcuts:not([hidden]) kbd');
        const text = await page.$eval('main', (m) => m.textContent ?? '');
        expect(text).toMatch(/underlined with dots/);
        expect(text).toMatch(/tap a mark; on a marked link, press and hold/);
        expect(text).toMatch(/no network requests/);
        expect(text).toMatch(/not medical advice/);
        const keys = await page.$$eval('#shortcuts kbd', (els) => els.map((e) => e.textContent));
        expect(keys).toEqual(expect.arrayContaining(['Alt+Shift+J', 'Alt+Shift+K']));
        expect(await page.$eval('h1', (e) => e.textContent)).toBe('Welcome to Spasm Lens');
        expect(await axeViolations(page), scheme).toEqual([]);
        await page.screenshot({ path: join(ARTIFACTS, `welcome-${scheme}-${h.name}.png`), fullPage: true });
        const docs = docsScreenshotPath(h, `welcome-${scheme}.png`);
        if (docs) await page.screenshot({ path: docs, fullPage: true });
        await page.close();
      } finally {
        if (browser !== h.ext) await browser.close();
      }
    }
  });
});
