import { describe, expect, it } from 'vitest';
import { badgeText, withFrameCount } from '../../src/badge';
import { parseMentionsReply, parseMessage } from '../../src/messages';

describe('runtime messages', () => {
  it.each([
    [{ type: 'mentions-changed', count: 3 }],
    [{ type: 'get-mentions' }],
    [{ type: 'show-mention', index: 0 }],
    [{ type: 'step-mention', direction: -1 }],
    [{ type: 'open-reference' }],
    [{ type: 'open-reference', causeId: 'dehydration' }],
  ])('accepts %j', (m) => {
    expect(parseMessage(m)).toEqual(m);
  });

  it.each([
    [null],
    [undefined],
    ['get-mentions'],
    [[]],
    [{}],
    [{ type: 'unknown' }],
    [{ type: 'mentions-changed', count: -1 }],
    [{ type: 'mentions-changed', count: 1.5 }],
    [{ type: 'mentions-changed', count: '3' }],
    [{ type: 'show-mention', index: 1e12 }],
    [{ type: 'step-mention', direction: 2 }],
    [{ type: 'open-reference', causeId: '../../etc' }],
    [{ type: 'open-reference', causeId: 'x'.repeat(100) }],
  ])('ignores %j', (m) => {
    expect(parseMessage(m)).toBeNull();
  });

  it('drops extra fields so nothing unvalidated passes through', () => {
    expect(parseMessage({ type: 'get-mentions', payload: { evil: true } })).toEqual({ type: 'get-mentions' });
  });

  it('validates the page reply and bounds what it carries', () => {
    const ok = parseMentionsReply({
      type: 'mentions',
      count: 2,
      state: 'active',
      host: 'example.com',
      mentions: [{ index: 0, text: 'cramp', term: 'cramp' }, { index: 'x' }, null],
    });
    expect(ok?.mentions).toEqual([{ index: 0, text: 'cramp', term: 'cramp' }]);
    expect(parseMentionsReply({ type: 'mentions', count: 1, state: 'weird', mentions: [] })).toBeNull();
    expect(parseMentionsReply('nope')).toBeNull();
  });
});

describe('badge', () => {
  it('sums frames, drops zeros and garbage, and caps the text', () => {
    let counts = withFrameCount(undefined, 0, 3);
    counts = withFrameCount(counts, 5, 2);
    expect(badgeText(counts)).toBe('5');
    counts = withFrameCount(counts, 0, 0);
    expect(badgeText(counts)).toBe('2');
    expect(withFrameCount({ x: 1, 7: 'a', 8: -2 }, 1, 1)).toEqual({ 1: 1 });
    expect(badgeText(withFrameCount({}, 0, 5000))).toBe('999+');
    expect(badgeText({})).toBe('');
  });
});
