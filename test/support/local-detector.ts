import type { Detector } from '../../content-scripts/marks/detect-batch';
import { detectTexts } from '../../src/matching/detect-texts';
import { parseDetectReply } from '../../src/detect-protocol';

/**
 * The detector as the background runs it, called in place: the same reply, read back through the
 * same checks as the content script's (content-scripts/runtime/background-detector.ts).
 */
export const localDetector: Detector = (texts, pieces) =>
  Promise.resolve(parseDetectReply({ type: 'detected', found: detectTexts(texts, pieces) }, texts, pieces));
