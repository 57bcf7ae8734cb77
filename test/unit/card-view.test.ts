import { describe, expect, it } from 'vitest';
import { cardView } from '../../src/tooltip/card-view';
import { tooltipCard } from '../../src/tooltip/tooltip-card';
import { tooltipCauses } from '../../src/ranking/tooltip-causes';
import { TOOLTIP_CAUSES } from '../../src/ranking/limits';
import { parseView, type View, type ViewChild } from '../../src/tooltip/view';

const t = (key: string, sub?: string) => (sub === undefined ? key : `${key}(${sub})`);
const text = 'At mile 20 of the marathon my calf cramped into a muscle spasm.';

/** The views in a tree whose class list holds `name`, depth first. */
function byClass(view: ViewChild, name: string): View[] {
  if (typeof view === 'string') return [];
  const [, attributes, ...children] = view;
  const own = (attributes['class'] ?? '').split(' ').includes(name) ? [view] : [];
  return [...own, ...children.flatMap((c) => byClass(c, name))];
}
const textOf = (view: ViewChild): string =>
  typeof view === 'string'
    ? view
    : view
        .slice(2)
        .map((c) => textOf(c as ViewChild))
        .join('');

describe('the tooltip card, as the background builds it', () => {
  it('is a labelled dialog: the term, the top causes with why, the note and the actions', () => {
    const { causes, fitted } = tooltipCauses({
      before: text.slice(0, 50),
      mention: 'muscle spasm',
      after: '.',
      title: '',
    });
    const card = cardView({ text: 'muscle spasm', sense: 'muscle', causes, fitted }, t);
    expect(card[1]).toMatchObject({ role: 'dialog', 'aria-labelledby': 'sl-title', 'aria-describedby': 'sl-note' });
    expect(textOf(byClass(card, 'kicker')[0] as View)).toBe('tooltipKicker');
    const names = byClass(card, 'cause');
    expect(names).toHaveLength(TOOLTIP_CAUSES);
    expect(textOf(names[0] as View)).toBe('Prolonged exercise');
    expect(names[0]?.[1]['data-act']).toBe('cause:prolonged-exercise');
    expect(textOf(byClass(card, 'why')[0] as View)).toMatch(/^tooltipWhy\(.*marathon/);
    expect(byClass(card, 'more')[0]?.[1]['data-act']).toBe('more');
    expect(byClass(card, 'close')[0]?.[1]).toMatchObject({ 'aria-label': 'tooltipClose', 'data-act': 'close' });
    expect(textOf(byClass(card, 'note')[0] as View)).toBe('medicalNoteShort');
    // An empty slot for the position while stepping; the head stays apart from the scrolling body.
    expect(byClass(card, 'pos')).toHaveLength(1);
    expect(byClass(byClass(card, 'body')[0] as View, 'close')).toHaveLength(0);
    expect(parseView(card)).toEqual(card);
  });

  it('gives an other-medical mention no muscle causes: what it was read as, and the note', () => {
    const card = tooltipCard(
      { before: 'Bad ', mention: 'menstrual cramps', after: ' again.', title: '', sense: 'other-medical' },
      t,
    ).view;
    expect(textOf(byClass(card, 'kicker')[0] as View)).toBe('tooltipOther');
    expect(textOf(byClass(card, 'scope')[0] as View)).toBe('tooltipOtherMedical');
    expect(byClass(card, 'cause')).toHaveLength(0);
  });

  it('says "Common causes" when nothing on the page points anywhere, and "on this page" for title words', () => {
    const cardFor = (title: string) =>
      tooltipCard({ before: 'Another ', mention: 'cramp', after: '.', title, sense: 'muscle' }, t).view;
    const common = cardFor('');
    expect(textOf(byClass(common, 'kicker')[0] as View)).toBe('tooltipCommon');
    expect(byClass(common, 'why')).toHaveLength(0);
    expect(textOf(byClass(cardFor('Tennis weekly'), 'why')[0] as View)).toBe('tooltipPage(Tennis)');
  });

  it('shows the mention on one line, as text', () => {
    const card = cardView({ text: ' calf\n  cramp ', sense: 'muscle', causes: [], fitted: false }, t);
    expect(textOf(byClass(card, 'title')[0] as View)).toBe('“calf cramp”');
  });
});

describe('a view as received', () => {
  const ok: View = ['div', { class: 'card' }, ['button', { 'data-act': 'close', 'aria-label': 'Close' }, '×']];
  it('is kept when every tag and attribute is one a card may hold', () => {
    expect(parseView(ok)).toEqual(ok);
  });

  it('is refused whole for an element or attribute that could load or run anything, or for its size', () => {
    for (const bad of [
      ['script', {}, 'alert(1)'],
      ['div', {}, ['img', { src: 'x' }]],
      ['div', { onclick: 'alert(1)' }],
      ['div', { style: 'background:url(x)' }],
      ['a', { href: 'javascript:alert(1)' }],
      ['div', { class: 1 }],
      ['div', null],
      ['div', {}, 'x'.repeat(5000)],
      ['div', {}, ...Array.from({ length: 500 }, () => 'x')],
      'just text',
      null,
    ])
      expect(parseView(bad)).toBeNull();
    let deep: unknown = 'x';
    for (let i = 0; i < 20; i++) deep = ['div', {}, deep];
    expect(parseView(deep)).toBeNull();
  });
});
