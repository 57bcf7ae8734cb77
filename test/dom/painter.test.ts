import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createHighlightLayer } from '../../content-scripts/marks/highlights';
import { MentionIndex } from '../../content-scripts/marks/mention-index';
import { createPainter } from '../../content-scripts/marks/painter';
import { Scanner } from '../../content-scripts/marks/scanner';
import { installFakeHighlights, type FakeHighlights } from '../support/fake-highlights';
import { localDetector } from '../support/local-detector';

const rect = (top: number, height: number, width = 600) =>
  ({ top, bottom: top + height, left: 0, right: width, width, height, x: 0, y: top }) as DOMRect;

/** The marks of `document.body`, found as the scanner finds them (nothing painted yet). */
async function marksOfPage(signal: AbortSignal): Promise<MentionIndex> {
  const index = new MentionIndex();
  const scanner = new Scanner(index, {
    onMarks: () => undefined,
    showOtherMedical: false,
    signal,
    onShadowRoot: () => undefined,
    detect: localDetector,
  });
  await scanner.scan([document.body]);
  return index;
}

const nextTask = () => new Promise((r) => setTimeout(r, 0));

describe('the painter', () => {
  let fake: FakeHighlights;
  let controller: AbortController;
  beforeEach(() => {
    fake = installFakeHighlights();
    controller = new AbortController();
  });
  afterEach(() => {
    controller.abort();
    fake.uninstall();
    vi.restoreAllMocks();
  });

  it('paints the marks in view in the task that found them, before the observer first reports', async () => {
    document.body.innerHTML =
      '<p id="top">A calf cramp at night.</p><p id="far">Then a leg cramp.</p><p id="hidden">And a muscle spasm.</p>';
    const boxes: Record<string, DOMRect> = {
      top: rect(10, 20),
      far: rect(innerHeight * 5, 20),
      // No box of its own (display: contents, or not displayed): left to the observer.
      hidden: rect(0, 0, 0),
    };
    vi.spyOn(Element.prototype, 'getBoundingClientRect').mockImplementation(function (this: Element) {
      return boxes[this.id] ?? rect(0, 0, 0);
    });
    fake.setInView((el) => el.id === 'top');
    const index = await marksOfPage(controller.signal);
    expect(index.size).toBe(3);
    const painter = createPainter(index, createHighlightLayer('spasm-lens-underline'), () => true, controller.signal);
    for (const c of index.containers()) painter.update(c);
    await Promise.resolve();
    // The observer has not reported yet (it does after a frame): the mark in view is painted already.
    expect(fake.ranges('spasm-lens-').map((r) => r.startContainer.parentElement?.id)).toEqual(['top']);
    await nextTask();
    expect(fake.ranges('spasm-lens-').map((r) => r.startContainer.parentElement?.id)).toEqual(['top']);
  });

  it('leaves boxes to the observer once the marks reach below the band around the viewport', async () => {
    document.body.innerHTML = '<p id="a">A calf cramp.</p><p id="b">A leg cramp.</p>';
    const boxes: Record<string, DOMRect> = { a: rect(innerHeight * 4, 20), b: rect(40, 20) };
    vi.spyOn(Element.prototype, 'getBoundingClientRect').mockImplementation(function (this: Element) {
      return boxes[this.id] ?? rect(0, 0, 0);
    });
    fake.setInView((el) => el.id === 'b');
    const index = await marksOfPage(controller.signal);
    const painter = createPainter(index, createHighlightLayer('spasm-lens-underline'), () => true, controller.signal);
    const [a, b] = [...index.containers()];
    painter.update(a as Node);
    await Promise.resolve();
    expect(fake.ranges('spasm-lens-')).toHaveLength(0);
    // A box that comes after one below the band (a page whose layout is not its order) is not read
    // at once: the observer paints it when it reports.
    painter.update(b as Node);
    await Promise.resolve();
    expect(fake.ranges('spasm-lens-')).toHaveLength(0);
    await nextTask();
    expect(fake.ranges('spasm-lens-').map((r) => r.startContainer.parentElement?.id)).toEqual(['b']);
  });

  it('paints a tall container’s marks within a quarter viewport, asking the boxes of only a few', async () => {
    const n = 400;
    document.body.innerHTML = `<p id="tall">${'A calf cramp at night. '.repeat(n)}</p>`;
    vi.spyOn(Element.prototype, 'getBoundingClientRect').mockImplementation(() => rect(-innerHeight * 10, 20_000));
    const index = await marksOfPage(controller.signal);
    expect(index.size).toBe(n);
    // Mark k lies at 50k px from the top of the container, the viewport 10 viewports down it.
    const yOf = (offset: number) => -innerHeight * 10 + 50 * Math.floor(offset / 'A calf cramp at night. '.length);
    // jsdom lays nothing out and has no boxes for ranges.
    const asked = vi.fn(function (this: Range) {
      return rect(yOf(this.startOffset), 18);
    });
    Object.defineProperty(Range.prototype, 'getBoundingClientRect', { configurable: true, value: asked });
    controller.signal.addEventListener('abort', () => delete (Range.prototype as Partial<Range>).getBoundingClientRect);
    const painter = createPainter(index, createHighlightLayer('spasm-lens-underline'), () => true, controller.signal);
    painter.update([...index.containers()][0] as Node);
    await Promise.resolve();
    const painted = fake.ranges('spasm-lens-').map((r) => yOf(r.startOffset));
    const band = index
      .inOrder()
      .map((m) => yOf(m.range.startOffset))
      .filter((y) => y + 18 > -innerHeight / 4 && y <= innerHeight * 1.25);
    expect(painted.sort((x, y) => x - y)).toEqual(band);
    // Two binary searches over 400 marks: about 2 log2(400), not one box per painted mark.
    expect(asked.mock.calls.length).toBeLessThanOrEqual(2 * Math.ceil(Math.log2(n + 1)) + 2);
  });
});
