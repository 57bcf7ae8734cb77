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
 * Reads a block container's own runs of text, in document order: text nodes joined across inline
 * elements ("muscle <em>spasm</em>" is one run). Child blocks are not entered (each is a container
 * of its own), and a skipped element (a <code> span, a button) ends the run.
 */
export function ownBlocks(container: Element | ShadowRoot): TextBlock[] {
  const out: TextBlock[] = [];
  let nodes: Text[] = [];
  let starts: number[] = [];
  let text = '';
  const finish = () => {
    if (nodes.length > 0 && /\S/.test(text)) out.push({ container, nodes, starts, text });
    nodes = [];
    starts = [];
    text = '';
  };
  const stack: Node[] = [];
  for (let c = container.lastChild; c; c = c.previousSibling) stack.push(c);
  for (let node = stack.pop(); node; node = stack.pop()) {
    if (node.nodeType === 3) {
      nodes.push(node as Text);
      starts.push(text.length);
      text += (node as Text).data;
    } else if (node.nodeType === 1) {
      const el = node as Element;
      if (isInline(el) && !isSkipped(el)) {
        for (let c = el.lastChild; c; c = c.previousSibling) stack.push(c);
      } else finish();
    }
  }
  finish();
  return out;
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
