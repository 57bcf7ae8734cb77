/**
 * Where the tooltip goes: below the mention, or above it when it fits only there (flip); slid
 * sideways to stay inside the viewport (shift). When it fits whole on neither side, it takes the
 * side with more room, as tall as that room, its head in view and its body scrolling inside (size);
 * and where both sides are too short for that (a phone held sideways), it goes over the mention,
 * whole, at the edge of the viewport away from it. Moved again when the page scrolls or resizes.
 * This is the part of @floating-ui/dom the tooltip used, written for this one case in a few hundred
 * bytes: the content script runs on every page.
 */
export interface Rect {
  readonly left: number;
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
}

export interface Placement {
  readonly x: number;
  readonly y: number;
  readonly maxHeight: number;
  readonly side: 'below' | 'above' | 'over';
}

/** Distance from the mention, and the margin kept from the viewport's edges. */
const GAP = 6;
const MARGIN = 8;
/** The least room beside the mention worth a card: its head, a cause or two and its foot. */
const MIN_ROOM = 160;

/** Pure geometry: the reference box, the card's natural size and the viewport. */
export function computePlacement(
  ref: Rect,
  width: number,
  height: number,
  viewport: { width: number; height: number },
  kept?: Placement['side'],
): Placement {
  const below = viewport.height - ref.bottom - GAP - MARGIN;
  const above = ref.top - GAP - MARGIN;
  const whole = Math.max(0, viewport.height - 2 * MARGIN);
  // Below when it fits there, else above; a side it already has and still fits on is kept, so the
  // card does not jump across its mention while the page scrolls.
  const side =
    kept === 'above' && height <= above
      ? kept
      : height <= below
        ? 'below'
        : height <= above
          ? 'above'
          : Math.max(below, above) < MIN_ROOM
            ? 'over'
            : below >= above
              ? 'below'
              : 'above';
  const room = side === 'below' ? below : side === 'above' ? above : whole;
  const h = Math.min(height, room);
  // Over the mention: against the edge farther from it, so the most of its line stays in view.
  const y =
    side === 'below'
      ? ref.bottom + GAP
      : side === 'above'
        ? ref.top - GAP - h
        : ref.top + ref.bottom > viewport.height
          ? MARGIN
          : viewport.height - MARGIN - h;
  const x = Math.min(Math.max(MARGIN, ref.left), Math.max(MARGIN, viewport.width - MARGIN - width));
  return { x: Math.round(x), y: Math.round(y), maxHeight: Math.floor(room), side };
}

/** The box of a range: its first line box when it wraps, so the card sits against the words. */
function referenceRect(range: Range): Rect | null {
  const rects = range.getClientRects();
  const first = rects[0];
  if (!first) return null;
  const last = rects[rects.length - 1] ?? first;
  return { left: first.left, top: first.top, right: Math.max(first.right, last.right), bottom: last.bottom };
}

/**
 * Places `card` against `range` now and whenever the page scrolls (in any scroll container) or the
 * viewport changes, at most once per frame. Returns the function that stops following.
 */
export function follow(range: Range, card: HTMLElement): () => void {
  let frame = 0;
  let side: Placement['side'] | undefined;
  const update = () => {
    frame = 0;
    const ref = referenceRect(range);
    if (!ref) return;
    card.style.maxHeight = '';
    const { width, height } = card.getBoundingClientRect();
    const viewport = { width: document.documentElement.clientWidth, height: window.innerHeight };
    const p = computePlacement(ref, width, height, viewport, side);
    side = p.side;
    card.style.maxHeight = `${p.maxHeight}px`;
    // left/top, not transform: the appear animation animates transform and would override it.
    card.style.left = `${p.x}px`;
    card.style.top = `${p.y}px`;
  };
  const schedule = () => {
    if (frame === 0) frame = requestAnimationFrame(update);
  };
  const controller = new AbortController();
  const options = { capture: true, passive: true, signal: controller.signal };
  window.addEventListener('scroll', schedule, options);
  window.addEventListener('resize', schedule, options);
  update();
  return () => {
    controller.abort();
    cancelAnimationFrame(frame);
  };
}
