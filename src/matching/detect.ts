import { headOf } from './heads';
import { decideSense } from './sense';
import { SOFT_HYPHEN, stripSoftHyphens } from './soft-hyphens';
import { isWordCode, sentenceAround } from './tokens';
import type { Mention } from './types';

/**
 * The candidate pattern: cheap literal alternatives, no leading word-boundary work. Everything that
 * matches is then widened to its whole word and checked, so the sense rules only run on candidates.
 */
export const CANDIDATE_SOURCE = String.raw`cramp|spasm|charl(?:ey|ie)[\s\u00A0-]+horse|myoton|tetan|\u00AD`;

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

/** One pass over `text`; null when a soft hyphen turns up (the caller strips and asks again). */
function scan(text: string, toOriginal: (offset: number) => number): Mention[] | null {
  const pattern = new RegExp(CANDIDATE_SOURCE, 'gi');
  const mentions: Mention[] = [];
  let lastEnd = 0;
  // `test` rather than `exec`: no match arrays; the word is widened from where the match ended.
  while (pattern.test(text)) {
    let we = pattern.lastIndex;
    if (text[we - 1] === SOFT_HYPHEN) return null;
    let ws = we - 1;
    while (ws > 0 && isWordChar(text.charCodeAt(ws - 1))) ws--;
    while (we < text.length && isWordChar(text.charCodeAt(we))) we++;
    // "charley horse" is the one candidate spanning two words: take the first one too.
    if ((text.charCodeAt(ws) | 32) === 104 /* h */ && /^horses?$/i.test(text.slice(ws, we))) {
      let k = ws - 1;
      while (k > 0 && /[\s\u00A0-]/.test(text.charAt(k - 1))) k--;
      while (k > 0 && isWordChar(text.charCodeAt(k - 1))) k--;
      ws = k;
    }
    pattern.lastIndex = we;
    const head = headOf(text.slice(ws, we).toLowerCase());
    if (head === null) continue;
    const sentence = sentenceAround(text, ws, we);
    const i = sentence.tokens.findIndex((t) => t.end > ws);
    const j = sentence.tokens.findLastIndex((t) => t.start < we);
    if (i < 0 || j < i) continue;
    const d = decideSense(sentence, i, j, head);
    const phrase = sentence.tokens.slice(d.first, d.last + 1);
    const first = phrase[0];
    const last = phrase[phrase.length - 1];
    if (!first || !last) continue;
    const start = Math.max(first.start, lastEnd);
    mentions.push({
      start: toOriginal(start),
      end: toOriginal(last.end),
      term: phrase.map((t) => t.lower).join(' '),
      sense: d.sense,
      reason: d.reason,
    });
    lastEnd = last.end;
  }
  return mentions;
}
