import { beforeEach, describe, expect, it, vi } from 'vitest';

/** The background's badge bookkeeping against a fake API: frames that answer, a session store. */
const session: Record<string, unknown> = {};
const asked: number[] = [];
const badges: string[] = [];
vi.mock('webextension-polyfill', () => ({
  default: {
    storage: {
      session: {
        get: async (key: string) => ({ [key]: session[key] }),
        set: async (items: Record<string, unknown>) => void Object.assign(session, items),
        remove: async (key: string) => void delete session[key],
      },
    },
    tabs: {
      sendMessage: async (_tab: number, _m: unknown, o: { frameId: number }) => {
        asked.push(o.frameId);
        return { type: 'count', count: 1 };
      },
    },
    action: { setBadgeText: async (d: { text: string }) => void badges.push(d.text) },
  },
}));

const { reportFrameCount } = await import('../../background/badge');

describe('the badge count of a tab', () => {
  beforeEach(() => {
    for (const k of Object.keys(session)) delete session[k];
    asked.length = 0;
    badges.length = 0;
  });

  it('gathers reports that arrive together: the other frames are asked once per batch, not per report', async () => {
    session['counts:7'] = Object.fromEntries(Array.from({ length: 10 }, (_, i) => [String(i), 1]));
    // Frames 1..5 report at once (a page and its iframes finishing together).
    const done = [1, 2, 3, 4, 5].map((frame) => reportFrameCount(7, frame, 2));
    await Promise.all(done);
    // One update for the five: only the five frames that did not report are asked (one report per
    // update asked all nine others, 45 messages).
    expect(asked.sort()).toEqual([0, 6, 7, 8, 9]);
    expect(badges.at(-1)).toBe(String(5 * 2 + 5 * 1));
  });
});
