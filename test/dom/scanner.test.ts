import { afterEach, describe, expect, it, vi } from 'vitest';
import { MentionIndex } from '../../content-scripts/marks/mention-index';
import type { Detector } from '../../content-scripts/marks/detect-batch';
import { Scanner } from '../../content-scripts/marks/scanner';
import { FIRST_BATCH_CHARS } from '../../src/detect-protocol';
import { localDetector } from '../support/local-detector';

/**
 * What the scanner tells of changed marks, kept as the ranges each container holds now (what the
 * painter would paint with the whole page in view) and the order containers were told in.
 */
function markSink(index: MentionIndex) {
  const held = new Map<Node, readonly AbstractRange[]>();
  const told: Node[] = [];
  return {
    told,
    get ranges(): Set<AbstractRange> {
      return new Set([...held.values()].flat());
    },
    onMarks: (container: Node) => {
      told.push(container);
      held.set(
        container,
        index.marksOf(container).map((m) => m.range),
      );
    },
  };
}

describe('the scanner', () => {
  afterEach(() => vi.restoreAllMocks());

  it('reads a container once per pass when it is both changed text and inside a new subtree', async () => {
    document.body.innerHTML =
      '<section id="s"><p id="p">A calf cramp at night, then a muscle spasm.</p><p>Nothing else here.</p></section>';
    const index = new MentionIndex();
    const layer = markSink(index);
    const scanner = new Scanner(index, {
      onMarks: layer.onMarks,
      showOtherMedical: false,
      signal: new AbortController().signal,
      onShadowRoot: () => undefined,
      detect: localDetector,
    });
    const section = document.getElementById('s') as HTMLElement;
    const p = document.getElementById('p') as HTMLElement;
    // What the watcher hands over when a section is added and a paragraph in it is edited at once.
    await scanner.scan([section], [p]);
    expect(index.size).toBe(2);
    expect(layer.ranges.size).toBe(2);
    // Read again as changed text only: the marks are replaced, not added to.
    await scanner.scan([], [p]);
    expect(index.size).toBe(2);
    expect(layer.ranges.size).toBe(2);
  });

  it('counts the first reading of a page toward the first slice of work, so a long one yields sooner', async () => {
    document.body.innerHTML = '<div id="r">' + '<p>A calf cramp at night.</p>'.repeat(40) + '</div>';
    const root = document.getElementById('r') as HTMLElement;
    // A page dense with candidates, read whole once and then walked. A clock that moves only while
    // the page's text is read whole: that reading takes 30 ms.
    let now = 0;
    vi.spyOn(performance, 'now').mockImplementation(() => now);
    const read = Object.getOwnPropertyDescriptor(Node.prototype, 'textContent');
    vi.spyOn(root, 'textContent', 'get').mockImplementation(function (this: Node) {
      now += 30;
      return read?.get?.call(this) as string;
    });
    const pauses = vi.spyOn(globalThis, 'setTimeout');
    const index = new MentionIndex();
    const scanner = new Scanner(index, {
      onMarks: () => undefined,
      showOtherMedical: false,
      signal: new AbortController().signal,
      onShadowRoot: () => undefined,
      detect: localDetector,
    });
    await scanner.scan([root]);
    expect(index.size).toBe(40);
    // Blocks cost no time on this clock: only the 30 ms of reading can make the walk pause.
    expect(pauses.mock.calls.some(([, ms]) => !ms)).toBe(true);
  });

  /** A scanner over a fresh index whose detector the test decides. */
  function scannerWith(detect: Detector) {
    const index = new MentionIndex();
    const layer = markSink(index);
    const scanner = new Scanner(index, {
      onMarks: layer.onMarks,
      showOtherMedical: false,
      signal: new AbortController().signal,
      onShadowRoot: () => undefined,
      detect,
    });
    return { index, layer, scanner };
  }

  it('asks about a long page in several messages and records the answers in the order asked', async () => {
    // About 150 KB of mentions: more than one message holds.
    document.body.innerHTML = Array.from({ length: 3000 }, (_, i) => `<p>Item ${i}: a calf cramp at night.</p>`).join(
      '',
    );
    const asked: { texts: readonly string[]; answer: (v: Awaited<ReturnType<Detector>>) => void }[] = [];
    const { index, layer, scanner } = scannerWith((texts) => new Promise((answer) => asked.push({ texts, answer })));
    const done = scanner.scan([document.body]);
    // Every message is sent before any answer comes: the walk does not wait for answers.
    await vi.waitFor(() => expect(asked.flatMap((a) => a.texts)).toHaveLength(3000));
    expect(asked.length).toBeGreaterThan(1);
    // The first message is small, so the top of the page is marked while the rest is read; the
    // others are full.
    const sizes = asked.map((a) => a.texts.join('').length);
    expect(sizes[0]).toBeLessThanOrEqual(FIRST_BATCH_CHARS);
    expect(sizes[1]).toBeGreaterThan(FIRST_BATCH_CHARS * 4);
    // The answers arrive last first.
    for (const { texts, answer } of [...asked].reverse()) answer(await localDetector(texts));
    await done;
    expect(index.size).toBe(3000);
    // Recorded in page order all the same.
    const starts = layer.told.map((c) => c.textContent);
    expect(starts).toHaveLength(3000);
    expect(starts[0]).toContain('Item 0:');
    expect(starts[2999]).toContain('Item 2999:');
  });

  it('records answers that arrive together a task each, not all in one long task', async () => {
    document.body.innerHTML = Array.from({ length: 3000 }, (_, i) => `<p>Item ${i}: a calf cramp at night.</p>`).join(
      '',
    );
    const asked: { texts: readonly string[]; answer: (v: Awaited<ReturnType<Detector>>) => void }[] = [];
    const index = new MentionIndex();
    // What happened, in order: a mark recorded, or a task that was queued when the first one was.
    const events: string[] = [];
    const scanner = new Scanner(index, {
      onMarks: () => {
        if (events.length === 0) setTimeout(() => events.push('next task'), 0);
        events.push('marks');
      },
      showOtherMedical: false,
      signal: new AbortController().signal,
      onShadowRoot: () => undefined,
      detect: (texts) => new Promise((answer) => asked.push({ texts, answer })),
    });
    const done = scanner.scan([document.body]);
    await vi.waitFor(() => expect(asked.flatMap((a) => a.texts)).toHaveLength(3000));
    const answers = await Promise.all(asked.map(({ texts }) => localDetector(texts)));
    // Every answer arrives in one go (the page's thread was busy while they came).
    asked.forEach(({ answer }, k) => answer(answers[k] ?? null));
    await done;
    expect(index.size).toBe(3000);
    // The task queued with the first answer's marks ran before the last answer was recorded.
    expect(events.indexOf('next task')).toBeGreaterThan(0);
    expect(events.indexOf('next task')).toBeLessThan(events.lastIndexOf('marks'));
  });

  it('keeps the marks shown when no answer comes (the extension was reloaded)', async () => {
    document.body.innerHTML = '<p id="p">A calf cramp at night, then a muscle spasm.</p>';
    let detect: Detector = localDetector;
    const { index, layer, scanner } = scannerWith((texts) => detect(texts));
    await scanner.scan([document.body]);
    expect(index.size).toBe(2);
    detect = () => Promise.resolve(null);
    await scanner.scan([], [document.getElementById('p') as HTMLElement]);
    expect(index.size).toBe(2);
    expect(layer.ranges.size).toBe(2);
  });

  it('swaps a block’s old marks for its new ones at once: read again, it is never shown unmarked', async () => {
    document.body.innerHTML = '<p id="p">A calf cramp at night, then a muscle spasm.</p>';
    let hold: Promise<void> | null = null;
    const { index, layer, scanner } = scannerWith(async (texts) => {
      await hold;
      return localDetector(texts);
    });
    await scanner.scan([document.body]);
    const before = [...layer.ranges];
    const p = document.getElementById('p') as HTMLElement;
    (p.firstChild as Text).appendData(' And leg cramps.');
    let release = () => undefined as void;
    hold = new Promise<void>((r) => (release = r));
    const done = scanner.scan([], [p]);
    await new Promise((r) => setTimeout(r, 10));
    // The question is out; the old marks are still up.
    expect(index.size).toBe(2);
    expect([...layer.ranges]).toEqual(before);
    release();
    await done;
    expect(index.size).toBe(3);
    expect(layer.ranges.size).toBe(3);
    expect([...layer.ranges].some((r) => before.includes(r))).toBe(false);
  });

  it('asks about a huge block in pieces and marks each mention once, also where pieces overlap', async () => {
    const sentence = 'Then a leg cramp hit. ';
    const n = Math.ceil((3 * 32_768) / sentence.length);
    document.body.innerHTML = `<p>${sentence.repeat(n)}</p>`;
    const asked: number[] = [];
    let cut = false;
    const { index, scanner } = scannerWith((texts, pieces) => {
      asked.push(...texts.map((t) => t.length));
      cut ||= pieces !== undefined;
      return localDetector(texts, pieces);
    });
    await scanner.scan([document.body]);
    expect(Math.max(...asked)).toBeLessThan(34_000);
    // Where each piece sits goes with the texts: the background answers at block offsets, each
    // piece with only the mentions it owns.
    expect(cut).toBe(true);
    expect(index.size).toBe(n);
    expect(new Set(index.inOrder().map((m) => m.mention.start)).size).toBe(n);
  });
});
