import { ask, type MessageOf, type PopupToBackground, type ReplyReaders } from '../api';
import { parseCausesReply, parseOpenedReply, parseTabMentionsReply } from '../messages';

type Asked = 'tab-mentions' | 'step-tab' | 'show-tab-mention' | 'rank-causes';

/** The answers the popup reads, and how each is checked. */
const READERS: ReplyReaders<PopupToBackground, Asked> = {
  'tab-mentions': (value) => parseTabMentionsReply(value),
  'step-tab': (value) => parseOpenedReply(value),
  'show-tab-mention': (value) => parseOpenedReply(value),
  'rank-causes': (value) => parseCausesReply(value),
};

/** The popup's question to the background, answered validated (null: no valid answer). */
export const askFromPopup = <K extends Asked>(
  send: (message: MessageOf<PopupToBackground>) => Promise<unknown>,
  name: K,
  params: PopupToBackground[K]['params'],
): Promise<PopupToBackground[K]['reply'] | null> => ask(READERS, send, name, params);
