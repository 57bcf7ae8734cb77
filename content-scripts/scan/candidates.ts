import { candidateParts } from './candidate-parts';
import { hasCandidate, isLetter, junctionHasCandidate } from './candidate-test';
import { blockContainerOf, isInsideSkipped, isSkipped } from './dom-rules';
import { openShadowRootsIn } from './shadow-hosts';
import { workSlices } from './yield';

/** Texts longer than this get their parent checked: big inline styles and scripts are never read. */
const BIG_TEXT = 10_000;

export interface CandidateScan {
  /** Block containers holding a candidate word: only these are read in full. */
  readonly containers: Set<Element | ShadowRoot>;
  /** Open shadow roots met on the way, to be scanned the same way. */
  readonly shadowRoots: ShadowRoot[];
}

/** How many nodes one synchronous step visits before checking the clock. */
const STEP_NODES = 2048;

interface WalkState {
  readonly walker: TreeWalker;
  readonly found: CandidateScan;
  /** The previous text node's data, for words split across a junction. */
  prev: string;
  /** Skip verdicts of ancestors already seen in this pass. */
  readonly skipped: Map<Element, boolean>;
}

/** Records the block holding a candidate node, unless it is inside a skipped element. */
function addContainerOf(node: Node, found: CandidateScan, skipped: Map<Element, boolean>): void {
  const c = blockContainerOf(node);
  if (c && !found.containers.has(c) && !isInsideSkipped(node, skipped)) found.containers.add(c);
}

/**
 * One synchronous stretch of the walk: small and free of `await`, so the engine optimizes it early.
 * Returns false when the walk is over.
 */
function step(state: WalkState): boolean {
  const { walker, found } = state;
  let prev = state.prev;
  // Runs for every text node of the page, mostly before the engine has optimized it: each check
  // here costs per node, so there are as few as the job allows (charCodeAt of '' is NaN: no letter).
  for (let i = 0; i < STEP_NODES; i++) {
    const node = walker.nextNode() as Text | null;
    if (node === null) {
      state.prev = prev;
      return false;
    }
    const data = node.data;
    if (data.length > BIG_TEXT && node.parentElement && isSkipped(node.parentElement)) continue;
    if (
      hasCandidate(data) ||
      // Inline: it runs at every junction, and most are not between two letters.
      (isLetter(prev.charCodeAt(prev.length - 1)) && isLetter(data.charCodeAt(0)) && junctionHasCandidate(prev, data))
    ) {
      addContainerOf(node, found, state.skipped);
    }
    prev = data;
  }
  state.prev = prev;
  return true;
}

/**
 * The fast first pass. The browser reads the root's text natively and, when it holds a candidate,
 * splits it down to the parts that do (see candidate-parts.ts); each part is then walked text node
 * by text node with the browser's own TreeWalker, testing the candidate pattern on each. Only the
 * blocks that hold a candidate are read whole afterwards. A word split between two nodes
 * ("cra<b>mp</b>") is caught by testing the few letters either side of each junction between letters.
 */
export async function findCandidateContainers(root: Node, signal: AbortSignal): Promise<CandidateScan> {
  const found: CandidateScan = { containers: new Set(), shadowRoots: openShadowRootsIn(root) };
  const slices = workSlices(signal);
  const parts = await candidateParts(root, slices);
  if (parts.length === 0) return found;
  const doc = root.ownerDocument ?? (root as Document);
  const skipped = new Map<Element, boolean>();
  for (const part of parts) {
    if (part.nodeType !== 1 && part.nodeType !== 11) {
      addContainerOf(part, found, skipped);
      continue;
    }
    // Text nodes only: every node handed to this world needs a wrapper object, and elements would
    // double that cost. Shadow hosts are found by a selector instead (see shadow-hosts.ts).
    const state: WalkState = { walker: doc.createTreeWalker(part, NodeFilter.SHOW_TEXT), found, prev: '', skipped };
    while (step(state)) {
      if (slices.due() && (await slices.pause())) return found;
    }
  }
  return found;
}
