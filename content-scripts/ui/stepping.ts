import type { Message } from '../../src/messages';
import type { Engine } from '../marks/engine';
import type { MarkedMention } from '../marks/mention-index';
import type { TooltipControl } from './tooltip-control';

/** The popup's "show mention N" and the keyboard commands' next/previous. */
export type MentionCommand = (message: Extract<Message, { type: 'show-mention' | 'step-mention' }>) => void;

/** Scrolls to a mention and opens its tooltip with focus inside, for each command. */
export function stepper(control: TooltipControl, engine: Engine): MentionCommand {
  const reveal = (mark: MarkedMention | undefined) => {
    if (!mark) return;
    mark.range.startContainer.parentElement?.scrollIntoView({ block: 'center', inline: 'nearest' });
    // Directly, not in an animation frame: the page may be a background tab (the popup opened as a
    // tab), where frames do not run; placement reads layout, which is up to date after the scroll.
    control.show(mark, true);
  };
  return (message) => {
    const order = engine.shown();
    const n = order.length;
    if (n === 0) return;
    if (message.type === 'show-mention') return reveal(order[Math.min(message.index, n - 1)]);
    const current = control.current();
    const at = current ? order.indexOf(current) : -1;
    reveal(order[at < 0 ? (message.direction === 1 ? 0 : n - 1) : (at + message.direction + n) % n]);
  };
}
