import { askBackground, type SendToBackground } from '../../src/ask/content';
import type { CausesReply, CausesRequest } from '../../src/messages';
import { CONTEXT_WINDOW, MAX_TITLE } from '../../src/ranking/limits';
import type { MarkedMention } from '../marks/mention-index';
import { textBefore } from './surrounding-text';

export type CauseSource = (mark: MarkedMention) => Promise<CausesReply | null>;

/**
 * What the background ranks causes from: the text around a mention, its block's text and, where
 * the block is short, the page's text before it (a list item's lead-in).
 */
export function causesRequestFor(mark: MarkedMention, title: string): CausesRequest {
  const { text, container } = mark.block;
  const { start, end } = mark.mention;
  const room = CONTEXT_WINDOW - start;
  return {
    before: ((room > 0 ? textBefore(container, room) : '') + text.slice(0, start)).slice(-CONTEXT_WINDOW),
    mention: text.slice(start, end),
    after: text.slice(end, end + CONTEXT_WINDOW),
    // Only what the background reads of it: a page may have a title of megabytes.
    title: title.slice(0, MAX_TITLE),
  };
}

/** What an other-medical mention shows: no skeletal-muscle causes at all. */
const NONE: CausesReply = { type: 'causes', causes: [], fitted: false };

/**
 * The causes for a mention, from the background (where the ranking and the reference live, so the
 * content script every page loads stays small). Asked once per mention and kept while the mention
 * exists; a failed or malformed answer resolves to null and is asked again next time.
 */
export function createCauseSource(send: SendToBackground): CauseSource {
  const asked = new WeakMap<MarkedMention, Promise<CausesReply | null>>();
  return (mark) => {
    // A menstrual cramp or a bronchospasm never gets the muscle causes: nothing to ask for.
    if (mark.mention.sense !== 'muscle') return Promise.resolve(NONE);
    let answer = asked.get(mark);
    if (!answer) {
      answer = askBackground(send, 'rank-causes', causesRequestFor(mark, document.title)).then((reply) => {
        if (!reply) asked.delete(mark);
        return reply;
      });
      asked.set(mark, answer);
    }
    return answer;
  };
}

/**
 * The tooltip's stylesheet, asked of the background once (again after a failed or malformed
 * answer). It stays out of the script every page loads: most pages never open a tooltip.
 */
export function createStyleSource(send: SendToBackground): () => Promise<string | null> {
  let asked: Promise<string | null> | null = null;
  return () =>
    (asked ??= askBackground(send, 'tooltip-style', {}).then((reply) => {
      const css = reply?.css ?? null;
      if (css === null) asked = null;
      return css;
    }));
}
