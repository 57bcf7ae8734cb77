/**
 * A heartbeat in the page: a 4 ms timer whose longest gap between ticks after the load event is
 * the longest freeze the reader could feel, whatever its cause (our script, the page's, style,
 * layout, the browser painting the highlights it was handed). It also notes, at each tick where
 * our mention highlight changed size, how many of its ranges are in the first viewport, and when
 * mark.js says it is done.
 *
 * Inlined into the `<head>` of each page the felt benchmark loads, with or without the extension.
 */
export interface HeartbeatReport {
  /** performance.now() at the load event. */
  readonly loadAt: number;
  readonly longestGapMs: number;
  readonly gapsOver50: number;
  /** [time, ranges in our mention highlight, of them in the first viewport] at each change. */
  readonly changes: readonly (readonly [number, number, number])[];
  /** When mark.js called `done` (-1: not yet, or not on this page). */
  readonly markjsAt: number;
  /** How many text nodes the first viewport shows: mark.js's and ours are counted among these. */
  readonly viewTexts: number;
  readonly now: number;
}

/** The heartbeat script (plain ES2020, no imports: it is inlined as text). */
export const HEARTBEAT_SCRIPT = `(() => {
  const MARK = 'spasm-lens-underline';
  const hb = { loadAt: -1, last: 0, longest: 0, over50: 0, changes: [], markjsAt: -1, view: null };
  let size = 0;
  const inView = (h) => {
    let n = 0;
    if (hb.view) for (const r of h) if (hb.view.has(r.startContainer)) n++;
    return n;
  };
  const tick = () => {
    const now = performance.now();
    if (hb.loadAt >= 0) {
      const gap = now - hb.last;
      if (gap > hb.longest) hb.longest = gap;
      if (gap > 50) hb.over50++;
    }
    hb.last = now;
    const h = CSS.highlights && CSS.highlights.get(MARK);
    const s = h ? h.size : 0;
    if (s !== size) {
      size = s;
      hb.changes.push([now, s, h ? inView(h) : 0]);
    }
    if (hb.markjsAt < 0 && window.markDone !== undefined) hb.markjsAt = now;
  };
  setInterval(tick, 4);
  addEventListener('load', () => {
    // The text nodes in the first viewport, read in document order until one lies below it
    // (the benchmark's pages flow top to bottom).
    const view = new Set();
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    const range = document.createRange();
    for (let t = walker.nextNode(); t; t = walker.nextNode()) {
      if (!t.data.trim()) continue;
      range.selectNodeContents(t);
      const r = range.getBoundingClientRect();
      if (r.top > innerHeight) break;
      if (r.bottom >= 0 && r.height > 0) view.add(t);
    }
    hb.view = view;
    hb.loadAt = performance.now();
    hb.last = hb.loadAt;
  });
  window.__heartbeat = () => ({
    loadAt: hb.loadAt,
    longestGapMs: hb.longest,
    gapsOver50: hb.over50,
    changes: hb.changes,
    markjsAt: hb.markjsAt,
    viewTexts: hb.view ? hb.view.size : 0,
    now: performance.now(),
  });
})();`;

/** Puts the heartbeat first in a page's head (before anything else can run). */
export function withHeartbeat(html: string): string {
  const tag = `<script>${HEARTBEAT_SCRIPT}</script>`;
  return /<head[^>]*>/i.test(html) ? html.replace(/<head[^>]*>/i, (h) => h + tag) : tag + html;
}

/** When the first viewport's marks were all in (ms after load; NaN when none were ever marked). */
export function viewportDoneMs(report: HeartbeatReport): number {
  const final = report.changes.at(-1)?.[2] ?? 0;
  if (final === 0) return NaN;
  const at = report.changes.find(([, , inView]) => inView >= final)?.[0] ?? NaN;
  return at - report.loadAt;
}
