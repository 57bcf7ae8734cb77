/**
 * The detect protocol in one place: how the content script cuts a huge block into pieces, how much it
 * puts in one message, the bounds both sides hold a message to, and the answer on the wire. The
 * content script batches (content-scripts/marks/detect-batch.ts); the background answers with
 * src/matching/detect-texts.ts; each answer's triples are packed by src/matching/found.ts.
 */
import { decodeFound, type Found } from './matching/found';

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

/** At most this many texts, and characters in all, in one `detect` message (see scanner.ts). */
export const MAX_DETECT_TEXTS = 8192;
export const MAX_DETECT_CHARS = 262_144;
/**
 * The characters a content script puts in one `detect` message before it sends it: enough that a
 * page of many mentions sends few messages, little enough that one answer is recorded in a few
 * milliseconds. A quarter of the bound, so one piece of a huge block always fits beside it.
 */
export const DETECT_BATCH_CHARS = MAX_DETECT_CHARS / 4;
/**
 * The first message of a pass is small: its answer comes back, and is painted, while the rest of the
 * page is still being read (the top of a page is what a reader sees first).
 */
export const FIRST_BATCH_CHARS = 4096;

/** For each text asked about, its mentions as `encodeFound` writes them (src/matching/found.ts). */
export interface DetectReply {
  readonly type: 'detected';
  readonly found: readonly (readonly number[])[];
}

/**
 * Where each text of a request sits in its block, when some text is a piece of a huge one: three
 * numbers per text, `from`, `keepFrom` and `keepTo` of its `ChunkSpan`. Absent when every text is
 * a whole block (nearly always).
 */
export type PieceOffsets = readonly number[];

/** A piece's span from its three numbers (a whole text when there are none). */
export function pieceAt(pieces: PieceOffsets | undefined, k: number, length: number): ChunkSpan {
  if (!pieces) return { from: 0, to: length, keepFrom: 0, keepTo: length };
  const from = pieces[3 * k] as number;
  return { from, to: from + length, keepFrom: pieces[3 * k + 1] as number, keepTo: pieces[3 * k + 2] as number };
}

/**
 * The background's answer: each text's marks at their offsets in its block (the mentions of a piece
 * that its neighbours own already dropped), or null when the reply is not one for these texts.
 */
export function parseDetectReply(value: unknown, texts: readonly string[], pieces?: PieceOffsets): Found[][] | null {
  const r = value as Record<string, unknown> | null;
  const found = r?.['found'];
  if (r?.['type'] !== 'detected' || !Array.isArray(found) || found.length !== texts.length) return null;
  const out: Found[][] = [];
  for (let k = 0; k < texts.length; k++) {
    const span = pieceAt(pieces, k, (texts[k] as string).length);
    const one = decodeFound(found[k], span.to);
    if (!one || one.some((f) => f.start < span.keepFrom || f.start >= span.keepTo)) return null;
    out.push(one);
  }
  return out;
}

/** A request's piece offsets: three whole numbers per text, each piece's keep range inside it; else null. */
export function validPieces(value: unknown, texts: readonly string[]): PieceOffsets | null {
  if (!Array.isArray(value) || value.length !== 3 * texts.length) return null;
  for (let k = 0; k < texts.length; k++) {
    const [from, keepFrom, keepTo] = value.slice(3 * k, 3 * k + 3) as unknown[];
    const to = (from as number) + (texts[k] as string).length;
    const whole = [from, keepFrom, keepTo].every((n) => Number.isSafeInteger(n) && (n as number) >= 0);
    if (!whole || (keepFrom as number) < (from as number) || (keepTo as number) < (keepFrom as number)) return null;
    if ((keepTo as number) > to) return null;
  }
  return value as number[];
}

/** The texts of a `detect` request: strings only, within the bounds of one message; else null. */
export function validDetectTexts(value: unknown): string[] | null {
  if (!Array.isArray(value) || value.length > MAX_DETECT_TEXTS) return null;
  let chars = 0;
  for (const t of value) {
    if (typeof t !== 'string') return null;
    chars += t.length;
  }
  return chars <= MAX_DETECT_CHARS ? (value as string[]) : null;
}
