import type { Translate } from '../extension-port';
import { liveRange } from '../../marks/live-range';
import { createHost, type TooltipHost } from './host';
import { follow } from './place';
import { isDark, renderCard, type CardActions, type CardContent } from './render';
import type { Theme } from '../../../src/settings/schema';

export interface OpenOptions {
  /** Move focus into the tooltip (keyboard and tap openings); hover leaves focus where it is. */
  readonly focus: boolean;
  /** Said through the live region once the tooltip is open ("Mention 3 of 7"); '' says nothing. */
  readonly announce: string;
  /** The tooltip's stylesheet (from the background: see dom/tooltip.css). */
  readonly css: string;
}

export interface Tooltip {
  readonly open: (range: AbstractRange, content: CardContent, options: OpenOptions) => void;
  readonly close: () => void;
  readonly isOpen: () => boolean;
  /** Applies a theme to the open card (the setting changed, or the system's scheme did). */
  readonly restyle: (theme: Theme) => void;
  /** True when the event target is inside the tooltip. */
  readonly contains: (target: EventTarget | null) => boolean;
  readonly dispose: () => void;
}

export function createTooltip(t: Translate, actions: Omit<CardActions, 'close'>, onClose: () => void): Tooltip {
  let host: TooltipHost | null = null;
  let card: HTMLElement | null = null;
  let stopUpdates: (() => void) | null = null;
  let returnFocus: HTMLElement | null = null;
  /** A polite live region beside the card, kept across openings so that a change to it is announced. */
  let status: HTMLElement | null = null;

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
    if (!host) {
      host = createHost(options.css);
      status = document.createElement('p');
      status.setAttribute('role', 'status');
      status.className = 'sr';
      host.root.append(status);
    }
    host.setStyle(options.css);
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
    if (status) {
      const region = status;
      region.textContent = '';
      // Filled a moment after the card appears, so screen readers hear it as a change.
      if (options.announce) setTimeout(() => (region.textContent = options.announce), 50);
    }
  };

  return {
    open,
    close,
    isOpen: () => card !== null,
    restyle: (theme) => card?.classList.toggle('dark', isDark(theme)),
    contains: (target) => host !== null && target === host.element,
    dispose: () => {
      close();
      host?.dispose();
      host = null;
    },
  };
}
