import { describe, expect, it, vi } from 'vitest';
import { askBackground } from '../../src/ask/content';
import { askFromPopup } from '../../src/ask/popup';
import { askFrame } from '../../src/ask/tab';
import { detectTexts } from '../../src/matching/detect-texts';

describe('asking through the typed surfaces', () => {
  it('sends the name with the params and returns the answer validated', async () => {
    const card = { type: 'card', view: ['p', {}, 'Undone'], css: 'p {}' };
    const send = vi.fn(async () => card);
    expect(await askBackground(send, 'tooltip-act', { act: 'undo:all', mention: 'cramping' })).toEqual(card);
    expect(send).toHaveBeenCalledWith({ type: 'tooltip-act', act: 'undo:all', mention: 'cramping' });
  });

  it('validates an answer against what was asked: detect answers must fit the texts sent', async () => {
    const texts = ['a calf cramp', 'nothing'];
    const good = { type: 'detected', found: detectTexts(texts) };
    expect(await askBackground(async () => good, 'detect', { texts })).toHaveLength(2);
    expect(await askBackground(async () => good, 'detect', { texts: ['one'] })).toBeNull();
  });

  it('gives null for no answer or a wrong one, in every direction', async () => {
    expect(
      await askBackground(async () => undefined, 'tooltip-card', {
        before: '',
        mention: 'cramp',
        after: '',
        title: '',
        sense: 'muscle',
      }),
    ).toBeNull();
    expect(await askFromPopup(async () => 7, 'step-tab', { tabId: 1, direction: 1 })).toBeNull();
    expect(
      await askFromPopup(async () => ({ type: 'opened', position: 2 }), 'step-tab', { tabId: 1, direction: 1 }),
    ).toEqual({ type: 'opened', position: 2 });
    expect(await askFrame(async () => ({ type: 'count', count: -1 }), 'get-count')).toBeNull();
    expect(await askFrame(async () => ({ type: 'count', count: 4 }), 'get-count')).toEqual({ type: 'count', count: 4 });
  });
});
