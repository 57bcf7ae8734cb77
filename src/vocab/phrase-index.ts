import { normalizedWords, normalizeWord } from './normalize';

/** Names of several words, looked up by their first word, longest first. */
export class PhraseIndex<T> {
  readonly #byFirst = new Map<string, { readonly rest: readonly string[]; readonly value: T }[]>();
  /** First words whose names were added since their list was last put longest first. */
  readonly #unsorted = new Set<string>();

  add(name: string, value: T): void {
    const [first, ...rest] = normalizedWords(name);
    if (first === undefined) return;
    const list = this.#byFirst.get(first);
    if (list) list.push({ rest, value });
    else this.#byFirst.set(first, [{ rest, value }]);
    this.#unsorted.add(first);
  }

  /** Whether some name starts with this (normalised) word: the cheap test before `matchAt`. */
  starts(word: string): boolean {
    return this.#byFirst.has(word);
  }

  /** The longest name starting at `words[i]`: its value and how many words it spans. */
  matchAt(words: readonly string[], i: number): { readonly value: T; readonly length: number } | undefined {
    const first = words[i];
    const list = first === undefined ? undefined : this.#byFirst.get(first);
    if (!list) return undefined;
    // Sorted on first use, once: sorting as each name is added costs quadratic time on common first words.
    if (this.#unsorted.delete(first as string)) list.sort((a, b) => b.rest.length - a.rest.length);
    for (const { rest, value } of list) {
      if (rest.every((w, k) => words[i + 1 + k] === w)) return { value, length: rest.length + 1 };
    }
    return undefined;
  }
}

/** A word of a text with its offsets: what names are matched against. */
export interface TextWord {
  readonly word: string;
  readonly written: string;
  readonly start: number;
  readonly end: number;
}

/** Apostrophes as pages write them, entities of text copied from HTML sources included. */
const WORD = /[\p{L}\p{N}]+(?:(?:['’]|&apos;|&#39;|&rsquo;)[\p{L}]+)*/gu;

export function textWords(text: string, from = 0, to = text.length): TextWord[] {
  const out: TextWord[] = [];
  WORD.lastIndex = from;
  for (let m = WORD.exec(text); m && m.index < to; m = WORD.exec(text)) {
    out.push({ word: normalizeWord(m[0]), written: m[0], start: m.index, end: m.index + m[0].length });
  }
  return out;
}
