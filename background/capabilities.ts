import browser from 'webextension-polyfill';

/**
 * What this browser's extension API offers. Firefox for Android has no keyboard commands and no
 * toolbar badge (MDN browser-compat data: `commands` and `action.setBadgeText` are absent there);
 * taps and the popup reach every mention instead.
 */
export const hasBadge = typeof browser.action?.setBadgeText === 'function';
export const hasCommands = typeof browser.commands?.onCommand?.addListener === 'function';
