/**
 * Where the tooltip goes: below the mention, or above it when there is more room there (flip);
 * slid sideways to stay inside the viewport (shift); never taller than the room it has (size); and
 * moved again when the page scrolls or resizes. This is the part of @floating-ui/dom the tooltip
 * used, written for this one case in a few hundred bytes: the content script runs on every page,
 * and the library alone took 18 KB of its 40 KB budget.
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
  readonly side: 'below' | 'above';
}

/** Distance from the mention, and the margin kept from the viewport's edges. */
const GAP = 6;
const MARGIN = 8;
const MIN_HEIGHT = 120;

/** Pure geometry: the reference box, the card's natural size and the viewport. */
export function computePlacement(
  ref: Rect,
  width: number,
  height: number,
  viewport: { width: number; height: number },
): Placement {
  const below = viewport.height - ref.bottom - GAP - MARGIN;
  const above = ref.top - GAP - MARGIN;
  const side = height <= below || below >= above ? 'below' : 'above';
  const room = Math.max(MIN_HEIGHT, side === 'below' ? below : above);
  const h = Math.min(height, room);
  const y = side === 'below' ? ref.bottom + GAP : ref.top - GAP - h;
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
  const update = () => {
    frame = 0;
    const ref = referenceRect(range);
    if (!ref) return;
    card.style.maxHeight = '';
    const { width, height } = card.getBoundingClientRect();
    const viewport = { width: document.documentElement.clientWidth, height: window.innerHeight };
    const p = computePlacement(ref, width, height, viewport);
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
