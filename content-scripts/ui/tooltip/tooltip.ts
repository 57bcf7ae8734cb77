import { liveRange } from '../../marks/live-range';
import { createHost, type TooltipHost } from './host';
import { follow } from './place';
import { build, isDark } from './render';
import { ACT_CLOSE } from '../../../src/tooltip/card-view';
import type { View } from '../../../src/tooltip/view';
import type { Theme } from '../../../src/settings/schema';

export interface OpenOptions {
  /** Move focus into the tooltip (keyboard and tap openings); hover leaves focus where it is. */
  readonly focus: boolean;
  /** Shown in the card and said through the live region ("Mention 3 of 7"); '' says nothing. */
  readonly announce: string;
  /** The tooltip's stylesheet (from the background: see dom/tooltip.css). */
  readonly css: string;
  readonly theme: Theme;
}

export interface Tooltip {
  readonly open: (range: AbstractRange, view: View, options: OpenOptions) => void;
  readonly close: () => void;
  readonly isOpen: () => boolean;
  /** Applies a theme to the open card (the setting changed, or the system's scheme did). */
  readonly restyle: (theme: Theme) => void;
  /** True when the event target is inside the tooltip. */
  readonly contains: (target: EventTarget | null) => boolean;
  readonly dispose: () => void;
}

/** What a click on an element of the card with a `data-act` asks for (see src/tooltip/card-view.ts). */
export type Act = (act: string) => void;

export function createTooltip(onAct: Act, onClose: () => void): Tooltip {
  let host: TooltipHost | null = null;
  let card: HTMLElement | null = null;
  let anchor: Node | null = null;
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

  const open = (range: AbstractRange, view: View, options: OpenOptions) => {
    // Read before the card it replaces goes: focus in that card is focus in the tooltip.
    const active = document.activeElement;
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
    const next = build(view) as HTMLElement;
    anchor = range.startContainer;
    next.classList.toggle('dark', isDark(options.theme, anchor));
    const pos = next.querySelector('.pos');
    if (pos) pos.textContent = options.announce;
    next.addEventListener('click', (event) => {
      const act = (event.target as Element).closest('[data-act]')?.getAttribute('data-act');
      if (act === ACT_CLOSE) close();
      else if (act) onAct(act);
    });
    host.root.append(next);
    card = next;
    stopUpdates = follow(liveRange(range), next);
    if (options.focus) {
      // Focus in the card it replaces (a button of it was used) still returns where it came from.
      if (active !== host.element) returnFocus = active instanceof HTMLElement ? active : null;
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
    restyle: (theme) => card?.classList.toggle('dark', isDark(theme, anchor)),
    contains: (target) => host !== null && target === host.element,
    dispose: () => {
      close();
      host?.dispose();
      host = null;
    },
  };
}
