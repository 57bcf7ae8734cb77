import { DETERMINER_WORDS, wordSet } from '../../terms/lexicon';
import type { Head } from '../heads';
import type { Reason, Sense } from '../types';
import { isTightGap, type Token } from '../tokens';

/**
 * What every sense rule reads: the mention's place among its sentence's words, the sentence's cues,
 * and the verdict they give. The rules themselves are filed by the word they decide.
 */

/** The rules' verdict: the phrase's token span (inclusive) within the sentence, and its sense. */
export interface Decision {
  readonly first: number;
  readonly last: number;
  readonly sense: Sense;
  readonly reason: Reason;
}

export interface Ctx {
  readonly tokens: readonly Token[];
  /** Index of the head word's token. */
  readonly i: number;
  /** Index of the last token of the head (charley horse spans two). */
  readonly j: number;
  readonly head: Head;
  /** Whether the rest of the sentence shows this cue (one of the bits in cues.ts). */
  readonly cue: (bit: number) => boolean;
}

export const QUOTES = /["“”'‘’«»]/;

const LOCATION_PREPOSITIONS = wordSet(`in of along at on across around`);

/** Words that may stand between a preposition and the location noun ("in my left calf"). */
const LOCATION_FILLERS = wordSet(
  `${DETERMINER_WORDS} both one left right lower upper front inner outer affected involved whole`,
);

export const COORDINATORS = wordSet(`and or`);

const decide = (ctx: Ctx, sense: Sense, reason: Reason, first = ctx.i, last = ctx.j): Decision => ({
  first,
  last,
  sense,
  reason,
});

// One helper per sense, so each rule reads as its verdict.
export const muscle = (ctx: Ctx, reason: Reason, first = ctx.i, last = ctx.j) =>
  decide(ctx, 'muscle', reason, first, last);

export const notMedical = (ctx: Ctx, reason: Reason, first = ctx.i) => decide(ctx, 'not-medical', reason, first);

export const otherMedical = (ctx: Ctx, reason: Reason, first = ctx.i) => decide(ctx, 'other-medical', reason, first);

export const at = (ctx: Ctx, k: number): Token | undefined => ctx.tokens[k];

export const tightBefore = (ctx: Ctx, k: number): boolean => {
  const t = at(ctx, k);
  return t !== undefined && isTightGap(t.gap);
};

/** The noun after "in/of … " following the head, skipping determiners and sides. */
export function locationAfter(ctx: Ctx): string | undefined {
  const prep = at(ctx, ctx.j + 1);
  if (!prep || !LOCATION_PREPOSITIONS.has(prep.lower) || /[,;:()]/.test(prep.gap)) return undefined;
  for (let k = ctx.j + 2; k <= ctx.j + 5; k++) {
    const t = at(ctx, k);
    if (!t) return undefined;
    if (!LOCATION_FILLERS.has(t.lower)) return t.lower;
  }
  return undefined;
}

export function isSentenceInitial(ctx: Ctx): boolean {
  const t = at(ctx, ctx.i);
  if (ctx.i === 0 || !t) return true;
  return /[.!?:;\n\r]\s*["“'‘(]?\s*$/.test(t.gap);
}
