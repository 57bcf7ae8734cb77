import browser from 'webextension-polyfill';

const KEY = 'referenceTab';

/**
 * Opens the full reference (at a cause, when given) in the tab it was opened in before, if that tab
 * is still there, instead of a new tab each time. The tab id lives in `storage.session`, so a
 * restarted background still finds it.
 */
export async function openReference(causeId?: string): Promise<void> {
  const url = browser.runtime.getURL(`popup/reference.html${causeId === undefined ? '' : `#${causeId}`}`);
  const stored: unknown = (await browser.storage.session.get(KEY))[KEY];
  if (typeof stored === 'number') {
    try {
      const tab = await browser.tabs.update(stored, { url, active: true });
      if (tab.windowId !== undefined)
        await browser.windows.update(tab.windowId, { focused: true }).catch(() => undefined);
      return;
    } catch {
      // Closed since: open a new one.
    }
  }
  const tab = await browser.tabs.create({ url });
  if (tab.id !== undefined) await browser.storage.session.set({ [KEY]: tab.id });
}
