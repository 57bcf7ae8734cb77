import { el } from '../dom/el';
import type { Correction } from '../src/corrections/corrections';
import { t } from './i18n';

/**
 * The reader's corrections in the settings: each phrase, where it holds and when it was made, with
 * a button that removes it (the marks come back in open tabs at once).
 */
export function renderCorrections(
  container: HTMLElement,
  corrections: readonly Correction[],
  remove: (c: Correction) => void,
): void {
  const title = el('h3', '', t('correctionsTitle'));
  title.id = 'corrections-title';
  if (corrections.length === 0) {
    container.replaceChildren(title, el('p', 'hint', t('correctionsEmpty')));
    return;
  }
  const list = el('ul', 'corrections');
  list.setAttribute('aria-labelledby', title.id);
  const date = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });
  for (const c of corrections) {
    const item = el('li');
    const where = c.site === null ? t('correctionEverywhere') : t('correctionOnSite', c.site);
    const text = el('span', 'correction');
    text.append(el('strong', '', `“${c.phrase}”`), ` ${where}, ${date.format(c.at)}`);
    const button = el('button', 'remove', '×');
    button.type = 'button';
    const label = t('correctionRemove', c.phrase);
    button.setAttribute('aria-label', label);
    button.title = label;
    button.addEventListener('click', () => remove(c));
    item.append(text, button);
    list.append(item);
  }
  container.replaceChildren(title, list);
}
