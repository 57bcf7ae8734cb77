import type { Translate } from '../../runtime/i18n';
import { liveRange } from '../../marks/live-range';
import { createHost, type TooltipHost } from './host';
import { follow } from './place';
import { renderCard, type CardActions, type CardContent } from './render';

export interface OpenOptions {
  /** Move focus into the tooltip (keyboard and tap openings); hover leaves focus where it is. */
  readonly focus: boolean;
}

export interface Tooltip {
  readonly open: (range: AbstractRange, content: CardContent, options: OpenOptions) => void;
  readonly close: () => void;
  readonly isOpen: () => boolean;
  /** True when the event target is inside the tooltip. */
  readonly contains: (target: EventTarget | null) => boolean;
  readonly dispose: () => void;
}

export function createTooltip(t: Translate, actions: Omit<CardActions, 'close'>, onClose: () => void): Tooltip {
  let host: TooltipHost | null = null;
  let card: HTMLElement | null = null;
  let stopUpdates: (() => void) | null = null;
  let returnFocus: HTMLElement | null = null;

  const close = () => {
    if (!card) return;
    stopUpdates?.();
    stopUpdates = null;
    card.remove();
    card = null;
    if (returnFocus?.isConnected) returnFocus.focus({ preventScroll: true });
    returnFocus = null;
    onClose();
  };

  const open = (range: AbstractRange, content: CardContent, options: OpenOptions) => {
    if (card) {
      stopUpdates?.();
      card.remove();
    }
    host ??= createHost();
    host.attach();
    const next = renderCard(content, t, { ...actions, close });
    next.style.position = 'fixed';
    next.style.top = '0';
    next.style.left = '0';
    host.root.append(next);
    card = next;
    next.style.overflowY = 'auto';
    stopUpdates = follow(liveRange(range), next);
    if (options.focus) {
      const active = document.activeElement;
      returnFocus = active instanceof HTMLElement ? active : null;
      next.focus({ preventScroll: true });
    }
  };

  return {
    open,
    close,
    isOpen: () => card !== null,
    contains: (target) => host !== null && target === host.element,
    dispose: () => {
      close();
      host?.dispose();
      host = null;
    },
  };
}
