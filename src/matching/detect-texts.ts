import { keeps, pieceAt, type PieceOffsets } from '../detect-protocol';
import { detect } from './detect';
import { encodeFound } from './found';

/**
 * The background's side of a `detect` message: each text's mentions, as `encodeFound` writes them,
 * at their offsets in the text's block; of a piece of a huge block, only the mentions it owns (its
 * neighbours own the rest). The content script then only marks. (Kept apart from found.ts, which
 * the content script loads: it carries no part of the detector.)
 */
export function detectTexts(
  texts: readonly string[],
  pieces?: PieceOffsets | undefined,
  /** Whether to send a mention, by its words (the reader's corrections say which not to). */
  keep?: (words: string) => boolean,
): number[][] {
  return texts.map((text, k) => {
    const found = detect(text);
    const mentions = keep ? found.filter((m) => keep(text.slice(m.start, m.end))) : found;
    if (!pieces) return encodeFound(mentions);
    const span = pieceAt(pieces, k, text.length);
    return encodeFound(
      mentions
        .filter((m) => keeps(span, m.start))
        .map((m) => ({ ...m, start: m.start + span.from, end: m.end + span.from })),
    );
  });
}
