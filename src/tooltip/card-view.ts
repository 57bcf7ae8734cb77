import type { Sense } from '../matching/types';
import type { TooltipCause } from '../messages';
import { h, type View, type ViewChild } from './view';
import type { Why } from './why';

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
  /** The sentence that decided the first cause, when the page decided the order. */
  readonly why: Why | null;
  /** Where a correction "on this site" holds ('' where there is none). */
  readonly site: string;
}

/** What a click on an element reports through its `data-act` (see content-scripts/ui/tooltip). */
export const ACT_CLOSE = 'close';
export const ACT_MORE = 'more';
export const ACT_CAUSE = 'cause:';
/** "Not a muscle cramp here", on this site or everywhere; and their undoing. */
export const ACT_NOT_HERE = 'not-here';
export const ACT_UNDO = 'undo';
export type CorrectionScope = 'site' | 'all';

/**
 * The tooltip's card: the mention, what it was read as, the causes with what on the page pointed
 * to each, the short medical note and a way to the full reference. A labelled dialog; `.pos` is
 * left empty for the content script to say where a stepped-to mention sits ("Mention 3 of 8").
 */
export function cardView({ text, sense, causes, fitted, why, site }: CardInput, t: Translate): View {
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
    ...(why ? [whyView(why, t)] : []),
    ...(muscle ? [correctionView(site, t)] : []),
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

/** "Why these causes": the deciding sentence as text, the words read in bold, what names were read as. */
function whyView(why: Why, t: Translate): View {
  const said = why.pieces.map((p): ViewChild => (p.read ? h('strong', {}, p.text) : p.text));
  return h(
    'details',
    { class: 'reason' },
    h('summary', {}, t('tooltipWhyTitle')),
    h('p', { class: 'said' }, t(why.from === 'title' ? 'tooltipWhyTitlePage' : 'tooltipWhyText')),
    h('q', { class: 'sentence' }, ...said),
    ...why.classes.map((c) => h('p', { class: 'class' }, c)),
  );
}

/** "Not a muscle cramp here": on this site, or everywhere. */
function correctionView(site: string, t: Translate): View {
  const button = (scope: CorrectionScope, label: string) =>
    h('button', { class: 'choice', type: 'button', 'data-act': `${ACT_NOT_HERE}:${scope}` }, label);
  return h(
    'details',
    { class: 'correct' },
    h('summary', {}, t('tooltipNotHere')),
    h(
      'div',
      { class: 'choices' },
      ...(site ? [button('site', t('tooltipNotHereSite', site))] : []),
      button('all', t('tooltipNotHereAll')),
    ),
  );
}

export const correctedText = (phrase: string, scope: CorrectionScope, site: string, t: Translate): string =>
  scope === 'site' ? t('tooltipCorrectedSite', phrase, site) : t('tooltipCorrectedAll', phrase);

/**
 * What takes the card's place after one of its buttons: a short message (what a correction did, its
 * undoing, or why it could not be stored), with "Undo" after a correction.
 */
export function noticeView(message: string, undo?: { readonly scope: CorrectionScope; readonly label: string }): View {
  return h(
    'div',
    { class: 'card done', role: 'dialog', 'aria-labelledby': 'sl-done', tabindex: '-1' },
    h('p', { class: 'title', id: 'sl-done' }, message),
    ...(undo
      ? [h('button', { class: 'undo', type: 'button', 'data-act': `${ACT_UNDO}:${undo.scope}` }, undo.label)]
      : []),
  );
}
