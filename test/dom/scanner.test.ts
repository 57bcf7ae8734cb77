import { describe, expect, it } from 'vitest';
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
});
