import { parseDetectReply, type Message } from '../../src/messages';
import type { Detector } from '../marks/detect-batch';

/**
 * The detector, asked in the background: the page's main thread only walks its text and marks
 * what comes back. `send` resolves with the reply, or undefined when nothing answered. A service
 * worker stopped while it held the question answers nothing: the question is asked once more while
 * the extension is there (`alive`). A missing or malformed answer is null (nothing is marked from it).
 */
export function backgroundDetector(send: (message: Message) => Promise<unknown>, alive: () => boolean): Detector {
  return async (texts) => {
    const message: Message = { type: 'detect', texts };
    let reply = await send(message);
    if (reply === undefined && alive()) reply = await send(message);
    return parseDetectReply(reply, texts);
  };
}
