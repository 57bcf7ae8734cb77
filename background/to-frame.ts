import browser from 'webextension-polyfill';
import type { BackgroundToTab, MessageOf } from '../src/api';

/**
 * Sends to one frame of a tab. A frame with no content script (a browser page, a PDF, a document
 * that has gone) is no answer, not an error.
 */
export const toFrame =
  (tabId: number, frameId: number) =>
  (message: MessageOf<BackgroundToTab>): Promise<unknown> =>
    browser.tabs.sendMessage(tabId, message, { frameId }).catch(() => undefined);
