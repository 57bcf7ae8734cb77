import browser from 'webextension-polyfill';
import type { Theme } from '../src/settings/schema';
import { readSettings } from '../src/settings/store';

/** Sets the page's theme class: "auto" follows the system through CSS, light and dark force it. */
export function setTheme(theme: Theme): void {
  const root = document.documentElement;
  root.classList.toggle('dark', theme === 'dark');
  root.classList.toggle('light', theme === 'light');
}

export async function applyTheme(): Promise<void> {
  setTheme((await readSettings(browser.storage.sync)).theme);
}
