import { el } from '../dom/el';
import { CATEGORIES } from '../src/reference/categories';
import { REFERENCE } from '../src/reference/entries';
import { GENERAL_FACTS, SOURCE_DOCUMENT } from '../src/reference/facts';
import type { ReferenceEntry } from '../src/reference/types';
import { searchCauses } from '../src/search/search';
import { t } from './i18n';

function causeItem(cause: ReferenceEntry, matched?: readonly string[]): HTMLLIElement {
  const item = el('li', 'cause');
  item.id = cause.id;
  const details = el('details');
  const summary = el('summary');
  summary.append(el('strong', '', cause.title), el('span', 'summary', cause.summary));
  // Why a search result is here: the words of the query it matched.
  if (matched && matched.length > 0) summary.append(el('span', 'matched', t('popupMatched', matched.join(', '))));
  const body = el('div', 'body');
  const { explanation, aliases } = cause;
  body.append(el('p', '', explanation));
  if (aliases.length > 0) body.append(el('p', 'source', `${t('alsoCalled')} ${aliases.join(', ')}`));
  body.append(el('p', 'source', `${t('sourceLabel')} ${cause.source.document}, “${cause.source.section}”`));
  details.append(summary, body);
  item.append(details);
  return item;
}

function groupedList(): DocumentFragment {
  const frag = document.createDocumentFragment();
  for (const category of CATEGORIES) {
    const causes = REFERENCE.filter((c) => c.category === category.id);
    if (causes.length === 0) continue;
    const heading = el('h3', 'category', category.title);
    heading.id = `category-${category.id}`;
    const list = el('ul', 'causes');
    list.setAttribute('aria-labelledby', heading.id);
    list.append(...causes.map((c) => causeItem(c)));
    frag.append(heading, list);
  }
  return frag;
}

/** Opens and scrolls to the cause named in the URL hash (`#dehydration`). */
export function revealHash(root: ParentNode): void {
  const id = decodeURIComponent(location.hash.slice(1));
  if (!/^[a-z0-9-]+$/.test(id)) return;
  const item = root.querySelector<HTMLElement>(`#${id}`);
  const details = item?.querySelector('details');
  if (!item || !details) return;
  details.open = true;
  item.scrollIntoView({ block: 'start' });
  details.querySelector('summary')?.focus();
}

/**
 * The reference: a search box, every cause by category (each expandable to its explanation and
 * source), the general facts, the medical note and the source. Used by the popup and the page.
 */
export function renderReference(container: HTMLElement): { search: HTMLInputElement } {
  const searchId = 'reference-search';
  const searchWrap = el('div', 'search');
  const label = el('label', 'visually-hidden', t('popupSearchLabel'));
  label.htmlFor = searchId;
  const search = el('input');
  search.type = 'search';
  search.id = searchId;
  search.placeholder = t('popupSearchPlaceholder');
  search.autocomplete = 'off';
  search.spellcheck = false;
  searchWrap.append(label, search);
  const hint = el('p', 'hint');
  hint.id = 'search-hint';
  hint.setAttribute('role', 'status');
  const heading = el('h2', '', t('popupReference'));
  const results = el('div', 'results');
  results.append(groupedList());

  const about = el('details', 'about');
  const facts = el('ul', 'facts');
  facts.append(...GENERAL_FACTS.map((f) => el('li', '', f)));
  about.append(el('summary', '', t('popupAbout')), facts);
  const note = el('p', 'note', t('medicalNote'));
  const source = el('p', 'source', t('referenceSource', SOURCE_DOCUMENT));
  container.replaceChildren(searchWrap, hint, heading, results, about, note, source);

  const update = () => {
    const query = search.value.trim();
    if (query === '') {
      hint.textContent = '';
      results.replaceChildren(groupedList());
      return;
    }
    const found = searchCauses(query);
    // A menstrual or stomach cramp is not what the reference covers: say so first.
    const other = found.otherSense === null ? '' : t('popupOtherSense', found.otherSense);
    if (found.causes.length === 0) {
      hint.textContent = other || t('popupNoMatch', query);
      results.replaceChildren();
      return;
    }
    hint.textContent = other || (found.symptomOnly ? t('popupAllCausesApply', query) : '');
    const list = el('ul', 'causes');
    list.append(...found.causes.map((c) => causeItem(c, found.matched.get(c.id))));
    results.replaceChildren(list);
  };
  search.addEventListener('input', update);
  search.addEventListener('keydown', (e) => {
    // Enter opens the best match, as people expect from a search box.
    if (e.key !== 'Enter') return;
    // Without this the same key press would reach the summary focused below and toggle it shut.
    e.preventDefault();
    const first = results.querySelector<HTMLDetailsElement>('details');
    if (first) {
      first.open = true;
      first.querySelector('summary')?.focus();
    }
  });
  return { search };
}
