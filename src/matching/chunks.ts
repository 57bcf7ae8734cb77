import { detect } from './detect';
import type { Mention } from './types';

/** Blocks longer than this are read in pieces so no single step blocks the page for long. */
export const CHUNK_SIZE = 32_768;
/** Context either side of a piece: more than the sentence reach of the sense rules. */
const OVERLAP = 400;

/**
 * Detects mentions in `text` a piece at a time, yielding each piece's mentions. Pieces overlap by
 * more than the rules look around a word, and each keeps only the mentions starting inside it, so
 * the result equals `detect(text)` for any text.
 */
export function* detectInChunks(text: string, chunkSize = CHUNK_SIZE): Generator<Mention[], void, void> {
  if (text.length <= chunkSize) {
    yield detect(text);
    return;
  }
  for (let a = 0; a < text.length; a += chunkSize) {
    const b = Math.min(text.length, a + chunkSize);
    const from = Math.max(0, a - OVERLAP);
    const to = Math.min(text.length, b + OVERLAP);
    const found = detect(text.slice(from, to))
      .map((m) => ({ ...m, start: m.start + from, end: m.end + from }))
      .filter((m) => m.start >= a && m.start < b);
    yield found;
  }
}
