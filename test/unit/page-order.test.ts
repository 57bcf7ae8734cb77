import { describe, expect, it } from 'vitest';
import type { FrameSlot, MentionsReply } from '../../src/messages';
import { ASKED_MS, currentPosition, inPageOrder, stepFrom, stepTarget, type FrameListing } from '../../src/page-order';

function frame(
  frameId: number,
  words: string[],
  options: { frames?: FrameSlot[]; url?: string; current?: number; since?: number } = {},
): FrameListing {
  const reply: MentionsReply = {
    type: 'mentions',
    count: words.length,
    mentions: words.map((mention) => ({ before: '', mention, after: '', sense: 'muscle' })),
    frames: options.frames ?? [],
    url: options.url ?? `https://example.com/${frameId}`,
    title: '',
    current: options.current ?? -1,
    since: options.since ?? 0,
    state: 'active',
    host: 'example.com',
  };
  return { frameId, reply };
}

const words = (listings: FrameListing[]) => inPageOrder(listings).map((m) => m.mention);

describe('a tab’s mentions in page order', () => {
  it('puts a frame’s mentions where the frame sits among its parent’s, by frame id', () => {
    const top = frame(0, ['a', 'b', 'c'], { frames: [{ after: 1, frameId: 7, url: '' }] });
    expect(words([frame(7, ['x', 'y']), top])).toEqual(['a', 'x', 'y', 'b', 'c']);
  });

  it('knows a frame by its address when the browser gives no frame id, each frame once', () => {
    const top = frame(0, ['a', 'b'], {
      frames: [
        { after: 0, frameId: -1, url: 'https://ads.example/' },
        { after: 2, frameId: -1, url: 'https://ads.example/' },
      ],
    });
    const one = frame(4, ['first'], { url: 'https://ads.example/' });
    const two = frame(9, ['second'], { url: 'https://ads.example/' });
    expect(words([top, two, one])).toEqual(['first', 'a', 'b', 'second']);
  });

  it('nests frames, and puts frames no parent claims last, by frame id', () => {
    const top = frame(0, ['a'], { frames: [{ after: 1, frameId: 3, url: '' }] });
    const middle = frame(3, ['m'], { frames: [{ after: 0, frameId: 5, url: '' }] });
    const inner = frame(5, ['i']);
    const stray = frame(2, ['s']);
    expect(words([inner, stray, middle, top])).toEqual(['a', 'i', 'm', 's']);
  });

  it('survives a frame that claims itself or its parent', () => {
    const top = frame(0, ['a'], { frames: [{ after: 0, frameId: 0, url: '' }] });
    const child = frame(1, ['b'], { frames: [{ after: 0, frameId: 0, url: '' }] });
    expect(words([top, child])).toEqual(['a', 'b']);
  });

  it('steps on from the mention opened last, in whichever frame, and wraps around', () => {
    const top = frame(0, ['a', 'b'], { frames: [{ after: 2, frameId: 1, url: '' }], current: 0, since: 100 });
    const child = frame(1, ['c'], { current: 0, since: 200 });
    const all = [top, child];
    const ordered = inPageOrder(all);
    expect(currentPosition(all, ordered)).toBe(2);
    expect(stepTarget(2, 1, ordered.length)).toBe(0);
    expect(stepTarget(0, -1, ordered.length)).toBe(2);
    expect(stepTarget(-1, 1, 3)).toBe(0);
    expect(stepTarget(-1, -1, 3)).toBe(2);
    expect(stepTarget(-1, 1, 0)).toBe(-1);
    expect(currentPosition([frame(0, ['a'])], inPageOrder([frame(0, ['a'])]))).toBe(-1);
  });
});

describe('where a step goes from', () => {
  const top = frame(0, ['a', 'b', 'c', 'd'], { current: 1, since: 1000 });
  const ordered = inPageOrder([top]);

  it('goes on from a mention asked to open a moment ago, while its tooltip is on its way', () => {
    const asked = { frameId: 0, index: 2, at: 1500 };
    expect(stepFrom([top], ordered, asked, 1600)).toBe(2);
    // Quick steps each count: from there, the next is the one after.
    expect(stepTarget(stepFrom([top], ordered, asked, 1600), 1, ordered.length)).toBe(3);
  });

  it('goes on from the open tooltip once it opened after the ask, or when the ask is old', () => {
    expect(stepFrom([top], ordered, { frameId: 0, index: 2, at: 900 }, 1600)).toBe(1);
    expect(stepFrom([top], ordered, { frameId: 0, index: 2, at: 1500 }, 1500 + ASKED_MS + 1)).toBe(1);
    expect(stepFrom([top], ordered, undefined, 1600)).toBe(1);
    // An asked mention that is no longer listed is passed over.
    expect(stepFrom([top], ordered, { frameId: 3, index: 0, at: 1500 }, 1600)).toBe(1);
  });
});
