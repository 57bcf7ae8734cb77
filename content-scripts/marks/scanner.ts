import type { Found } from '../../src/matching/found';
import { DETECT_BATCH_CHARS, FIRST_BATCH_CHARS, MAX_DETECT_TEXTS } from '../../src/detect-protocol';
import { addPiece, emptyBatch, marksByBlock, pieceText, spansOf, type Batch, type Detector } from './detect-batch';
import type { MentionIndex } from './mention-index';
import { stillOnPage } from './to-mark';
import { findCandidateContainers } from '../scan/candidates';
import { hasCandidate } from '../scan/candidate-test';
import { blocksIn } from '../scan/text-blocks';
import { workSlices, type Slices } from '../scan/yield';

export interface ScanOptions {
  readonly showOtherMedical: boolean;
  readonly signal: AbortSignal;
  /** Called for each open shadow root found, so the watcher can observe it. */
  readonly onShadowRoot: (root: ShadowRoot) => void;
  readonly detect: Detector;
  /** The marks of a container changed (it may have none now). */
  readonly onMarks: (container: Node) => void;
}

/**
 * Reads blocks, detects mentions and records them in the index, in slices that yield to the page.
 * `roots` are scanned whole; `changed` containers only for their own text.
 */
export class Scanner {
  readonly #index: MentionIndex;
  readonly #options: ScanOptions;

  constructor(index: MentionIndex, options: ScanOptions) {
    this.#index = index;
    this.#options = options;
  }

  /**
   * Scans `roots` whole (the page, new subtrees) with the fast candidate pass, and `changed` containers
   * (changed text) by reading their own text directly. Every container read is added to `seen`.
   */
  async scan(roots: readonly Node[], changed: readonly (Element | ShadowRoot)[] = [], seen?: Set<Node>): Promise<void> {
    const containers = new Set(changed);
    const parts: (Element | ShadowRoot)[] = [];
    const pending = [...roots];
    // One clock for the whole pass: the first reading of a large page counts toward the first slice.
    const slices = workSlices(this.#options.signal);
    while (pending.length > 0) {
      const root = pending.shift() as Node;
      if (!root.isConnected) continue;
      const found = await findCandidateContainers(root, slices);
      if (this.#options.signal.aborted) return;
      for (const c of found.containers) containers.add(c);
      parts.push(...found.parts);
      for (const sr of found.shadowRoots) {
        this.#options.onShadowRoot(sr);
        pending.push(sr);
      }
    }
    await this.#read([...containers], parts, slices, seen);
  }

  /**
   * Reads every run inside each part, then each other container's own runs of text, has the
   * detector find the mentions in those with a candidate word, and records them. Each container
   * comes once per pass: what it held is dropped when its new marks come, and a changed container
   * that a part's walk already read (text edited inside a subtree that was added at the same time)
   * is not read again.
   */
  async #read(
    containers: readonly (Element | ShadowRoot)[],
    parts: readonly (Element | ShadowRoot)[],
    slices: Slices,
    seen?: Set<Node>,
  ): Promise<void> {
    let batch = emptyBatch();
    // Only a container that held marks when the pass began has any to drop. On a page's first
    // reading none does, and the containers read need noting only when the caller asks for them
    // or some are read on their own (skipped when a part's walk read them already).
    const hadMarks = this.#index.size > 0;
    const readThisPass = seen ?? (hadMarks || containers.length > 0 ? new Set<Node>() : null);
    const begin = (container: Node) => {
      readThisPass?.add(container);
      if (hadMarks && this.#index.hasContainer(container)) batch.toClear.push(container);
    };
    // Answers are recorded in the order asked, while the walk reads on: the page's thread is free
    // between them, and no answer waits for the one before it to arrive first.
    let recorded = Promise.resolve();
    let limit = FIRST_BATCH_CHARS;
    const flush = () => {
      limit = DETECT_BATCH_CHARS;
      const done = batch;
      batch = emptyBatch();
      const answer =
        done.texts.length === 0
          ? Promise.resolve([])
          : this.#options.detect(done.texts, done.cut ? done.offsets : undefined);
      recorded = recorded.then(async () => {
        const found = await answer;
        // No answer (the extension was reloaded, say): the marks shown stay as they are.
        if (!found || this.#options.signal.aborted) return;
        this.#recordAnswer(done, found);
        // Answers that arrived together are recorded a task each, not all in one long task.
        await slices.pause();
      });
    };
    const sources = [...parts.map((p) => [p, true] as const), ...containers.map((c) => [c, false] as const)];
    for (const [root, allInside] of sources) {
      if (this.#options.signal.aborted) return;
      if (!root.isConnected) continue;
      // A container read on its own is begun even when no run is left in it (its text went).
      if (!allInside) {
        if (readThisPass?.has(root)) continue;
        begin(root);
      }
      for (const block of blocksIn(root, allInside)) {
        if (allInside && readThisPass && !readThisPass.has(block.container)) begin(block.container);
        if (!hasCandidate(block.text)) continue;
        // A huge block goes in pieces, so no message and no answer is more than a few milliseconds.
        for (const span of spansOf(block)) {
          const text = pieceText(block, span);
          if (batch.chars + text.length > limit || batch.texts.length >= MAX_DETECT_TEXTS) flush();
          addPiece(batch, block, span, text);
        }
        if (slices.due() && (await slices.pause())) return;
      }
    }
    flush();
    await recorded;
  }

  /**
   * Records one answer: the containers begun in its batch lose their old marks and the blocks get
   * their new ones, in one task (a page read again never shows its mentions unmarked).
   */
  #recordAnswer(batch: Batch, found: readonly (readonly Found[])[]): void {
    const changed = new Set<Node>();
    for (const c of batch.toClear) {
      this.#index.replace(c, []);
      changed.add(c);
    }
    for (const [block, marks] of marksByBlock(batch, found, this.#options.showOtherMedical)) {
      const live = stillOnPage(marks);
      if (live.length === 0) continue;
      this.#index.add(block.container, live);
      changed.add(block.container);
    }
    for (const c of changed) this.#options.onMarks(c);
  }

  /** Drops every mark whose container left the page. */
  prune(): void {
    for (const container of [...this.#index.containers()]) {
      if (!container.isConnected) this.forget(container);
    }
  }

  forget(container: Node): void {
    if (this.#index.replace(container, []).length > 0) this.#options.onMarks(container);
  }
}
