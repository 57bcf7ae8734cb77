import { ask, type BackgroundToTab, type MessageOf, type ReplyReaders } from '../api';
import { parseCountReply, parseMentionsReply } from '../messages';

type Asked = 'get-count' | 'get-mentions';

/** The answers the background reads from a frame, and how each is checked. */
const READERS: ReplyReaders<BackgroundToTab, Asked> = {
  'get-count': (value) => parseCountReply(value),
  'get-mentions': (value) => parseMentionsReply(value),
};

/** The background's question to one frame, answered validated (null: no valid answer, or no frame). */
export const askFrame = <K extends Asked>(
  send: (message: MessageOf<BackgroundToTab>) => Promise<unknown>,
  name: K,
): Promise<BackgroundToTab[K]['reply'] | null> => ask(READERS, send, name, {});
