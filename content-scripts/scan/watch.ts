import { onAbort } from '../../src/abort';
import { blockContainerOf, isInline, isInsideSkipped, isOwnUi, isShadowRoot, topBlocksWithin } from './dom-rules';

/** Past this many mutation records in one batch, one full rescan is cheaper than tracking each. */
export const STORM_THRESHOLD = 1000;
/** Mutations are gathered this long before work starts, so bursts cost one pass. */
const SETTLE_MS = 60;

export interface WatchTargets {
  /** Rescan the text directly inside these containers. */
  readonly own: Set<Element | ShadowRoot>;
  /** Scan these new subtrees whole. */
  readonly subtrees: Set<Element>;
  /** Something was removed: drop marks whose text left the page. */
  prune: boolean;
  /** Too much changed to track: rescan everything. */
  full: boolean;
}

/** Adds what `from` asks for to `into` (changes that arrive while a scan runs wait together). */
export function mergeTargets(into: WatchTargets, from: WatchTargets): void {
  into.full ||= from.full;
  into.prune ||= from.prune;
  for (const o of from.own) into.own.add(o);
  for (const s of from.subtrees) into.subtrees.add(s);
}

const emptyTargets = (): WatchTargets => ({ own: new Set(), subtrees: new Set(), prune: false, full: false });

function containerFor(node: Node): Element | ShadowRoot | null {
  if (node.nodeType === Node.ELEMENT_NODE && !isInline(node as Element)) return node as Element;
  if (isShadowRoot(node)) return node;
  return blockContainerOf(node);
}

/**
 * One MutationObserver for the document and every open shadow root: gathers what changed into
 * `WatchTargets` and hands them over after the burst settles. Disconnects when `signal` aborts.
 */
export function watchMutations(
  signal: AbortSignal,
  onChange: (targets: WatchTargets) => void,
): { observe: (root: Node) => void } {
  let pending = emptyTargets();
  let records = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const flush = () => {
    timer = undefined;
    const t = pending;
    pending = emptyTargets();
    records = 0;
    if (!signal.aborted) onChange(t);
  };
  const schedule = () => {
    timer ??= setTimeout(flush, SETTLE_MS);
  };
  const observer = new MutationObserver((list) => {
    records += list.length;
    if (records > STORM_THRESHOLD) {
      pending.full = true;
      pending.own.clear();
      pending.subtrees.clear();
    }
    if (!pending.full) {
      for (const r of list) {
        if (isOwnUi(r.target)) continue;
        if (r.type === 'characterData') {
          const c = containerFor(r.target);
          if (c) pending.own.add(c);
          continue;
        }
        // Text and inline elements change the runs of their container, which is read again;
        // block elements are new subtrees of their own; removals drop marks that left the page.
        let touchesRuns = false;
        for (const n of r.addedNodes) {
          if (isOwnUi(n)) continue;
          if (n.nodeType === Node.TEXT_NODE) touchesRuns = true;
          else if (n.nodeType === Node.ELEMENT_NODE) {
            const el = n as Element;
            if (!isInline(el)) pending.subtrees.add(el);
            else {
              touchesRuns = true;
              for (const b of topBlocksWithin(el)) pending.subtrees.add(b);
            }
          }
        }
        for (const n of r.removedNodes) {
          pending.prune = true;
          if (n.nodeType === Node.TEXT_NODE || (n.nodeType === Node.ELEMENT_NODE && isInline(n as Element)))
            touchesRuns = true;
        }
        if (touchesRuns) {
          const c = containerFor(r.target);
          if (c) pending.own.add(c);
        }
      }
    }
    schedule();
  });
  const options: MutationObserverInit = { childList: true, subtree: true, characterData: true };
  onAbort(signal, () => {
    observer.disconnect();
    if (timer !== undefined) clearTimeout(timer);
  });
  return {
    observe: (root) => {
      if (!signal.aborted) observer.observe(root, options);
    },
  };
}

/** Removes targets that need no work: inside editors and form fields, or nested in another target. */
export function settleTargets(t: WatchTargets): WatchTargets {
  const subtrees = new Set<Element>();
  for (const el of t.subtrees) {
    if (!el.isConnected || isInsideSkipped(el)) continue;
    // darkreader's trick: a subtree whose ancestor is also new is covered by the ancestor.
    let covered = false;
    for (let p = el.parentElement; p; p = p.parentElement) {
      if (t.subtrees.has(p)) {
        covered = true;
        break;
      }
    }
    if (!covered) subtrees.add(el);
  }
  const own = new Set<Element | ShadowRoot>();
  for (const c of t.own) {
    if (!c.isConnected || isInsideSkipped(c)) continue;
    own.add(c);
  }
  return { own, subtrees, prune: t.prune, full: t.full };
}
