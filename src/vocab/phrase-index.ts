import { normalizedWords, normalizeWord, WORD } from './normalize';

interface Entry<T> {
  /** The name's words after the first, joined by spaces as normalised; split on first use. */
  readonly tail: string;
  words?: readonly string[];
  readonly value: T;
}

const wordsOf = <T>(e: Entry<T>): readonly string[] => (e.words ??= e.tail === '' ? [] : e.tail.split(' '));

/**
 * Names of several words, looked up by their first word, longest first. Built when the background
 * first needs it, from some 14,000 names: adding one costs a search for its first space, and the
 * rest of the work (splitting, ordering) is done for a first word only when a page has it.
 */
export class PhraseIndex<T> {
  readonly #byFirst = new Map<string, Entry<T>[]>();
  /** First words whose names were added since their list was last put longest first. */
  readonly #unsorted = new Set<string>();
  #longest = 0;

  /** The most words a name has: how far past a first word a match can reach. */
  get longest(): number {
    return this.#longest;
  }

  /** Adds a name already in normal form (see normalize.ts): lower case, words joined by one space. */
  addNormalized(name: string, value: T): void {
    let words = 1;
    for (let p = name.indexOf(' '); p >= 0; p = name.indexOf(' ', p + 1)) words++;
    if (words > this.#longest) this.#longest = words;
    const space = name.indexOf(' ');
    const first = space < 0 ? name : name.slice(0, space);
    const entry: Entry<T> = { tail: space < 0 ? '' : name.slice(space + 1), value };
    const list = this.#byFirst.get(first);
    if (list) list.push(entry);
    else this.#byFirst.set(first, [entry]);
    this.#unsorted.add(first);
  }

  /** Adds a name as pages write it ("Lou Gehrig's disease"). */
  add(name: string, value: T): void {
    this.addNormalized(normalizedWords(name).join(' '), value);
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
    // Sorted once, on first use (stable: names of one length keep the order they were added in).
    if (this.#unsorted.delete(first as string)) list.sort((a, b) => wordsOf(b).length - wordsOf(a).length);
    for (const entry of list) {
      const rest = wordsOf(entry);
      if (rest.every((w, k) => words[i + 1 + k] === w)) return { value: entry.value, length: rest.length + 1 };
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

export function textWords(text: string, from = 0, to = text.length): TextWord[] {
  const out: TextWord[] = [];
  WORD.lastIndex = from;
  for (let m = WORD.exec(text); m && m.index < to; m = WORD.exec(text)) {
    out.push({ word: normalizeWord(m[0]), written: m[0], start: m.index, end: m.index + m[0].length });
  }
  return out;
}
