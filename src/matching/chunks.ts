/** Blocks longer than this are read in pieces so no single step blocks the page for long. */
export const CHUNK_SIZE = 32_768;
/**
 * Context either side of a piece: more than the sense rules read around a word (tokens.ts `REACH`),
 * so a mention near a cut is decided as in the whole text (a unit test holds the two apart).
 */
export const OVERLAP = 400;

/**
 * One piece of a long text: the detector reads `[from, to)` and keeps the mentions that start in
 * `[keepFrom, keepTo)`. Pieces overlap by more than the rules look around a word, so the mentions
 * kept from all pieces are those of the whole text.
 */
export interface ChunkSpan {
  readonly from: number;
  readonly to: number;
  readonly keepFrom: number;
  readonly keepTo: number;
}

export function chunkSpans(length: number, chunkSize = CHUNK_SIZE): ChunkSpan[] {
  if (length <= chunkSize) return [{ from: 0, to: length, keepFrom: 0, keepTo: length }];
  const spans: ChunkSpan[] = [];
  for (let a = 0; a < length; a += chunkSize) {
    const b = Math.min(length, a + chunkSize);
    spans.push({ from: Math.max(0, a - OVERLAP), to: Math.min(length, b + OVERLAP), keepFrom: a, keepTo: b });
  }
  return spans;
}

/** Whether a mention found in a span's text (offsets into it) is that span's to keep. */
export const keeps = (span: ChunkSpan, start: number): boolean =>
  start + span.from >= span.keepFrom && start + span.from < span.keepTo;
