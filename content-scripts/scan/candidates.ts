import { candidateParts } from './candidate-parts';
import { blockContainerOf, isInline, isInsideSkipped, topBlocksWithin } from './dom-rules';
import { openShadowRootsIn } from './shadow-hosts';
import type { Slices } from './yield';

export interface CandidateScan {
  /** Block containers whose own text holds a candidate word (a part inside one): read on their own. */
  readonly containers: Set<Element | ShadowRoot>;
  /** Block parts holding a candidate: every block in them is read, each node once (`blocksIn(part, true)`). */
  readonly parts: (Element | ShadowRoot)[];
  /** Open shadow roots met on the way, to be scanned the same way. */
  readonly shadowRoots: ShadowRoot[];
}

/**
 * The fast first pass. The browser reads the root's text natively and, when it holds a candidate,
 * splits it down to the parts that do (see candidate-parts.ts). A part that is a block is then read
 * whole, in one walk that joins its text into blocks (see `blocksIn`); a text node or an inline
 * element (a word split across "cra<b>mp</b>", a direct text child) sends its block container to be
 * read on its own, and any blocks inside an inline part are read whole too.
 */
export async function findCandidateContainers(root: Node, slices: Slices): Promise<CandidateScan> {
  const found: CandidateScan = { containers: new Set(), parts: [], shadowRoots: openShadowRootsIn(root) };
  const skipped = new Map<Element, boolean>();
  for (const part of await candidateParts(root, slices)) {
    if (isInsideSkipped(part, skipped)) continue;
    if (part.nodeType === Node.ELEMENT_NODE || part.nodeType === Node.DOCUMENT_FRAGMENT_NODE) {
      if (part.nodeType === Node.DOCUMENT_FRAGMENT_NODE || !isInline(part as Element)) {
        found.parts.push(part as Element | ShadowRoot);
        continue;
      }
      found.parts.push(...topBlocksWithin(part as Element));
    }
    const c = blockContainerOf(part);
    if (c) found.containers.add(c);
  }
  return found;
}
