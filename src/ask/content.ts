import { ask, type ContentToBackground, type MessageOf, type ReplyReaders } from '../api';
import { parseDetectReply } from '../detect-protocol';
import { parseCardReply } from '../messages';

type Asked = 'tooltip-card' | 'tooltip-act' | 'detect';

/** The answers a content script reads, and how each is checked. */
const READERS: ReplyReaders<ContentToBackground, Asked> = {
  'tooltip-card': (value) => parseCardReply(value),
  'tooltip-act': (value) => parseCardReply(value),
  detect: (value, { texts, pieces }) => parseDetectReply(value, texts, pieces),
};

export type SendToBackground = (message: MessageOf<ContentToBackground>) => Promise<unknown>;

/** A content script's question to the background, answered validated (null: no valid answer). */
export const askBackground = <K extends Asked>(
  send: SendToBackground,
  name: K,
  params: ContentToBackground[K]['params'],
): Promise<ContentToBackground[K]['reply'] | null> => ask(READERS, send, name, params);
