import type { Page } from 'puppeteer-core';
import type { Browser as Api } from 'webextension-polyfill';
import type { ExtBrowser } from './launch';

/**
 * The extension's own API, reached the same way in both browsers: from one of its pages, kept open
 * in a tab for the whole suite (Chromium's service worker and Firefox's event page differ; an
 * extension page is the same in both).
 */
export interface ExtensionConsole {
  /** The tab id the browser gives `page` (it is brought to the front to be asked about). */
  readonly tabIdOf: (page: Page) => Promise<number>;
  readonly badgeText: (tabId: number) => Promise<string>;
  /**
   * How many mentions a frame of the tab has found and counts (the top frame by default): all of
   * them, painted or not (only those near the viewport are painted).
   */
  readonly foundCount: (tabId: number, frameId?: number) => Promise<number>;
  /** Merges `patch` into the stored settings, as the popup would. */
  readonly setSettings: (patch: Record<string, unknown>) => Promise<void>;
  /** The stored settings value exactly as it is, and a way to store any value (even a corrupt one). */
  readonly rawSettings: () => Promise<unknown>;
  readonly setRawSettings: (value: unknown) => Promise<void>;
  /** Any stored value of `storage.sync` exactly as it is (the reader's corrections, say). */
  readonly stored: (key: string) => Promise<unknown>;
  readonly setStored: (key: string, value: unknown) => Promise<void>;
  /** What the keyboard shortcut makes the background send: step to the next (1) or previous (-1) mention. */
  readonly stepMention: (tabId: number, direction: 1 | -1) => Promise<void>;
  readonly commands: () => Promise<{ name: string; shortcut: string }[]>;
  /** Reloads the extension (as an update does); this console page goes with it. */
  readonly reloadExtension: () => Promise<void>;
}

/** The console page: the full reference page, which talks to no tab by itself. */
const CONSOLE_PATH = 'popup/reference.html';

export async function openExtensionConsole(ext: ExtBrowser): Promise<ExtensionConsole> {
  const page = await ext.openExtensionPage(CONSOLE_PATH);
  return {
    tabIdOf: async (target) => {
      await target.bringToFront();
      const id = await page.evaluate(async () => {
        const g = globalThis as unknown as { browser?: Api; chrome: Api };
        const api = g.browser ?? g.chrome;
        const [tab] = await api.tabs.query({ active: true, lastFocusedWindow: true });
        return tab?.id ?? -1;
      });
      if (id < 0) throw new Error('could not find the tab id');
      return id;
    },
    badgeText: (tabId) =>
      page.evaluate(async (id) => {
        const g = globalThis as unknown as { browser?: Api; chrome: Api };
        const api = g.browser ?? g.chrome;
        return api.action.getBadgeText({ tabId: id });
      }, tabId),
    foundCount: (tabId, frameId = 0) =>
      page.evaluate(
        async (id, frame) => {
          const g = globalThis as unknown as { browser?: Api; chrome: Api };
          const api = g.browser ?? g.chrome;
          const reply = (await api.tabs
            .sendMessage(id, { type: 'get-count' }, { frameId: frame })
            .catch(() => null)) as {
            count?: number;
          } | null;
          return reply?.count ?? -1;
        },
        tabId,
        frameId,
      ),
    setSettings: (patch) =>
      page.evaluate(async (p) => {
        const g = globalThis as unknown as { browser?: Api; chrome: Api };
        const api = g.browser ?? g.chrome;
        const current = ((await api.storage.sync.get('settings'))['settings'] ?? {}) as Record<string, unknown>;
        await api.storage.sync.set({ settings: { ...current, ...p } });
      }, patch),
    rawSettings: () =>
      page.evaluate(async () => {
        const g = globalThis as unknown as { browser?: Api; chrome: Api };
        const api = g.browser ?? g.chrome;
        return (await api.storage.sync.get('settings'))['settings'];
      }),
    stored: (key) =>
      page.evaluate(async (k) => {
        const g = globalThis as unknown as { browser?: Api; chrome: Api };
        const api = g.browser ?? g.chrome;
        return (await api.storage.sync.get(k))[k];
      }, key),
    setStored: (key, value) =>
      page.evaluate(
        async (k, v) => {
          const g = globalThis as unknown as { browser?: Api; chrome: Api };
          const api = g.browser ?? g.chrome;
          await api.storage.sync.set({ [k]: v });
        },
        key,
        value,
      ),
    setRawSettings: (value) =>
      page.evaluate(async (v) => {
        const g = globalThis as unknown as { browser?: Api; chrome: Api };
        const api = g.browser ?? g.chrome;
        await api.storage.sync.set({ settings: v });
      }, value),
    stepMention: async (tabId, direction) => {
      await page.evaluate(
        async (id, d) => {
          const g = globalThis as unknown as { browser?: Api; chrome: Api };
          const api = g.browser ?? g.chrome;
          // What the keyboard commands do: the background steps over every frame of the tab.
          await api.runtime.sendMessage({ type: 'step-tab', tabId: id, direction: d });
        },
        tabId,
        direction,
      );
    },
    reloadExtension: async () => {
      await page
        .evaluate(() => {
          const g = globalThis as unknown as { browser?: Api; chrome: Api };
          (g.browser ?? g.chrome).runtime.reload();
        })
        .catch(() => undefined);
    },
    commands: () =>
      page.evaluate(async () => {
        const g = globalThis as unknown as { browser?: Api; chrome: Api };
        const api = g.browser ?? g.chrome;
        return (await api.commands.getAll()).map((c) => ({ name: c.name ?? '', shortcut: c.shortcut ?? '' }));
      }),
  };
}
