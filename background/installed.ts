import browser from 'webextension-polyfill';
import { repairSettings } from '../src/settings/store';

export const WELCOME_PAGE = 'popup/welcome.html';

/**
 * On install and update: settings are repaired (they are written only here and by the popup, so a
 * corrupt or older stored value is mended once, never by the content scripts of every page). On
 * the first install only, the welcome page opens; an update or a browser update opens nothing.
 */
export async function onInstalled({ reason }: browser.Runtime.OnInstalledDetailsType): Promise<void> {
  await repairSettings(browser.storage.sync).catch(() => undefined);
  if (reason === 'install') await browser.tabs.create({ url: browser.runtime.getURL(WELCOME_PAGE) });
}
