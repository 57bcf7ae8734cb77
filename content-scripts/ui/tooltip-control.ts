import { onAbort } from '../../src/abort';
import { ACT_CAUSE, ACT_MORE } from '../../src/tooltip/card-view';
import type { Settings } from '../../src/settings/schema';
import type { Engine } from '../marks/engine';
import type { MarkedMention } from '../marks/mention-index';
import type { ExtensionPort } from './extension-port';
import { askBackground } from '../../src/ask/content';
import { createCardSource } from './cause-requests';
import { mentionAtPoint } from './hit-test';
import { CLOSE_GRACE_MS, OPEN_DELAY_MS } from './timing';
import { DARK_SCHEME } from './tooltip/render';
import { createTooltip } from './tooltip/tooltip';

/** The tooltip and the state around it, as hover intent, clicks and stepping drive it. */
export interface TooltipControl {
  /**
   * Opens the tooltip on `mark` once its causes are in; `focus` moves focus into it; `announce` is
   * said through its live region.
   */
  readonly show: (mark: MarkedMention, focus: boolean, announce?: string) => void;
  /** Opens `mark` after the dwell, unless something else is asked for first. */
  readonly openSoon: (mark: MarkedMention) => void;
  /** Forgets a pending open (`closing`: and closes after the grace period, unless the pointer comes back). */
  readonly cancelOpen: (closing?: boolean) => void;
  /** Keeps the open tooltip open (the pointer is on it or on its mention). */
  readonly stay: () => void;
  readonly close: () => void;
  /** The mention whose tooltip is open. */
  readonly current: () => MarkedMention | null;
  /** When it opened (ms since the epoch): the tab-wide steps go on from the frame opened last. */
  readonly since: () => number;
  readonly contains: (target: EventTarget | null) => boolean;
  readonly restyle: () => void;
  /** The mention under a point, if any. */
  readonly hit: (x: number, y: number) => MarkedMention | undefined;
}

export function createTooltipControl(
  engine: Engine,
  getSettings: () => Settings,
  signal: AbortSignal,
  { request, send }: ExtensionPort,
): TooltipControl {
  let current: MarkedMention | null = null;
  let since = 0;
  /** The mention last asked to open: an answer for any other arrives too late and is dropped. */
  let wanted: MarkedMention | null = null;
  let pending: MarkedMention | undefined;
  let openTimer: ReturnType<typeof setTimeout> | undefined;
  let closeTimer: ReturnType<typeof setTimeout> | undefined;
  const cardOf = createCardSource(request);
  /**
   * What the card's buttons ask for: the full reference (at a cause when one is named), or, for the
   * others ("Not a muscle cramp here", "Undo"), the background, whose answer takes the card's place.
   */
  const onAct = (act: string) => {
    const causeId = act.startsWith(ACT_CAUSE) ? act.slice(ACT_CAUSE.length) : undefined;
    const mark = current;
    if (act === ACT_MORE) send({ type: 'open-reference' });
    else if (causeId) send({ type: 'open-reference', causeId });
    else if (mark) {
      const mention = mark.block.text.slice(mark.mention.start, mark.mention.end);
      void askBackground(request, 'tooltip-act', { act, mention }).then((reply) => {
        if (!reply || current !== mark || signal.aborted) return;
        const { view, say = '', css, closeAfter } = reply;
        tooltip.open(mark.range, view, { focus: true, announce: say, css, theme: getSettings().theme });
        if (closeAfter) setTimeout(() => current === mark && tooltip.close(), closeAfter);
      });
    }
  };
  const tooltip = createTooltip(onAct, () => {
    current = null;
    wanted = null;
    engine.layer.setActive(null);
  });
  const stopOpenTimer = () => {
    clearTimeout(openTimer);
    openTimer = undefined;
  };
  const cancelOpen = (closing?: boolean) => {
    pending = undefined;
    stopOpenTimer();
    if (closing && current && closeTimer === undefined) closeTimer = setTimeout(() => tooltip.close(), CLOSE_GRACE_MS);
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
  // "auto" follows the system while the tooltip is open, too (the settings' theme: see main.ts).
  const restyle = () => tooltip.restyle(getSettings().theme);
  if (typeof matchMedia === 'function') matchMedia(DARK_SCHEME).addEventListener('change', restyle, { signal });

  const show = (mark: MarkedMention, focus: boolean, announce = '') => {
    // `pending` stays: a pointer resting on this mention while its causes arrive asks nothing new.
    stopOpenTimer();
    cancelClose();
    wanted = mark;
    void cardOf(mark).then((answer) => {
      // Superseded, switched off, or the text left the page while the background answered.
      if (wanted !== mark || !answer || signal.aborted || !mark.range.startContainer.isConnected) return;
      current = mark;
      since = Date.now();
      engine.layer.setActive(mark.range);
      tooltip.open(mark.range, answer.view, { focus, announce, css: answer.css, theme: getSettings().theme });
    });
  };

  return {
    show,
    openSoon: (mark) => {
      if (mark === pending) return;
      stopOpenTimer();
      pending = mark;
      // Ask for its causes now, so they are here when the dwell ends.
      void cardOf(mark);
      openTimer = setTimeout(() => pending === mark && show(mark, false), OPEN_DELAY_MS);
    },
    cancelOpen,
    stay: cancelClose,
    close: () => tooltip.close(),
    current: () => current,
    since: () => since,
    restyle,
    contains: tooltip.contains,
    // Only a shown mention answers (with "only the first mention", the others are not marked).
    hit: (x, y) => {
      const mark = mentionAtPoint(engine.index, x, y, engine.shadowRoots());
      return mark && engine.isShown(mark) ? mark : undefined;
    },
  };
}
