import { afterEach, describe, expect, it, vi } from 'vitest';
import type { HighlightLayer } from '../../content-scripts/marks/highlights';
import { MentionIndex } from '../../content-scripts/marks/mention-index';
import { Scanner } from '../../content-scripts/marks/scanner';

/** The highlight layer as a plain set of ranges: what the scanner adds and removes. */
function fakeLayer(): HighlightLayer & { readonly ranges: Set<AbstractRange> } {
  const ranges = new Set<AbstractRange>();
  return {
    ranges,
    add: (range) => void ranges.add(range),
    delete: (range) => void ranges.delete(range),
    deleteMany: (list) => list.forEach((r) => ranges.delete(r)),
    setActive: () => undefined,
    ensureRegistered: () => undefined,
    setStyle: () => undefined,
    dispose: () => ranges.clear(),
  };
}

describe('the scanner', () => {
  afterEach(() => vi.restoreAllMocks());

  it('reads a container once per pass when it is both changed text and inside a new subtree', async () => {
    document.body.innerHTML =
      '<section id="s"><p id="p">A calf cramp at night, then a muscle spasm.</p><p>Nothing else here.</p></section>';
    const index = new MentionIndex();
    const layer = fakeLayer();
    const scanner = new Scanner(index, layer, {
      showOtherMedical: false,
      signal: new AbortController().signal,
      onShadowRoot: () => undefined,
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
    const scanner = new Scanner(index, fakeLayer(), {
      showOtherMedical: false,
      signal: new AbortController().signal,
      onShadowRoot: () => undefined,
    });
    await scanner.scan([root]);
    expect(index.size).toBe(40);
    // Blocks cost no time on this clock: only the 30 ms of reading can make the walk pause.
    expect(pauses.mock.calls.some(([, ms]) => !ms)).toBe(true);
  });
});
