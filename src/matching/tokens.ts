/** Words of one sentence around a candidate, with the text between them, for the sense rules. */
export interface Token {
  readonly text: string;
  /** Lower case, curly apostrophes made straight. */
  readonly lower: string;
  readonly start: number;
  readonly end: number;
  /** The characters between the previous token (or the sentence start) and this one. */
  readonly gapBefore: string;
}

export interface Sentence {
  readonly tokens: readonly Token[];
  /** The text after the last token up to the sentence end. */
  readonly tail: string;
}

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;
/** How far to look for a sentence boundary: keeps the cost per candidate bounded on huge blocks. */
const REACH = 320;

/** Words whose full stop does not end a sentence: "Mrs. Cramp", "Dr. Spasm". */
const ABBREVIATIONS = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'st',
  'prof',
  'rev',
  'sr',
  'jr',
  'vs',
  'etc',
  'no',
  'fig',
  'eg',
  'ie',
  'e.g',
  'i.e',
]);

function isSpace(code: number): boolean {
  return code === 32 || code === 10 || code === 13 || code === 9 || code === 160 || Number.isNaN(code);
}

function isBoundaryAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  // A blank line ends a paragraph; a single line break in page text is only white space.
  if (c === 10 && /^\n[ \t\u00a0]*\n/.test(text.slice(i, i + 8))) return true;
  if (c === 33 || c === 63) return isSpace(text.charCodeAt(i + 1));
  if (c === 46 && isSpace(text.charCodeAt(i + 1))) {
    // "Mrs. Cramp", "J. Cramp": an abbreviation or an initial does not end the sentence.
    let k = i;
    while (k > 0 && /[\p{L}.]/u.test(text.charAt(k - 1))) k--;
    const word = text.slice(k, i).toLowerCase();
    return !(ABBREVIATIONS.has(word) || /^\p{Lu}$/u.test(text.slice(k, i)));
  }
  return false;
}

/** The sentence containing [start, end), bounded to REACH characters either side. */
export function sentenceAround(text: string, start: number, end: number): Sentence {
  let from = Math.max(0, start - REACH);
  for (let i = start - 1; i >= from; i--) {
    if (isBoundaryAt(text, i)) {
      from = i + 1;
      break;
    }
  }
  let to = Math.min(text.length, end + REACH);
  for (let i = end; i < to; i++) {
    if (isBoundaryAt(text, i)) {
      to = i + 1;
      break;
    }
  }
  const tokens: Token[] = [];
  let last = from;
  const slice = text.slice(from, to);
  for (const m of slice.matchAll(WORD)) {
    const s = from + (m.index ?? 0);
    const word = m[0];
    tokens.push({
      text: word,
      lower: word.toLowerCase().replace(/’/g, "'"),
      start: s,
      end: s + word.length,
      gapBefore: text.slice(last, s),
    });
    last = s + word.length;
  }
  return { tokens, tail: text.slice(last, to) };
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

export function startsWithPrefix(word: string, prefixes: readonly string[]): boolean {
  for (const p of prefixes) if (word.startsWith(p)) return true;
  return false;
}
