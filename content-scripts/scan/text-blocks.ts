import { isInline, isSkipped } from './dom-rules';

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

/**
 * Reads runs of text in document order: text nodes joined across inline elements ("muscle
 * <em>spasm</em>" is one run); a block element or a skipped one (a <code> span, a button) ends the
 * run. Without `deep`, only `root`'s own runs (its child blocks are containers of their own); with
 * `deep`, the runs of every block container inside it too, each node read once, in one walk (a
 * page dense with mentions is read this way: no walk to find the blocks, then another to read them).
 * A generator, so that a long walk can yield to the page between runs.
 */
export function* blocksIn(root: Element | ShadowRoot, deep = false): Generator<TextBlock> {
  let container = root;
  let nodes: Text[] = [];
  let starts: number[] = [];
  let text = '';
  /** The containers a deep walk is inside of; null on the stack marks where one ends. */
  const outer: (Element | ShadowRoot)[] = [];
  const stack: (Node | null)[] = [];
  const push = (parent: Node) => {
    for (let c = parent.lastChild; c; c = c.previousSibling) stack.push(c);
  };
  push(root);
  for (;;) {
    const node = stack.pop();
    if (node?.nodeType === 3) {
      nodes.push(node as Text);
      starts.push(text.length);
      text += (node as Text).data;
      continue;
    }
    const el = node as Element | null | undefined;
    if (el && el.nodeType !== 1) continue;
    if (el && isInline(el) && !isSkipped(el)) {
      push(el);
      continue;
    }
    // The run ends: at a block or skipped element, where a container ends, or at the end.
    if (nodes.length > 0 && /\S/.test(text)) yield { container, nodes, starts, text };
    nodes = [];
    starts = [];
    text = '';
    if (el === undefined) return;
    if (el === null) container = outer.pop() ?? root;
    else if (deep && !isSkipped(el)) {
      outer.push(container);
      container = el;
      stack.push(null);
      push(el);
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
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    const s = starts[mid] ?? 0;
    if (s < offset || (!preferEnd && s === offset)) lo = mid;
    else hi = mid - 1;
  }
  const node = nodes[lo] as Text;
  return { node, offset: offset - (starts[lo] ?? 0), index: lo };
}
