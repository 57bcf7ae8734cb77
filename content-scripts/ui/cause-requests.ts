import { parseCausesReply, type CausesReply, type Message } from '../../src/messages';
import { CONTEXT_WINDOW, MAX_TITLE } from '../../src/ranking/limits';
import type { MarkedMention } from '../marks/mention-index';

export type CauseSource = (mark: MarkedMention) => Promise<CausesReply | null>;

/** The message asking the background to rank causes from the text around a mention. */
export function causesRequestFor(mark: MarkedMention, title: string): Message {
  const { text } = mark.block;
  const { start, end } = mark.mention;
  return {
    type: 'rank-causes',
    before: text.slice(Math.max(0, start - CONTEXT_WINDOW), start),
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
export function createCauseSource(send: (message: Message) => Promise<unknown>): CauseSource {
  const asked = new WeakMap<MarkedMention, Promise<CausesReply | null>>();
  return (mark) => {
    // A menstrual cramp or a bronchospasm never gets the muscle causes: nothing to ask for.
    if (mark.mention.sense !== 'muscle') return Promise.resolve(NONE);
    let answer = asked.get(mark);
    if (!answer) {
      answer = send(causesRequestFor(mark, document.title)).then((reply) => {
        const parsed = parseCausesReply(reply);
        if (!parsed) asked.delete(mark);
        return parsed;
      });
      asked.set(mark, answer);
    }
    return answer;
  };
}
