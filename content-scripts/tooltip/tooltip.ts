import { autoUpdate, computePosition, flip, offset, shift, size } from '@floating-ui/dom';
import type { Translate } from '../i18n';
import { createHost, type TooltipHost } from './host';
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

/** A rectangle that follows a (static) range: floating-ui's virtual reference. */
function virtualReference(range: AbstractRange) {
  const live = document.createRange();
  live.setStart(range.startContainer, range.startOffset);
  live.setEnd(range.endContainer, range.endOffset);
  return {
    getBoundingClientRect: () => live.getBoundingClientRect(),
    getClientRects: () => live.getClientRects(),
    contextElement: range.startContainer.parentElement ?? undefined,
  };
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
    const reference = virtualReference(range);
    const place = () => {
      void computePosition(reference, next, {
        strategy: 'fixed',
        placement: 'bottom-start',
        // flip keeps the card off the mention; shift and size keep it inside the viewport.
        middleware: [
          offset(6),
          flip({ padding: 8 }),
          shift({ padding: 8 }),
          size({
            padding: 8,
            apply: ({ availableHeight }) => {
              next.style.maxHeight = `${Math.max(120, availableHeight)}px`;
              next.style.overflowY = 'auto';
            },
          }),
        ],
      }).then(({ x, y }) => {
        next.style.transform = `translate(${Math.round(x)}px, ${Math.round(y)}px)`;
      });
    };
    stopUpdates = autoUpdate(reference, next, place, { animationFrame: false });
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
