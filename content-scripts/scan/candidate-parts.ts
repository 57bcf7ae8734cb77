import { DENSE_COUNT, hasCandidate, isDense, junctionHasCandidate } from './candidate-test';
import { isSkipped } from './dom-rules';
import { elementCount, isText, rangeText, textOf, WHOLE_READING_MAX_ELEMENTS } from './native-text';
import type { Slices } from './yield';

/**
 * Which parts of a subtree hold a candidate word at all, found from the browser's own reading of
 * their text (`textContent`: one native call and one string, where walking text nodes hands each
 * of them to this world as a new wrapper object, the larger cost). Most pages mention no cramp or
 * spasm anywhere: for them one reading of the whole is the scan. Otherwise the subtree is split,
 * child by child, down to the parts that hold a candidate, and only those are walked node by node.
 */

/** Below this much text a part is walked as it is: looking inside it saves too little. */
const SPLIT_MIN = 4096;
/**
 * Looking inside a part reads its text again. To bound that on pages that mention a cramp deep in
 * nested sections, the search re-reads at most this many times the text it read at first, then walks.
 */
const REREAD_BUDGET = 2;

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
      if (c.nodeType === Node.ELEMENT_NODE) only = c;
      else if (isText(c) && !BLANK.test((c as CharacterData).data)) return current;
    }
    if (!only) return current;
    current = only;
  }
}

/** Reads `node`'s children one by one and keeps (or looks further inside) those holding a candidate. */
async function searchInside(node: Node, search: Search, firstReading: boolean): Promise<void> {
  const inside = throughWrappers(node);
  // Children holding a candidate, in document order: their text, to search further inside them, or
  // null to walk them whole (a word across the junction of two children is found by walking both).
  const picked: { node: Node; text: string | null }[] = [];
  let seen = 0;
  let prev: Node | null = null;
  let prevText = '';
  for (let child = inside.firstChild; child; child = child.nextSibling) {
    // Scripts, styles, code, editors: never marked, so never read (inline scripts can be large).
    if (child.nodeType === Node.ELEMENT_NODE && isSkipped(child as Element)) {
      prev = null;
      prevText = '';
      continue;
    }
    const t = textOf(child);
    if (child.nodeType === Node.ELEMENT_NODE) {
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
    if (worthLooking) await searchInside(p.node, search, false);
    else search.parts.push(p.node);
    if (search.stopped) return;
  }
}

/**
 * A root of many children (a long list of paragraphs or comments) is read in two ranges by child
 * index: the first `HEAD_CHILDREN` children, then the rest. Neither hands a node to this world, and
 * together they read the text once, as `textContent` would; but when the first children are dense
 * with candidates the rest is not read at all, since the whole is then walked anyway.
 */
const HEAD_CHILDREN = 256;

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
  if (elementCount(root) <= WHOLE_READING_MAX_ELEMENTS) {
    const children = root.childNodes.length;
    let whole: string;
    if (children > 2 * HEAD_CHILDREN) {
      const head = rangeText(root, 0, HEAD_CHILDREN);
      if (isDense(head)) return [root];
      whole = head + rangeText(root, HEAD_CHILDREN, children);
    } else whole = textOf(root);
    if (!hasCandidate(whole)) return [];
    // Candidates everywhere (a page of mentions): nearly every child would be picked, so reading
    // each child's text again would only double the reading. Walk the whole instead.
    if (isDense(whole)) return [root];
  }
  const search: Search = { parts: [], slices, first: 0, again: 0, stopped: false };
  await searchInside(root, search, true);
  return search.stopped ? [] : search.parts;
}
