import { onAbort } from '../src/abort';
import type { Message } from '../src/messages';
import type { Settings } from '../src/settings/schema';
import { isInline } from './dom-rules';
import { createCauseSource } from './causes';
import type { Engine } from './engine';
import { request, sendMessage } from './ext-api';
import { mentionAtPoint } from './hit-test';
import { t } from './i18n';
import type { MarkedMention } from './mention-index';
import { setMentionCommandHandler } from './messaging';
import { createTooltip } from './tooltip/tooltip';

/** Dwell before a hovered mention opens (Wikipedia's page previews use a similar delay). */
export const OPEN_DELAY_MS = 350;
/** Grace before closing once the pointer has left both the mention and the tooltip. */
export const CLOSE_GRACE_MS = 300;
/** A pointer faster than this (px/ms) is passing through, not reading. */
const PASSING_SPEED = 0.5;
/** After a fast move, look under the pointer again this long after it stops. */
const SETTLE_MS = 80;

function openReference(causeId?: string): void {
  const message: Message = causeId === undefined ? { type: 'open-reference' } : { type: 'open-reference', causeId };
  sendMessage(message);
}

/**
 * Hover (with intent delay), click, tap and keyboard access to the tooltip. Every listener and timer
 * is tied to `signal`.
 */
export function startInteraction(engine: Engine, getSettings: () => Settings, signal: AbortSignal): void {
  let current: MarkedMention | null = null;
  /** The mention last asked to open: an answer for any other arrives too late and is dropped. */
  let wanted: MarkedMention | null = null;
  const causesOf = createCauseSource(request);
  const tooltip = createTooltip(
    t,
    { openCause: (id) => openReference(id), openReference: () => openReference() },
    () => {
      current = null;
      wanted = null;
      engine.layer.setActive(null);
    },
  );
  let openTimer: ReturnType<typeof setTimeout> | undefined;
  let closeTimer: ReturnType<typeof setTimeout> | undefined;
  let pending: MarkedMention | undefined;
  const cancelOpen = () => {
    clearTimeout(openTimer);
    openTimer = undefined;
  };
  const cancelClose = () => {
    clearTimeout(closeTimer);
    closeTimer = undefined;
  };
  onAbort(signal, () => {
    cancelOpen();
    cancelClose();
    tooltip.dispose();
  });

  const show = (mark: MarkedMention, focus: boolean) => {
    cancelOpen();
    cancelClose();
    wanted = mark;
    void causesOf(mark).then((answer) => {
      // Superseded, switched off, or the text left the page while the background answered.
      if (wanted !== mark || !answer || signal.aborted || !mark.range.startContainer.isConnected) return;
      current = mark;
      engine.layer.setActive(mark.range);
      const { mention, block } = mark;
      tooltip.open(
        mark.range,
        {
          text: block.text.slice(mention.start, mention.end),
          sense: mention.sense,
          causes: answer.causes,
          fitted: answer.fitted,
          theme: getSettings().theme,
        },
        { focus },
      );
    });
  };
  const hit = (x: number, y: number) => mentionAtPoint(engine.index, x, y, engine.shadowRoots());
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
    if (tooltip.contains(last.target)) {
      cancelClose();
      return;
    }
    const mark = mayHoldMark(last.target) ? hit(last.x, last.y) : undefined;
    if (mark && mark === current) {
      cancelClose();
      return;
    }
    if (!mark) {
      pending = undefined;
      if (openTimer !== undefined) cancelOpen();
      if (current && closeTimer === undefined) closeTimer = setTimeout(() => tooltip.close(), CLOSE_GRACE_MS);
      return;
    }
    if (mark !== pending) {
      pending = mark;
      // Ask for its causes now, so they are here when the dwell ends.
      void causesOf(mark);
      cancelOpen();
      openTimer = setTimeout(() => {
        if (pending === mark) show(mark, false);
      }, OPEN_DELAY_MS);
    }
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
        if (speed > PASSING_SPEED) {
          pending = undefined;
          if (openTimer !== undefined) cancelOpen();
        }
        settleTimer ??= setTimeout(onSettle, SETTLE_MS);
        return;
      }
      lastCheck = e.timeStamp;
      evaluate();
    },
    { passive: true, signal },
  );

  // Click trigger, and taps in any mode (touch has no hover). Events a page makes itself
  // (`isTrusted` false) are ignored throughout: a page cannot open, steer or close the tooltip.
  let lastPointerType = 'mouse';
  document.addEventListener('pointerdown', (e) => e.isTrusted && (lastPointerType = e.pointerType), {
    passive: true,
    capture: true,
    signal,
  });
  document.addEventListener(
    'click',
    (e) => {
      if (!e.isTrusted || tooltip.contains(e.target)) return;
      const byClick = getSettings().trigger === 'click' || lastPointerType === 'touch';
      const mark = byClick ? hit(e.clientX, e.clientY) : undefined;
      if (mark) show(mark, false);
      else if (current) tooltip.close();
    },
    { passive: true, capture: true, signal },
  );

  document.addEventListener(
    'keydown',
    (e) => {
      if (e.key === 'Escape' && e.isTrusted && tooltip.isOpen()) {
        tooltip.close();
        e.stopPropagation();
      }
    },
    { capture: true, signal },
  );

  // The keyboard command and the popup's previous/next.
  const reveal = (mark: MarkedMention) => {
    mark.range.startContainer.parentElement?.scrollIntoView({ block: 'center', inline: 'nearest' });
    // Directly, not in an animation frame: the page may be a background tab (the popup opened as a
    // tab), where frames do not run; placement reads layout, which is up to date after the scroll.
    show(mark, true);
  };
  setMentionCommandHandler((message) => {
    const order = engine.index.inOrder();
    if (order.length === 0) return;
    if (message.type === 'show-mention') {
      const mark = order[Math.min(message.index, order.length - 1)];
      if (mark) reveal(mark);
      return;
    }
    const at = current ? order.indexOf(current) : -1;
    const next =
      at < 0
        ? message.direction === 1
          ? 0
          : order.length - 1
        : (at + message.direction + order.length) % order.length;
    const mark = order[next];
    if (mark) reveal(mark);
  }, signal);
}
