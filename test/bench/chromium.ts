/**
 * The benchmark's and the profiling tool's Chromium: playwright-core over CDP, which the CPU
 * profiles and traces need. The end-to-end suite drives both browsers through test/support/e2e/.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Worker } from 'playwright-core';
import { executableFor } from '../support/e2e/browsers';
import { CHROMIUM_QUIET_FLAGS } from '../support/e2e/launch';

export const ROOT = resolve(import.meta.dirname, '..', '..');
export const CHROME_BUILD = join(ROOT, 'dist', 'chrome');

const QUIET_FLAGS = CHROMIUM_QUIET_FLAGS;

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
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

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
    executablePath: executableFor('chromium'),
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
  // The welcome page a first install opens: closed, so it loads nothing while the bench measures.
  if (extensionId) {
    for (const deadline = Date.now() + 10_000; Date.now() < deadline; await sleep(100)) {
      const welcome = context.pages().find((p) => p.url().endsWith('/popup/welcome.html'));
      if (welcome) {
        await welcome.close();
        break;
      }
    }
  }
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
  const browser = await chromium.launch({
    executablePath: executableFor('chromium'),
    headless: true,
    args: QUIET_FLAGS,
  });
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
