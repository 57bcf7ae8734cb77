/**
 * Limits shared by the content script (which cuts the text around a mention) and the background
 * (which ranks it). Kept apart from `rank.ts` so the content script imports the numbers without the
 * causes.
 */

/** Characters either side of the mention that count as "nearby". */
export const CONTEXT_WINDOW = 600;
/** Characters of the page title sent with a ranking request (the background cuts to the same). */
export const MAX_TITLE = 300;
/** How many causes the tooltip lists: enough to be useful, few enough to read at a glance. */
export const TOOLTIP_CAUSES = 4;
/** How many of a cause's cue words the tooltip names ("marathon, sweating"). */
export const TOOLTIP_CUES = 2;
