/**
 * `npm start`: opens Chrome or Chromium with the freshly built extension on the demo page, so a
 * newcomer sees it work in one command. Chrome is CHROME_PATH, else the usual install paths.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROME_BUILD, chromePath, ROOT } from '../support/browser';
import { serve } from '../support/server';

const MAC = '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome';

function browserPath(): string {
  if (!process.env['CHROME_PATH'] && process.platform === 'darwin') return MAC;
  return chromePath();
}

async function main(): Promise<void> {
  let executablePath: string;
  try {
    executablePath = browserPath();
  } catch (e) {
    console.error(`npm start: ${(e as Error).message}`);
    process.exit(1);
  }
  if (process.platform === 'linux' && !process.env['DISPLAY'] && !process.env['WAYLAND_DISPLAY']) {
    console.error(
      'npm start: no display found (DISPLAY is not set). Run it from a desktop session, or use `npm test` headless.',
    );
    process.exit(1);
  }
  const server = await serve({}, { '/demo.html': () => readFileSync(join(ROOT, 'docs', 'demo.html'), 'utf8') });
  const context = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'spasm-lens-start-')), {
    executablePath,
    headless: false,
    viewport: null,
    args: [`--disable-extensions-except=${CHROME_BUILD}`, `--load-extension=${CHROME_BUILD}`, '--no-first-run'],
  });
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(server.url('/demo.html'));
  console.log(`Spasm Lens is loaded in ${executablePath}. Close the browser window to finish.`);
  await new Promise<void>((resolve) => context.on('close', () => resolve()));
  await server.close();
}

await main();
