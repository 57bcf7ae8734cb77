/**
 * `npm start` (Chrome or Chromium) and `npm start -- --firefox` (Firefox, through `web-ext run`):
 * opens the browser with the freshly built extension on the demo page, so a newcomer sees it work
 * in one command. The browser is CHROME_PATH / FIREFOX_PATH, else the usual install paths.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { executableFor, type BrowserName } from '../test/support/e2e/browsers';
import { serve } from '../test/support/server';

const ROOT = resolve(import.meta.dirname, '..');
const MAC: Record<BrowserName, string> = {
  chromium: '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  firefox: '/Applications/Firefox.app/Contents/MacOS/firefox',
};
const ENV: Record<BrowserName, string> = { chromium: 'CHROME_PATH', firefox: 'FIREFOX_PATH' };

function browserPath(name: BrowserName): string {
  if (!process.env[ENV[name]] && process.platform === 'darwin') return MAC[name];
  return executableFor(name);
}

function fail(message: string): never {
  console.error(`npm start: ${message}`);
  process.exit(1);
}

async function startChromium(executablePath: string, url: string): Promise<void> {
  const build = join(ROOT, 'dist', 'chrome');
  const context = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'spasm-lens-start-')), {
    executablePath,
    headless: false,
    viewport: null,
    args: [`--disable-extensions-except=${build}`, `--load-extension=${build}`, '--no-first-run'],
  });
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(url);
  console.log(`Spasm Lens is loaded in ${executablePath}. Close the browser window to finish.`);
  await new Promise<void>((done) => context.on('close', () => done()));
}

/** web-ext installs the build as a temporary add-on in a fresh profile and reloads it on rebuilds. */
async function startFirefox(executablePath: string, url: string): Promise<void> {
  const webExt = join(ROOT, 'node_modules', '.bin', 'web-ext');
  const args = ['run', '--source-dir', join(ROOT, 'dist', 'firefox'), '--firefox', executablePath, '--start-url', url];
  console.log(`Spasm Lens is loading in ${executablePath}. Close the browser window to finish.`);
  const child = spawn(webExt, args, { stdio: 'inherit' });
  await new Promise<void>((done) => child.on('exit', () => done()));
}

async function main(): Promise<void> {
  const name: BrowserName = process.argv.includes('--firefox') ? 'firefox' : 'chromium';
  let executablePath: string;
  try {
    executablePath = browserPath(name);
  } catch (e) {
    fail((e as Error).message);
  }
  if (process.platform === 'linux' && !process.env['DISPLAY'] && !process.env['WAYLAND_DISPLAY']) {
    fail('no display found (DISPLAY is not set). Run it from a desktop session, or use `npm test` headless.');
  }
  const server = await serve({}, { '/demo.html': () => readFileSync(join(ROOT, 'docs', 'demo.html'), 'utf8') });
  const url = server.url('/demo.html');
  await (name === 'firefox' ? startFirefox(executablePath, url) : startChromium(executablePath, url));
  await server.close();
}

await main();
