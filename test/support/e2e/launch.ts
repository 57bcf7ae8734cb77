import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { GECKO_ID } from '../../../vite.config';
import { executableFor, type BrowserName } from './browsers';

export const ROOT = resolve(import.meta.dirname, '..', '..', '..');
export const BUILDS: Record<BrowserName, string> = {
  chromium: join(ROOT, 'dist', 'chrome'),
  firefox: join(ROOT, 'dist', 'firefox'),
};
const VIEWPORT = { width: 1100, height: 800 };

/** Flags that keep Chromium quiet on a machine with no network beyond loopback (the bench uses them too). */
export const CHROMIUM_QUIET_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--no-default-browser-check',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-features=Translate,OptimizationHints,MediaRouter',
];
const CHROMIUM_ARGS = [
  ...CHROMIUM_QUIET_FLAGS,
  // Saved pages must not reach the network: every host but loopback fails to resolve at once.
  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1, EXCLUDE localhost',
];

/** The same for Firefox: every request off loopback goes to a closed local port and fails at once. */
function firefoxPrefs(scheme: 'light' | 'dark', uuid: string): Record<string, unknown> {
  return {
    'network.proxy.type': 1,
    'network.proxy.http': '127.0.0.1',
    'network.proxy.http_port': 9,
    'network.proxy.ssl': '127.0.0.1',
    'network.proxy.ssl_port': 9,
    'network.proxy.no_proxies_on': '127.0.0.1,localhost',
    'network.proxy.allow_hijacking_localhost': false,
    // 0 dark, 1 light: what `prefers-color-scheme` says to pages and extension pages alike.
    'layout.css.prefers-color-scheme.content-override': scheme === 'dark' ? 0 : 1,
    // A fixed moz-extension:// origin, known before the extension is installed.
    'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: uuid }),
  };
}

export interface LaunchOptions {
  readonly colorScheme?: 'light' | 'dark';
  readonly hasTouch?: boolean;
  /** Load the built extension (default) or not (a plain browser to compare pages with). */
  readonly extension?: boolean;
}

/** One browser with (or without) the built extension, driven the same way in Chromium and Firefox. */
export interface ExtBrowser {
  readonly name: BrowserName;
  readonly browser: Browser;
  /** `chrome-extension://<id>` or `moz-extension://<uuid>`; '' without the extension. */
  readonly origin: string;
  /** A new tab at the suite's viewport and colour scheme. */
  readonly newPage: () => Promise<Page>;
  /**
   * A new tab showing one of the extension's own pages (`popup/index.html?tab=3`); with `window`,
   * in a window of its own, so that the page it is about stays visible (a hidden tab runs no
   * rendering, and paints no marks), as it does beside the real popup.
   */
  readonly openExtensionPage: (
    path: string,
    viewport?: { width: number; height: number },
    options?: { window?: boolean },
  ) => Promise<Page>;
  /** Loads `url` in `page`, extension pages included (Firefox never resolves a plain goto to those). */
  readonly goto: (page: Page, url: string) => Promise<void>;
  /**
   * Waits for a tab whose address matches `pattern` (read from the page itself: Firefox's BiDi
   * does not report the address of extension pages to puppeteer).
   */
  readonly waitForPage: (pattern: RegExp, timeout?: number) => Promise<Page>;
  /**
   * Whether the extension opened its welcome page when installed into this fresh profile (it is
   * closed at once, so every test starts from the same tabs).
   */
  readonly welcomed: boolean;
  readonly close: () => Promise<void>;
}

async function launchBrowser(name: BrowserName, options: LaunchOptions, uuid: string): Promise<Browser> {
  const withExtension = options.extension ?? true;
  const build = BUILDS[name];
  if (withExtension && !existsSync(join(build, 'manifest.json'))) {
    throw new Error(`${build} is missing: run \`npm run build\` before the e2e tests (npm test does).`);
  }
  const executablePath = executableFor(name);
  const defaultViewport = { ...VIEWPORT, hasTouch: options.hasTouch ?? false };
  if (name === 'chromium') {
    return puppeteer.launch({
      browser: 'chrome',
      executablePath,
      headless: true,
      pipe: true,
      defaultViewport,
      args: CHROMIUM_ARGS,
      ...(withExtension ? { enableExtensions: [build] } : {}),
    });
  }
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath,
    headless: true,
    defaultViewport,
    // Lets WebDriver BiDi load moz-extension:// pages.
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: firefoxPrefs(options.colorScheme ?? 'light', uuid),
  });
  if (withExtension) await browser.installExtension(build);
  return browser;
}

async function extensionOrigin(name: BrowserName, browser: Browser, uuid: string): Promise<string> {
  if (name === 'firefox') return `moz-extension://${uuid}`;
  const worker = await browser.waitForTarget(
    (t) => t.type() === 'service_worker' && t.url().startsWith('chrome-extension://'),
    { timeout: 30_000 },
  );
  return `chrome-extension://${new URL(worker.url()).host}`;
}

/** The browsing context id puppeteer's BiDi page wraps, for the few raw BiDi commands the suite sends. */
export function bidiContext(page: Page): string {
  return (page.mainFrame() as unknown as { _id: string })._id;
}

/** Sends one raw WebDriver BiDi command (Firefox only). */
export async function bidi<T>(browser: Browser, method: string, params: object): Promise<T> {
  const connection = (browser as unknown as { connection: { send(m: string, p: object): Promise<{ result: T }> } })
    .connection;
  return (await connection.send(method, params)).result;
}

export async function launch(name: BrowserName, options: LaunchOptions = {}): Promise<ExtBrowser> {
  const uuid = randomUUID();
  const browser = await launchBrowser(name, options, uuid);
  const origin = (options.extension ?? true) ? await extensionOrigin(name, browser, uuid) : '';
  const dark = options.colorScheme === 'dark';
  const prepare = async (page: Page) => {
    // Chromium emulates the scheme per page; Firefox was started with it (a pref).
    if (name === 'chromium' && dark) await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: 'dark' }]);
    return page;
  };
  const waitForPage = async (pattern: RegExp, timeout = 5000) => {
    const deadline = Date.now() + timeout;
    for (;;) {
      for (const page of await browser.pages()) {
        const href = await page.evaluate(() => location.href).catch(() => '');
        if (pattern.test(href)) return page;
      }
      if (Date.now() > deadline) throw new Error(`no tab at ${pattern} within ${timeout} ms`);
      await new Promise((r) => setTimeout(r, 100));
    }
  };
  const welcome = origin ? await waitForPage(/\/popup\/welcome\.html$/, 10_000).catch(() => null) : null;
  await welcome?.close();
  const goto = async (page: Page, url: string) => {
    if (name === 'firefox' && !/^https?:/.test(url)) {
      await bidi(browser, 'browsingContext.navigate', { context: bidiContext(page), url, wait: 'complete' });
      return;
    }
    await page.goto(url);
  };
  return {
    name,
    browser,
    origin,
    newPage: async () => prepare(await browser.newPage()),
    openExtensionPage: async (path, viewport, options) => {
      const page = await prepare(await browser.newPage(options?.window ? { type: 'window' } : undefined));
      if (viewport) await page.setViewport(viewport);
      await goto(page, `${origin}/${path}`);
      return page;
    },
    goto,
    waitForPage,
    welcomed: welcome !== null,
    close: () => browser.close(),
  };
}
