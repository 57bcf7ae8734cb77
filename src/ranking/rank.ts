import { CAUSES } from '../reference/causes';
import type { Cause } from '../reference/types';
import { compileCues, cueWeight, type CompiledCues } from './cue-matcher';
import { CONTEXT_WINDOW as WINDOW } from './window';

export interface RankedCause {
  readonly cause: Cause;
  readonly score: number;
  /** Cue words found near the mention, as written there, nearest first ("marathon", "sweating"). */
  readonly cues: readonly string[];
}

export interface RankInput {
  /** The block of text the mention sits in. */
  readonly text: string;
  /** The mention's offsets in `text`. */
  readonly start: number;
  readonly end: number;
  /** The page title, a weaker hint than the words around the mention. */
  readonly title?: string;
}

/** Compiled on first use: the background wakes for badge counts too, and those need no cues. */
let compiled: ReadonlyMap<string, CompiledCues> | undefined;
const cuesOf = (id: string) => (compiled ??= new Map(CAUSES.map((c) => [c.id, compileCues(c.cues)]))).get(id);

const TITLE_WEIGHT = 0.6;

/** A cue right next to the mention counts 1, one at the window's edge about a third of that. */
function proximity(distance: number): number {
  return 1 / (1 + (2 * Math.max(0, distance)) / WINDOW);
}

/**
 * Orders every cause by how strongly the text around a mention points to it. Cues near the mention
 * weigh more than distant ones; each distinct cue counts once; the page title adds a smaller share.
 * With no cues at all the order is the reference's prior (the common causes first).
 */
export function rankCauses(input: RankInput): RankedCause[] {
  const from = Math.max(0, input.start - WINDOW);
  const to = Math.min(input.text.length, input.end + WINDOW);
  const before = input.text.slice(from, input.start);
  const after = input.text.slice(input.end, to);
  const ranked = CAUSES.map((cause) => {
    const pattern = cuesOf(cause.id)?.pattern;
    const found = new Map<string, { word: string; weight: number; distance: number }>();
    const note = (word: string, weight: number, distance: number) => {
      const key = word.toLowerCase();
      const prev = found.get(key);
      if (!prev || prev.weight < weight) found.set(key, { word, weight, distance });
    };
    if (pattern) {
      for (const m of before.matchAll(pattern)) {
        const distance = before.length - ((m.index ?? 0) + m[0].length);
        note(m[0], cueWeight(m) * proximity(distance), distance);
      }
      for (const m of after.matchAll(pattern)) note(m[0], cueWeight(m) * proximity(m.index ?? 0), m.index ?? 0);
      if (input.title) {
        for (const m of input.title.matchAll(pattern)) note(m[0], cueWeight(m) * TITLE_WEIGHT, WINDOW);
      }
    }
    const cueScore = [...found.values()].reduce((sum, f) => sum + f.weight, 0);
    const cues = [...found.values()].sort((a, b) => a.distance - b.distance).map((f) => f.word);
    // The prior only breaks ties and orders the no-cue case: it is worth less than one distant cue.
    return { cause, score: cueScore + cause.prior * 0.1, cues };
  });
  return ranked.sort((a, b) => b.score - a.score || b.cause.prior - a.cause.prior);
}
