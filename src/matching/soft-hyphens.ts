/**
 * Soft hyphens (U+00AD) are invisible breaking hints inside words ("cram\u00ADping"). The detector
 * reads a copy without them and maps offsets back. Most text has none, so the common path is one
 * native `indexOf` and no copy.
 */
/** U+00AD, which splits words for hyphenation and is invisible unless a line breaks there. */
export const SOFT_HYPHEN = '\u00AD';

export interface StrippedText {
  readonly text: string;
  /** Maps an offset in `text` to the offset in the original; identity when nothing was removed. */
  readonly toOriginal: (offset: number) => number;
}

const identity = (offset: number): number => offset;

export function stripSoftHyphens(original: string): StrippedText {
  if (original.indexOf(SOFT_HYPHEN) === -1) return { text: original, toOriginal: identity };
  // The stripped offset at which each soft hyphen was removed, ascending.
  const keptOffsets: number[] = [];
  let out = '';
  let from = 0;
  for (let i = original.indexOf(SOFT_HYPHEN); i !== -1; i = original.indexOf(SOFT_HYPHEN, i + 1)) {
    out += original.slice(from, i);
    keptOffsets.push(out.length);
    from = i + 1;
  }
  out += original.slice(from);
  return {
    text: out,
    toOriginal: (offset) => {
      // The character at stripped offset o sits after every hyphen removed at positions <= o.
      let lo = 0;
      let hi = keptOffsets.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if ((keptOffsets[mid] ?? 0) <= offset) lo = mid + 1;
        else hi = mid;
      }
      return offset + lo;
    },
  };
}
