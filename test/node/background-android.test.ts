import { beforeEach, describe, expect, it, vi } from 'vitest';

/** A Firefox-for-Android-shaped API: runtime, tabs and storage, but no `commands` and no badge. */
const listeners: ((raw: unknown, sender: unknown) => unknown)[] = [];
const sendMessage = vi.fn();
const sessionSet = vi.fn(async () => undefined);
vi.mock('webextension-polyfill', () => ({
  default: {
    runtime: {
      onInstalled: { addListener: () => undefined },
      onMessage: { addListener: (f: (typeof listeners)[number]) => listeners.push(f) },
      getURL: (p: string) => p,
    },
    tabs: { sendMessage, create: vi.fn(async () => ({})), query: vi.fn(async () => []), onRemoved: undefined },
    storage: { session: { get: vi.fn(async () => ({})), set: sessionSet } },
    i18n: { getMessage: () => '' },
    action: {},
  },
}));

describe('the background on Firefox for Android (no commands, no badge)', () => {
  beforeEach(() => {
    listeners.length = 0;
    sendMessage.mockReset();
  });

  it('starts, answers tooltips, and keeps count reports (for the popup list) without a badge', async () => {
    await import('../../background/main');
    expect(listeners).toHaveLength(1);
    const listen = listeners[0]!;
    const reply = (await listen(
      {
        type: 'tooltip-card',
        before: 'My ',
        mention: 'leg cramps',
        after: ' came after the marathon.',
        title: '',
        sense: 'muscle',
      },
      { tab: { id: 1 }, frameId: 0 },
    )) as { type: string; view: unknown };
    expect(reply.type).toBe('card');
    expect(JSON.stringify(reply.view)).toContain('Prolonged exercise');
    // No badge API to call: a call would throw inside the update and the counts would not be stored.
    await listen({ type: 'mentions-changed', count: 3 }, { tab: { id: 1 }, frameId: 2 });
    expect(sessionSet).toHaveBeenCalledWith({ 'counts:1': { '2': 3 } });
    expect(sendMessage).not.toHaveBeenCalled();
  });
});
