import { askBackground, type SendToBackground } from '../../src/ask/content';
import type { Detector } from '../marks/detect-batch';

/**
 * The detector, asked in the background: the page's main thread only walks its text and marks
 * what comes back. `send` resolves with the reply, or undefined when nothing answered. A service
 * worker stopped while it held the question answers nothing: the question is asked once more while
 * the extension is there (`alive`). A missing or malformed answer is null (nothing is marked from it).
 */
export function backgroundDetector(send: SendToBackground, alive: () => boolean): Detector {
  const sendAgainIfLost: SendToBackground = async (message) => {
    const reply = await send(message);
    return reply === undefined && alive() ? send(message) : reply;
  };
  return (texts, pieces) => askBackground(sendAgainIfLost, 'detect', pieces ? { texts, pieces } : { texts });
}
