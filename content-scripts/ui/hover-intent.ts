import { onAbort } from '../../src/abort';
import type { Settings } from '../../src/settings/schema';
import type { Engine } from '../marks/engine';
import { isInline } from '../scan/dom-rules';
import { LONG_PRESS_MS } from './timing';
import type { TooltipControl } from './tooltip-control';

/** A pointer faster than this (px/ms) is passing through, not reading. */
const PASSING_SPEED = 0.5;
/** After a fast move, look under the pointer again this long after it stops. */
const SETTLE_MS = 80;

/**
 * Pointer, click, tap and Escape: when the tooltip opens and closes. Events a page makes itself
 * (`isTrusted` false) are ignored throughout: a page cannot open, steer or close the tooltip.
 */
export function listenForIntent(
  control: TooltipControl,
  engine: Engine,
  getSettings: () => Settings,
  signal: AbortSignal,
): void {
  /**
   * Whether the element under the pointer can hold a mark at all: its block container has marks,
   * or it hosts a shadow root (events from inside are retargeted to the host). Most pointer moves
   * are over other elements, and this spares them the caret hit-test.
   */
  const mayHoldMark = (target: EventTarget | null): boolean => {
    if (!(target instanceof Element)) return false;
    if (target.shadowRoot) return true;
    let el: Element | null = target;
    while (el && isInline(el)) el = el.parentElement;
    return el !== null && engine.index.hasContainer(el);
  };

  // Pointer. Timers and animation-frame requests are not free when called from an extension's
  // world (tens of µs each, measured), so the handler arms at most one timer at a time, and
  // hit-tests only when the pointer moves slowly (at most every 16 ms) or comes to rest.
  let last = { x: 0, y: 0, time: 0, target: null as EventTarget | null };
  let lastCheck = -Infinity;
  let settleTimer: ReturnType<typeof setTimeout> | undefined;
  onAbort(signal, () => clearTimeout(settleTimer));
  const evaluate = () => {
    if (getSettings().trigger !== 'hover') return;
    if (control.contains(last.target)) return control.stay();
    const mark = mayHoldMark(last.target) ? control.hit(last.x, last.y) : undefined;
    if (mark && mark === control.current()) return control.stay();
    if (mark) return control.openSoon(mark);
    control.cancelOpen(true);
  };
  const onSettle = () => {
    settleTimer = undefined;
    const quiet = performance.now() - last.time;
    if (quiet < SETTLE_MS) settleTimer = setTimeout(onSettle, SETTLE_MS - quiet);
    else {
      lastCheck = performance.now();
      evaluate();
    }
  };
  document.addEventListener(
    'pointermove',
    (e) => {
      if (e.pointerType === 'touch' || !e.isTrusted) return;
      const speed = Math.hypot(e.clientX - last.x, e.clientY - last.y) / Math.max(1, e.timeStamp - last.time);
      last = { x: e.clientX, y: e.clientY, time: e.timeStamp, target: e.target };
      if (speed > PASSING_SPEED || e.timeStamp - lastCheck < 16) {
        // Passing through (it would not open anyway), or checked a moment ago: look again at rest.
        if (speed > PASSING_SPEED) control.cancelOpen();
        settleTimer ??= setTimeout(onSettle, SETTLE_MS);
        return;
      }
      lastCheck = e.timeStamp;
      evaluate();
    },
    { passive: true, signal },
  );

  // Click trigger, and taps in any mode (touch has no hover). Links stay links: a click with a
  // modifier or another button (a new tab, a download) is the page's, and so is a tap on a marked
  // link; a long press on one opens its tooltip instead of the browser's menu.
  let lastPointerType = 'mouse';
  let pressTimer: ReturnType<typeof setTimeout> | undefined;
  let pressed = false;
  const inLink = (target: EventTarget | null) => target instanceof Element && target.closest('a[href],area[href]');
  onAbort(signal, () => clearTimeout(pressTimer));
  const release = () => clearTimeout(pressTimer);
  document.addEventListener(
    'pointerdown',
    (e) => {
      if (!e.isTrusted) return;
      lastPointerType = e.pointerType;
      pressed = false;
      release();
      const mark = e.pointerType === 'touch' && inLink(e.target) ? control.hit(e.clientX, e.clientY) : undefined;
      if (mark) pressTimer = setTimeout(() => ((pressed = true), control.show(mark, true)), LONG_PRESS_MS);
    },
    { passive: true, capture: true, signal },
  );
  for (const type of ['pointerup', 'pointercancel'] as const)
    document.addEventListener(type, release, { passive: true, capture: true, signal });
  document.addEventListener(
    'contextmenu',
    (e) => {
      if (pressed && e.isTrusted) e.preventDefault();
    },
    { capture: true, signal },
  );
  document.addEventListener(
    'click',
    (e) => {
      if (!e.isTrusted || control.contains(e.target) || e.button || e.ctrlKey || e.metaKey || e.shiftKey || e.altKey)
        return;
      // The click that ends a long press: the tooltip is open, the link is not followed.
      if (pressed) return void e.preventDefault();
      const touch = lastPointerType === 'touch';
      const mark = getSettings().trigger === 'click' || touch ? control.hit(e.clientX, e.clientY) : undefined;
      if (!mark) {
        if (control.current()) control.close();
        return;
      }
      // A mark inside a link: by mouse, the first click opens the tooltip and stays on the page, and
      // a click on the mark whose tooltip is open follows the link as usual; a tap follows it.
      const link = inLink(e.target);
      if (link && (touch || mark === control.current())) return;
      if (link) e.preventDefault();
      control.show(mark, false);
    },
    { capture: true, signal },
  );

  document.addEventListener(
    'keydown',
    (e) => {
      if (e.key === 'Escape' && e.isTrusted && control.current()) {
        control.close();
        e.stopPropagation();
      }
    },
    { capture: true, signal },
  );
}
