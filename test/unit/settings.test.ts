import { describe, expect, it } from 'vitest';
import { isSiteDisabled, normalizeHostname } from '../../src/settings/hostname';
import { parseSettings } from '../../src/settings/parse';
import { DEFAULT_SETTINGS, MAX_SITES, SETTINGS_KEY } from '../../src/settings/schema';
import {
  onSettingsChanged,
  readSettings,
  repairSettings,
  SettingsTooLargeError,
  updateSettings,
  type StorageChangeListener,
} from '../../src/settings/store';
import { fakeArea } from '../support/fake-storage';

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
    expect(parseSettings(valid)).toEqual({ settings: valid, state: 'current' });
  });

  it('replaces wrong types and out-of-range values field by field, and drops unknown keys', () => {
    const { settings, state } = parseSettings({
      version: 2,
      enabled: 'yes',
      markColor: 'neon',
      highlightStyle: 'blink',
      trigger: 'click',
      theme: 7,
      markScope: 'first',
      showOtherMedical: 1,
      evil: '<script>',
      __proto__: { enabled: false },
    });
    expect(state).toBe('repaired');
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

  it('migrates a version 1 value (before the mark colour) and asks for it to be written back', () => {
    const v1: Record<string, unknown> = { ...DEFAULT_SETTINGS, version: 1, theme: 'dark' };
    delete v1['markColor'];
    const { settings, state } = parseSettings(v1);
    expect(settings).toEqual({ ...DEFAULT_SETTINGS, theme: 'dark', markColor: 'text' });
    expect(state).toBe('repaired');
    expect(parseSettings({ ...DEFAULT_SETTINGS, markColor: 'orange' }).settings.markColor).toBe('orange');
    // Migration keeps what a value has: an unversioned one with a colour keeps its colour.
    expect(parseSettings({ markColor: 'purple' }).settings.markColor).toBe('purple');
  });

  it('migrates a version 2 value (before marking page parts): not marked, written back', () => {
    const v2: Record<string, unknown> = { ...DEFAULT_SETTINGS, version: 2, trigger: 'click' };
    delete v2['markPageParts'];
    expect(parseSettings(v2)).toEqual({
      settings: { ...DEFAULT_SETTINGS, trigger: 'click', markPageParts: false },
      state: 'repaired',
    });
    expect(parseSettings({ ...DEFAULT_SETTINGS, markPageParts: true }).settings.markPageParts).toBe(true);
    expect(parseSettings({ ...DEFAULT_SETTINGS, markPageParts: 'yes' }).settings.markPageParts).toBe(false);
  });

  it('migrates an unversioned value and reads a future version as far as it knows', () => {
    expect(parseSettings({ enabled: false }).settings).toEqual({ ...DEFAULT_SETTINGS, enabled: false });
    const future = parseSettings({ ...DEFAULT_SETTINGS, version: 99, newThing: true, theme: 'light' });
    expect(future.settings).toEqual({ ...DEFAULT_SETTINGS, theme: 'light' });
    expect(future.state).toBe('newer');
  });

  it.each([
    ['a huge negative version', -2e9],
    ['a negative version', -1],
    ['a fraction', 0.5],
    ['NaN', NaN],
    ['Infinity', Infinity],
    ['a string', '2'],
  ])('reads %s as version 0 and migrates it in one step, whatever the number', (_, version) => {
    // -2e9 used to take one migration step per version number: billions of steps.
    const { settings, state } = parseSettings({ version, enabled: false });
    expect(settings).toEqual({ ...DEFAULT_SETTINGS, enabled: false });
    expect(state).toBe('repaired');
  });

  it('survives huge strings without throwing', () => {
    expect(parseSettings({ theme: 'x'.repeat(5_000_000) }).settings.theme).toBe('auto');
  });
});

describe('settings store', () => {
  it('reads a corrupt stored value as defaults without writing (content scripts never write)', async () => {
    const area = fakeArea({ [SETTINGS_KEY]: 'garbage' });
    expect(await readSettings(area)).toEqual(DEFAULT_SETTINGS);
    expect(area.writes).toHaveLength(0);
  });

  it('repairs a corrupt or older stored value when asked (the background, on install or update)', async () => {
    const area = fakeArea({ [SETTINGS_KEY]: { version: -2e9, theme: 'dark', junk: 1 } });
    await repairSettings(area);
    expect(area.data[SETTINGS_KEY]).toEqual({ ...DEFAULT_SETTINGS, theme: 'dark' });
    const valid = fakeArea({ [SETTINGS_KEY]: DEFAULT_SETTINGS });
    await repairSettings(valid);
    expect(valid.writes).toHaveLength(0);
  });

  it('never overwrites a newer version’s value: not on read, not on repair', async () => {
    const newer = { ...DEFAULT_SETTINGS, version: 99, theme: 'light', futureKey: { a: 1 } };
    const area = fakeArea({ [SETTINGS_KEY]: newer });
    expect((await readSettings(area)).theme).toBe('light');
    await repairSettings(area);
    expect(area.writes).toHaveLength(0);
    expect(area.data[SETTINGS_KEY]).toEqual(newer);
  });

  it('a user change to a newer version’s value keeps its version and its unknown keys', async () => {
    const newer = { ...DEFAULT_SETTINGS, version: 99, futureKey: 'kept' };
    const area = fakeArea({ [SETTINGS_KEY]: newer });
    await updateSettings(area, { enabled: false });
    expect(area.data[SETTINGS_KEY]).toEqual({ ...newer, enabled: false });
  });

  it('refuses a write storage.sync would refuse (over 8 KB), leaving what is stored as it was', async () => {
    const area = fakeArea({ [SETTINGS_KEY]: DEFAULT_SETTINGS });
    const sites = Array.from({ length: 400 }, (_, i) => `a-rather-long-hostname-${i}.example.org`);
    await expect(updateSettings(area, { disabledSites: sites })).rejects.toBeInstanceOf(SettingsTooLargeError);
    expect(area.writes).toHaveLength(0);
    expect(area.data[SETTINGS_KEY]).toEqual(DEFAULT_SETTINGS);
    await updateSettings(area, { disabledSites: sites.slice(0, 100) });
    expect((area.data[SETTINGS_KEY] as { disabledSites: string[] }).disabledSites).toHaveLength(100);
  });

  it('survives a storage area that throws', async () => {
    const broken = { get: () => Promise.reject(new Error('quota')), set: () => Promise.reject(new Error('quota')) };
    expect(await readSettings(broken)).toEqual(DEFAULT_SETTINGS);
    await expect(repairSettings(broken)).resolves.toBeUndefined();
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
    onSettingsChanged(events, (s) => seen.push(s.enabled), controller.signal);
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
