import { CANDIDATE_SOURCE } from '../src/matching/detect';

/**
 * Which parts of a subtree hold a candidate word at all, found from the browser's own reading of
 * their text (`textContent`: one native call and one string, where walking text nodes hands each
 * of them to this world as a new wrapper object, the larger cost). Most pages mention no cramp or
 * spasm anywhere: for them this is the whole scan. Otherwise the subtree is split, child by child,
 * down to the parts that hold a candidate, and only those are walked node by node.
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
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || code > 127;
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

/** Below this much text a part is walked as it is: splitting it further saves too little. */
const SPLIT_MIN = 4096;
/**
 * Splitting reads each level's text again. To bound that on pages that do mention a cramp deep in a
 * chain of wrappers, the splitting reads at most this many times the subtree's text, then walks.
 */
const SPLIT_BUDGET = 2;

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

interface Budget {
  left: number;
}

interface Children {
  readonly nodes: Node[];
  readonly texts: string[];
  /** Characters read from elements: the cost the budget counts. */
  readonly read: number;
}

/**
 * The texts of `node`'s children, which joined make `text`. A lone element child among text nodes
 * (the wrappers of `body > #app > #root`) gets its text cut out of `text`, not read again, so chains
 * of wrappers cost nothing.
 */
function childTexts(node: Node, text: string): Children {
  const nodes: Node[] = [];
  const texts: string[] = [];
  const lone = (node as ParentNode).childElementCount === 1;
  let loneAt = -1;
  let known = 0;
  let read = 0;
  for (let child = node.firstChild; child; child = child.nextSibling) {
    nodes.push(child);
    if (lone && child.nodeType === 1) {
      loneAt = texts.push('') - 1;
      continue;
    }
    const t = textOf(child);
    texts.push(t);
    known += t.length;
    if (child.nodeType === 1) read += t.length;
  }
  if (loneAt >= 0) {
    let before = 0;
    for (let i = 0; i < loneAt; i++) before += (texts[i] as string).length;
    texts[loneAt] = text.slice(before, before + text.length - known);
  }
  return { nodes, texts, read };
}

function split(node: Node, text: string, parts: Node[], budget: Budget): void {
  // Elements and shadow roots split; text nodes, small parts and dense ones are walked as they are.
  const splittable = node.nodeType === 1 || node.nodeType === 11;
  if (!splittable || text.length < SPLIT_MIN || budget.left <= 0 || isDense(text)) {
    parts.push(node);
    return;
  }
  const children = childTexts(node, text);
  budget.left -= children.read;
  // Children holding a candidate, in document order: `text` to split them further, or null to walk
  // them whole (a word across the junction of two children is found by walking both).
  const picked: { node: Node; text: string | null }[] = [];
  let prev: Node | null = null;
  let prevText = '';
  for (let i = 0; i < children.nodes.length; i++) {
    const child = children.nodes[i] as Node;
    const t = children.texts[i] as string;
    if (t === '') continue;
    if (prev && junctionHasCandidate(prevText, t)) {
      const last = picked[picked.length - 1];
      if (last?.node === prev) last.text = null;
      else picked.push({ node: prev, text: null });
      picked.push({ node: child, text: null });
    } else if (hasCandidate(t)) picked.push({ node: child, text: t });
    prev = child;
    prevText = t;
  }
  // The candidate shows only in the joined text in some way the children do not: walk it all.
  if (picked.length === 0) parts.push(node);
  for (const p of picked) {
    if (p.text === null) parts.push(p.node);
    else split(p.node, p.text, parts, budget);
  }
}

/**
 * The parts of `root` (itself, or descendants) that hold a candidate, in document order: none when
 * its text holds no candidate word. A text too large for one string is walked whole.
 */
export function candidateParts(root: Node): Node[] {
  let text: string;
  try {
    text = textOf(root);
  } catch {
    return [root];
  }
  if (!hasCandidate(text)) return [];
  const parts: Node[] = [];
  split(root, text, parts, { left: text.length * SPLIT_BUDGET });
  return parts;
}
