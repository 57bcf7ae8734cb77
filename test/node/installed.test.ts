import { beforeEach, describe, expect, it, vi } from 'vitest';

const create = vi.fn(async () => ({}));
const stored: Record<string, unknown> = {};
const set = vi.fn(async (items: Record<string, unknown>) => void Object.assign(stored, items));
vi.mock('webextension-polyfill', () => ({
  default: {
    runtime: { getURL: (p: string) => `chrome-extension://ours/${p}` },
    tabs: { create },
    storage: { sync: { get: async (key: string) => (key in stored ? { [key]: stored[key] } : {}), set } },
  },
}));

const { onInstalled } = await import('../../background/installed');

describe('on install and update', () => {
  beforeEach(() => {
    create.mockClear();
    set.mockClear();
    for (const key of Object.keys(stored)) delete stored[key];
  });

  it('opens the welcome page on the first install only', async () => {
    await onInstalled({ reason: 'install', temporary: false });
    expect(create).toHaveBeenCalledWith({ url: 'chrome-extension://ours/popup/welcome.html' });
    create.mockClear();
    for (const reason of ['update', 'browser_update'] as const) {
      await onInstalled({ reason, temporary: false, previousVersion: '0.0.9' });
    }
    expect(create).not.toHaveBeenCalled();
  });

  it('repairs corrupt settings, and never rewrites a newer version’s', async () => {
    stored['settings'] = { enabled: 'yes' };
    await onInstalled({ reason: 'update', temporary: false });
    expect(set).toHaveBeenCalledTimes(1);
    const newer = { version: 99, enabled: false, somethingNew: 1 };
    stored['settings'] = newer;
    set.mockClear();
    await onInstalled({ reason: 'update', temporary: false });
    expect(set).not.toHaveBeenCalled();
    expect(stored['settings']).toEqual(newer);
  });
});
