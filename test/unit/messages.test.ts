import { describe, expect, it } from 'vitest';
import { MAX_DETECT_CHARS, MAX_DETECT_TEXTS, parseDetectReply } from '../../src/detect-protocol';
import {
  parseCausesReply,
  parseCountReply,
  parseMentionsReply,
  parseMessage,
  parseOpenedReply,
  parseCardReply,
  parseTabMentionsReply,
  parseTabMessage,
} from '../../src/messages';
import { CONTEXT_WINDOW } from '../../src/ranking/limits';
import { detectTexts } from '../../src/matching/detect-texts';

describe('messages a content script receives', () => {
  it.each([
    [{ type: 'get-mentions' }],
    [{ type: 'get-count' }],
    [{ type: 'show-mention', index: 2 }],
    [{ type: 'show-mention', index: 2, where: 'Mention 3 of 7' }],
    [{ type: 'close-tooltip' }],
  ])('accepts %j', (m) => expect(parseTabMessage(m)).toEqual(m));

  it('drops a position that is not a short text, and keeps the mention', () => {
    for (const where of [3, null, 'x'.repeat(5000), { text: 'Mention 3 of 7' }])
      expect(parseTabMessage({ type: 'show-mention', index: 1, where })).toEqual({ type: 'show-mention', index: 1 });
  });

  it.each([
    [{ type: 'rank-causes', before: '', mention: 'cramp', after: '', title: '' }],
    [{ type: 'mentions-changed', count: 1 }],
    [{ type: 'open-reference' }],
    [{ type: 'tab-mentions', tabId: 3 }],
    [{ type: 'step-tab', tabId: 3, direction: 1 }],
    [{ type: 'tooltip-act', act: 'not-here:site', mention: 'cramping' }],
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
    [{ type: 'tab-mentions', tabId: 12 }],
    [{ type: 'tab-mentions', tabId: 1_894_832_225 }],
    [{ type: 'step-tab', tabId: 12, direction: -1 }],
    [{ type: 'tooltip-act', act: 'not-here:site', mention: 'cramping' }],
    [{ type: 'show-tab-mention', tabId: 12, position: 0 }],
    [{ type: 'open-reference' }],
    [{ type: 'open-reference', causeId: 'dehydration' }],
    [{ type: 'rank-causes', before: 'after the marathon my ', mention: 'calf cramps', after: ' hurt', title: '' }],
    [{ type: 'tooltip-card', before: 'my ', mention: 'calf cramps', after: ' hurt', title: '', sense: 'muscle' }],
    [{ type: 'tooltip-card', before: '', mention: 'bronchospasm', after: '', title: '', sense: 'other-medical' }],
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
    [{ type: 'step-mention', direction: 1 }],
    [{ type: 'step-tab', tabId: 1, direction: 2 }],
    [{ type: 'step-tab', direction: 1 }],
    [{ type: 'tab-mentions', tabId: -1 }],
    [{ type: 'show-tab-mention', tabId: 12, position: -1 }],
    [{ type: 'open-reference', causeId: '../../etc' }],
    [{ type: 'open-reference', causeId: 'x'.repeat(100) }],
    [{ type: 'rank-causes', before: '', mention: '', after: '', title: '' }],
    [{ type: 'rank-causes', before: 1, mention: 'cramp', after: '', title: '' }],
    [{ type: 'rank-causes', mention: 'cramp', after: '', title: '' }],
    [{ type: 'tooltip-card', before: '', mention: 'cramp', after: '', title: '' }],
    [{ type: 'tooltip-card', before: '', mention: 'cramp', after: '', title: '', sense: 'figurative' }],
    [{ type: 'tooltip-act', act: 'javascript:alert(1)', mention: 'cramping' }],
    [{ type: 'tooltip-act', act: 'not-here:site', mention: '' }],
    [{ type: 'tooltip-act', act: 'not-here:site' }],
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

  it('validates a frame’s list and bounds what it carries', () => {
    const good = { before: 'x'.repeat(5000), mention: 'cramp', after: ' at night', sense: 'muscle' };
    const ok = parseMentionsReply({
      type: 'mentions',
      count: 2,
      state: 'active',
      host: 'example.com',
      url: 'https://example.com/',
      title: 't'.repeat(10_000),
      current: 0,
      since: 12,
      mentions: [good, { ...good, sense: 'weird' }, { ...good, mention: '' }, null],
      frames: [{ after: 1, frameId: -1, url: 'https://a.example/' }, { after: -1, frameId: 2, url: '' }, 'x'],
    });
    expect(ok?.mentions).toEqual([{ ...good, before: 'x'.repeat(CONTEXT_WINDOW) }]);
    expect(ok?.frames).toEqual([{ after: 1, frameId: -1, url: 'https://a.example/' }]);
    expect(ok?.title.length).toBeLessThanOrEqual(300);
    expect(ok?.current).toBe(0);
    const bare = parseMentionsReply({ type: 'mentions', count: 0, state: 'disabled', mentions: [] });
    expect(bare).toMatchObject({ frames: [], url: '', title: '', current: -1, since: 0, host: '' });
    expect(parseMentionsReply({ type: 'mentions', count: 1, state: 'weird', mentions: [] })).toBeNull();
    expect(parseMentionsReply('nope')).toBeNull();
  });

  it('validates the tab’s list for the popup', () => {
    const m = { before: 'after the race my ', mention: 'calf cramped', after: '.', sense: 'muscle' };
    const ok = parseTabMentionsReply({
      type: 'tab-mentions',
      count: 2,
      state: 'active',
      host: 'example.com',
      current: 5,
      mentions: [
        { ...m, frameId: 0, index: 0, title: 'Race day' },
        { ...m, frameId: 'x', index: 1 },
      ],
    });
    expect(ok?.mentions).toEqual([{ ...m, frameId: 0, index: 0, title: 'Race day' }]);
    expect(ok?.current).toBe(-1);
    expect(parseTabMentionsReply({ type: 'tab-mentions', count: -1, state: 'active', mentions: [] })).toBeNull();
  });

  it('takes the tooltip stylesheet only as a string of reasonable size', () => {
    const view = ['div', { class: 'card' }, 'x'];
    expect(parseCardReply({ type: 'card', view, css: '.card{}' })).toEqual({ type: 'card', view, css: '.card{}' });
    expect(parseCardReply({ type: 'card', view, css: '', say: 'Done.', closeAfter: 8000 })).toEqual({
      type: 'card',
      view,
      css: '',
      say: 'Done.',
      closeAfter: 8000,
    });
    // A bad extra is dropped; a bad view or stylesheet refuses the whole card.
    expect(parseCardReply({ type: 'card', view, css: '', say: 3, closeAfter: 1e9 })).toEqual({
      type: 'card',
      view,
      css: '',
    });
    expect(parseCardReply({ type: 'card', view, css: 1 })).toBeNull();
    expect(parseCardReply({ type: 'card', view, css: 'x'.repeat(40_000) })).toBeNull();
    expect(parseCardReply({ type: 'card', view: ['img', { src: 'x' }], css: '' })).toBeNull();
    expect(parseCardReply(null)).toBeNull();
  });

  it('takes texts to detect in only as strings, within the bounds of one message', () => {
    expect(parseMessage({ type: 'detect', texts: ['A calf cramp.', ''] })).toEqual({
      type: 'detect',
      texts: ['A calf cramp.', ''],
    });
    expect(parseMessage({ type: 'detect', texts: 'A calf cramp.' })).toBeNull();
    expect(parseMessage({ type: 'detect', texts: ['ok', 7] })).toBeNull();
    expect(parseMessage({ type: 'detect', texts: Array(MAX_DETECT_TEXTS + 1).fill('a') })).toBeNull();
    expect(parseMessage({ type: 'detect', texts: ['x'.repeat(MAX_DETECT_CHARS + 1)] })).toBeNull();
    expect(parseMessage({ type: 'detect', texts: ['x'.repeat(MAX_DETECT_CHARS)] })).not.toBeNull();
  });

  it('reads the detector’s answer back as marks, keeping only muscle and other-medical mentions', () => {
    const texts = ['Leg cramps at night. Mr Cramp called.', 'Menstrual cramps again.', 'Nothing here.'];
    const found = parseDetectReply({ type: 'detected', found: detectTexts(texts) }, texts);
    expect(found).toEqual([
      [{ start: 0, end: 10, sense: 'muscle' }],
      [{ start: 0, end: 16, sense: 'other-medical' }],
      [],
    ]);
  });

  it('refuses an answer that cannot be for the texts asked about', () => {
    const texts = ['A calf cramp.'];
    const reply = (found: unknown) => parseDetectReply({ type: 'detected', found }, texts);
    expect(reply([[2, 12, 0]])).toEqual([[{ start: 2, end: 12, sense: 'muscle' }]]);
    expect(reply([[2, 12, 0], []])).toBeNull(); // one answer per text
    expect(reply([[2, 12]])).toBeNull(); // whole triples
    expect(reply([[2, 14, 0]])).toBeNull(); // past the end of the text
    expect(reply([[12, 2, 0]])).toBeNull(); // backwards
    expect(reply([[-1, 2, 0]])).toBeNull();
    expect(reply([[2, 12, 2]])).toBeNull(); // not-medical is never sent
    expect(reply([['2', 12, 0]])).toBeNull();
    expect(reply([[2, 12, '0']])).toBeNull();
    expect(reply([[2, 6, 0, 4, 8, 0]])).toBeNull(); // overlapping
    expect(parseDetectReply({ type: 'causes', found: [[]] }, texts)).toBeNull();
    expect(parseDetectReply(undefined, texts)).toBeNull();
  });
});

describe('the position a step or a chosen mention opened', () => {
  it('reads a typed answer (-1: none) and refuses anything else', () => {
    expect(parseOpenedReply({ type: 'opened', position: 3 })).toEqual({ type: 'opened', position: 3 });
    expect(parseOpenedReply({ type: 'opened', position: -1 })?.position).toBe(-1);
    for (const bad of [3, undefined, null, { type: 'opened', position: -2 }, { type: 'count', position: 1 }])
      expect(parseOpenedReply(bad)).toBeNull();
  });
});
