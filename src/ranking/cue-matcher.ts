import type { Cause, CauseId } from '../reference/types';
import type { TextWord } from '../vocab/phrase-index';

/**
 * `strong`: names the cause ("marathon", "dialysis"). `weak` (written `~night`): has everyday
 * meanings too. `symptom` (written `^fatigue`): as often an effect of the same condition as a cause,
 * so it counts only a little unless the text says it brought the spasm on.
 */
export type CueKind = 'strong' | 'weak' | 'symptom';

/** One cue of one cause: its words, the last of them a stem when written with `*`. */
interface Cue {
  readonly cause: CauseId;
  readonly kind: CueKind;
  readonly words: readonly string[];
  readonly stem: boolean;
}

/** A cue found in a text: the words it spans, by index into the text's words. */
export interface FoundCue {
  readonly first: number;
  readonly last: number;
  readonly cause: CauseId;
  readonly kind: CueKind;
}

const KINDS: Record<string, CueKind> = { '~': 'weak', '^': 'symptom' };

/**
 * Parses a cue as the causes write it ("exercis*", "extra time", "side-effect*", "~night",
 * "^fatigue"): a space or a hyphen separates words, as on the page ("calf-cramps", "calf cramps").
 */
export function parseCue(cause: CauseId, written: string): Cue {
  const kind = KINDS[written.charAt(0)] ?? 'strong';
  const body = kind === 'strong' ? written : written.slice(1);
  const stem = body.endsWith('*');
  const words = (stem ? body.slice(0, -1) : body).toLowerCase().split(/[\s-]+/);
  if (words.some((w) => !/^[\p{L}\p{N}]+$/u.test(w))) throw new Error(`cue "${written}" of ${cause} is not words`);
  return { cause, kind, words, stem };
}

const STEM_KEY = 2;

/**
 * Every cue of every cause, looked up by a page's words: whole first words in one map, one-word
 * stems by their first letters. Matching is a map lookup per word, not a regular expression per
 * cause over the text (19 expressions cost tens of milliseconds to compile the first time the
 * background ranks, on a task of its own).
 */
export class CueIndex {
  readonly #byFirst = new Map<string, Cue[]>();
  readonly #stems = new Map<string, Cue[]>();

  constructor(causes: readonly Cause[]) {
    for (const cause of causes) {
      for (const written of cause.cues) {
        const cue = parseCue(cause.id, written);
        const first = cue.words[0] as string;
        const oneStem = cue.stem && cue.words.length === 1;
        const map = oneStem ? this.#stems : this.#byFirst;
        const key = oneStem ? first.slice(0, STEM_KEY) : first;
        const list = map.get(key);
        if (list) list.push(cue);
        else map.set(key, [cue]);
      }
    }
  }

  /** The cues in `words`, each with the words it spans; several causes may share a word. */
  find(words: readonly TextWord[]): FoundCue[] {
    const found: FoundCue[] = [];
    for (let i = 0; i < words.length; i++) {
      const word = (words[i] as TextWord).word;
      for (const cue of this.#stems.get(word.slice(0, STEM_KEY)) ?? []) {
        if (word.startsWith(cue.words[0] as string))
          found.push({ first: i, last: i, cause: cue.cause, kind: cue.kind });
      }
      for (const cue of this.#byFirst.get(word) ?? []) {
        const last = i + cue.words.length - 1;
        if (spans(cue, words, i)) found.push({ first: i, last, cause: cue.cause, kind: cue.kind });
      }
    }
    return found;
  }
}

/** Whether the words from `i` on are the cue's (the last one by its stem when it has one). */
function spans(cue: Cue, words: readonly TextWord[], i: number): boolean {
  const n = cue.words.length;
  for (let k = 1; k < n; k++) {
    const word = words[i + k]?.word;
    const want = cue.words[k] as string;
    if (word === undefined || !(k === n - 1 && cue.stem ? word.startsWith(want) : word === want)) return false;
  }
  return true;
}
