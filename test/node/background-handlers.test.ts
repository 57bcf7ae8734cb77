import { describe, expect, it, vi } from 'vitest';

const tabMentions = vi.fn(async () => ({ type: 'tab-mentions' }));
const reportFrameCount = vi.fn(async () => undefined);

const synced: Record<string, unknown> = {};
const changeListeners: ((changes: Record<string, { newValue?: unknown }>, area: string) => void)[] = [];
vi.mock('webextension-polyfill', () => ({
  default: {
    runtime: { getURL: (p: string) => `chrome-extension://ours/${p}` },
    storage: {
      sync: {
        get: async (key: string) => (key in synced ? { [key]: synced[key] } : {}),
        set: async (items: Record<string, unknown>) => {
          Object.assign(synced, items);
          const changes = Object.fromEntries(Object.entries(items).map(([k, v]) => [k, { newValue: v }]));
          for (const l of changeListeners) l(changes, 'sync');
        },
      },
      onChanged: { addListener: (l: (typeof changeListeners)[number]) => changeListeners.push(l) },
    },
    i18n: { getMessage: (key: string) => (key === 'tooltipKicker' ? 'Possible causes' : '') },
  },
}));
vi.mock('../../background/tab-mentions', () => ({ tabMentions, stepTab: vi.fn(), showTabMention: vi.fn() }));
vi.mock('../../background/badge', () => ({ reportFrameCount }));
vi.mock('../../background/reference-tab', () => ({ openReference: vi.fn() }));

const { dispatch, HANDLERS } = await import('../../background/handlers');

const contentScript = { tab: { id: 4 }, frameId: 0, url: 'https://example.org/page' };
const popup = { url: 'chrome-extension://ours/popup/index.html' };

describe('the background’s one map of messages', () => {
  it('answers what a tab’s list asks only to the extension’s own pages', async () => {
    expect(dispatch({ type: 'tab-mentions', tabId: 4 }, contentScript as never)).toBeUndefined();
    expect(tabMentions).not.toHaveBeenCalled();
    expect(await dispatch({ type: 'tab-mentions', tabId: 4 }, popup as never)).toEqual({ type: 'tab-mentions' });
    expect(tabMentions).toHaveBeenCalledWith(4);
  });

  it('takes a count only from a frame of a tab', async () => {
    expect(dispatch({ type: 'mentions-changed', count: 2 }, popup as never)).toBeUndefined();
    await dispatch({ type: 'mentions-changed', count: 2 }, contentScript as never);
    expect(reportFrameCount).toHaveBeenCalledWith(4, 0, 2);
  });

  it('answers cards and detection from any sender, a ranking only to its pages, nothing meant for frames', async () => {
    const request = { before: 'After the race my ', mention: 'calf cramp', after: '.', title: '' };
    const ranked = (await dispatch({ type: 'rank-causes', ...request }, popup as never)) as { type: string };
    expect(ranked.type).toBe('causes');
    expect(dispatch({ type: 'rank-causes', ...request }, contentScript as never)).toBeUndefined();
    const card = (await dispatch({ type: 'tooltip-card', ...request, sense: 'muscle' }, contentScript as never)) as {
      type: string;
      view: unknown;
    };
    expect(card.type).toBe('card');
    // In the browser's language, a missing string by its key.
    expect(JSON.stringify(card.view)).toContain('Possible causes');
    expect(JSON.stringify(card.view)).toContain('medicalNoteShort');
    const detected = (await dispatch({ type: 'detect', texts: ['a calf cramp'] }, contentScript as never)) as {
      type: string;
    };
    expect(detected.type).toBe('detected');
    for (const type of ['get-count', 'get-mentions', 'show-mention', 'close-tooltip'] as const) {
      expect(HANDLERS[type]).toBeNull();
      expect(dispatch({ type } as never, popup as never)).toBeUndefined();
    }
  });

  it('leaves out of detection what the reader corrected, on that site or everywhere, and undoes it', async () => {
    const texts = ['Cramping again after the run.'];
    const detect = async (url: string) =>
      (
        (await dispatch({ type: 'detect', texts }, { tab: { id: 4 }, frameId: 0, url } as never)) as {
          found: number[][];
        }
      ).found[0]?.length ?? 0;
    expect(await detect('https://forum.example/t/1')).toBe(3);
    const act = (act: string, url: string) =>
      dispatch({ type: 'tooltip-act', act, mention: 'Cramping' }, {
        tab: { id: 4 },
        frameId: 0,
        url,
      } as never) as Promise<{
        say: string;
        closeAfter: number;
        view: unknown;
      }>;
    const done = await act('not-here:site', 'https://forum.example/t/1');
    expect(done.closeAfter).toBeGreaterThan(1000);
    expect(JSON.stringify(done.view)).toContain('undo:site');
    expect(await detect('https://forum.example/t/2')).toBe(0);
    expect(await detect('https://news.example/a')).toBe(3);
    await act('not-here:all', 'https://forum.example/t/1');
    expect(await detect('https://news.example/a')).toBe(0);
    await act('undo:all', 'https://forum.example/t/1');
    expect(await detect('https://news.example/a')).toBe(3);
    // The per-site one went with "everywhere": the forum is marked again too.
    expect(await detect('https://forum.example/t/2')).toBe(3);
    // Only a frame of a tab acts on a card.
    expect(dispatch({ type: 'tooltip-act', act: 'not-here:all', mention: 'x' }, popup as never)).toBeUndefined();
  });

  it('says so in the card when the corrections are full, and stores nothing', async () => {
    const full = Array.from({ length: 60 }, (_, i) => ({ phrase: `cramp ${i}`, site: null, at: 1 }));
    synced['corrections'] = { version: 1, items: full };
    for (const l of changeListeners) l({ corrections: { newValue: synced['corrections'] } }, 'sync');
    const reply = (await dispatch({ type: 'tooltip-act', act: 'not-here:all', mention: 'Cramping' }, {
      tab: { id: 4 },
      frameId: 0,
      url: 'https://forum.example/',
    } as never)) as { say: string };
    expect(reply.say).toBe('correctionsFull');
    expect((synced['corrections'] as { items: unknown[] }).items).toHaveLength(60);
  });
});
