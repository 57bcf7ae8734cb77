/** Hover intent timing, shared with the end-to-end tests that wait it out. */

/** Dwell before a hovered mention opens (Wikipedia's page previews use a similar delay). */
export const OPEN_DELAY_MS = 350;
/** Grace before closing once the pointer has left both the mention and the tooltip. */
export const CLOSE_GRACE_MS = 300;
/** A touch held this long on a marked link opens its tooltip (a tap follows the link). */
export const LONG_PRESS_MS = 500;
