/**
 * Background (service worker in Chrome, event page in Firefox): the badge count, the keyboard
 * commands, opening the reference page, the tooltip's stylesheet, finding the mentions in the text
 * of a page's blocks and ranking the causes a tooltip shows (as 10ten-ja-reader looks words up in
 * its background: the content script that every page loads stays small, and the detector's work
 * leaves the page's main thread). It keeps nothing in memory that a restart would lose: per-frame
 * counts live in `storage.session` (see badge.ts).
 */
import browser from 'webextension-polyfill';
import { parseMessage } from '../src/messages';
import { forgetTab } from './badge';
import { hasBadge, hasCommands } from './capabilities';
import { dispatch } from './handlers';
import { onInstalled } from './installed';
import { stepTab } from './tab-mentions';

// Every message is validated, then answered by its entry in handlers.ts (which also says who may send it).
browser.runtime.onMessage.addListener((raw: unknown, sender: browser.Runtime.MessageSender) => {
  const message = parseMessage(raw);
  return message ? dispatch(message, sender) : undefined;
});

function onCommand(command: string): void {
  const direction = command === 'next-mention' ? 1 : command === 'previous-mention' ? -1 : 0;
  if (direction === 0) return;
  void browser.tabs.query({ active: true, currentWindow: true }).then(([tab]) => {
    return tab?.id === undefined ? undefined : stepTab(tab.id, direction);
  });
}

browser.runtime.onInstalled.addListener((details) => void onInstalled(details));

if (hasCommands) browser.commands.onCommand.addListener(onCommand);
if (hasBadge) {
  browser.tabs.onRemoved.addListener(forgetTab);
  void browser.action.setBadgeBackgroundColor({ color: '#0b5cad' });
}
