import { describe, expect, it, vi } from 'vitest';
import type * as DetectTexts from '../../src/matching/detect-texts';

/** What happened, in order: a detection run, or an answer handed back. */
const events: string[] = [];

vi.mock('webextension-polyfill', () => ({
  default: {
    runtime: { getURL: (p: string) => `chrome-extension://ours/${p}` },
    storage: {
      // A background just woken reads the corrections from storage: a while, during which the
      // page's questions keep coming.
      sync: { get: () => new Promise((resolve) => setTimeout(() => resolve({}), 20)), set: async () => undefined },
      onChanged: { addListener: () => undefined },
    },
    i18n: { getMessage: () => '' },
  },
}));
vi.mock('../../src/matching/detect-texts', async (importOriginal) => {
  const actual = await importOriginal<typeof DetectTexts>();
  return {
    ...actual,
    detectTexts: (...args: Parameters<typeof actual.detectTexts>) => {
      events.push(`detect ${args[0].length}`);
      return actual.detectTexts(...args);
    },
  };
});
vi.mock('../../background/tab-mentions', () => ({ tabMentions: vi.fn(), stepTab: vi.fn(), showTabMention: vi.fn() }));
vi.mock('../../background/badge', () => ({ reportFrameCount: vi.fn() }));
vi.mock('../../background/reference-tab', () => ({ openReference: vi.fn() }));

const { dispatch } = await import('../../background/handlers');

describe('the background woken by a page’s questions', () => {
  it('answers the first question as soon as its own detection is done, in the order asked', async () => {
    const sender = { tab: { id: 4 }, frameId: 0, url: 'https://example.org/page' };
    const asked = [1, 2, 3].map((n) =>
      Promise.resolve(
        dispatch({ type: 'detect', texts: Array.from({ length: n }, () => 'A calf cramp at night.') }, sender as never),
      ).then(() => events.push(`answer ${n}`)),
    );
    await Promise.all(asked);
    expect(events).toEqual(['detect 1', 'answer 1', 'detect 2', 'answer 2', 'detect 3', 'answer 3']);
  });
});
