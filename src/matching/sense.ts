import type { SentenceCues } from './cues';
import type { Head } from './heads';
import { MUSCLE_SPASM_COMPOUNDS } from '../terms/lexicon';
import type { Token } from './tokens';
import { at, muscle, otherMedical, type Ctx, type Decision } from './sense/context';
import { crampRule } from './sense/cramp';
import { crampedRule } from './sense/cramped';
import { spasmodicRule, spasmRule } from './sense/spasm';

export type { Decision } from './sense/context';

/**
 * The sense of the head word at tokens i to j of its sentence, by the rules of that word (sense/:
 * the shared context, names, the rules all words share, and one file per word). `cues` answers what
 * the rest of the sentence says; it is asked only by the rules that need it.
 */
export function decideSense(
  tokens: readonly Token[],
  i: number,
  j: number,
  head: Head,
  cues: () => SentenceCues,
): Decision {
  let cached: SentenceCues | undefined;
  const ctx: Ctx = { tokens, i, j, head, cue: (bit) => ((cached ??= cues()) & bit) !== 0 };
  switch (head) {
    case 'cramp':
      return crampRule(ctx);
    case 'cramped':
      return crampedRule(ctx);
    case 'spasm':
      return spasmRule(ctx);
    case 'spasmodic':
      return spasmodicRule(ctx);
    case 'compound-spasm': {
      const word = at(ctx, i)?.lower ?? '';
      return MUSCLE_SPASM_COMPOUNDS.has(word) ? muscle(ctx, 'compound-muscle') : otherMedical(ctx, 'compound-visceral');
    }
    case 'antispasmodic':
      return otherMedical(ctx, 'antispasmodic');
    case 'myotonia':
      return muscle(ctx, 'myotonia');
    case 'tetany':
      return muscle(ctx, 'tetany');
    case 'charley-horse':
      return muscle(ctx, 'charley-horse');
  }
}
