/**
 * The badge: the number of mentions marked in a tab, summed over its frames. Frames report only
 * when their count changes from what they last said (nothing is said on a page without mentions),
 * and the browser clears a tab's badge when it navigates, so the counts stored for a tab may belong
 * to documents that have gone since. Whenever a frame reports, the others stored are asked again;
 * a frame that no longer answers is dropped. The counts live in the frame store (frame-store.ts),
 * which the popup's list reads too; reports for one tab are applied one at a time. Where the
 * browser has no badge (Firefox for Android) the counts are still kept there.
 */
import browser from 'webextension-polyfill';
import { badgeText, withFrameCount, type FrameCounts } from '../src/badge-count';
import { hasBadge } from './capabilities';
import { askFrame } from '../src/ask/tab';
import { forgetFrames, storedCounts, storeCounts } from './frame-store';
import { toFrame } from './to-frame';
const queues = new Map<number, Promise<void>>();

/** A frame's count now, or 0 when no content script answers there (the document is gone). */
async function countOf(tabId: number, frameId: number): Promise<number> {
  return (await askFrame(toFrame(tabId, frameId), 'get-count'))?.count ?? 0;
}

/** Reports that arrived for a tab while its previous update ran: applied together, in one update. */
const waiting = new Map<number, Map<number, number>>();

async function update(tabId: number, reported: ReadonlyMap<number, number>): Promise<void> {
  let source = await storedCounts(tabId);
  let counts: FrameCounts = {};
  for (const [frameId, count] of reported) source = counts = withFrameCount(source, frameId, count);
  const others = Object.keys(counts)
    .map(Number)
    .filter((id) => !reported.has(id));
  const answers = await Promise.all(others.map((id) => countOf(tabId, id)));
  others.forEach((id, i) => {
    counts = withFrameCount(counts, id, answers[i] ?? 0);
  });
  await storeCounts(tabId, counts);
  if (hasBadge) await browser.action.setBadgeText({ tabId, text: badgeText(counts) });
}

/**
 * Applies one frame's report, after any earlier update for the same tab. Reports that arrive while
 * an update is running are gathered and applied by one later update, so a page whose frames report
 * together makes the background ask the other frames once, not once per report.
 */
export function reportFrameCount(tabId: number, frameId: number, count: number): Promise<void> {
  const gathering = waiting.get(tabId);
  if (gathering) {
    gathering.set(frameId, count);
    return queues.get(tabId) ?? Promise.resolve();
  }
  const reported = new Map([[frameId, count]]);
  waiting.set(tabId, reported);
  const next = (queues.get(tabId) ?? Promise.resolve())
    .then(() => {
      waiting.delete(tabId);
      return update(tabId, reported);
    })
    .catch(() => undefined);
  queues.set(tabId, next);
  void next.then(() => {
    if (queues.get(tabId) === next) queues.delete(tabId);
  });
  return next;
}

export function forgetTab(tabId: number): void {
  queues.delete(tabId);
  waiting.delete(tabId);
  forgetFrames(tabId);
}
