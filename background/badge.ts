/**
 * The badge: the number of mentions marked in a tab, summed over its frames. Frames report only
 * when their count changes from what they last said (nothing is said on a page without mentions),
 * and the browser clears a tab's badge when it navigates, so the counts stored for a tab may belong
 * to documents that have gone since. Whenever a frame reports, the others stored are asked again;
 * a frame that no longer answers is dropped. Counts live in `storage.session`, so a background
 * restart loses nothing; reports for one tab are applied one at a time.
 */
import browser from 'webextension-polyfill';
import { badgeText, withFrameCount } from '../src/badge';
import { parseCountReply, type Message } from '../src/messages';

const countsKey = (tabId: number) => `counts:${tabId}`;
const queues = new Map<number, Promise<void>>();

/** A frame's count now, or 0 when no content script answers there (the document is gone). */
async function askFrame(tabId: number, frameId: number): Promise<number> {
  const message: Message = { type: 'get-count' };
  try {
    return parseCountReply(await browser.tabs.sendMessage(tabId, message, { frameId }))?.count ?? 0;
  } catch {
    return 0;
  }
}

async function update(tabId: number, frameId: number, count: number): Promise<void> {
  const key = countsKey(tabId);
  let counts = withFrameCount((await browser.storage.session.get(key))[key], frameId, count);
  const others = Object.keys(counts)
    .map(Number)
    .filter((id) => id !== frameId);
  const answers = await Promise.all(others.map((id) => askFrame(tabId, id)));
  others.forEach((id, i) => {
    counts = withFrameCount(counts, id, answers[i] ?? 0);
  });
  await browser.storage.session.set({ [key]: counts });
  await browser.action.setBadgeText({ tabId, text: badgeText(counts) });
}

/** Applies one frame's report, after any earlier report for the same tab. */
export function reportFrameCount(tabId: number, frameId: number, count: number): Promise<void> {
  const next = (queues.get(tabId) ?? Promise.resolve())
    .then(() => update(tabId, frameId, count))
    .catch(() => undefined);
  queues.set(tabId, next);
  void next.then(() => {
    if (queues.get(tabId) === next) queues.delete(tabId);
  });
  return next;
}

export function forgetTab(tabId: number): void {
  queues.delete(tabId);
  void browser.storage.session.remove(countsKey(tabId));
}
