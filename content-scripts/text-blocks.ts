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

interface RunBuilder {
  container: Element | ShadowRoot;
  nodes: Text[];
  starts: number[];
  parts: string[];
  length: number;
}

function finish(run: RunBuilder | null, out: TextBlock[]): void {
  if (!run || run.nodes.length === 0) return;
  const text = run.parts.join('');
  if (/\S/.test(text)) out.push({ container: run.container, nodes: run.nodes, starts: run.starts, text });
}

/**
 * Walks `root` in document order and yields its text blocks a slice at a time, so a caller can
 * pause between slices. Enters open shadow roots (their text forms blocks of its own). When
 * `ownOnly` is set, child blocks are not entered: only the runs that belong to `root` itself.
 */
export function* walkBlocks(
  root: Element | ShadowRoot,
  ownOnly = false,
  onShadowRoot: (root: ShadowRoot) => void = () => {},
): Generator<TextBlock[], void, void> {
  const out: TextBlock[] = [];
  const shadowRoots: ShadowRoot[] = [];
  // The current run, keyed by its block container; a new block element ends the run.
  let run: RunBuilder | null = null;
  const stack: { node: Node; container: Element | ShadowRoot }[] = [];
  const pushChildren = (parent: Node, container: Element | ShadowRoot) => {
    for (let c = parent.lastChild; c; c = c.previousSibling) stack.push({ node: c, container });
  };
  pushChildren(root, root);
  let visited = 0;
  while (stack.length > 0) {
    const { node, container } = stack.pop() as { node: Node; container: Element | ShadowRoot };
    visited++;
    if (node.nodeType === 3) {
      const t = node as Text;
      if (!run || run.container !== container) {
        finish(run, out);
        run = { container, nodes: [], starts: [], parts: [], length: 0 };
      }
      run.nodes.push(t);
      run.starts.push(run.length);
      run.parts.push(t.data);
      run.length += t.data.length;
    } else if (node.nodeType === 1) {
      const el = node as Element;
      if (isSkipped(el)) {
        // A skipped element inside a paragraph (a <code> span, a button) breaks the run.
        finish(run, out);
        run = null;
        continue;
      }
      if (el.shadowRoot) shadowRoots.push(el.shadowRoot);
      if (isInline(el)) {
        pushChildren(el, container);
      } else {
        finish(run, out);
        run = null;
        if (!ownOnly) pushChildren(el, el);
      }
    }
    if (visited % 512 === 0 && out.length > 0) {
      yield out.splice(0);
    }
  }
  finish(run, out);
  if (out.length > 0) yield out.splice(0);
  if (ownOnly) return;
  for (const sr of shadowRoots) {
    if (sr.mode !== 'open') continue;
    onShadowRoot(sr);
    yield* walkBlocks(sr, false, onShadowRoot);
  }
}

/** Maps an offset in `block.text` to a text node and an offset within it. */
export function positionAt(block: TextBlock, offset: number, preferEnd: boolean): { node: Text; offset: number } {
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
  return { node, offset: offset - (starts[lo] ?? 0) };
}
