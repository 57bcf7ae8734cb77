import { describe, expect, it } from 'vitest';
import { chunkSpans, keeps, OVERLAP, parseDetectReply } from '../../src/detect-protocol';
import { detect } from '../../src/matching/detect';
import { detectTexts } from '../../src/matching/detect-texts';
import { parseMessage } from '../../src/messages';
import { REACH } from '../../src/matching/tokens';

describe('pieces of a huge block', () => {
  it('reads a huge text in pieces with exactly the same result as one pass', () => {
    const sentence = 'He was out of breath and had a cramp in his calf; the Cramps played on; a spasm of grief. ';
    const text = sentence.repeat(3000);
    const whole = detect(text);
    // As the scanner asks about a huge block: each piece's text, keeping the mentions it owns.
    const chunked = chunkSpans(text.length, 10_000).flatMap((span) =>
      detect(text.slice(span.from, span.to))
        .filter((m) => keeps(span, m.start))
        .map((m) => ({ ...m, start: m.start + span.from, end: m.end + span.from })),
    );
    expect(chunked).toEqual(whole);
    expect(whole.filter((m) => m.sense === 'muscle')).toHaveLength(3000);
  });

  it('has the background answer each piece at block offsets, with only the mentions it owns', () => {
    const sentence = 'A cramp in my calf, then the Cramps on the radio. ';
    const text = sentence.repeat(1000);
    const spans = chunkSpans(text.length, 10_000);
    const texts = spans.map((s) => text.slice(s.from, s.to));
    const pieces = spans.flatMap((s) => [s.from, s.keepFrom, s.keepTo]);
    const answer = parseDetectReply({ type: 'detected', found: detectTexts(texts, pieces) }, texts, pieces);
    const whole = detect(text).map(({ start, end, sense }) => ({ start, end, sense }));
    expect(answer?.flat()).toEqual(whole.filter((m) => m.sense !== 'not-medical'));
    // An answer with a mention a piece does not own is refused.
    const own = { type: 'detected', found: detectTexts(texts.slice(0, 1), [0, 0, 10]) };
    expect(parseDetectReply(own, texts.slice(0, 1), [0, 0, 10])).not.toBeNull();
    const stray = { type: 'detected', found: detectTexts(texts.slice(0, 1)) };
    expect(parseDetectReply(stray, texts.slice(0, 1), [0, 0, 10])).toBeNull();
  });

  it('takes piece offsets only as three whole numbers a text, each keep range inside its piece', () => {
    const texts = ['a calf cramp', 'another'];
    expect(parseMessage({ type: 'detect', texts, pieces: [0, 0, 12, 100, 100, 107] })).not.toBeNull();
    for (const pieces of [[0, 0, 12], [0, 0, 13, 0, 0, 7], [0, 5, 2, 0, 0, 7], [-1, 0, 5, 0, 0, 7], 'x'])
      expect(parseMessage({ type: 'detect', texts, pieces }), String(pieces)).toBeNull();
  });

  it('overlaps pieces by more than the sense rules read around a word', () => {
    expect(OVERLAP).toBeGreaterThan(REACH);
  });

  it('cuts a long text into pieces that keep each offset exactly once, with context either side', () => {
    for (const length of [0, 1, 9_999, 10_000, 10_001, 35_123]) {
      const spans = chunkSpans(length, 10_000);
      const kept = new Array<number>(length).fill(0);
      for (const s of spans) {
        for (let o = s.keepFrom; o < s.keepTo; o++) kept[o] = (kept[o] ?? 0) + 1;
        expect(s.from).toBeLessThanOrEqual(s.keepFrom);
        expect(s.to).toBeGreaterThanOrEqual(s.keepTo);
        // Where a piece is cut, it reads on past the cut (more than a sentence's reach, 320) or to the end.
        expect(s.from === 0 || s.keepFrom - s.from > 320).toBe(true);
        expect(s.to === length || s.to - s.keepTo > 320).toBe(true);
      }
      expect(kept.every((n) => n === 1)).toBe(true);
    }
  });
});
