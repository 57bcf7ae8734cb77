import { describe, expect, it } from 'vitest';
import { isSiteDisabled, normalizeHostname } from '../../src/settings/hostname';
import { parseSettings } from '../../src/settings/parse';
import { DEFAULT_SETTINGS, MAX_SITES, SETTINGS_KEY } from '../../src/settings/schema';
import { loadSettings, onSettingsChanged, updateSettings, type StorageChangeListener } from '../../src/settings/store';

function fakeArea(initial: Record<string, unknown> = {}) {
  const data: Record<string, unknown> = { ...initial };
  const writes: Record<string, unknown>[] = [];
  return {
    data,
    writes,
    get: async (key: string) => (key in data ? { [key]: data[key] } : {}),
    set: async (items: Record<string, unknown>) => {
      writes.push(items);
      Object.assign(data, items);
    },
  };
}

describe('parseSettings', () => {
  it.each([
    ['undefined', undefined],
    ['null', null],
    ['an array', [1, 2]],
    ['a string', 'enabled'],
    ['a number', 42],
  ])('falls back to defaults for %s', (_, value) => {
    expect(parseSettings(value).settings).toEqual(DEFAULT_SETTINGS);
  });

  it('keeps a valid value as it is and does not ask for a repair', () => {
    const valid = { ...DEFAULT_SETTINGS, enabled: false, theme: 'dark', disabledSites: ['example.com'] };
    expect(parseSettings(valid)).toEqual({ settings: valid, repaired: false });
  });

  it('replaces wrong types and out-of-range values field by field, and drops unknown keys', () => {
    const { settings, repaired } = parseSettings({
      version: 1,
      enabled: 'yes',
      highlightStyle: 'blink',
      trigger: 'click',
      theme: 7,
      markScope: 'first',
      showOtherMedical: 1,
      evil: '<script>',
      __proto__: { enabled: false },
    });
    expect(repaired).toBe(true);
    expect(settings).toEqual({ ...DEFAULT_SETTINGS, trigger: 'click', markScope: 'first' });
    expect(Object.keys(settings)).not.toContain('evil');
  });

  it('cleans the site list: hostnames only, lower case, no duplicates, bounded', () => {
    const huge = Array.from({ length: MAX_SITES * 3 }, (_, i) => `site${i}.example`);
    const { settings } = parseSettings({
      disabledSites: ['Example.COM.', 'example.com', 'not a host', 42, 'x'.repeat(10_000), ...huge],
    });
    expect(settings.disabledSites[0]).toBe('example.com');
    expect(settings.disabledSites).not.toContain('not a host');
    expect(settings.disabledSites.length).toBe(MAX_SITES);
  });

  it('migrates an unversioned value and reads a future version as far as it knows', () => {
    expect(parseSettings({ enabled: false }).settings).toEqual({ ...DEFAULT_SETTINGS, enabled: false });
    const future = parseSettings({ ...DEFAULT_SETTINGS, version: 99, newThing: true, theme: 'light' });
    expect(future.settings).toEqual({ ...DEFAULT_SETTINGS, theme: 'light' });
  });

  it('survives huge strings without throwing', () => {
    expect(parseSettings({ theme: 'x'.repeat(5_000_000) }).settings.theme).toBe('auto');
  });
});

describe('settings store', () => {
  it('repairs a corrupt stored value in place and returns defaults', async () => {
    const area = fakeArea({ [SETTINGS_KEY]: 'garbage' });
    expect(await loadSettings(area)).toEqual(DEFAULT_SETTINGS);
    expect(area.data[SETTINGS_KEY]).toEqual(DEFAULT_SETTINGS);
  });

  it('does not write when the stored value is already valid', async () => {
    const area = fakeArea({ [SETTINGS_KEY]: DEFAULT_SETTINGS });
    await loadSettings(area);
    expect(area.writes).toHaveLength(0);
  });

  it('survives a storage area that throws', async () => {
    const broken = { get: () => Promise.reject(new Error('quota')), set: () => Promise.reject(new Error('quota')) };
    expect(await loadSettings(broken)).toEqual(DEFAULT_SETTINGS);
  });

  it('updates with validation', async () => {
    const area = fakeArea();
    const next = await updateSettings(area, { enabled: false, theme: 'bogus' as 'dark' });
    expect(next).toEqual({ ...DEFAULT_SETTINGS, enabled: false });
  });

  it('reports validated changes of its own area until the signal aborts', () => {
    const listeners = new Set<StorageChangeListener>();
    const events = {
      addListener: (l: StorageChangeListener) => listeners.add(l),
      removeListener: (l: StorageChangeListener) => listeners.delete(l),
    };
    const seen: unknown[] = [];
    const controller = new AbortController();
    onSettingsChanged(events, 'sync', (s) => seen.push(s.enabled), controller.signal);
    const fire = (area: string, value: unknown) =>
      listeners.forEach((l) => l({ [SETTINGS_KEY]: { newValue: value } }, area));
    fire('sync', { enabled: false });
    fire('local', { enabled: true });
    fire('sync', 'corrupt');
    controller.abort();
    fire('sync', { enabled: false });
    expect(seen).toEqual([false, true]);
    expect(listeners.size).toBe(0);
  });
});

describe('hostnames', () => {
  it.each([
    ['Example.com', 'example.com'],
    ['sub.example.co.uk.', 'sub.example.co.uk'],
    ['localhost', 'localhost'],
    ['127.0.0.1', '127.0.0.1'],
    ['', null],
    ['http://example.com', null],
    ['exa mple.com', null],
    [null, null],
  ])('normalizes %s', (input, out) => {
    expect(normalizeHostname(input)).toBe(out);
  });

  it('turns a site off with its subdomains, not its lookalikes', () => {
    expect(isSiteDisabled('m.example.com', ['example.com'])).toBe(true);
    expect(isSiteDisabled('example.com', ['example.com'])).toBe(true);
    expect(isSiteDisabled('notexample.com', ['example.com'])).toBe(false);
  });
});
