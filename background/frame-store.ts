/**
 * A tab's frames that mark something, with their counts: kept in `storage.session`, so a background
 * restart loses nothing. The badge sums them (badge.ts); the popup's list and the keyboard's steps
 * ask these frames for their mentions (tab-mentions.ts). One store, read by both.
 */
import browser from 'webextension-polyfill';
import { frameCounts, type FrameCounts } from '../src/badge-count';

const keyOf = (tabId: number) => `counts:${tabId}`;

/** The stored counts as they are (validated by the caller, which may also be merging into them). */
export async function storedCounts(tabId: number): Promise<unknown> {
  const key = keyOf(tabId);
  return (await browser.storage.session.get(key))[key];
}

export async function storeCounts(tabId: number, counts: FrameCounts): Promise<void> {
  await browser.storage.session.set({ [keyOf(tabId)]: counts });
}

export function forgetFrames(tabId: number): void {
  void browser.storage.session.remove(keyOf(tabId));
}

/**
 * The frames of a tab that marked something when they last said: with the top frame, the frames
 * the popup's list and the keyboard's steps ask (a frame without mentions has nothing to list).
 */
export async function framesWithMentions(tabId: number): Promise<number[]> {
  return Object.keys(frameCounts(await storedCounts(tabId))).map(Number);
}
