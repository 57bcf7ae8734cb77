import { detect } from './detect';
import { encodeFound } from './found';

/**
 * The background's side of a `detect` message: each text's mentions, as `encodeFound` writes them.
 * (Kept apart from found.ts, which the content script loads: it carries no part of the detector.)
 */
export const detectTexts = (texts: readonly string[]): number[][] => texts.map((t) => encodeFound(detect(t)));
