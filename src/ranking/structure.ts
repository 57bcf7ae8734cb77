/**
 * How a page lays out what it says about a mention, read from the text alone: lists governed by a
 * lead-in ("Loss of kidney function can cause:" and its items), comma lists of siblings, and
 * citations, whose words say nothing about the mention. Each rule is a fact of how pages are
 * written, not of one page.
 */

/** Where a bulleted or numbered item starts: at a line start, or after a run of spaces ("- a  - b"). */
const ITEM_START = /(?:^|\n|\s{2,}|[.:]\s+)[ \t]*(?:[-•*–·▪]|\d{1,2}[.)])\s*/g;

/**
 * The end of a lead-in: a colon, or a verb that opens a list ("include", "are", "can cause",
 * "check with your doctor if you have"), then the first item on a new line or after a bullet.
 * A sentence that names the symptoms or side effects of something governs the list under it too
 * ("… with symptoms of hypothyroidism." and then the list).
 */
const LEAD_END =
  /(?::|\b(?:include[sd]?|including|are|is|such as|cause|causes|have|has|experience)\b|\b(?:symptoms?|signs?|side[\s-]effects?|complications?)\s+of\b[^.\n]{0,80}\.)[ \t]*(?=\s*\n|\s*[-•*–·▪]\s)/gi;

export interface GoverningList {
  /** The lead-in clause: from its sentence's start to its end. */
  readonly leadFrom: number;
  readonly leadTo: number;
  /** The list's items: from the end of the lead-in to the end of the mention's item. */
  readonly listTo: number;
}

const SENTENCE_START = /[.!?]\s+(?=\S)|\n\s*\n/g;

/** Every line between a lead-in and the mention is a list item, or a short line (items without bullets). */
function isListBody(body: string): boolean {
  if (!/\n|[-•*–·▪]\s/.test(body)) return false;
  return body.split('\n').every((line) => {
    const l = line.trim();
    return l === '' || /^(?:[-•*–·▪]|\d{1,2}[.)])/.test(l) || l.length <= 80;
  });
}

/**
 * The lead-in that governs the list the mention is an item of, or undefined when the mention is not
 * in such a list. `text[from, start)` is searched; the lead-in must end within `reach` characters.
 */
export function governingList(text: string, start: number, end: number, from: number): GoverningList | undefined {
  const before = text.slice(from, start);
  let leadTo = -1;
  LEAD_END.lastIndex = 0;
  for (let m = LEAD_END.exec(before); m; m = LEAD_END.exec(before)) leadTo = from + m.index + m[0].length;
  if (leadTo < 0) return undefined;
  const body = text.slice(leadTo, start);
  ITEM_START.lastIndex = 0;
  if (!isListBody(body) && !ITEM_START.test(body)) return undefined;
  if (/\n\s*\n[^-•*–·▪\d\s][^\n]{80}/.test(body)) return undefined;
  // The lead-in clause starts after the last sentence end before it.
  let leadFrom = from;
  const lead = text.slice(from, leadTo);
  SENTENCE_START.lastIndex = 0;
  for (let m = SENTENCE_START.exec(lead); m; m = SENTENCE_START.exec(lead)) {
    if (from + m.index + m[0].length < leadTo - 1) leadFrom = from + m.index + m[0].length;
  }
  const lineEnd = text.indexOf('\n', end);
  return { leadFrom, leadTo, listTo: lineEnd < 0 ? text.length : lineEnd };
}

const SEPARATOR_START = /^\s*(?:,|;|\/|\band\b|\bor\b)/i;
const SEPARATOR_END = /(?:,|;|\/|\band\b|\bor\b)\s*$/i;
const ITEM_SPLIT = /\s*(?:,|;|\/|\band\b|\bor\b)\s*/i;
/** Words that link the items rather than list them: "cramps caused by X", "after X", "X leading to cramps". */
const LINKING =
  /\b(?:cause[sd]?|causing|due|because|after|during|from|since|following|lead(?:s|ing)?|led|result\w*|trigger\w*|when|while|if|with|without|get|gets|got|give[sn]?|gave)\b/i;

/** A list item: a few words with no linking word. */
const isItem = (text: string) => text.trim().split(/\s+/).length <= 5 && !LINKING.test(text);

/**
 * True when a cue and the mention are items of one list ("dry skin, constipation, muscle cramps,
 * cold intolerance"): siblings, effects of the same thing, not a cause of one another. Only
 * separators and short items stand between them, each of the two is a whole item (its far side
 * reaches a separator or the sentence's edge within a few words, with no linking word), and the
 * sentence lists at least three things. `outer` is the text of the sentence before the first of
 * the two and `tail` the text after the second.
 */
export function areListSiblings(outer: string, between: string, tail: string): boolean {
  if (!SEPARATOR_START.test(between) || !SEPARATOR_END.test(between)) return false;
  const middle = between.split(ITEM_SPLIT).slice(1, -1);
  if (!middle.every(isItem)) return false;
  const head = outer.split(ITEM_SPLIT).pop() ?? '';
  const rest = tail.split(ITEM_SPLIT)[0] ?? '';
  if (!isItem(head) || !isItem(rest)) return false;
  const separators = `${outer}${between}${tail}`.match(/,|;|\band\b|\bor\b/gi)?.length ?? 0;
  return separators >= 2;
}

/**
 * Citations, the names of journals and etymology: a reference list's entries ("Smith J, et al. (2019) …",
 * "doi:", "pp. 12–19") and a title-case name after "published in" or "the journal". Their words
 * name a paper's subject, not what brought on the mention.
 */
const CITATION_MARK =
  /\bet\s+al\b|\bdoi\s*:|\bPMID\b|\bISBN\b|\bpp?\.\s*\d|\bvol\.\s*\d|\(\d{4}[a-z]?\)|\b\d{4}\s*;\s*\d+|\bRetrieved\b/;
const JOURNAL_NAME =
  /\b(?:published\s+in|journal|in\s+the\s+journal)\s+((?:[A-Z][\p{L}'-]*|&)(?:\s+(?:[A-Z][\p{L}'-]*|&|of|and|the|in|for))*)/gu;
/**
 * Etymology: "(from Greek krampos, 'bent')", "derived from the Latin …": the history of a word, not
 * of the reader's cramp.
 */
const ETYMOLOGY =
  /\((?:from\s+|lit\.\s+)?(?:(?:Ancient|Old|Middle|Modern|New|Late)\s+)?(?:Greek|Latin|French|German|English|Dutch|Norse|Arabic)\b[^)]*\)|\b(?:etymology|derived\s+from|from\s+the\s+(?:Greek|Latin)\b)[^.\n]*/gi;
/** A title-case name joined by "&" ("Muscle & Nerve", "Brain & Development"): a journal or a firm. */
const AMPERSAND_NAME = /\b[A-Z][\p{L}'-]+(?:\s+[A-Z][\p{L}'-]+)*\s+&\s+[A-Z][\p{L}'-]+(?:\s+[A-Z][\p{L}'-]+)*/gu;

/** Spans of `text[from, to)` whose words are citations, never the span holding the mention. */
export function citationSpans(text: string, from: number, to: number, start: number, end: number): [number, number][] {
  const spans: [number, number][] = [];
  // Reference-list entries are lines (or sentences) of their own.
  let lineStart = from;
  for (const line of text.slice(from, to).split('\n')) {
    const lineEnd = lineStart + line.length;
    const holdsMention = lineStart <= start && end <= lineEnd;
    if (!holdsMention && CITATION_MARK.test(line)) spans.push([lineStart, lineEnd]);
    lineStart = lineEnd + 1;
  }
  const window = text.slice(from, to);
  for (const pattern of [JOURNAL_NAME, AMPERSAND_NAME, ETYMOLOGY]) {
    pattern.lastIndex = 0;
    for (const m of window.matchAll(pattern)) {
      const name = m[1] ?? m[0];
      const at = from + (m.index ?? 0) + m[0].length - name.length;
      spans.push([at, at + name.length]);
    }
  }
  return spans;
}
