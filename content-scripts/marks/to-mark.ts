import type { Found } from '../../src/matching/found';
import type { MarkedMention } from './mention-index';
import { positionAt, type TextBlock } from '../scan/text-blocks';

/** A mention found in a block's text, as a range over the block's text nodes (null when it spans none). */
export function toMark(block: TextBlock, mention: Found): MarkedMention | null {
  const { nodes } = block;
  // Most blocks are one text node: no search for where the mention is.
  if (nodes.length === 1) {
    const node = nodes[0] as Text;
    const range = new StaticRange({
      startContainer: node,
      startOffset: mention.start,
      endContainer: node,
      endOffset: mention.end,
    });
    return { mention, block, range, nodes };
  }
  const start = positionAt(block, mention.start, false);
  const end = positionAt(block, mention.end, true);
  const i = start.index;
  const j = end.index;
  if (j < i) return null;
  const range = new StaticRange({
    startContainer: start.node,
    startOffset: start.offset,
    endContainer: end.node,
    endOffset: end.offset,
  });
  // A mark over all of its block's nodes shares the block's list.
  return { mention, block, range, nodes: i === 0 && j === nodes.length - 1 ? nodes : nodes.slice(i, j + 1) };
}

/**
 * The marks whose text is still on the page: a block may have been removed while the scan yielded.
 * Checked per block (all of its nodes), not per mark, since a block's marks share its nodes.
 */
export function stillOnPage(marks: MarkedMention[]): MarkedMention[] {
  const block = marks[0]?.block;
  return block && block.nodes.every((n) => n.isConnected)
    ? marks
    : marks.filter((m) => m.nodes.every((n) => n.isConnected));
}
