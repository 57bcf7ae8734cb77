import { CANDIDATE_SOURCE } from '../src/matching/detect';
import { blockContainerOf, isInsideSkipped } from './dom-rules';
import { openShadowRootsIn } from './shadow-hosts';
import { sliceClock, yieldToMain } from './yield';

/** The detector's own candidate pattern, without the global flag: one cheap `test` per text node. */
const CANDIDATE = new RegExp(CANDIDATE_SOURCE, 'i');
// V8 interprets a regular expression on its first run and compiles it after: let that first run be
// on a few bytes, not on the page's biggest text (often a large inline stylesheet at the top).
CANDIDATE.test('warm up');

/** Texts longer than this get their parent checked: big inline styles and scripts are never read. */
const BIG_TEXT = 10_000;
const NEVER_READ = new Set(['STYLE', 'SCRIPT', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA']);

function isLetter(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || code > 127;
}

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
    if (data.length > BIG_TEXT && NEVER_READ.has(node.parentNode?.nodeName ?? '')) continue;
    if (
      CANDIDATE.test(data) ||
      (isLetter(prev.charCodeAt(prev.length - 1)) &&
        isLetter(data.charCodeAt(0)) &&
        CANDIDATE.test(prev.slice(-12) + data.slice(0, 12)))
    ) {
      const c = blockContainerOf(node);
      if (c && !found.containers.has(c) && !isInsideSkipped(node, state.skipped)) found.containers.add(c);
    }
    prev = data;
  }
  state.prev = prev;
  return true;
}

/**
 * The fast first pass: walks every text node once with the browser's own TreeWalker and tests the
 * candidate pattern on it, like the cheapest possible content script. Only the blocks that hold a
 * candidate are then read whole. A word split between two nodes ("cra<b>mp</b>") is caught by
 * testing the few letters either side of each junction between letters.
 */
export async function findCandidateContainers(root: Node, signal: AbortSignal): Promise<CandidateScan> {
  const doc = root.ownerDocument ?? (root as Document);
  const state: WalkState = {
    // Text nodes only: every node handed to this world needs a wrapper object, and elements would
    // double that cost. Shadow hosts are found by a selector instead (see shadow-hosts.ts).
    walker: doc.createTreeWalker(root, NodeFilter.SHOW_TEXT),
    found: { containers: new Set(), shadowRoots: openShadowRootsIn(root) },
    prev: '',
    skipped: new Map(),
  };
  const clock = sliceClock();
  while (step(state)) {
    if (clock.due()) {
      await yieldToMain();
      clock.reset();
      if (signal.aborted) break;
    }
  }
  return state.found;
}
