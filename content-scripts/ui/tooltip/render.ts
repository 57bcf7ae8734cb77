import { el } from '../../../dom/el';
import type { Sense } from '../../../src/matching/types';
import type { TooltipCause } from '../../../src/messages';
import type { Theme } from '../../../src/settings/schema';
import type { Translate } from '../extension-port';

export interface CardContent {
  /** The mention as written on the page. */
  readonly text: string;
  readonly sense: Sense;
  /** The top causes, best first (ranked by the background); none for other medical senses. */
  readonly causes: readonly TooltipCause[];
  /** Whether the page pointed to these causes ("Possible causes") or they are the common ones. */
  readonly fitted: boolean;
  readonly theme: Theme;
}

export interface CardActions {
  readonly openCause: (causeId: string) => void;
  readonly openReference: () => void;
  readonly close: () => void;
}

export const DARK_SCHEME = '(prefers-color-scheme: dark)';

/** "auto" follows the system's scheme: the stylesheet needs one dark palette, switched by a class. */
export const isDark = (theme: Theme): boolean =>
  theme === 'dark' || (theme === 'auto' && typeof matchMedia === 'function' && matchMedia(DARK_SCHEME).matches);

/** Builds the tooltip card with element creation and `textContent` only: never HTML strings. */
export function renderCard(content: CardContent, t: Translate, actions: CardActions): HTMLElement {
  const card = el('div', isDark(content.theme) ? 'card dark' : 'card');
  card.setAttribute('role', 'dialog');
  card.setAttribute('aria-labelledby', 'sl-title');
  card.setAttribute('aria-describedby', 'sl-note');
  card.tabIndex = -1;

  const head = el('div', 'head');
  const title = el('p', 'title', `“${content.text.replace(/\s+/g, ' ').trim()}”`);
  title.id = 'sl-title';
  const muscle = content.sense === 'muscle';
  const heading = muscle ? (content.fitted ? 'tooltipKicker' : 'tooltipCommon') : 'tooltipOther';
  const kicker = el('span', 'kicker', t(heading));
  const close = el('button', 'close', '×');
  close.type = 'button';
  close.setAttribute('aria-label', t('tooltipClose'));
  close.addEventListener('click', actions.close);
  head.append(title, kicker, close);
  card.append(head);

  if (!muscle) card.append(el('p', 'scope', t('tooltipOtherMedical')));

  if (content.causes.length > 0) {
    const list = el('ol', '');
    list.setAttribute('aria-label', t(heading));
    for (const cause of content.causes) {
      const item = el('li', '');
      const name = el('button', 'cause', cause.title);
      name.type = 'button';
      name.addEventListener('click', () => actions.openCause(cause.id));
      item.append(name, el('span', 'summary', cause.summary));
      const why = cause.where === 'page' ? 'tooltipPage' : 'tooltipWhy';
      if (cause.cues.length > 0) item.append(el('span', 'why', t(why, cause.cues.join(', '))));
      list.append(item);
    }
    card.append(list);
  }

  const foot = el('div', 'foot');
  const note = el('span', 'note', t('medicalNoteShort'));
  note.id = 'sl-note';
  const more = el('button', 'more', t('tooltipMore'));
  more.type = 'button';
  more.addEventListener('click', actions.openReference);
  foot.append(note, more);
  card.append(foot);
  return card;
}
