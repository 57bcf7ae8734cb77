import type { Message } from '../../src/messages';
import type { Engine } from '../marks/engine';
import type { TooltipControl } from './tooltip-control';

/** The popup's list and ‹ ›, and the keyboard commands (the background works out which frame and which mention). */
export type ShowMention = Extract<Message, { type: 'show-mention' }>;

/**
 * Scrolls to this frame's shown mention `index` and opens its tooltip with focus inside; a step
 * over the tab also shows where it is ("Mention 3 of 7", worded by the background) in the tooltip
 * and says it through the tooltip's live region.
 */
export function revealer(control: TooltipControl, engine: Engine): (message: ShowMention) => void {
  return ({ index, where = '' }) => {
    const mark = engine.shown()[index];
    if (!mark) return;
    mark.range.startContainer.parentElement?.scrollIntoView({ block: 'center', inline: 'nearest' });
    // Directly, not in an animation frame: the page may be a background tab (the popup opened as a
    // tab), where frames do not run; placement reads layout, which is up to date after the scroll.
    control.show(mark, true, where);
  };
}
