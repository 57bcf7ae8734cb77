import { parseSettings } from './parse';
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

/** Reads and validates the settings; a corrupt stored value is repaired in place. Never throws. */
export async function loadSettings(area: StorageAreaLike): Promise<Settings> {
  let stored: unknown;
  try {
    stored = (await area.get(SETTINGS_KEY))[SETTINGS_KEY];
  } catch {
    stored = undefined;
  }
  const { settings, repaired } = parseSettings(stored);
  if (repaired) {
    // A failed repair is not fatal: the validated value is used either way.
    await area.set({ [SETTINGS_KEY]: settings }).catch(() => undefined);
  }
  return settings;
}

/** Applies `patch` to the current settings, validates the result and stores it. */
export async function updateSettings(
  area: StorageAreaLike,
  patch: Partial<Omit<Settings, 'version'>>,
): Promise<Settings> {
  const current = await loadSettings(area);
  const { settings } = parseSettings({ ...current, ...patch });
  await area.set({ [SETTINGS_KEY]: settings });
  return settings;
}

/** Calls `callback` with validated settings whenever they change in `areaName`, until `signal` aborts. */
export function onSettingsChanged(
  events: StorageEventsLike,
  areaName: string,
  callback: (settings: Settings) => void,
  signal: AbortSignal,
): void {
  const listener: StorageChangeListener = (changes, area) => {
    const change = changes[SETTINGS_KEY];
    if (area !== areaName || !change) return;
    callback(parseSettings(change.newValue).settings);
  };
  events.addListener(listener);
  signal.addEventListener('abort', () => events.removeListener(listener), { once: true });
}
