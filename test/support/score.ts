import { detect } from '../../src/matching/detect';
import type { Mention } from '../../src/matching/types';

export type SpanLabel = 'muscle' | 'other-medical' | 'not-medical';
export interface EvalSpan {
  readonly start: number;
  readonly end: number;
  readonly surface: string;
  readonly label: SpanLabel;
}
export interface EvalSentence {
  readonly text: string;
  readonly spans: readonly EvalSpan[];
}

export interface Finding {
  readonly text: string;
  readonly surface: string;
  readonly detail: string;
}
export interface Score {
  readonly hits: number;
  readonly misses: number;
  readonly falsePositives: number;
  readonly precision: number;
  readonly recall: number;
  readonly missList: readonly Finding[];
  readonly falsePositiveList: readonly Finding[];
}

/** Twitching is outside what the product marks; the corpus makes those spans optional. */
const OPTIONAL_SURFACE = /twitch/i;

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }): boolean =>
  a.start < b.end && b.start < a.end;

/**
 * The corpus README's scoring: a mark overlapping a `muscle` span is a hit, any other mark a false
 * positive, a `muscle` span with no mark a miss; twitch-family muscle spans are optional.
 */
export function score(
  sentences: readonly EvalSentence[],
  marks: (text: string) => readonly Mention[] = markable,
): Score {
  let hits = 0;
  let falsePositives = 0;
  let misses = 0;
  const missList: Finding[] = [];
  const falsePositiveList: Finding[] = [];
  for (const s of sentences) {
    const found = marks(s.text);
    const muscle = s.spans.filter((sp) => sp.label === 'muscle');
    for (const m of found) {
      const hit = muscle.find((sp) => overlaps(sp, m));
      if (hit) {
        if (!OPTIONAL_SURFACE.test(hit.surface)) hits++;
      } else {
        falsePositives++;
        falsePositiveList.push({ text: s.text, surface: s.text.slice(m.start, m.end), detail: m.reason });
      }
    }
    for (const sp of muscle) {
      if (OPTIONAL_SURFACE.test(sp.surface)) continue;
      if (!found.some((m) => overlaps(sp, m))) {
        misses++;
        const why = detect(s.text).find((m) => overlaps(sp, m));
        missList.push({
          text: s.text,
          surface: sp.surface,
          detail: why ? `${why.sense}: ${why.reason}` : 'not a candidate',
        });
      }
    }
  }
  const marked = hits + falsePositives;
  return {
    hits,
    misses,
    falsePositives,
    precision: marked === 0 ? 1 : hits / marked,
    recall: hits + misses === 0 ? 1 : hits / (hits + misses),
    missList,
    falsePositiveList,
  };
}

/** What the product marks: muscle-sense mentions only. */
export function markable(text: string): Mention[] {
  return detect(text).filter((m) => m.sense === 'muscle');
}
