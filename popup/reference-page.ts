/** The reference as a page in a tab (the tooltip's "Full reference" and the popup's link open it). */
import { localize, t } from './i18n';
import { renderReference, revealHash } from './reference-view';
import { applyTheme } from './theme';

document.title = t('referenceTitle');
localize(document);
const container = document.getElementById('reference');
if (container) {
  renderReference(container);
  revealHash(container);
  window.addEventListener('hashchange', () => revealHash(container));
}
void applyTheme();
