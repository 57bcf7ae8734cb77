import type { Found } from '../../src/matching/found';
import type { TextBlock } from '../scan/text-blocks';

/**
 * Node.DOCUMENT_POSITION_PRECEDING and _FOLLOWING: numbers the DOM standard fixes, written as such
 * in the script every page loads.
 */
export const PRECEDING = 2;
const FOLLOWING = 4;

/** One marked mention: where it is on the page and what it means. */
export interface MarkedMention {
  readonly mention: Found;
  readonly block: TextBlock;
  readonly range: StaticRange;
  /** The text nodes the mention spans (one, or several across inline elements). */
  readonly nodes: readonly Text[];
}

/** Links each mark to the text nodes it spans. */
function link(byNode: Map<Text, MarkedMention[]>, marks: readonly MarkedMention[]): void {
  for (const m of marks) {
    for (const node of m.nodes) {
      const onNode = byNode.get(node);
      if (onNode) onNode.push(m);
      else byNode.set(node, [m]);
    }
  }
}

/**
 * Every mention currently marked, grouped by the block container it was found in so a changed
 * block can be replaced as a whole. Hit-testing finds a text node's marks through its container's
 * map by node, made the first time the pointer is inside that container: a page of 15,000 marks
 * pays for the maps of the few containers read under the pointer, not for all of them as it loads.
 */
export class MentionIndex {
  readonly #byContainer = new Map<Node, MarkedMention[]>();
  readonly #byNode = new Map<Node, Map<Text, MarkedMention[]>>();
  #ordered: MarkedMention[] | null = null;
  #count = 0;

  get size(): number {
    return this.#count;
  }

  /**
   * Replaces what `container` held with `marks` (possibly none). Returns the removed marks. Costs
   * in proportion to the marks added, however many share one text node.
   */
  replace(container: Node, marks: readonly MarkedMention[]): MarkedMention[] {
    const old = this.#byContainer.get(container) ?? [];
    this.#count -= old.length;
    this.#byContainer.delete(container);
    this.#byNode.delete(container);
    this.add(container, marks);
    this.#ordered = null;
    return old;
  }

  /**
   * Appends marks to a container (a container split into several runs adds each run's marks in
   * turn). The container's list grows in place: a div of 4,000 lines adds 4,000 times without
   * copying what it already holds.
   */
  add(container: Node, marks: readonly MarkedMention[]): void {
    if (marks.length === 0) return;
    const list = this.#byContainer.get(container);
    if (list) list.push(...marks);
    else this.#byContainer.set(container, [...marks]);
    const byNode = this.#byNode.get(container);
    if (byNode) link(byNode, marks);
    this.#count += marks.length;
    this.#ordered = null;
  }

  /** True when marks were found in this block container. */
  hasContainer(container: Node): boolean {
    return this.#byContainer.has(container);
  }

  /** A container's marks, in text order. */
  marksOf(container: Node): readonly MarkedMention[] {
    return this.#byContainer.get(container) ?? [];
  }

  containers(): IterableIterator<Node> {
    return this.#byContainer.keys();
  }

  /**
   * The mention under a caret position, if any. A text node's marks are in its block container:
   * one of its ancestors (the nearest block, or a shadow root), looked up from the node upward.
   */
  at(node: Node, offset: number): MarkedMention | undefined {
    if (node.nodeType !== Node.TEXT_NODE) return undefined;
    for (let up = node.parentNode; up; up = up.parentNode) {
      const marks = this.#byContainer.get(up);
      if (!marks) continue;
      let byNode = this.#byNode.get(up);
      if (!byNode) {
        byNode = new Map();
        link(byNode, marks);
        this.#byNode.set(up, byNode);
      }
      const onNode = byNode.get(node as Text);
      if (!onNode) continue;
      return onNode.find((m) => {
        const r = m.range;
        const afterStart = r.startContainer !== node || offset >= r.startOffset;
        const beforeEnd = r.endContainer !== node || offset < r.endOffset;
        return afterStart && beforeEnd;
      });
    }
    return undefined;
  }

  /** All marks in document order (sorted lazily, once per change). */
  inOrder(): readonly MarkedMention[] {
    if (this.#ordered) return this.#ordered;
    const all: MarkedMention[] = [];
    for (const list of this.#byContainer.values()) all.push(...list);
    all.sort((a, b) => {
      if (a.range.startContainer === b.range.startContainer) return a.range.startOffset - b.range.startOffset;
      const pos = a.range.startContainer.compareDocumentPosition(b.range.startContainer);
      return pos & FOLLOWING ? -1 : pos & PRECEDING ? 1 : 0;
    });
    this.#ordered = all;
    return all;
  }

  clear(): void {
    this.#count = 0;
    this.#byContainer.clear();
    this.#byNode.clear();
    this.#ordered = null;
  }
}
