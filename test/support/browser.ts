import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';

export const ROOT = resolve(import.meta.dirname, '..', '..');
export const CHROME_BUILD = join(ROOT, 'dist', 'chrome');
export const ARTIFACTS = join(ROOT, 'test', 'artifacts');

/** The one Chrome API the tests call inside the extension's service worker. */
declare const chrome: { tabs: { query(query: object): Promise<{ id?: number }[]> } };

const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
];

/** The browser the e2e tests drive: CHROME_PATH, else Debian's Chromium. Missing is a failure, never a skip. */
export function chromePath(): string {
  const fromEnv = process.env['CHROME_PATH'];
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`CHROME_PATH=${fromEnv} does not exist.`);
    return fromEnv;
  }
  const found = CANDIDATES.find((p) => existsSync(p));
  if (!found) {
    throw new Error(
      'No Chromium found for the end-to-end tests. Install it (Debian: `apt-get install -y chromium`) ' +
        'or set CHROME_PATH to a Chrome or Chromium binary.',
    );
  }
  return found;
}

/** Flags that keep Chromium quiet on a machine with no network beyond loopback. */
const QUIET_FLAGS = [
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

export interface ExtensionBrowser {
  readonly context: BrowserContext;
  /** Empty for an extension without a service worker (the benchmark's floor). */
  readonly extensionId: string;
  readonly worker: Worker | undefined;
  readonly close: () => Promise<void>;
}

/**
 * What a request off the machine gets: `abort` (a network error; a frame shows Chrome's error page)
 * or `no-content` (204: nothing loads, a frame keeps its empty document). The benchmark uses the
 * latter, since error pages run their own scripts on the page's main thread, which real iframes,
 * loaded in their own processes, do not.
 */
export type RemotePolicy = 'abort' | 'no-content';

export async function launchWithExtension(
  options: { colorScheme?: 'light' | 'dark'; path?: string; hasTouch?: boolean; remote?: RemotePolicy } = {},
): Promise<ExtensionBrowser> {
  const build = options.path ?? CHROME_BUILD;
  if (!existsSync(join(build, 'manifest.json'))) {
    throw new Error(`${build} is missing: run \`npm run build\` before the e2e tests (npm test does).`);
  }
  const userDataDir = mkdtempSync(join(tmpdir(), 'spasm-lens-e2e-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: chromePath(),
    headless: true,
    colorScheme: options.colorScheme ?? 'light',
    hasTouch: options.hasTouch ?? false,
    viewport: { width: 1100, height: 800 },
    args: [...QUIET_FLAGS, `--disable-extensions-except=${build}`, `--load-extension=${build}`],
  });
  await refuseRemote(context, options.remote);
  const worker =
    context.serviceWorkers()[0] ??
    (options.path === undefined ? await context.waitForEvent('serviceworker', { timeout: 30_000 }) : undefined);
  const extensionId = worker ? new URL(worker.url()).host : '';
  return {
    context,
    extensionId,
    worker,
    close: async () => {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/** A browser without the extension, for comparing what pages look like untouched. */
export async function launchPlain(
  remote?: RemotePolicy,
): Promise<{ context: BrowserContext; close: () => Promise<void> }> {
  const browser = await chromium.launch({ executablePath: chromePath(), headless: true, args: QUIET_FLAGS });
  const context = await browser.newContext({ viewport: { width: 1100, height: 800 } });
  await refuseRemote(context, remote);
  return { context, close: () => browser.close() };
}

/** Only loopback and the extension's own pages load: saved pages must not reach the network. */
async function refuseRemote(context: BrowserContext, policy: RemotePolicy = 'abort'): Promise<void> {
  await context.route(
    (url) =>
      !['127.0.0.1', 'localhost'].includes(url.hostname) &&
      !['chrome-extension:', 'data:', 'blob:'].includes(url.protocol),
    (route) => (policy === 'abort' ? route.abort() : route.fulfill({ status: 204 })),
  );
}

/** The tab id Chrome gives a page, asked of the extension's own service worker. */
export async function tabIdOf(ext: ExtensionBrowser, page: Page): Promise<number> {
  await page.bringToFront();
  if (!ext.worker) throw new Error('this extension has no service worker');
  const id = await ext.worker.evaluate(async () => {
    const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    return tab?.id ?? -1;
  });
  if (id < 0) throw new Error('could not find the tab id');
  return id;
}

/** Opens the popup as a page aimed at `tabId` (the same document the toolbar shows). */
export async function openPopup(ext: ExtensionBrowser, tabId?: number): Promise<Page> {
  const page = await ext.context.newPage();
  await page.setViewportSize({ width: 380, height: 600 });
  const query = tabId === undefined ? '' : `?tab=${tabId}`;
  await page.goto(`chrome-extension://${ext.extensionId}/popup/index.html${query}`);
  await page.waitForSelector('li.cause');
  return page;
}

/** Sizes of our highlights as the page sees them (the registry is shared with the page's world). */
export async function highlightSizes(page: Page): Promise<Record<string, number>> {
  return page.evaluate(() => {
    const out: Record<string, number> = {};
    for (const [name, h] of CSS.highlights) if (name.startsWith('spasm-lens')) out[name] = h.size;
    return out;
  });
}

export async function markCount(page: Page): Promise<number> {
  const sizes = await highlightSizes(page);
  return (sizes['spasm-lens-underline'] ?? 0) + (sizes['spasm-lens-background'] ?? 0);
}

/** Waits until the highlight `name` holds exactly `size` ranges (0 also when it is not registered). */
export async function waitForHighlightSize(page: Page, name: string, size: number, timeout = 5000): Promise<void> {
  await page.waitForFunction(([n, want]) => (CSS.highlights.get(n as string)?.size ?? 0) === want, [name, size], {
    timeout,
  });
}

/** Waits until none of our highlights is registered: the page is as if we never ran. */
export async function waitForNoHighlights(page: Page, timeout = 5000): Promise<void> {
  await page.waitForFunction(() => ![...CSS.highlights.keys()].some((k) => k.startsWith('spasm-lens')), null, {
    timeout,
  });
}

export async function waitForMarks(page: Page, atLeast = 1, timeout = 15_000): Promise<number> {
  await page.waitForFunction(
    (n) => {
      let total = 0;
      for (const [name, h] of CSS.highlights)
        if (name === 'spasm-lens-underline' || name === 'spasm-lens-background') total += h.size;
      return total >= n;
    },
    atLeast,
    { timeout },
  );
  return markCount(page);
}
