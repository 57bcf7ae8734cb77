import { describe, expect, it } from 'vitest';
import { badgeText, withFrameCount } from '../../src/badge-count';
import {
  parseCausesReply,
  parseCountReply,
  parseMentionsReply,
  parseMessage,
  parseTabMessage,
} from '../../src/messages';
import { CONTEXT_WINDOW } from '../../src/ranking/limits';

describe('messages a content script receives', () => {
  it.each([
    [{ type: 'get-mentions' }],
    [{ type: 'get-count' }],
    [{ type: 'show-mention', index: 2 }],
    [{ type: 'step-mention', direction: 1 }],
  ])('accepts %j', (m) => expect(parseTabMessage(m)).toEqual(m));

  it.each([
    [{ type: 'rank-causes', before: '', mention: 'cramp', after: '', title: '' }],
    [{ type: 'mentions-changed', count: 1 }],
    [{ type: 'open-reference' }],
    [{ type: 'step-mention', direction: 2 }],
    [null],
  ])('ignores what only the background takes, and anything malformed: %j', (m) => {
    expect(parseTabMessage(m)).toBeNull();
  });
});

describe('runtime messages', () => {
  it.each([
    [{ type: 'mentions-changed', count: 3 }],
    [{ type: 'get-mentions' }],
    [{ type: 'get-count' }],
    [{ type: 'show-mention', index: 0 }],
    [{ type: 'step-mention', direction: -1 }],
    [{ type: 'open-reference' }],
    [{ type: 'open-reference', causeId: 'dehydration' }],
    [{ type: 'rank-causes', before: 'after the marathon my ', mention: 'calf cramps', after: ' hurt', title: '' }],
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
    [{ type: 'rank-causes', before: '', mention: '', after: '', title: '' }],
    [{ type: 'rank-causes', before: 1, mention: 'cramp', after: '', title: '' }],
    [{ type: 'rank-causes', mention: 'cramp', after: '', title: '' }],
  ])('ignores %j', (m) => {
    expect(parseMessage(m)).toBeNull();
  });

  it("validates a frame's count reply", () => {
    expect(parseCountReply({ type: 'count', count: 4 })).toEqual({ type: 'count', count: 4 });
    for (const bad of [null, 4, { type: 'count' }, { type: 'count', count: -1 }, { type: 'mentions', count: 4 }])
      expect(parseCountReply(bad)).toBeNull();
  });

  it('drops extra fields so nothing unvalidated passes through', () => {
    expect(parseMessage({ type: 'get-mentions', payload: { evil: true } })).toEqual({ type: 'get-mentions' });
  });

  it('bounds the text a ranking request carries to the window around the mention', () => {
    const before = `${'x'.repeat(5000)}marathon `;
    const parsed = parseMessage({
      type: 'rank-causes',
      before,
      mention: 'cramp',
      after: 'y'.repeat(5000),
      title: 't'.repeat(5000),
    });
    if (parsed?.type !== 'rank-causes') throw new Error('not parsed');
    // The words nearest the mention are kept: the end of `before`, the start of `after`.
    expect(parsed.before).toHaveLength(CONTEXT_WINDOW);
    expect(parsed.before.endsWith('marathon ')).toBe(true);
    expect(parsed.after).toHaveLength(CONTEXT_WINDOW);
    expect(parsed.title.length).toBeLessThanOrEqual(300);
  });

  it('validates the causes reply', () => {
    const cause = { id: 'dehydration', title: 'Dehydration', summary: 'Salts.', cues: ['sweat', 'heat', 'sun'] };
    const ok = parseCausesReply({ type: 'causes', causes: [cause, cause, cause, cause, cause] });
    expect(ok?.causes).toHaveLength(4);
    expect(ok?.causes[0]?.cues).toEqual(['sweat', 'heat']);
    expect(parseCausesReply({ type: 'causes', causes: [] })).toEqual({ type: 'causes', causes: [], fitted: false });
    // Where the cue words are: anything but 'page' reads as nearby; `fitted` only when exactly true.
    expect(ok?.causes[0]?.where).toBe('nearby');
    const page = parseCausesReply({ type: 'causes', causes: [{ ...cause, where: 'page' }], fitted: true });
    expect(page?.causes[0]?.where).toBe('page');
    expect(page?.fitted).toBe(true);
    expect(parseCausesReply({ type: 'causes', causes: [], fitted: 'yes' })?.fitted).toBe(false);
    expect(parseCausesReply({ type: 'causes', causes: [{ ...cause, id: '<script>' }] })).toBeNull();
    expect(parseCausesReply({ type: 'causes', causes: [{ ...cause, cues: [1] }] })).toBeNull();
    expect(parseCausesReply({ type: 'causes', causes: [{ ...cause, title: '' }] })).toBeNull();
    expect(parseCausesReply({ type: 'causes', causes: 'x' })).toBeNull();
    expect(parseCausesReply(undefined)).toBeNull();
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
