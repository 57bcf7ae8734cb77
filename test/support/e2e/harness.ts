import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe } from 'vitest';
import { serve, type Generated, type StaticServer } from '../server';
import { e2eBrowsers, type BrowserName } from './browsers';
import { openExtensionConsole, type ExtensionConsole } from './extension-console';
import { launch, ROOT, type ExtBrowser } from './launch';
import { waitForMarks } from './marks';
import type { Page } from 'puppeteer-core';

export const FIXTURES = join(ROOT, 'test', 'fixtures');
/** Where e2e tests write their screenshots (ignored by git); `npm run screenshots` refreshes docs/. */
export const ARTIFACTS = join(ROOT, 'test', 'artifacts');
mkdirSync(ARTIFACTS, { recursive: true });

export interface Harness {
  readonly name: BrowserName;
  ext: ExtBrowser;
  api: ExtensionConsole;
  server: StaticServer;
}

/**
 * Declares `title` once per browser (`title [chromium]`, `title [firefox]`), each block with its
 * own fixture server and browser, started before its tests and closed after them.
 */
export function describeInBrowsers(
  title: string,
  body: (h: Harness) => void,
  generated: Record<string, Generated> = {},
): void {
  describe.each(e2eBrowsers())(`${title} [%s]`, (name) => {
    const h = { name } as Harness;
    beforeAll(async () => {
      h.server = await serve({ '/fixtures': FIXTURES }, generated);
      h.ext = await launch(name);
      h.api = await openExtensionConsole(h.ext);
    });
    afterAll(async () => {
      await h.ext?.close();
      await h.server?.close();
    });
    body(h);
  });
}

/** A new tab on fixture `name`, once the extension has marked at least `marks` mentions there. */
export async function openFixture(h: Harness, name: string, marks = 1): Promise<Page> {
  const page = await h.ext.newPage();
  await page.goto(h.server.url(`/fixtures/${name}`));
  await waitForMarks(page, marks);
  return page;
}

/**
 * The README's pictures: written to docs/ only by `npm run screenshots` (SPASM_LENS_DOCS=1), so a
 * test run leaves the work tree as it found it. Chromium's keep the plain name ("tooltip-light.png"),
 * Firefox's carry the browser's ("tooltip-light-firefox.png").
 */
export function docsScreenshotPath(h: Harness, file: string): string | null {
  if (process.env['SPASM_LENS_DOCS'] !== '1') return null;
  return join(ROOT, 'docs', h.name === 'chromium' ? file : file.replace(/\.png$/, `-${h.name}.png`));
}
