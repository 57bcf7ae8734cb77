import { CANDIDATE_SOURCE } from './candidate';
import { headOf } from './heads';
import { decideSense } from './sense';
import { SOFT_HYPHEN, stripSoftHyphens } from './soft-hyphens';
import { cuesBesides, sentenceWords, type SentenceWords } from './cues';
import { isWordCode, sentenceAround, type Sentence, type Token } from './tokens';
import type { Mention } from './types';

/** Underscore joins identifiers ("cramp_plugin"), so it counts as part of a word here. */
function isWordChar(code: number): boolean {
  return code === 95 || isWordCode(code);
}

/**
 * Finds mentions of spasms and cramps in one block of text (a paragraph, possibly joined from
 * several DOM text nodes) and decides what each means. Offsets are UTF-16, into `input`.
 */
export function detect(input: string): Mention[] {
  // Soft hyphens split words ("cram\u00ADping"); the candidate pattern also finds them, so text
  // without any is read as it is, and text with some is read again from a copy without them.
  return scan(input, (o) => o) ?? detectStripped(input);
}

function detectStripped(input: string): Mention[] {
  const { text, toOriginal } = stripSoftHyphens(input);
  return scan(text, toOriginal) ?? [];
}

/** The candidate pattern, shared by every call (each pass sets it back to the start). */
const PATTERN = new RegExp(CANDIDATE_SOURCE, 'gi');

/** One pass over `text`; null when a soft hyphen turns up (the caller strips and asks again). */
function scan(text: string, toOriginal: (offset: number) => number): Mention[] | null {
  const pattern = PATTERN;
  pattern.lastIndex = 0;
  const mentions: Mention[] = [];
  let lastEnd = 0;
  // The sentence of the last candidate, and its words' cues once a rule asked: a sentence with
  // several mentions is tokenized and read once.
  let sentence: Sentence | undefined;
  let words: SentenceWords | undefined;
  // The last mention's sense and its last token, for "spasm or cramp" (one thing named twice).
  let previous: { readonly sentence: Sentence; readonly last: number; readonly sense: Mention['sense'] } | undefined;
  // `test` rather than `exec`: no match arrays; the word is widened from where the match ended.
  while (pattern.test(text)) {
    let wordEnd = pattern.lastIndex;
    if (text[wordEnd - 1] === SOFT_HYPHEN) return null;
    let wordStart = wordEnd - 1;
    while (wordStart > 0 && isWordChar(text.charCodeAt(wordStart - 1))) wordStart--;
    while (wordEnd < text.length && isWordChar(text.charCodeAt(wordEnd))) wordEnd++;
    // "charley horse" is the one candidate spanning two words: take the first one too.
    if ((text[wordStart] === 'h' || text[wordStart] === 'H') && /^horses?$/i.test(text.slice(wordStart, wordEnd))) {
      let k = wordStart - 1;
      while (k > 0 && /[\s\u00A0-]/.test(text.charAt(k - 1))) k--;
      while (k > 0 && isWordChar(text.charCodeAt(k - 1))) k--;
      wordStart = k;
    }
    pattern.lastIndex = wordEnd;
    const head = headOf(text.slice(wordStart, wordEnd).toLowerCase());
    if (head === null) continue;
    if (!sentence || wordStart >= sentence.sharedBefore) {
      sentence = sentenceAround(text, wordStart, wordEnd);
      words = undefined;
    }
    const { tokens } = sentence;
    let i = 0;
    while (i < tokens.length && (tokens[i] as Token).end <= wordStart) i++;
    let j = i;
    while (j + 1 < tokens.length && (tokens[j + 1] as Token).start < wordEnd) j++;
    const first = tokens[i];
    if (!first || first.start >= wordEnd) continue;
    const joined = previous?.sentence === sentence && isJoinedTo(tokens, i, previous.last);
    const d =
      joined && previous
        ? { first: i, last: j, sense: previous.sense, reason: 'coordinated-mention' as const }
        : decideSense(tokens, i, j, head, () => cuesBesides((words ??= sentenceWords(tokens)), i, j));
    const from = tokens[d.first];
    const last = tokens[d.last];
    if (!from || !last) continue;
    let term = '';
    for (let k = d.first; k <= d.last; k++) term += (k > d.first ? ' ' : '') + (tokens[k] as Token).lower;
    mentions.push({
      start: toOriginal(Math.max(from.start, lastEnd)),
      end: toOriginal(last.end),
      term,
      sense: d.sense,
      reason: d.reason,
    });
    lastEnd = last.end;
    previous = { sentence, last: d.last, sense: d.sense };
  }
  return mentions;
}

/** "spasm or cramp", "spasms and cramps": the word right before the head joins it to the last mention. */
function isJoinedTo(tokens: readonly Token[], i: number, last: number): boolean {
  const link = tokens[i - 1];
  return (
    i - 2 === last && link !== undefined && (link.lower === 'or' || link.lower === 'and') && /^\s+$/.test(link.gap)
  );
}
