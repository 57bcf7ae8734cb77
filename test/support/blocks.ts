import { isInline, isInsideSkipped } from '../../content-scripts/scan/dom-rules';
import { blocksIn, type TextBlock } from '../../content-scripts/scan/text-blocks';

/** A block container's own runs of text (its child blocks are containers of their own). */
export const ownBlocks = (container: Element | ShadowRoot): TextBlock[] => [...blocksIn(container)];

/**
 * Every text block under `root` (light DOM): each block container's own runs, containers in
 * document order. The product finds its containers from candidate text instead; tests use this to
 * read a whole fixture.
 */
export function blocksUnder(root: Element): TextBlock[] {
  const containers = [root, ...root.querySelectorAll('*')].filter((el) => !isInline(el) && !isInsideSkipped(el));
  return containers.flatMap((c) => ownBlocks(c));
}
