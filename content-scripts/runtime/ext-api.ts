import { onAbort } from '../../src/abort';
/**
 * The few extension APIs the content script uses, called directly. Both Chrome (MV3) and Firefox
 * return promises from these, so the content script, which every page pays for, does without the
 * 17 KB webextension-polyfill that the popup and background use. Messages are answered through
 * `sendResponse`, the one form both browsers accept from content scripts.
 */
import type { StorageAreaLike, StorageEventsLike } from '../../src/settings/store';

interface RuntimeLike {
  sendMessage(message: unknown): Promise<unknown>;
  onMessage: {
    addListener(
      l: (message: unknown, sender: unknown, sendResponse: (r: unknown) => void) => boolean | undefined,
    ): void;
    removeListener(
      l: (message: unknown, sender: unknown, sendResponse: (r: unknown) => void) => boolean | undefined,
    ): void;
  };
}
interface ExtensionApi {
  storage: { sync: StorageAreaLike; onChanged: StorageEventsLike };
  runtime: RuntimeLike;
}

const scope = globalThis as unknown as { browser?: ExtensionApi; chrome?: ExtensionApi };
/**
 * Firefox's `browser`, else Chrome's `chrome`. Checked for `runtime`: in a browser without a native
 * `browser`, a page element with id="browser" is what `globalThis.browser` names.
 */
const api = (scope.browser?.runtime ? scope.browser : scope.chrome) as ExtensionApi;

/**
 * False once this script is orphaned: the extension was updated, reloaded or removed while the
 * page stayed open (Chrome then takes `runtime.id` away from the old script).
 */
export const extensionAlive = (): boolean => !!(api.runtime as { id?: string }).id;

export const syncStorage: StorageAreaLike = {
  get: (key) => api.storage.sync.get(key),
  set: (items) => api.storage.sync.set(items),
};
export const storageEvents: StorageEventsLike = api.storage.onChanged;

/** Sends a message; a missing receiver (background asleep, extension reloaded) is not an error here. */
export function sendMessage(message: unknown): void {
  try {
    api.runtime.sendMessage(message).catch(() => undefined);
  } catch {
    // The extension was reloaded or removed: this page's script is orphaned. Nothing to do.
  }
}

/** Sends a message and resolves with the reply; `undefined` when nothing answered or the send failed. */
export async function request(message: unknown): Promise<unknown> {
  try {
    return await api.runtime.sendMessage(message);
  } catch {
    return undefined;
  }
}

/** Listens for messages until `signal` aborts; a handler returning a promise answers with its value. */
export function onMessage(handler: (message: unknown) => Promise<unknown> | undefined, signal: AbortSignal): void {
  const listener = (message: unknown, _sender: unknown, sendResponse: (r: unknown) => void) => {
    const reply = handler(message);
    if (!reply) return false;
    reply.then(sendResponse, () => sendResponse(undefined));
    return true;
  };
  api.runtime.onMessage.addListener(listener);
  onAbort(signal, () => api.runtime.onMessage.removeListener(listener));
}

/** The frame id of a frame element, where the browser tells (Firefox's `runtime.getFrameId`), else -1. */
export function frameIdOf(frame: Element): number {
  try {
    return (api.runtime as { getFrameId?: (f: Element) => number }).getFrameId?.(frame) ?? -1;
  } catch {
    return -1;
  }
}
