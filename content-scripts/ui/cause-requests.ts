import { askBackground, type SendToBackground } from '../../src/ask/content';
import type { CardReply, CardRequest } from '../../src/messages';
import { CONTEXT_WINDOW, MAX_TITLE } from '../../src/ranking/limits';
import type { MarkedMention } from '../marks/mention-index';
import { textBefore } from './surrounding-text';

export type CardSource = (mark: MarkedMention) => Promise<CardReply | null>;

/**
 * What the background ranks causes from: the text around a mention, its block's text and, where
 * the block is short, the page's text before it (a list item's lead-in).
 */
export function cardRequestFor(mark: MarkedMention, title: string): CardRequest {
  const { text, container } = mark.block;
  const { start, end } = mark.mention;
  const room = CONTEXT_WINDOW - start;
  return {
    before: ((room > 0 ? textBefore(container, room) : '') + text.slice(0, start)).slice(-CONTEXT_WINDOW),
    mention: text.slice(start, end),
    after: text.slice(end, end + CONTEXT_WINDOW),
    // Only what the background reads of it: a page may have a title of megabytes.
    title: title.slice(0, MAX_TITLE),
    sense: mark.mention.sense,
  };
}

/**
 * The tooltip's card for a mention, from the background (where the ranking, the reference and the
 * card's wording live, so the content script every page loads stays small). Asked once per mention
 * and kept while the mention exists; a failed or malformed answer resolves to null and is asked
 * again next time.
 */
export function createCardSource(send: SendToBackground): CardSource {
  const asked = new WeakMap<MarkedMention, Promise<CardReply | null>>();
  return (mark) => {
    let answer = asked.get(mark);
    if (!answer) {
      answer = askBackground(send, 'tooltip-card', cardRequestFor(mark, document.title)).then((reply) => {
        if (!reply) asked.delete(mark);
        return reply;
      });
      asked.set(mark, answer);
    }
    return answer;
  };
}
