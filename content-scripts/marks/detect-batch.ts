import { CHUNK_SIZE, chunkSpans, type ChunkSpan, type PieceOffsets } from '../../src/detect-protocol';
import type { Found } from '../../src/matching/found';
import type { TextBlock } from '../scan/text-blocks';
import type { MarkedMention } from './mention-index';
import { toMark } from './to-mark';

/**
 * Finds the mentions in each text (in the background: see runtime/background-detector.ts), or null
 * when no answer came. Offsets are into each text's block: where some text is a piece of a huge
 * block, `pieces` says where each sits, and each piece's answer holds only the mentions it owns.
 */
export type Detector = (
  texts: readonly string[],
  pieces?: PieceOffsets,
) => Promise<readonly (readonly Found[])[] | null>;

/**
 * Blocks read since the last answer, waiting for the detector: the containers read again whose old
 * marks are to clear (they go when the new ones come, in the same task, so a page read again never
 * shows its mentions unmarked) and the texts to ask about, each a block or a piece of a huge one.
 */
export interface Batch {
  toClear: Node[];
  texts: string[];
  /** The block each text belongs to. */
  blocks: TextBlock[];
  /** Where each text sits in its block (three numbers a text), sent only when a block was cut. */
  offsets: number[];
  cut: boolean;
  chars: number;
}

export const emptyBatch = (): Batch => ({ toClear: [], texts: [], blocks: [], offsets: [], cut: false, chars: 0 });

/** Adds one text (a block, or a piece of a huge one) to the batch. */
export function addPiece(batch: Batch, block: TextBlock, span: ChunkSpan, text: string): void {
  batch.texts.push(text);
  batch.blocks.push(block);
  batch.offsets.push(span.from, span.keepFrom, Math.min(span.keepTo, block.text.length));
  if (span !== UNCUT[0]) batch.cut = true;
  batch.chars += text.length;
}

/** The one piece of a block that is not cut (nearly all of them), shared. */
const UNCUT: readonly ChunkSpan[] = [{ from: 0, to: Infinity, keepFrom: 0, keepTo: Infinity }];

/** How one block is asked about: whole (shared, no allocation), or in overlapping pieces when huge. */
export const spansOf = (block: TextBlock): readonly ChunkSpan[] =>
  block.text.length > CHUNK_SIZE ? chunkSpans(block.text.length) : UNCUT;

/** The text of one piece of a block. */
export const pieceText = (block: TextBlock, span: ChunkSpan): string =>
  span === UNCUT[0] ? block.text : block.text.slice(span.from, span.to);

/**
 * The marks of an answer, block by block in the order asked (offsets already in the block, each
 * piece's already its own), other medical senses only when they are shown.
 */
export function marksByBlock(
  batch: Batch,
  found: readonly (readonly Found[])[],
  showOtherMedical: boolean,
): [TextBlock, MarkedMention[]][] {
  const out: [TextBlock, MarkedMention[]][] = [];
  batch.blocks.forEach((block, k) => {
    let group = out[out.length - 1];
    if (!group || group[0] !== block) {
      group = [block, []];
      out.push(group);
    }
    const marks = group[1];
    for (const f of found[k] ?? []) {
      if (f.sense === 'other-medical' && !showOtherMedical) continue;
      const mark = toMark(block, f);
      if (mark) marks.push(mark);
    }
  });
  return out;
}
