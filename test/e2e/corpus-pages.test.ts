import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CORPUS_DIR, corpusAvailable } from '../support/corpus';
import { e2eBrowsers } from '../support/e2e/browsers';
import { launch, type ExtBrowser } from '../support/e2e/launch';
import { sleep, waitForMarks } from '../support/e2e/marks';
import { serve, type StaticServer } from '../support/server';

const PAGES_DIR = join(CORPUS_DIR, 'pages');
const pages = corpusAvailable() ? readdirSync(PAGES_DIR).filter((f) => /\.(html|php)$/.test(f)) : [];

/** Saved pages without their scripts, so the DOM is the same on every load. */
function stripped(file: string): string {
  return readFileSync(join(PAGES_DIR, file), 'utf8').replace(/<script\b[\s\S]*?<\/script\s*>/gi, '');
}

/** Errors that come from the extension's own scripts, in either browser. */
const OURS = /Spasm Lens|chrome-extension:\/\/|moz-extension:\/\//;

describe.skipIf(pages.length === 0)('real saved pages from ../shared/corpus (skipped when absent)', () => {
  describe.each(e2eBrowsers())('[%s]', (name) => {
    let ext: ExtBrowser;
    let plain: ExtBrowser;
    let server: StaticServer;

    beforeAll(async () => {
      const dynamic: Record<string, () => string> = {};
      for (const f of pages) dynamic[`/stripped/${f}`] = () => stripped(f);
      server = await serve({ '/raw': PAGES_DIR }, dynamic);
      ext = await launch(name);
      plain = await launch(name, { extension: false });
    });
    afterAll(async () => {
      await ext?.close();
      await plain?.close();
      await server?.close();
    });

    async function settledDom(page: Page, path: string): Promise<string> {
      await page.goto(server.url(path), { waitUntil: 'load' });
      // Give the content script time to scan (it yields in slices) before reading the DOM.
      await sleep(700);
      return page.evaluate(() => document.documentElement.outerHTML);
    }

    it.each(pages)('%s: the DOM is byte-for-byte the same with and without the extension', async (file) => {
      const a = await ext.newPage();
      const b = await plain.newPage();
      try {
        const [withExt, without] = await Promise.all([
          settledDom(a, `/stripped/${file}`),
          settledDom(b, `/stripped/${file}`),
        ]);
        expect(withExt.length).toBe(without.length);
        expect(withExt === without).toBe(true);
      } finally {
        await a.close();
        await b.close();
      }
    });

    it.each(pages)('%s: with its scripts kept, the extension adds no errors', async (file) => {
      const page = await ext.newPage();
      const ours: string[] = [];
      page.on('console', (m) => {
        if (m.type() === 'error' && OURS.test(`${m.text()} ${m.location().url ?? ''}`)) ours.push(m.text());
      });
      page.on('pageerror', (e) => {
        if (OURS.test(String((e as Error).stack ?? e))) ours.push(String(e));
      });
      try {
        // Some pages' own scripts send them elsewhere, off the machine, which is refused (Firefox
        // reports that as a failed navigation): what is checked is that no error is ours.
        await page.goto(server.url(`/raw/${file}`), { waitUntil: 'load' }).catch((e: unknown) => {
          if (!/Address rejected|net::ERR_/.test(String(e))) throw e;
        });
        await sleep(500);
        expect(ours).toEqual([]);
      } finally {
        await page.close();
      }
    });

    it('marks the genuine muscle-cramp page and none of the trap pages', async () => {
      const count = async (file: string, atLeast = 0) => {
        const page = await ext.newPage();
        await page.goto(server.url(`/stripped/${file}`));
        if (atLeast > 0) await waitForMarks(page, atLeast, 15_000);
        else await sleep(1000);
        const n = await page.evaluate(() => CSS.highlights.get('spasm-lens-underline')?.size ?? 0);
        await page.close();
        return n;
      };
      expect(await count('stgeorgetennis-muscle-cramps.html', 21)).toBeGreaterThan(20);
      for (const trap of [
        'readability-tumblr.html',
        'postlight-fool.html',
        'trafilatura-sciencesetavenir-fr.html',
        'readability-wikia.html',
        'newspaper-youbeauty-1.html',
      ]) {
        expect(await count(trap), trap).toBe(0);
      }
    });
  });
});
