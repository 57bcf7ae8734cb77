/**
 * Background (service worker in Chrome, event page in Firefox): the badge count, the keyboard
 * commands, opening the reference page, the tooltip's stylesheet, finding the mentions in the text
 * of a page's blocks and ranking the causes a tooltip shows (as 10ten-ja-reader looks words up in
 * its background: the content script that every page loads stays small, and the detector's work
 * leaves the page's main thread). It keeps nothing in memory that a restart would lose: per-frame
 * counts live in `storage.session` (see badge.ts).
 */
import browser from 'webextension-polyfill';
import TOOLTIP_CSS from '../dom/tooltip.css?inline';
import { parseMessage, type CausesReply, type DetectReply, type StyleReply } from '../src/messages';
import { detectTexts } from '../src/matching/detect-texts';
import { tooltipCauses } from '../src/ranking/tooltip-causes';
import { repairSettings } from '../src/settings/store';
import { forgetTab, reportFrameCount } from './badge';
import { hasBadge, hasCommands } from './capabilities';
import { openReference } from './reference-tab';
import { showTabMention, stepTab, tabMentions } from './tab-mentions';

/** The extension's own pages (the popup, also when opened as a tab), not a content script. */
const fromExtensionPage = (sender: browser.Runtime.MessageSender) =>
  sender.url?.startsWith(browser.runtime.getURL('')) === true;

browser.runtime.onMessage.addListener((raw: unknown, sender: browser.Runtime.MessageSender) => {
  const message = parseMessage(raw);
  if (!message) return undefined;
  if (message.type === 'mentions-changed' && sender.tab?.id !== undefined) {
    return reportFrameCount(sender.tab.id, sender.frameId ?? 0, message.count);
  }
  if (message.type === 'rank-causes') {
    const reply: CausesReply = tooltipCauses(message);
    return Promise.resolve(reply);
  }
  if (message.type === 'detect') {
    const reply: DetectReply = { type: 'detected', found: detectTexts(message.texts) };
    return Promise.resolve(reply);
  }
  if (message.type === 'tooltip-style') {
    const reply: StyleReply = { type: 'tooltip-style', css: TOOLTIP_CSS };
    return Promise.resolve(reply);
  }
  if (message.type === 'open-reference') return openReference(message.causeId);
  // What a tab holds is for the popup only: a content script never asks about other tabs.
  if (message.type === 'tab-mentions' && fromExtensionPage(sender)) return tabMentions(message.tabId);
  if (message.type === 'step-tab' && fromExtensionPage(sender)) return stepTab(message.tabId, message.direction);
  if (message.type === 'show-tab-mention' && fromExtensionPage(sender))
    return showTabMention(message.tabId, message.position);
  return undefined;
});

function onCommand(command: string): void {
  const direction = command === 'next-mention' ? 1 : command === 'previous-mention' ? -1 : 0;
  if (direction === 0) return;
  void browser.tabs.query({ active: true, currentWindow: true }).then(([tab]) => {
    return tab?.id === undefined ? undefined : stepTab(tab.id, direction);
  });
}

// Settings are written only here and by the popup: a corrupt or older stored value is repaired
// once per install or update, never by the content scripts of every page.
browser.runtime.onInstalled.addListener(() => void repairSettings(browser.storage.sync));

if (hasCommands) browser.commands.onCommand.addListener(onCommand);
if (hasBadge) {
  browser.tabs.onRemoved.addListener(forgetTab);
  void browser.action.setBadgeBackgroundColor({ color: '#0b5cad' });
}
