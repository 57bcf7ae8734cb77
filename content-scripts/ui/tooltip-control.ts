import { onAbort } from '../../src/abort';
import type { Message } from '../../src/messages';
import type { Settings } from '../../src/settings/schema';
import type { Engine } from '../marks/engine';
import type { MarkedMention } from '../marks/mention-index';
import { request, sendMessage } from '../runtime/ext-api';
import { t } from '../runtime/i18n';
import { createCauseSource } from './cause-requests';
import { mentionAtPoint } from './hit-test';
import { CLOSE_GRACE_MS, OPEN_DELAY_MS } from './timing';
import { createTooltip } from './tooltip/tooltip';

/** The tooltip and the state around it, as hover intent, clicks and stepping drive it. */
export interface TooltipControl {
  /** Opens the tooltip on `mark` once its causes are in; `focus` moves focus into it. */
  readonly show: (mark: MarkedMention, focus: boolean) => void;
  /** Opens `mark` after the dwell, unless something else is asked for first. */
  readonly openSoon: (mark: MarkedMention) => void;
  /** Forgets a pending open (`closing`: and closes after the grace period, unless the pointer comes back). */
  readonly cancelOpen: (closing?: boolean) => void;
  /** Keeps the open tooltip open (the pointer is on it or on its mention). */
  readonly stay: () => void;
  readonly close: () => void;
  /** The mention whose tooltip is open. */
  readonly current: () => MarkedMention | null;
  readonly contains: (target: EventTarget | null) => boolean;
  /** The mention under a point, if any. */
  readonly hit: (x: number, y: number) => MarkedMention | undefined;
}

function openReference(causeId?: string): void {
  const message: Message = causeId === undefined ? { type: 'open-reference' } : { type: 'open-reference', causeId };
  sendMessage(message);
}

export function createTooltipControl(engine: Engine, getSettings: () => Settings, signal: AbortSignal): TooltipControl {
  let current: MarkedMention | null = null;
  /** The mention last asked to open: an answer for any other arrives too late and is dropped. */
  let wanted: MarkedMention | null = null;
  let pending: MarkedMention | undefined;
  let openTimer: ReturnType<typeof setTimeout> | undefined;
  let closeTimer: ReturnType<typeof setTimeout> | undefined;
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

  const show = (mark: MarkedMention, focus: boolean) => {
    // `pending` stays: a pointer resting on this mention while its causes arrive asks nothing new.
    stopOpenTimer();
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

  return {
    show,
    openSoon: (mark) => {
      if (mark === pending) return;
      stopOpenTimer();
      pending = mark;
      // Ask for its causes now, so they are here when the dwell ends.
      void causesOf(mark);
      openTimer = setTimeout(() => pending === mark && show(mark, false), OPEN_DELAY_MS);
    },
    cancelOpen,
    stay: cancelClose,
    close: () => tooltip.close(),
    current: () => current,
    contains: tooltip.contains,
    // Only a shown mention answers (with "only the first mention", the others are not marked).
    hit: (x, y) => {
      const mark = mentionAtPoint(engine.index, x, y, engine.shadowRoots());
      return mark && engine.isShown(mark) ? mark : undefined;
    },
  };
}
