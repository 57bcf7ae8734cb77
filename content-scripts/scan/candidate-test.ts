import { CANDIDATE_SOURCE } from '../../src/matching/candidate';
import { isAsciiLetter } from '../../src/matching/tokens';

/**
 * Whether a text holds a candidate word (cramp, spasm, charley horse, myoton-, tetan-): the one
 * cheap test the scan makes of page text, and of the junctions between text nodes.
 */

/** The detector's own candidate pattern, without the global flag: one cheap `test` per text. */
const CANDIDATE = new RegExp(CANDIDATE_SOURCE, 'i');
// V8 interprets a regular expression on its first run and compiles it after: let that first run be
// on a few bytes, not on the page's whole text.
CANDIDATE.test('warm up');

export const hasCandidate = (text: string): boolean => CANDIDATE.test(text);

/** Letters either side of a junction tested together: longer than any candidate word's start. */
const JUNCTION = 12;

function isLetter(code: number): boolean {
  return isAsciiLetter(code) || code > 127;
}

/** For finding each candidate in turn: each use starts it at 0 and runs to the end, synchronously. */
const EACH = new RegExp(CANDIDATE_SOURCE, 'gi');

/**
 * A word split across the junction between two texts ("calf cra" + "mps"), as letters either side
 * show it: a candidate that starts before the junction and ends after it. One that lies wholly on
 * one side is that side's own.
 */
export function junctionHasCandidate(before: string, after: string): boolean {
  if (!isLetter(before.charCodeAt(before.length - 1)) || !isLetter(after.charCodeAt(0))) return false;
  const tail = before.slice(-JUNCTION);
  const joined = tail + after.slice(0, JUNCTION);
  if (!CANDIDATE.test(joined)) return false;
  EACH.lastIndex = 0;
  for (let m = EACH.exec(joined); m; m = EACH.exec(joined)) {
    if (m.index < tail.length && EACH.lastIndex > tail.length) return true;
  }
  return false;
}

/**
 * Where candidates are this frequent (in the first `DENSE_SPAN` characters, at least `DENSE_COUNT`
 * of them, one per `DENSE_SPACING` characters or closer), nearly every child would be picked: one
 * walk costs less than reading each child's text first.
 */
export const DENSE_COUNT = 32;
const DENSE_SPACING = 256;
const DENSE_SPAN = 65_536;

export function isDense(text: string): boolean {
  const head = text.length > DENSE_SPAN ? text.slice(0, DENSE_SPAN) : text;
  EACH.lastIndex = 0;
  let n = 0;
  // Dense as soon as the count so far settles it for the whole head.
  const enough = Math.max(DENSE_COUNT, Math.floor(head.length / DENSE_SPACING) + 1);
  while (EACH.test(head)) if (++n >= enough) return true;
  return false;
}
