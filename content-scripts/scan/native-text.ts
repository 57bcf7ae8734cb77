/**
 * What the browser reads for the scan natively, without handing page nodes to this world one by one:
 * a subtree's text, a range of its children's text, and its number of elements.
 */

/** Text of elements, text (and CDATA) nodes and shadow roots: what `textContent` joins. */
export function textOf(node: Node): string {
  const type = node.nodeType;
  return type === Node.ELEMENT_NODE ||
    type === Node.TEXT_NODE ||
    type === Node.CDATA_SECTION_NODE ||
    type === Node.DOCUMENT_FRAGMENT_NODE
    ? (node.textContent ?? '')
    : '';
}

export const isText = (node: Node) => node.nodeType === Node.TEXT_NODE || node.nodeType === Node.CDATA_SECTION_NODE;

/**
 * Up to this many elements a subtree's text is read in one go first (a few milliseconds at most);
 * the 5.5 MB test page has 68,000.
 */
export const WHOLE_READING_MAX_ELEMENTS = 30_000;

/** Counted natively: a static list of the elements, none of them handed to this world. */
export function elementCount(root: Node): number {
  const scope = root as ParentNode;
  return typeof scope.querySelectorAll === 'function' ? scope.querySelectorAll('*').length : 0;
}

/** The text of `root`'s children from index `from` to `to`, read as one range. */
export function rangeText(root: Node, from: number, to: number): string {
  const range = (root.ownerDocument ?? document).createRange();
  range.setStart(root, from);
  range.setEnd(root, to);
  return range.toString();
}
