import type { Mention, Sense } from './types';

/**
 * What the page needs of a mention to mark it: where it is and what it means. The detector runs in
 * the background (see background/main.ts); a content script sends the texts of a page's blocks
 * and gets these back.
 */
export type Found = Pick<Mention, 'start' | 'end' | 'sense'>;

/** The senses a page marks, by their number in a reply; a not-medical mention is never sent back. */
const MARKED: readonly Sense[] = ['muscle', 'other-medical'];

/** A text's mentions as numbers: start, end and sense (an index in `MARKED`) for each. */
export function encodeFound(mentions: readonly Mention[]): number[] {
  const out: number[] = [];
  for (const m of mentions) {
    const sense = MARKED.indexOf(m.sense);
    if (sense >= 0) out.push(m.start, m.end, sense);
  }
  return out;
}

const isOffset = (v: unknown, max: number): v is number =>
  Number.isInteger(v) && (v as number) >= 0 && (v as number) <= max;

/**
 * Reads one text's numbers back, or null when they cannot be that text's: a length that is not
 * whole triples, an offset outside the text, a span that is empty or runs backwards, a sense
 * not sent, or mentions out of order.
 */
export function decodeFound(value: unknown, textLength: number): Found[] | null {
  if (!Array.isArray(value) || value.length % 3 !== 0) return null;
  const out: Found[] = [];
  let last = 0;
  for (let k = 0; k < value.length; k += 3) {
    const start = value[k] as unknown;
    const end = value[k + 1] as unknown;
    const sense = value[k + 2] as unknown;
    const meaning = Number.isInteger(sense) ? MARKED[sense as number] : undefined;
    if (!isOffset(start, textLength) || !isOffset(end, textLength) || start >= end || start < last || !meaning)
      return null;
    out.push({ start, end, sense: meaning });
    last = end;
  }
  return out;
}
