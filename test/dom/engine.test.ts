import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { startMarking, type EngineHooks } from '../../content-scripts/marks/engine';
import { DEFAULT_SETTINGS, type Settings } from '../../src/settings/schema';
import { installFakeHighlights, type FakeHighlights } from '../support/fake-highlights';
import { localDetector } from '../support/local-detector';

/** The engine started on the current document, with hooks that record what they are told. */
function start(settings: Partial<Settings> = {}) {
  const controller = new AbortController();
  const counts: number[] = [];
  let ticks = 0;
  let rewrites = 0;
  const hooks: EngineHooks = {
    onCount: (n) => counts.push(n),
    everySecondWhileMarked: () => void ticks++,
    onNewDocument: () => void rewrites++,
  };
  const engine = startMarking({ ...DEFAULT_SETTINGS, ...settings }, controller.signal, hooks, localDetector);
  return { engine, controller, counts, ticks: () => ticks, rewrites: () => rewrites };
}

const markedText = (ranges: readonly AbstractRange[]) =>
  ranges.map((r) => r.startContainer.textContent?.slice(r.startOffset, r.endOffset));

describe('the marking engine', () => {
  let highlights: FakeHighlights;
  beforeEach(() => {
    highlights = installFakeHighlights();
  });
  afterEach(() => {
    highlights.uninstall();
    vi.useRealTimers();
    document.body.innerHTML = '';
  });

  it('marks the page under the style and colour of the settings and reports the count once', async () => {
    document.body.innerHTML = '<p>A calf cramp woke me.</p><p>Then a muscle spasm in my back.</p>';
    const { engine, counts, controller } = start({ highlightStyle: 'background', markColor: 'blue' });
    await engine.ready;
    expect(counts).toEqual([2]);
    await vi.waitFor(() =>
      expect(markedText(highlights.ranges('spasm-lens-background-blue'))).toEqual(['calf cramp', 'muscle spasm']),
    );
    expect(engine.shown().map((m) => m.mention.start)).toEqual([2, 7]);
    controller.abort();
  });

  it('leaves CSS.highlights untouched on a page with nothing to mark', async () => {
    document.body.innerHTML = '<p>A cramped flat in town; don’t cramp my style.</p>';
    const { engine, counts, controller } = start();
    await engine.ready;
    expect(highlights.registry.size).toBe(0);
    expect(counts).toEqual([0]);
    controller.abort();
  });

  it('follows the page: added text is marked, removed text unmarked, each change counted', async () => {
    document.body.innerHTML = '<p id="a">A calf cramp woke me.</p>';
    const { engine, counts, controller } = start();
    await engine.ready;
    const p = document.createElement('p');
    p.textContent = 'Swimmers get a charley horse too.';
    document.body.append(p);
    await vi.waitFor(() => expect(counts).toEqual([1, 2]));
    document.getElementById('a')?.remove();
    await vi.waitFor(() => expect(counts).toEqual([1, 2, 1]));
    await vi.waitFor(() => expect(markedText(highlights.ranges())).toEqual(['charley horse']));
    controller.abort();
  });

  it('with "only the first mention", marks and shows the first in page order only', async () => {
    document.body.innerHTML = '<p id="later">Later, a muscle spasm.</p>';
    const { engine, counts, controller } = start({ markScope: 'first' });
    await engine.ready;
    const earlier = document.createElement('p');
    earlier.textContent = 'First of all, a calf cramp.';
    document.body.prepend(earlier);
    await vi.waitFor(() => expect(engine.index.size).toBe(2));
    await vi.waitFor(() => expect(markedText(highlights.ranges())).toEqual(['calf cramp']));
    expect(counts).toEqual([1]);
    const [top, other] = engine.index.inOrder();
    expect(top && engine.isShown(top)).toBe(true);
    expect(other && engine.isShown(other)).toBe(false);
    expect(engine.shown()).toEqual([top]);
    // The first one goes: the next in order is marked again.
    earlier.remove();
    await vi.waitFor(() => expect(markedText(highlights.ranges())).toEqual(['muscle spasm']));
    expect(counts).toEqual([1]);
    controller.abort();
  });

  it('paints only the marks near the viewport, counts all of them, and paints the rest as they come near', async () => {
    document.body.innerHTML =
      '<p id="a">A calf cramp woke me.</p><p id="b">Then a muscle spasm in my back.</p><p id="c">Nothing to see.</p>';
    // Only the first paragraph is near the viewport.
    highlights.setInView((el) => el.id === 'a');
    const { engine, counts, controller } = start();
    await engine.ready;
    expect(counts).toEqual([2]);
    expect(engine.shown()).toHaveLength(2);
    await vi.waitFor(() => expect(markedText(highlights.ranges('spasm-lens-underline'))).toEqual(['calf cramp']));
    // The reader scrolls: the second comes near, the first goes far away.
    highlights.setInView((el) => el.id === 'b');
    expect(markedText(highlights.ranges('spasm-lens-underline'))).toEqual(['muscle spasm']);
    // Text changed far from the viewport is counted, not painted.
    document.getElementById('a')?.append(' And a leg cramp.');
    await vi.waitFor(() => expect(counts).toEqual([2, 3]));
    expect(markedText(highlights.ranges('spasm-lens-underline'))).toEqual(['muscle spasm']);
    highlights.setInView(() => true);
    expect(markedText(highlights.ranges('spasm-lens-underline')).sort()).toEqual([
      'calf cramp',
      'leg cramp',
      'muscle spasm',
    ]);
    controller.abort();
  });

  it('puts its highlights back each second when the page clears them, and says so to the hook', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    document.body.innerHTML = '<p>A calf cramp woke me.</p>';
    const { engine, controller, ticks } = start();
    await engine.ready;
    await vi.waitFor(() => expect(highlights.registry.size).toBeGreaterThan(0));
    const names = [...highlights.registry.keys()];
    highlights.registry.clear();
    expect(ticks()).toBe(0);
    vi.advanceTimersByTime(1000);
    expect(ticks()).toBe(1);
    expect([...highlights.registry.keys()]).toEqual(names);
    expect(markedText(highlights.ranges('spasm-lens-underline'))).toEqual(['calf cramp']);
    controller.abort();
    vi.advanceTimersByTime(5000);
    expect(ticks()).toBe(1);
  });

  it('says when the page replaced its document element (document.open), and only then', async () => {
    document.body.innerHTML = '<p>A calf cramp woke me.</p>';
    const { engine, controller, rewrites } = start();
    await engine.ready;
    const old = document.documentElement;
    // Changes inside the document are not a rewrite.
    document.body.append(document.createElement('p'));
    await new Promise((r) => setTimeout(r, 0));
    expect(rewrites()).toBe(0);
    const html = document.createElement('html');
    html.append(document.createElement('body'));
    document.replaceChild(html, old);
    await vi.waitFor(() => expect(rewrites()).toBe(1));
    document.replaceChild(old, html);
    controller.abort();
  });

  it('undoes everything at once when aborted: no highlight, no index, no further scans', async () => {
    document.body.innerHTML = '<p>A calf cramp woke me.</p>';
    const { engine, controller, counts } = start();
    await engine.ready;
    // Someone else's highlight stays.
    highlights.registry.set('page-own', new (globalThis as unknown as { Highlight: new () => never }).Highlight());
    controller.abort();
    expect([...highlights.registry.keys()]).toEqual(['page-own']);
    expect(engine.index.size).toBe(0);
    const p = document.createElement('p');
    p.textContent = 'Another muscle spasm.';
    document.body.append(p);
    // Longer than the watcher's settling time: nothing more is read or counted.
    await new Promise((r) => setTimeout(r, 150));
    expect(engine.index.size).toBe(0);
    expect(counts).toEqual([1]);
  });
});
