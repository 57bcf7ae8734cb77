import browser from 'webextension-polyfill';

/** UI strings from `_locales`; a missing key shows the key so it is noticed, never an empty label. */
export function t(key: string, substitution?: string | number | readonly string[]): string {
  const subs =
    substitution === undefined ? undefined : Array.isArray(substitution) ? [...substitution] : [String(substitution)];
  return browser.i18n.getMessage(key, subs) || key;
}

/** Fills `data-i18n` (text) and `data-i18n-label` (aria-label and title) attributes in the page. */
export function localize(root: ParentNode): void {
  for (const el of root.querySelectorAll<HTMLElement>('[data-i18n]')) el.textContent = t(el.dataset['i18n'] ?? '');
  for (const el of root.querySelectorAll<HTMLElement>('[data-i18n-label]')) {
    const label = t(el.dataset['i18nLabel'] ?? '');
    el.setAttribute('aria-label', label);
    el.title = label;
  }
}
