import { onAbort } from '../../src/abort';
import type { Settings } from '../../src/settings/schema';
import { pageRoot, readPageParts } from '../scan/dom-rules';
import { createHighlightLayer, markName, type HighlightLayer } from './highlights';
import { MentionIndex, type MarkedMention } from './mention-index';
import type { Detector } from './detect-batch';
import { createPainter } from './painter';
import { Scanner } from './scanner';
import { mergeTargets, settleTargets, watchMutations, type WatchTargets } from '../scan/watch';

/** A bug in one pass must not stop later passes or disturb the page: log it and carry on. */
function reportError(error: unknown): void {
  console.error('[Spasm Lens]', error);
}

/** How often to check that the page has not cleared or replaced our highlights. */
const REGISTRY_CHECK_MS = 1000;

export interface Engine {
  readonly index: MentionIndex;
  readonly layer: HighlightLayer;
  /** Resolves when the first full scan has finished. */
  readonly ready: Promise<void>;
  /** Open shadow roots holding text, for hit-testing inside them. */
  readonly shadowRoots: () => ShadowRoot[];
  /**
   * The mentions shown under the settings, in page order: every one, or only the first. What
   * hit-testing, stepping, the popup and the badge all read, so they agree.
   */
  readonly shown: () => readonly MarkedMention[];
  /** Whether a mark is among those shown (cheap: no sorting unless only the first is shown). */
  readonly isShown: (mark: MarkedMention) => boolean;
  /** Reads the whole page again (the reader's corrections changed); the marks stay up meanwhile. */
  readonly rescan: () => void;
}

export interface EngineHooks {
  /** The number of marked mentions changed. */
  readonly onCount: (count: number) => void;
  /**
   * Called once a second while something is marked, with the check that the page kept our
   * highlights: the moment to notice that the extension itself is gone (an update or a reload
   * leaves this script behind, orphaned).
   */
  readonly everySecondWhileMarked: () => void;
  /**
   * The page rewrote itself (`document.open()`): a new document element, and the page's event
   * listeners, ours among them, erased. A new page to read, with listeners of its own.
   */
  readonly onNewDocument: () => void;
}

/**
 * Marks the page and keeps the marks in step with it until `signal` aborts; then every mark,
 * observer and timer is gone at once.
 */
export function startMarking(settings: Settings, signal: AbortSignal, hooks: EngineHooks, detect: Detector): Engine {
  readPageParts(settings.markPageParts);
  const index = new MentionIndex();
  /** "Only the first mention on a page": one reading of the setting for the whole session. */
  const first = settings.markScope === 'first';
  const shadowRoots = new Set<ShadowRoot>();
  const layer = createHighlightLayer(markName(settings.highlightStyle, settings.markColor));
  const watcher = watchMutations(signal, (t) => enqueue(t));
  const isShown = (mark: MarkedMention) => !first || index.inOrder()[0] === mark;
  const painter = createPainter(index, layer, isShown, signal);
  const scanner = new Scanner(index, {
    showOtherMedical: settings.showOtherMedical,
    signal,
    detect,
    onMarks: (container) => painter.update(container),
    onShadowRoot: (root) => {
      if (shadowRoots.has(root)) return;
      shadowRoots.add(root);
      watcher.observe(root);
    },
  });
  let lastCount = -1;
  /** With "only the first mention": the one shown after the last batch. */
  let shownFirst: MarkedMention | undefined;
  // Checks that the page has not cleared or replaced our highlights, once there are any.
  let registryTimer: ReturnType<typeof setInterval> | undefined;
  const afterBatch = () => {
    if (signal.aborted) return;
    layer.ensureRegistered();
    if (registryTimer === undefined && index.size > 0)
      registryTimer = setInterval(() => {
        layer.ensureRegistered();
        hooks.everySecondWhileMarked();
      }, REGISTRY_CHECK_MS);
    if (first) {
      const top = index.inOrder()[0];
      if (top !== shownFirst) {
        // The one shown before (if still marked) is no longer first, and the new first is.
        if (shownFirst) painter.update(shownFirst.block.container);
        if (top) painter.update(top.block.container);
        shownFirst = top;
      }
    }
    const count = first ? Math.min(1, index.size) : index.size;
    if (count !== lastCount) {
      lastCount = count;
      hooks.onCount(count);
    }
  };

  // One scan at a time; changes that arrive meanwhile are merged into the next one.
  let queued: WatchTargets | null = null;
  let running: Promise<void> = Promise.resolve();
  // Floods of mutations (a full rescan each) that come back to back are spaced out: the next one
  // waits as long again as the last took, at least half a second.
  let nextFull = 0;
  const runQueued = async () => {
    while (queued && !signal.aborted) {
      const t = settleTargets(queued);
      queued = null;
      if (t.full) {
        const wait = nextFull - performance.now();
        if (wait > 0) await new Promise((r) => setTimeout(r, wait));
        const begun = performance.now();
        // The marks stay up while the page is read again; then those of text no longer found go.
        const seen = new Set<Node>();
        await scanner.scan([pageRoot()], [], seen);
        for (const c of [...index.containers()]) if (!seen.has(c)) scanner.forget(c);
        const ended = performance.now();
        nextFull = ended + Math.max(500, ended - begun);
      } else {
        if (t.prune) scanner.prune();
        await scanner.scan([...t.subtrees], [...t.own]);
      }
      afterBatch();
    }
  };
  function enqueue(t: WatchTargets) {
    if (queued) mergeTargets(queued, t);
    else queued = t;
    running = running.then(runQueued).catch(reportError);
  }

  const root = document.documentElement;
  watcher.observe(root);
  const rewrites = new MutationObserver(() => {
    const now = document.documentElement;
    if (now && now !== root) hooks.onNewDocument();
  });
  rewrites.observe(document, { childList: true });
  const ready = scanner.scan([pageRoot()]).then(afterBatch).catch(reportError);
  running = ready;

  onAbort(signal, () => {
    rewrites.disconnect();
    clearInterval(registryTimer);
    layer.dispose();
    index.clear();
  });
  // Roots whose host left the page are dropped, so a long-lived app's removed components go.
  const liveRoots = () => {
    for (const r of shadowRoots) if (!r.host.isConnected) shadowRoots.delete(r);
    return [...shadowRoots];
  };
  const shown = () => (first ? index.inOrder().slice(0, 1) : index.inOrder());
  const rescan = () => enqueue({ own: new Set(), subtrees: new Set(), prune: false, full: true });
  return { index, layer, ready, shadowRoots: liveRoots, shown, isShown, rescan };
}
