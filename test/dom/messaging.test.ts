import { describe, expect, it, vi } from 'vitest';
import type { MarkedMention } from '../../content-scripts/marks/mention-index';
import type { SessionView } from '../../content-scripts/runtime/messaging';
import { DEFAULT_SETTINGS } from '../../src/settings/schema';

/** The content script's messaging against a fake extension API: one onMessage listener at a time. */
type Listener = (message: unknown, sender: unknown, respond: (reply: unknown) => void) => boolean;
const listeners = new Set<Listener>();
(globalThis as unknown as { chrome: unknown }).chrome = {
  runtime: {
    id: 'test',
    onMessage: { addListener: (f: Listener) => listeners.add(f), removeListener: (f: Listener) => listeners.delete(f) },
    sendMessage: vi.fn(async () => undefined),
  },
  i18n: { getMessage: () => '' },
  storage: { sync: { get: vi.fn(), set: vi.fn() }, onChanged: { addListener: vi.fn(), removeListener: vi.fn() } },
};
const { listenForMessages } = await import('../../content-scripts/runtime/messaging');

/** Sends a message to every listener and resolves with the first answer (undefined: none). */
function send(message: unknown): Promise<unknown> {
  return new Promise((resolve) => {
    let answering = false;
    for (const f of listeners) answering = f(message, {}, resolve) || answering;
    if (!answering) resolve(undefined);
  });
}

function markOn(p: HTMLElement, word: string): MarkedMention {
  const node = p.firstChild as Text;
  const start = node.data.indexOf(word);
  return {
    mention: { start, end: start + word.length, sense: 'muscle' },
    block: { container: p, nodes: [node], starts: [0], text: node.data },
    range: new StaticRange({
      startContainer: node,
      startOffset: start,
      endContainer: node,
      endOffset: start + word.length,
    }),
    nodes: [node],
  };
}

describe('a frame answering the popup and the background', () => {
  it('answers counts and its list, routes "show" and "close" to the UI, and ignores anything else', async () => {
    document.body.innerHTML = '<p>After the marathon my calf cramped badly.</p>';
    const mark = markOn(document.querySelector('p') as HTMLElement, 'cramped');
    const ui = { show: vi.fn(), close: vi.fn(), current: () => mark, since: () => 42, restyle: vi.fn() };
    const session = { settings: DEFAULT_SETTINGS, engine: { shown: () => [mark] }, ui } as unknown as SessionView;
    const controller = new AbortController();
    listenForMessages({ session: () => session, settings: () => DEFAULT_SETTINGS, count: () => 1 }, controller.signal);

    expect(await send({ type: 'get-count' })).toEqual({ type: 'count', count: 1 });
    const list = (await send({ type: 'get-mentions' })) as Record<string, unknown>;
    expect(list).toMatchObject({ type: 'mentions', count: 1, current: 0, since: 42 });
    expect(list['mentions']).toEqual([
      { before: 'After the marathon my calf ', mention: 'cramped', after: ' badly.', sense: 'muscle' },
    ]);
    await send({ type: 'show-mention', index: 0, where: 'Mention 1 of 1' });
    expect(ui.show).toHaveBeenCalledWith({ type: 'show-mention', index: 0, where: 'Mention 1 of 1' });
    await send({ type: 'close-tooltip' });
    expect(ui.close).toHaveBeenCalledTimes(1);
    // Not for a content script, or not a message at all: no answer, nothing done.
    expect(await send({ type: 'tab-mentions', tabId: 1 })).toBeUndefined();
    expect(await send('get-count')).toBeUndefined();
    expect(ui.show).toHaveBeenCalledTimes(1);
    // Undone with the session: the listener goes.
    controller.abort();
    expect(listeners.size).toBe(0);
  });
});
