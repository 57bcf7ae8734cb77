import { CHUNK_SIZE, chunkSpans, keeps, type ChunkSpan } from '../../src/matching/chunks';
import type { Found } from '../../src/matching/found';
import { DETECT_BATCH_CHARS, MAX_DETECT_TEXTS } from '../../src/messages';
import type { HighlightLayer } from './highlights';
import type { MarkedMention, MentionIndex } from './mention-index';
import { findCandidateContainers } from '../scan/candidates';
import { hasCandidate } from '../scan/candidate-test';
import { blocksIn, positionAt, type TextBlock } from '../scan/text-blocks';
import { workSlices, type Slices } from '../scan/yield';

/**
 * Finds the mentions in each text (in the background: see runtime/background-detector.ts), or null
 * when no answer came. Offsets are into each text.
 */
export type Detector = (texts: readonly string[]) => Promise<readonly (readonly Found[])[] | null>;

export interface ScanOptions {
  readonly showOtherMedical: boolean;
  readonly signal: AbortSignal;
  /** Called for each open shadow root found, so the watcher can observe it. */
  readonly onShadowRoot: (root: ShadowRoot) => void;
  readonly detect: Detector;
}

function toMark(block: TextBlock, mention: Found): MarkedMention | null {
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
 * Blocks read since the last answer, waiting for the detector: the containers begun that held
 * marks (which go when the new ones come, in the same task, so a page read again never shows its
 * mentions unmarked) and the texts to ask about, each a block or a piece of a huge one.
 */
interface Batch {
  begun: Node[];
  texts: string[];
  pieces: { readonly block: TextBlock; readonly span: ChunkSpan }[];
  chars: number;
}

const emptyBatch = (): Batch => ({ begun: [], texts: [], pieces: [], chars: 0 });

/** The one piece of a block that is not cut (nearly all of them), shared. */
const WHOLE: readonly ChunkSpan[] = [{ from: 0, to: Infinity, keepFrom: 0, keepTo: Infinity }];

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
    const noted = seen ?? (hadMarks || containers.length > 0 ? new Set<Node>() : null);
    const begin = (container: Node) => {
      noted?.add(container);
      if (hadMarks && this.#index.hasContainer(container)) batch.begun.push(container);
    };
    // Answers are recorded in the order asked, while the walk reads on: the page's thread is free
    // between them, and no answer waits for the one before it to arrive first.
    let recorded = Promise.resolve();
    const flush = () => {
      const done = batch;
      batch = emptyBatch();
      const answer = done.texts.length > 0 ? this.#options.detect(done.texts) : Promise.resolve([]);
      recorded = recorded.then(async () => {
        const found = await answer;
        // No answer (the extension was reloaded, say): the marks shown stay as they are.
        if (found && !this.#options.signal.aborted) this.#recordAnswer(done, found);
      });
    };
    const sources = [...parts.map((p) => [p, true] as const), ...containers.map((c) => [c, false] as const)];
    for (const [root, deep] of sources) {
      if (this.#options.signal.aborted) return;
      if (!root.isConnected) continue;
      // A container read on its own is begun even when no run is left in it (its text went).
      if (!deep) {
        if (noted?.has(root)) continue;
        begin(root);
      }
      for (const block of blocksIn(root, deep)) {
        if (deep && noted && !noted.has(block.container)) begin(block.container);
        if (!hasCandidate(block.text)) continue;
        // A huge block goes in pieces, so no message and no answer is more than a few milliseconds.
        for (const span of block.text.length > CHUNK_SIZE ? chunkSpans(block.text.length) : WHOLE) {
          const text = span === WHOLE[0] ? block.text : block.text.slice(span.from, span.to);
          if (batch.chars + text.length > DETECT_BATCH_CHARS || batch.texts.length >= MAX_DETECT_TEXTS) flush();
          batch.texts.push(text);
          batch.pieces.push({ block, span });
          batch.chars += text.length;
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
    for (const c of batch.begun) this.forget(c);
    let marks: MarkedMention[] = [];
    let block: TextBlock | undefined;
    batch.pieces.forEach(({ block: b, span }, k) => {
      if (b !== block) {
        if (block) this.#record(block.container, marks);
        block = b;
        marks = [];
      }
      for (const f of found[k] ?? []) {
        if (f.sense === 'other-medical' && !this.#options.showOtherMedical) continue;
        if (!keeps(span, f.start)) continue;
        const mark = toMark(b, span.from > 0 ? { ...f, start: f.start + span.from, end: f.end + span.from } : f);
        if (mark) marks.push(mark);
      }
    });
    if (block) this.#record(block.container, marks);
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
