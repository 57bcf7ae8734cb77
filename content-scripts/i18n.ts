import browser from 'webextension-polyfill';

export type Translate = (key: string, substitution?: string) => string;

/** UI strings come from `_locales/<lang>/messages.json`; a missing key shows the key, not nothing. */
export const t: Translate = (key, substitution) =>
  browser.i18n.getMessage(key, substitution === undefined ? undefined : [substitution]) || key;
