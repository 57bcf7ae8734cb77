import { onAbort } from '../abort';
import { parseSettings, settingsFrom } from './parse';
import { SETTINGS_KEY, type Settings } from './schema';

/**
 * The slice of `browser.storage` the settings need, passed in by the browser glue so this module
 * stays free of browser APIs and unit-tests in node with a fake.
 */
export interface StorageAreaLike {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}
export type StorageChangeListener = (changes: Record<string, { newValue?: unknown }>, areaName: string) => void;
export interface StorageEventsLike {
  addListener(listener: StorageChangeListener): void;
  removeListener(listener: StorageChangeListener): void;
}

/** The value stored under `key`, or undefined when there is none or the area cannot be read. */
export async function storedValue(area: StorageAreaLike, key: string): Promise<unknown> {
  try {
    return (await area.get(key))[key];
  } catch {
    return undefined;
  }
}

/**
 * Reads and validates the settings; never writes and never throws. This is all a content script
 * does with settings: pages load in every frame of every tab, and a write from each would fight
 * other devices' synced values and the `storage.sync` write quota.
 */
export async function readSettings(area: StorageAreaLike): Promise<Settings> {
  return settingsFrom(await storedValue(area, SETTINGS_KEY));
}

/**
 * Writes back a stored value that is corrupt or from an older version (the background does this
 * once, when the extension is installed or updated). A newer version's value is left alone.
 */
export async function repairSettings(area: StorageAreaLike): Promise<void> {
  const { settings, state } = parseSettings(await storedValue(area, SETTINGS_KEY));
  if (state === 'repaired') await area.set({ [SETTINGS_KEY]: settings }).catch(() => undefined);
}

/**
 * `storage.sync` refuses an item over 8,192 bytes (its key and JSON value): about 350 sites turned
 * off. A write that would not fit is refused here, with this error, so the popup can say so instead
 * of failing silently.
 */
export const MAX_ITEM_BYTES = 8192;
/** What `storage.sync` counts of an item against `MAX_ITEM_BYTES`: its key and its JSON value, in UTF-8. */
export const itemBytes = (key: string, value: unknown): number =>
  new TextEncoder().encode(key + JSON.stringify(value)).length;
export class SettingsTooLargeError extends Error {
  constructor() {
    super('settings-too-large');
  }
}

/**
 * Applies `patch` (what the user changed in the popup), validates the result and stores it. A
 * value written by a newer version keeps its version and every key this one does not know.
 */
export async function updateSettings(
  area: StorageAreaLike,
  patch: Partial<Omit<Settings, 'version'>>,
): Promise<Settings> {
  const raw = await storedValue(area, SETTINGS_KEY);
  const { settings: current, state } = parseSettings(raw);
  const { settings } = parseSettings({ ...current, ...patch });
  const changed = Object.fromEntries(Object.keys(patch).map((k) => [k, settings[k as keyof Settings]]));
  const value = state === 'newer' ? { ...(raw as Record<string, unknown>), ...changed } : settings;
  if (itemBytes(SETTINGS_KEY, value) > MAX_ITEM_BYTES) throw new SettingsTooLargeError();
  await area.set({ [SETTINGS_KEY]: value });
  return settings;
}

/**
 * Calls `callback` with the new value of `key` whenever it changes in `storage.sync` (here, in
 * another tab, on another device), until `signal` aborts.
 */
export function onSyncChange(
  events: StorageEventsLike,
  key: string,
  callback: (value: unknown) => void,
  signal: AbortSignal,
): void {
  const listener: StorageChangeListener = (changes, area) => {
    const change = changes[key];
    if (area === 'sync' && change) callback(change.newValue);
  };
  events.addListener(listener);
  onAbort(signal, () => events.removeListener(listener));
}

/** Calls `callback` with validated settings whenever they change, until `signal` aborts. */
export function onSettingsChanged(
  events: StorageEventsLike,
  callback: (settings: Settings) => void,
  signal: AbortSignal,
): void {
  onSyncChange(events, SETTINGS_KEY, (value) => callback(settingsFrom(value)), signal);
}
