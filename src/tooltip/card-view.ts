import type { Sense } from '../matching/types';
import type { TooltipCause } from '../messages';
import { h, type View } from './view';

/** A UI string by its key in `_locales` (the background passes the browser's; tests a stand-in). */
export type Translate = (key: string, ...substitutions: string[]) => string;

export interface CardInput {
  /** The mention as written on the page (shown as text, never as markup). */
  readonly text: string;
  readonly sense: Sense;
  /** The top causes, best first; none for other medical senses. */
  readonly causes: readonly TooltipCause[];
  /** Whether the page pointed to these causes ("Possible causes") or they are the common ones. */
  readonly fitted: boolean;
}

/** What a click on an element reports through its `data-act` (see content-scripts/ui/tooltip). */
export const ACT_CLOSE = 'close';
export const ACT_MORE = 'more';
export const ACT_CAUSE = 'cause:';

/**
 * The tooltip's card: the mention, what it was read as, the causes with what on the page pointed
 * to each, the short medical note and a way to the full reference. A labelled dialog; `.pos` is
 * left empty for the content script to say where a stepped-to mention sits ("Mention 3 of 8").
 */
export function cardView({ text, sense, causes, fitted }: CardInput, t: Translate): View {
  const muscle = sense === 'muscle';
  const heading = t(muscle ? (fitted ? 'tooltipKicker' : 'tooltipCommon') : 'tooltipOther');
  const head = h(
    'div',
    { class: 'head' },
    h('p', { class: 'title', id: 'sl-title' }, `“${text.replace(/\s+/g, ' ').trim()}”`),
    h('span', { class: 'kicker' }, heading),
    h('span', { class: 'pos' }),
    h('button', { class: 'close', type: 'button', 'aria-label': t('tooltipClose'), 'data-act': ACT_CLOSE }, '×'),
  );
  const items = causes.map((cause) =>
    h(
      'li',
      {},
      h('button', { class: 'cause', type: 'button', 'data-act': ACT_CAUSE + cause.id }, cause.title),
      h('span', { class: 'summary' }, cause.summary),
      ...(cause.cues.length > 0
        ? [h('span', { class: 'why' }, t(cause.where === 'page' ? 'tooltipPage' : 'tooltipWhy', cause.cues.join(', ')))]
        : []),
    ),
  );
  const body = h(
    'div',
    { class: 'body' },
    ...(muscle ? [] : [h('p', { class: 'scope' }, t('tooltipOtherMedical'))]),
    ...(items.length > 0 ? [h('ol', { 'aria-label': heading }, ...items)] : []),
  );
  const foot = h(
    'div',
    { class: 'foot' },
    h('span', { class: 'note', id: 'sl-note' }, t('medicalNoteShort')),
    h('button', { class: 'more', type: 'button', 'data-act': ACT_MORE }, t('tooltipMore')),
  );
  return h(
    'div',
    { class: 'card', role: 'dialog', 'aria-labelledby': 'sl-title', 'aria-describedby': 'sl-note', tabindex: '-1' },
    head,
    body,
    foot,
  );
}
