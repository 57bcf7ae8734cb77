import { partitionPoint } from '../../src/partition';
import { onAbort } from '../../src/abort';
import { isShadowRoot } from '../scan/dom-rules';
import type { HighlightLayer } from './highlights';
import { liveRange } from './live-range';
import type { MarkedMention, MentionIndex } from './mention-index';

/** How far beyond the viewport marks are painted ahead of the reader, in viewport heights above and below. */
const AHEAD = 1;
/**
 * The same for a tall container, whose band is painted again at every frame of scrolling, so it
 * need only cover what one frame can bring into view. Narrow, because Chromium's paint of a text
 * node grows with the ranges inside it: 18 ms for 100, 54 ms for 1,000 in a text node of 370 KB.
 */
const TALL_AHEAD = 0.25;
/** A container this many viewports tall paints only its marks near the viewport, not all of them. */
const TALL_VIEWPORTS = 3;
/** Below this many marks a container is painted whole, tall or not (no layout is read for it). */
const MANY_MARKS = 64;

/**
 * Which marks the highlights hold: only those near the viewport. The index keeps every mark (so
 * counts, stepping, the popup's list and "only the first mention" are exact from the start); the
 * highlights get a container's marks when it comes within a viewport of the screen and lose them
 * when it goes further away.
 *
 * Why: Chromium restyles every range of every registered highlight on any change to any of them
 * (about 5 µs a range: adding ten ranges beside 15,000 froze the page for 75 ms, and so did
 * marking the mention a tooltip opens on), and Firefox pays about 10 µs a range added at once. A
 * highlight of the marks near the viewport keeps each change to a few hundred ranges however long
 * the page (see `npm run bench:felt`).
 */
export interface Painter {
  /** The marks of `container` changed (it may have none now): paint those near the viewport. */
  readonly update: (container: Node) => void;
}

/** The element whose box stands for a container: itself, a shadow root's host, a node's parent. */
function boxOf(container: Node): Element | null {
  if (container.nodeType === Node.ELEMENT_NODE) return container as Element;
  if (isShadowRoot(container)) return container.host;
  return container.parentElement;
}

/** From `ahead` viewport heights above the viewport to as far below it, in the viewport's coordinates. */
const band = (ahead: number) => ({ top: -ahead * innerHeight, bottom: (1 + ahead) * innerHeight });

const displayedAsContents = (element: Element) => getComputedStyle(element).display === 'contents';

/** The marks of a tall container that lie within its band around the viewport (they are in text order). */
function nearViewport(marks: readonly MarkedMention[]): MarkedMention[] {
  const { top, bottom } = band(TALL_AHEAD);
  // Two binary searches, for the first mark not above the band and the first below it: a range's
  // box inside one huge text node costs the browser a walk of its lines, so few are asked for.
  const rectOf = (i: number) => liveRange((marks[i] as MarkedMention).range).getBoundingClientRect();
  const from = partitionPoint(marks.length, (i) => rectOf(i).bottom < top);
  return marks.slice(from, from + partitionPoint(marks.length - from, (i) => rectOf(from + i).top <= bottom));
}

export function createPainter(
  index: MentionIndex,
  layer: HighlightLayer,
  isShown: (mark: MarkedMention) => boolean,
  signal: AbortSignal,
): Painter {
  /** The element observed for each container, and the containers each observed element stands for. */
  const boxes = new Map<Node, Element>();
  const standsFor = new Map<Element, Set<Node>>();
  /** Observed elements within a viewport of the screen. */
  const near = new Set<Element>();
  /** Containers too tall to paint whole: painted again as the page scrolls. */
  const tall = new Set<Node>();
  const painted = new Map<Node, Set<MarkedMention>>();

  const wanted = (container: Node): MarkedMention[] => {
    const box = boxes.get(container);
    if (!box || !near.has(box)) return [];
    const marks = index.marksOf(container).filter(isShown);
    if (marks.length < MANY_MARKS || box.getBoundingClientRect().height < TALL_VIEWPORTS * innerHeight) {
      tall.delete(container);
      return marks;
    }
    tall.add(container);
    listenToScroll();
    return nearViewport(marks);
  };

  const sync = (container: Node) => {
    const want = new Set(wanted(container));
    const had = painted.get(container);
    if (had) for (const m of had) if (!want.has(m)) layer.delete(m.range);
    for (const m of want) if (!had?.has(m)) layer.add(m.range, m.mention.sense);
    if (want.size > 0) painted.set(container, want);
    else painted.delete(container);
  };

  // Until the marks reach below the band, a box just observed is judged at once by where it lies
  // (the boxes of one batch together: reads first, then highlight changes, one layout at most), so
  // the marks in view are painted in the task that found them, not a frame or more later when the
  // observer first reports. Past the band, in page order, the observer alone is enough.
  const unreported = new Set<Element>();
  let judging = true;
  const judgeUnreported = () => {
    const { top, bottom } = band(AHEAD);
    const nearNow = [...unreported].filter((box) => {
      const r = box.getBoundingClientRect();
      if (r.top > bottom) judging = false;
      return (r.width || r.height) && r.bottom > top && r.top < bottom;
    });
    unreported.clear();
    for (const box of nearNow) {
      near.add(box);
      for (const c of standsFor.get(box) ?? []) sync(c);
    }
  };

  const observer = new IntersectionObserver(
    (entries) => {
      for (const { target, isIntersecting, boundingClientRect: r } of entries) {
        const containers = standsFor.get(target);
        unreported.delete(target);
        if (!containers) continue;
        if (!isIntersecting && r.width === 0 && r.height === 0 && displayedAsContents(target)) {
          // No box of its own: its text is laid out in the nearest ancestor's that has one.
          let up = target.parentElement;
          while (up && displayedAsContents(up)) up = up.parentElement;
          if (up) for (const c of [...containers]) watch(c, up);
          continue;
        }
        if (isIntersecting) near.add(target);
        else near.delete(target);
        for (const c of containers) sync(c);
      }
    },
    { rootMargin: `${AHEAD * 100}% 0px` },
  );

  const unwatch = (container: Node) => {
    tall.delete(container);
    const box = boxes.get(container);
    if (!box) return;
    boxes.delete(container);
    const containers = standsFor.get(box);
    containers?.delete(container);
    if (containers?.size === 0) {
      standsFor.delete(box);
      near.delete(box);
      unreported.delete(box);
      observer.unobserve(box);
    }
  };
  const watch = (container: Node, box: Element) => {
    unwatch(container);
    boxes.set(container, box);
    const containers = standsFor.get(box);
    if (containers) containers.add(container);
    else {
      standsFor.set(box, new Set([container]));
      observer.observe(box);
      if (judging) {
        if (unreported.size === 0) queueMicrotask(judgeUnreported);
        unreported.add(box);
      }
    }
    // An element observed already is not reported again: paint by what it last said.
    sync(container);
  };

  // Containers of many marks are painted at the next frame, once however many batches came: their
  // marks' boxes are read to paint only those near the screen, and reading them between highlight
  // changes would make the browser restyle and lay out each time. Tall ones again as the page scrolls.
  const due = new Set<Node>();
  let frame = 0;
  let listening = false;
  const paintNextFrame = () => {
    frame ||= requestAnimationFrame(() => {
      frame = 0;
      for (const c of new Set([...due, ...tall])) sync(c);
      due.clear();
    });
  };
  const listenToScroll = () => {
    if (listening) return;
    listening = true;
    const options = { capture: true, passive: true, signal };
    addEventListener('scroll', paintNextFrame, options);
    addEventListener('resize', paintNextFrame, options);
  };

  onAbort(signal, () => {
    observer.disconnect();
    cancelAnimationFrame(frame);
  });

  return {
    update: (container) => {
      const box = boxOf(container);
      if (!index.hasContainer(container)) unwatch(container);
      else if (box && !boxes.has(container)) return watch(container, box);
      if (index.marksOf(container).length < MANY_MARKS) return sync(container);
      due.add(container);
      paintNextFrame();
    },
  };
}
