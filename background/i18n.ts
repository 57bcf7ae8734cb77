import browser from 'webextension-polyfill';

/** A UI string in the browser's language (the background words the tooltip); a missing key shows the key, not nothing. */
export const translate = (key: string, ...substitutions: string[]): string =>
  browser.i18n.getMessage(key, substitutions) || key;
