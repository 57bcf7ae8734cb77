import { wordSet } from '../terms/words';
/**
 * A word of the sentence around a candidate. Built for every word of every candidate's sentence,
 * so the lower-case form and the gap before it are computed only when a rule asks.
 */
export class Token {
  readonly #source: string;
  readonly #gapStart: number;
  #lower: string | undefined;
  readonly start: number;
  readonly end: number;
  /** A hash of the word as written, made while reading it: a memo key that needs no string. */
  readonly key: number;

  constructor(source: string, start: number, end: number, gapStart: number, key: number) {
    this.#source = source;
    this.start = start;
    this.end = end;
    this.#gapStart = gapStart;
    this.key = key;
  }

  /** Whether this is `word` as written, compared in place. */
  is(word: string): boolean {
    return word.length === this.end - this.start && this.#source.startsWith(word, this.start);
  }

  get text(): string {
    return this.#source.slice(this.start, this.end);
  }

  /** Lower case, curly apostrophes made straight. */
  get lower(): string {
    return (this.#lower ??= lowerWord(this.text));
  }

  /** The characters between the previous token (or the sentence start) and this one. */
  get gap(): string {
    return this.#source.slice(this.#gapStart, this.start);
  }
}

/**
 * The sentence around a candidate, bounded to REACH characters either side of it: its words, and
 * the sentence cues, which are worked out once for all the mentions in it.
 */
/** Lower case, curly apostrophes made straight. */
export function lowerWord(text: string): string {
  const l = text.toLowerCase();
  return l.includes('’') ? l.replace(/’/g, "'") : l;
}

export interface Sentence {
  readonly tokens: readonly Token[];
  /**
   * A later candidate starting before this offset has this same sentence (its search for the
   * sentence's bounds would find the same ones); 0 when the bounds were cut short by REACH.
   */
  readonly sharedBefore: number;
}
const LETTER = /\p{L}/u;
const LETTER_OR_DIGIT = /[\p{L}\p{N}\p{M}]/u;

/** a-z or A-Z: the test every scanning loop starts with (most text is ASCII). */
export const isAsciiLetter = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 65 && c <= 90);

function isLetterCode(c: number): boolean {
  if (c < 128) return isAsciiLetter(c);
  return LETTER.test(String.fromCharCode(c));
}

/** Letters, digits and combining marks; the ASCII test first, since most text is ASCII. */
export function isWordCode(c: number): boolean {
  if (c < 128) return isAsciiLetter(c) || (c >= 48 && c <= 57);
  if (c === 0xad || c === 0xa0 || c === 0x2019) return false;
  return LETTER_OR_DIGIT.test(String.fromCharCode(c));
}
/** How far to look for a sentence boundary: keeps the cost per candidate bounded on huge blocks. */
export const REACH = 320;

/** Words whose full stop does not end a sentence: "Mrs. Cramp", "Dr. Spasm". */
const ABBREVIATIONS = wordSet(`mr mrs ms dr st prof rev sr jr vs etc no fig eg ie e.g i.e`);

function isSpace(code: number): boolean {
  return code === 32 || code === 10 || code === 13 || code === 9 || code === 160 || Number.isNaN(code);
}

function isBoundaryAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  // Most characters are not ".", "!", "?" or a line break: answer those first.
  if (c !== 46 && c !== 33 && c !== 63 && c !== 10) return false;
  // A blank line ends a paragraph; a single line break in page text is only white space.
  if (c === 10 && /^\n[ \t\u00a0]*\n/.test(text.slice(i, i + 8))) return true;
  if (c === 33 || c === 63) return isSpace(text.charCodeAt(i + 1));
  if (c === 46 && isSpace(text.charCodeAt(i + 1))) {
    // "Mrs. Cramp", "J. Cramp": an abbreviation or an initial does not end the sentence.
    let k = i;
    while (k > 0 && (isWordCode(text.charCodeAt(k - 1)) || text.charCodeAt(k - 1) === 46)) k--;
    if (i - k > 4) return true;
    const word = text.slice(k, i);
    return !(ABBREVIATIONS.has(word.toLowerCase()) || /^\p{Lu}$/u.test(word));
  }
  return false;
}

const mayEndSentence = (c: number) => c === 46 || c === 33 || c === 63 || c === 10;

/** The sentence containing [start, end), bounded to REACH characters either side. */
export function sentenceAround(text: string, start: number, end: number): Sentence {
  // Only . ! ? and newlines can end a sentence: the full test runs on those alone.
  const reachFrom = Math.max(0, start - REACH);
  let from = -1;
  for (let i = start - 1; i >= reachFrom; i--) {
    if (mayEndSentence(text.charCodeAt(i)) && isBoundaryAt(text, i)) {
      from = i + 1;
      break;
    }
  }
  const reachTo = Math.min(text.length, end + REACH);
  let to = -1;
  for (let i = end; i < reachTo; i++) {
    if (mayEndSentence(text.charCodeAt(i)) && isBoundaryAt(text, i)) {
      to = i + 1;
      break;
    }
  }
  // Bounds found (a boundary, or the text's own start or end within reach) hold for any later
  // candidate of the sentence whose own search reaches back to the same boundary.
  const fromFound = from >= 0 || reachFrom === 0;
  const toFound = to >= 0 || reachTo === text.length;
  if (from < 0) from = reachFrom;
  if (to < 0) to = reachTo;
  const sharedBefore = fromFound && toFound ? Math.min(to, (from === 0 ? 0 : from - 1) + REACH + 1) : 0;
  return { tokens: tokenize(text, from, to), sharedBefore };
}

function tokenize(text: string, from: number, to: number): Token[] {
  // A hand-written scan: this runs for every candidate, and a Unicode regex over the sentence
  // costs several times more. Words are letters and digits with inner apostrophes ("writer's").
  const tokens: Token[] = [];
  let last = from;
  let i = from;
  while (i < to) {
    if (!isWordCode(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const s = i;
    let key = 0;
    while (i < to) {
      const c = text.charCodeAt(i);
      // An apostrophe stays in the word when a letter follows, which the next step then reads.
      if (!isWordCode(c) && !((c === 39 || c === 0x2019) && i + 1 < to && isLetterCode(text.charCodeAt(i + 1)))) break;
      key = (Math.imul(key, 31) + c) | 0;
      i++;
    }
    tokens.push(new Token(text, s, i, last, key));
    last = i;
  }
  return tokens;
}

/** True for "Cramp" (capitalised), false for "cramp" and for all-capitals "CRAMP". */
export function isCapitalised(word: string): boolean {
  const first = word.charAt(0);
  return first !== first.toLowerCase() && word !== word.toUpperCase();
}

/** Only spaces or a hyphen between two words: they form one phrase ("calf cramps", "calf-cramps"). */
export function isTightGap(gap: string): boolean {
  return /^[\s\u00A0-]+$/.test(gap);
}

/**
 * A test for "starts with one of these prefixes", bucketed by the first two letters: the sense
 * rules ask it for every word of a sentence, so it must not try a hundred prefixes each time.
 */
export function prefixMatcher(list: string): (word: string) => boolean {
  // Built on first use, like the word sets: a page with no candidate never pays for it.
  let buckets: Map<string, string[]> | undefined;
  const build = () => {
    const map = new Map<string, string[]>();
    for (const p of list.split(' ')) {
      const key = p.slice(0, 2);
      const bucket = map.get(key);
      if (bucket) bucket.push(p);
      else map.set(key, [p]);
    }
    return map;
  };
  return (word) => {
    const bucket = (buckets ??= build()).get(word.slice(0, 2));
    if (!bucket) return false;
    for (const p of bucket) if (word.startsWith(p)) return true;
    return false;
  };
}
