import { parseDetectReply } from '../../src/messages';
import { request } from './ext-api';
import type { Detector } from '../marks/scanner';

/**
 * The detector, asked in the background: the page's main thread only walks its text and marks
 * what comes back. A missing or malformed answer is null (nothing is marked from it).
 */
export const remoteDetector: Detector = async (texts) =>
  parseDetectReply(await request({ type: 'detect', texts }), texts);
