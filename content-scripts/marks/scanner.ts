import { CHUNK_SIZE, detectInChunks } from '../../src/matching/chunks';
import { detect } from '../../src/matching/detect';
import type { Mention } from '../../src/matching/types';
import type { HighlightLayer } from './highlights';
import type { MarkedMention, MentionIndex } from './mention-index';
import { findCandidateContainers } from '../scan/candidates';
import { blocksIn, positionAt, type TextBlock } from '../scan/text-blocks';
import { workSlices, type Slices } from '../scan/yield';

export interface ScanOptions {
  readonly showOtherMedical: boolean;
  readonly signal: AbortSignal;
  /** Called for each open shadow root found, so the watcher can observe it. */
  readonly onShadowRoot: (root: ShadowRoot) => void;
}

function toMark(block: TextBlock, mention: Mention): MarkedMention | null {
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
  return { mention, block, range, nodes: block.nodes.slice(i, j + 1) };
}

/**
 * Reads blocks, detects mentions and records them in the index and the highlight layer, in slices
 * that yield to the page. `roots` are scanned whole; `ownRuns` only for the text directly theirs.
 */
export class Scanner {
  readonly #index: MentionIndex;
  readonly #layer: HighlightLayer;
  readonly #options: ScanOptions;

  constructor(index: MentionIndex, layer: HighlightLayer, options: ScanOptions) {
    this.#index = index;
    this.#layer = layer;
    this.#options = options;
  }

  /**
   * Scans `roots` whole (the page, new subtrees) with the fast candidate pass, and `own` containers
   * (changed text) by reading their own text directly. Every container read is added to `seen`.
   */
  async scan(roots: readonly Node[], own: readonly (Element | ShadowRoot)[] = [], seen?: Set<Node>): Promise<void> {
    const containers = new Set(own);
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
   * Reads every run inside each part, then each other container's own runs of text, detects
   * mentions and records them. Each container comes once per pass: what it held is dropped before
   * its first run adds its marks, and a changed container that a part's walk already read (text
   * edited inside a subtree that was added at the same time) is not read again.
   */
  async #read(
    containers: readonly (Element | ShadowRoot)[],
    parts: readonly (Element | ShadowRoot)[],
    slices: Slices,
    seen = new Set<Node>(),
  ): Promise<void> {
    const begin = (container: Node) => {
      seen.add(container);
      if (this.#index.hasContainer(container)) this.forget(container);
    };
    const sources = [...parts.map((p) => [p, true] as const), ...containers.map((c) => [c, false] as const)];
    for (const [root, deep] of sources) {
      if (this.#options.signal.aborted) return;
      if (!root.isConnected) continue;
      // A container read on its own is begun even when no run is left in it (its text went).
      if (!deep) {
        if (seen.has(root)) continue;
        begin(root);
      }
      for (const block of blocksIn(root, deep)) {
        if (deep && !seen.has(block.container)) begin(block.container);
        // Most blocks are one chunk: no generator for them. A huge one is recorded chunk by chunk,
        // so no slice adds tens of thousands of ranges at once.
        const huge = block.text.length > CHUNK_SIZE;
        const pieces = huge ? detectInChunks(block.text) : [detect(block.text)];
        for (const found of pieces) {
          const marks: MarkedMention[] = [];
          for (const m of found) {
            if (m.sense === 'not-medical' || (m.sense === 'other-medical' && !this.#options.showOtherMedical)) continue;
            const mark = toMark(block, m);
            if (mark) marks.push(mark);
          }
          this.#record(block.container, marks);
          if (slices.due(huge) && (await slices.pause())) return;
        }
      }
    }
  }

  /** Drops every mark whose container left the page. */
  prune(): void {
    for (const container of [...this.#index.containers()]) {
      if (!container.isConnected) this.forget(container);
    }
  }

  forget(container: Node): void {
    this.#layer.deleteMany(this.#index.replace(container, []).map((m) => m.range));
  }

  #record(container: Node, marks: MarkedMention[]): void {
    // A block still on the page may have been removed while we yielded: its marks would be stale.
    // Checked per block (all of its nodes), not per mark, since a block's marks share its nodes.
    const block = marks[0]?.block;
    const live =
      block && block.nodes.every((n) => n.isConnected)
        ? marks
        : marks.filter((m) => m.nodes.every((n) => n.isConnected));
    if (live.length > 0) this.#index.add(container, live);
    for (const m of live) this.#layer.add(m.range, m.mention.sense);
  }
}
