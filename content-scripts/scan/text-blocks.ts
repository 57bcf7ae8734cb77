import { partitionPoint } from '../../src/partition';
import { INLINE, SKIPPED_ELEMENT, layoutOf } from './dom-rules';

/**
 * A run of text nodes laid out inline one after another: what the detector reads as one text.
 * `starts[i]` is where node i begins in `text`.
 */
export interface TextBlock {
  readonly container: Element | ShadowRoot;
  readonly nodes: readonly Text[];
  readonly starts: readonly number[];
  readonly text: string;
}

/** Where the one node of a one-node block starts: shared by all of them. */
const SINGLE_NODE_STARTS: readonly number[] = [0];

/**
 * Reads runs of text in document order: text nodes joined across inline elements ("muscle
 * <em>spasm</em>" is one run); a block element or a skipped one (a <code> span, a button) ends the
 * run. Without `deep`, only `root`'s own runs (its child blocks are containers of their own); with
 * `deep`, the runs of every block container inside it too, each node read once, in one walk (a
 * page dense with mentions is read this way: no walk to find the blocks, then another to read them).
 * A generator, so that a long walk can yield to the page between runs. The walk is a TreeWalker's:
 * it steps over comments natively and hands over one node per step, where reading each element's
 * child list costs a crossing into the browser per child and per sibling.
 */
export function* blocksIn(root: Element | ShadowRoot, deep = false): Generator<TextBlock> {
  const walker = (root.ownerDocument ?? document).createTreeWalker(root, 5 /* SHOW_ELEMENT | SHOW_TEXT */);
  let container = root;
  // The run so far: its first node, and lists only once a second node joins it (most runs are one
  // node, and the whitespace between blocks is a run that never becomes a block).
  let first: Text | null = null;
  let nodes: Text[] | null = null;
  let starts: number[] | null = null;
  let text = '';
  /** The containers a deep walk is inside of. */
  const outer: (Element | ShadowRoot)[] = [];
  // The run ends: at a block or skipped element, where a container ends, or at the end.
  const end = (): TextBlock | undefined => {
    const block =
      first && /\S/.test(text)
        ? { container, nodes: nodes ?? [first], starts: starts ?? SINGLE_NODE_STARTS, text }
        : undefined;
    first = nodes = starts = null;
    text = '';
    return block;
  };
  let node = walker.firstChild();
  for (;;) {
    let inside = false;
    // A text node's value is its text, an element's is null: one call into the page tells which
    // and reads the text (the walk shows only elements and text).
    const data = node ? node.nodeValue : null;
    if (data !== null) {
      if (!first) {
        first = node as Text;
        text = data;
      } else {
        if (!nodes || !starts) {
          nodes = [first];
          starts = [0];
        }
        nodes.push(node as Text);
        starts.push(text.length);
        text += data;
      }
    } else if (node) {
      const el = node as Element;
      const layout = layoutOf(el);
      const skipped = layout === SKIPPED_ELEMENT;
      inside = layout === INLINE;
      if (!inside) {
        const block = end();
        if (block) yield block;
        if (deep && !skipped) {
          outer.push(container);
          container = el;
          inside = true;
        }
      }
    }
    if (inside) {
      node = walker.firstChild();
      if (node) continue;
      // An empty block ends as it begins.
      if (container === walker.currentNode) container = outer.pop() ?? root;
    }
    node = walker.nextSibling();
    while (!node) {
      const up = walker.parentNode();
      if (!up || up === root) {
        const block = end();
        if (block) yield block;
        return;
      }
      if (up === container) {
        const block = end();
        if (block) yield block;
        container = outer.pop() ?? root;
      }
      node = walker.nextSibling();
    }
  }
}

/** Maps an offset in `block.text` to a text node (and its index in `block.nodes`) and an offset within it. */
export function positionAt(
  block: TextBlock,
  offset: number,
  preferEnd: boolean,
): { node: Text; offset: number; index: number } {
  const { starts, nodes } = block;
  // The last node starting before the offset (or at it, for a start).
  const lo = Math.max(
    0,
    partitionPoint(starts.length, (i) => (starts[i] as number) < offset || (!preferEnd && starts[i] === offset)) - 1,
  );
  const node = nodes[lo] as Text;
  return { node, offset: offset - (starts[lo] ?? 0), index: lo };
}
