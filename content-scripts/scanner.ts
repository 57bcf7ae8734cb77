import { CHUNK_SIZE, detectInChunks } from '../src/matching/chunks';
import { detect } from '../src/matching/detect';
import type { Mention } from '../src/matching/types';
import type { HighlightLayer } from './highlights';
import type { MarkedMention, MentionIndex } from './mention-index';
import { findCandidateContainers } from './candidates';
import { ownBlocks, positionAt, type TextBlock } from './text-blocks';
import { workSlices } from './yield';

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
  constructor(
    private readonly index: MentionIndex,
    private readonly layer: HighlightLayer,
    private readonly options: ScanOptions,
  ) {}

  /**
   * Scans `roots` whole (the page, new subtrees) with the fast candidate pass, and `own` containers
   * (changed text) by reading their own text directly.
   */
  async scan(roots: readonly Node[], own: readonly (Element | ShadowRoot)[] = []): Promise<void> {
    const containers = new Set(own);
    const pending = [...roots];
    while (pending.length > 0) {
      const root = pending.shift() as Node;
      if (!root.isConnected) continue;
      const found = await findCandidateContainers(root, this.options.signal);
      if (this.options.signal.aborted) return;
      for (const c of found.containers) containers.add(c);
      for (const sr of found.shadowRoots) {
        this.options.onShadowRoot(sr);
        pending.push(sr);
      }
    }
    await this.read([...containers]);
  }

  /** Reads each container's own runs of text, detects mentions and records them. */
  private async read(containers: readonly (Element | ShadowRoot)[]): Promise<void> {
    const slices = workSlices(this.options.signal);
    for (const container of containers) {
      if (this.options.signal.aborted) return;
      if (!container.isConnected) continue;
      // Each container comes once per pass: what it held is dropped, then its runs add their marks.
      if (this.index.hasContainer(container)) this.forget(container);
      for (const block of ownBlocks(container)) {
        const marks: MarkedMention[] = [];
        // Most blocks are one chunk: no generator for them.
        const pieces = block.text.length <= CHUNK_SIZE ? [detect(block.text)] : detectInChunks(block.text);
        for (const found of pieces) {
          for (const m of found) {
            if (m.sense === 'not-medical' || (m.sense === 'other-medical' && !this.options.showOtherMedical)) continue;
            const mark = toMark(block, m);
            if (mark) marks.push(mark);
          }
          if (slices.due() && (await slices.pause())) return;
        }
        this.record(block.container, marks);
      }
    }
  }

  /** Drops every mark whose container left the page. */
  prune(): void {
    for (const container of [...this.index.containers()]) {
      if (!container.isConnected) this.forget(container);
    }
  }

  forget(container: Node): void {
    for (const old of this.index.replace(container, [])) this.layer.delete(old.range);
  }

  private record(container: Node, marks: MarkedMention[]): void {
    // A block still on the page may have been removed while we yielded: its marks would be stale.
    // Checked per block (all of its nodes), not per mark, since a block's marks share its nodes.
    const block = marks[0]?.block;
    const live =
      block && block.nodes.every((n) => n.isConnected)
        ? marks
        : marks.filter((m) => m.nodes.every((n) => n.isConnected));
    if (live.length > 0) this.index.add(container, live);
    for (const m of live) this.layer.add(m.range, m.mention.sense === 'muscle' ? 'muscle' : 'other');
  }
}
