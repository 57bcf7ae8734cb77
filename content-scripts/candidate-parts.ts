import { isAsciiLetter } from '../src/matching/tokens';
import { CANDIDATE_SOURCE } from '../src/matching/detect';
import { isSkipped } from './dom-rules';
import type { Slices } from './yield';

/**
 * Which parts of a subtree hold a candidate word at all, found from the browser's own reading of
 * their text (`textContent`: one native call and one string, where walking text nodes hands each
 * of them to this world as a new wrapper object, the larger cost). Most pages mention no cramp or
 * spasm anywhere: for them one reading of the whole is the scan. Otherwise the subtree is split,
 * child by child, down to the parts that hold a candidate, and only those are walked node by node.
 */

/** The detector's own candidate pattern, without the global flag: one cheap `test` per text. */
const CANDIDATE = new RegExp(CANDIDATE_SOURCE, 'i');
// V8 interprets a regular expression on its first run and compiles it after: let that first run be
// on a few bytes, not on the page's whole text.
CANDIDATE.test('warm up');

export const hasCandidate = (text: string): boolean => CANDIDATE.test(text);

/** Letters either side of a junction tested together: longer than any candidate word's start. */
export const JUNCTION = 12;

export function isLetter(code: number): boolean {
  return isAsciiLetter(code) || code > 127;
}

const ACROSS = new RegExp(CANDIDATE_SOURCE, 'gi');

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
  ACROSS.lastIndex = 0;
  for (let m = ACROSS.exec(joined); m; m = ACROSS.exec(joined)) {
    if (m.index < tail.length && ACROSS.lastIndex > tail.length) return true;
  }
  return false;
}

/** Below this much text a part is walked as it is: looking inside it saves too little. */
const SPLIT_MIN = 4096;
/**
 * Looking inside a part reads its text again. To bound that on pages that mention a cramp deep in
 * nested sections, the search re-reads at most this many times the text it read at first, then walks.
 */
const REREAD_BUDGET = 2;

/**
 * Where candidates are this frequent (in the first `DENSE_SPAN` characters, at least `DENSE_COUNT`
 * of them, one per `DENSE_SPACING` characters or closer), nearly every child would be picked: one
 * walk costs less than reading each child's text first.
 */
const DENSE_COUNT = 32;
const DENSE_SPACING = 256;
const DENSE_SPAN = 65_536;
const COUNTER = new RegExp(CANDIDATE_SOURCE, 'gi');

function isDense(text: string): boolean {
  const head = text.length > DENSE_SPAN ? text.slice(0, DENSE_SPAN) : text;
  COUNTER.lastIndex = 0;
  let n = 0;
  // Dense as soon as the count so far settles it for the whole head.
  const enough = Math.max(DENSE_COUNT, Math.floor(head.length / DENSE_SPACING) + 1);
  while (COUNTER.test(head)) if (++n >= enough) return true;
  return false;
}

/** Text of elements, text (and CDATA) nodes and shadow roots: what `textContent` joins. */
function textOf(node: Node): string {
  const type = node.nodeType;
  return type === 1 || type === 3 || type === 4 || type === 11 ? (node.textContent ?? '') : '';
}

const isText = (node: Node) => node.nodeType === 3 || node.nodeType === 4;
const BLANK = /^\s*$/;

interface Search {
  readonly parts: Node[];
  readonly slices: Slices;
  /** Characters read by the first full reading, and by reading again inside parts since. */
  first: number;
  again: number;
  stopped: boolean;
}

/**
 * Wrappers (`body > #app > #root`: one element among blank text) hold nothing to read on their own:
 * go down through them without reading anything.
 */
function throughWrappers(node: Node): Node {
  let current = node;
  for (;;) {
    if ((current as ParentNode).childElementCount !== 1) return current;
    let only: Node | null = null;
    for (let c = current.firstChild; c; c = c.nextSibling) {
      if (c.nodeType === 1) only = c;
      else if (isText(c) && !BLANK.test((c as CharacterData).data)) return current;
    }
    if (!only) return current;
    current = only;
  }
}

/** Reads `node`'s children one by one and keeps (or looks further inside) those holding a candidate. */
async function look(node: Node, search: Search, firstReading: boolean): Promise<void> {
  const inside = throughWrappers(node);
  // Children holding a candidate, in document order: their text, to look further inside them, or
  // null to walk them whole (a word across the junction of two children is found by walking both).
  const picked: { node: Node; text: string | null }[] = [];
  let seen = 0;
  let prev: Node | null = null;
  let prevText = '';
  for (let child = inside.firstChild; child; child = child.nextSibling) {
    // Scripts, styles, code, editors: never marked, so never read (inline scripts can be large).
    if (child.nodeType === 1 && isSkipped(child as Element)) {
      prev = null;
      prevText = '';
      continue;
    }
    const t = textOf(child);
    if (child.nodeType === 1) {
      if (firstReading) search.first += t.length;
      else search.again += t.length;
    }
    if (t === '') continue;
    seen++;
    if (prev && junctionHasCandidate(prevText, t)) {
      const last = picked[picked.length - 1];
      if (last?.node === prev) last.text = null;
      else picked.push({ node: prev, text: null });
      picked.push({ node: child, text: null });
    } else if (hasCandidate(t)) picked.push({ node: child, text: t });
    prev = child;
    prevText = t;
    // Nearly every child holds one: walking the whole is cheaper than reading each child first.
    if (picked.length >= DENSE_COUNT && picked.length * 2 > seen) {
      search.parts.push(inside);
      return;
    }
    if (search.slices.due() && (await search.slices.pause())) {
      search.stopped = true;
      return;
    }
  }
  for (const p of picked) {
    const t = p.text;
    const worthLooking =
      t !== null &&
      !isText(p.node) &&
      t.length >= SPLIT_MIN &&
      search.again + t.length <= REREAD_BUDGET * search.first &&
      !isDense(t);
    if (worthLooking) await look(p.node, search, false);
    else search.parts.push(p.node);
    if (search.stopped) return;
  }
}

/**
 * Up to this many elements a subtree's text is read in one go first (a few milliseconds at most);
 * the 5.5 MB test page has 68,000.
 */
export const WHOLE_READING_MAX_ELEMENTS = 30_000;

/** Counted natively: a static list of the elements, none of them handed to this world. */
function elementCount(root: Node): number {
  const scope = root as ParentNode;
  return typeof scope.querySelectorAll === 'function' ? scope.querySelectorAll('*').length : 0;
}

/**
 * The parts of `root` that hold a candidate word, in document order: none when its text holds none
 * (most pages). Past the first reading of the whole, reads child by child, so a huge page is read in
 * slices that give the page its main thread back between them. Empty when stopped.
 */
export async function candidateParts(root: Node, slices: Slices): Promise<Node[]> {
  if (isText(root)) return hasCandidate((root as CharacterData).data) ? [root] : [];
  // Most pages mention no candidate anywhere: one native reading of the whole text settles that
  // without handing a single child to this world. (The first node of each element type that reaches
  // a content script's world also builds that type's interface objects there: a cost per type, which
  // reading child by child paid for every kind of element at the first level.) When a candidate is
  // there, the children are read again, at most the page's text once more. A very large subtree is
  // read child by child from the start, in slices: one reading of it all would be one long task.
  if (elementCount(root) <= WHOLE_READING_MAX_ELEMENTS && !hasCandidate(textOf(root))) return [];
  const search: Search = { parts: [], slices, first: 0, again: 0, stopped: false };
  await look(root, search, true);
  return search.stopped ? [] : search.parts;
}
