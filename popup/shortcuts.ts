import browser from 'webextension-polyfill';
import { el } from '../dom/el';
import { t } from './i18n';

/** Firefox 137+ opens its own shortcut editor; Chromium's is a page of its own. */
type CommandsWithEditor = typeof browser.commands & { openShortcutSettings?: () => Promise<void> };
const CHROMIUM_SHORTCUTS = 'chrome://extensions/shortcuts';

/** Opens the browser's page for changing the extension's keyboard shortcuts. */
export function openShortcutEditor(): void {
  const commands = browser.commands as CommandsWithEditor;
  if (typeof commands.openShortcutSettings === 'function') void commands.openShortcutSettings();
  else void browser.tabs.create({ url: CHROMIUM_SHORTCUTS });
}

/**
 * The keyboard shortcuts as the browser has them now (the user may have changed or removed them),
 * and a button to the browser's page for changing them. Nothing where the browser has no commands
 * (Firefox for Android).
 */
export async function renderShortcuts(container: HTMLElement): Promise<void> {
  const commands = (await browser.commands?.getAll?.().catch(() => [])) ?? [];
  if (commands.length === 0) {
    container.hidden = true;
    return;
  }
  const list = el('dl', 'shortcuts');
  for (const command of commands) {
    if (!command.name || command.name.startsWith('_')) continue;
    const keys = el('dd');
    if (command.shortcut) keys.append(el('kbd', '', command.shortcut));
    else keys.textContent = t('shortcutNone');
    list.append(el('dt', '', command.description ?? command.name), keys);
  }
  const change = el('button', 'link', t('shortcutChange'));
  change.type = 'button';
  change.addEventListener('click', openShortcutEditor);
  container.replaceChildren(el('h3', '', t('shortcutsTitle')), list, change);
  container.hidden = false;
}
