import { headOf } from './heads';
import { decideSense } from './sense';
import { stripSoftHyphens } from './soft-hyphens';
import { sentenceAround } from './tokens';
import type { Mention } from './types';

/**
 * The candidate pattern: cheap literal alternatives, no leading word-boundary work. Everything that
 * matches is then widened to its whole word and checked, so the sense rules only run on candidates.
 */
export const CANDIDATE_SOURCE = String.raw`cramp|spasm|charl(?:ey|ie)[\s\u00A0-]+horse|myoton`;

const LETTER_OR_DIGIT = /[\p{L}\p{N}\p{M}]/u;

function isWordChar(code: number): boolean {
  if (code < 128) {
    return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) || code === 95;
  }
  if (code === 0xad) return false;
  return LETTER_OR_DIGIT.test(String.fromCharCode(code));
}

/**
 * Finds mentions of spasms and cramps in one block of text (a paragraph, possibly joined from
 * several DOM text nodes) and decides what each means. Offsets are UTF-16, into `input`.
 */
export function detect(input: string): Mention[] {
  const { text, toOriginal } = stripSoftHyphens(input);
  const pattern = new RegExp(CANDIDATE_SOURCE, 'gi');
  const mentions: Mention[] = [];
  let lastEnd = 0;
  for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
    let ws = m.index;
    let we = m.index + m[0].length;
    while (ws > 0 && isWordChar(text.charCodeAt(ws - 1))) ws--;
    while (we < text.length && isWordChar(text.charCodeAt(we))) we++;
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
