import { describe, expect, it } from 'vitest';
import { cardView } from '../../src/tooltip/card-view';
import { tooltipCard } from '../../src/tooltip/tooltip-card';
import { tooltipCauses } from '../../src/ranking/tooltip-causes';
import { TOOLTIP_CAUSES } from '../../src/ranking/limits';
import { parseView, type View, type ViewChild } from '../../src/tooltip/view';
import { whyFirst } from '../../src/tooltip/why';
import { CAUSES } from '../../src/reference/causes';

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
    const card = cardView({ text: 'muscle spasm', sense: 'muscle', causes, fitted, why: null, site: 'example.org' }, t);
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
    );
    expect(textOf(byClass(card, 'kicker')[0] as View)).toBe('tooltipOther');
    expect(textOf(byClass(card, 'scope')[0] as View)).toBe('tooltipOtherMedical');
    expect(byClass(card, 'cause')).toHaveLength(0);
  });

  it('says "Common causes" when nothing on the page points anywhere, and "on this page" for title words', () => {
    const cardFor = (title: string) =>
      tooltipCard({ before: 'Another ', mention: 'cramp', after: '.', title, sense: 'muscle' }, t);
    const common = cardFor('');
    expect(textOf(byClass(common, 'kicker')[0] as View)).toBe('tooltipCommon');
    expect(byClass(common, 'why')).toHaveLength(0);
    expect(textOf(byClass(cardFor('Tennis weekly'), 'why')[0] as View)).toBe('tooltipPage(Tennis)');
  });

  it('shows the mention on one line, as text', () => {
    const card = cardView(
      { text: ' calf\n  cramp ', sense: 'muscle', causes: [], fitted: false, why: null, site: '' },
      t,
    );
    expect(textOf(byClass(card, 'title')[0] as View)).toBe('“calf cramp”');
  });
});

describe('the card’s reasons and corrections', () => {
  const card = (before: string, mention: string, after: string, title = '', site = 'example.org') =>
    tooltipCard({ before, mention, after, title, sense: 'muscle' }, t, site);

  it('shows the sentence that decided the first cause, the words read in bold, as text', () => {
    const view = card(
      'I have had <b>swollen</b> ankles for weeks. Since I started furosemide my calves ',
      'cramp',
      ' at night.',
    );
    const reason = byClass(view, 'reason')[0];
    if (!reason) throw new Error('no reason');
    const sentence = byClass(reason, 'sentence')[0] as View;
    expect(textOf(sentence)).toBe('Since I started furosemide my calves cramp at night.');
    const bold = sentence.slice(2).filter((c): c is View => typeof c !== 'string' && c[0] === 'strong');
    expect(bold.map(textOf)).toEqual(['furosemide', 'cramp']);
    // What the vocabulary read the name as.
    expect(byClass(reason, 'class').map(textOf)).toEqual([expect.stringMatching(/^furosemide — /i)]);
    // Page text stays text: markup in it is never an element.
    expect(JSON.stringify(view)).not.toContain('"b"');
  });

  it('shows a list’s lead-in and the mention’s own item, not the items between', () => {
    const view = card(
      'Side effects of this medicine include:\n- a rash\n- nausea and diarrhoea\n- joint pain and muscle ',
      'cramps',
      '\n',
    );
    const sentence = textOf(byClass(byClass(view, 'reason')[0] as View, 'sentence')[0] as View);
    expect(sentence).toBe('Side effects of this medicine include: … joint pain and muscle cramps');
    expect(sentence).not.toMatch(/diarrhoea/);
  });

  it('says nothing of why when the order is the common one', () => {
    expect(byClass(card('Another ', 'cramp', ' today.'), 'reason')).toHaveLength(0);
  });

  it('names the page title when only the title pointed to the first cause', () => {
    const [pregnancy] = CAUSES.filter((c) => c.id === 'pregnancy');
    if (!pregnancy) throw new Error('no cause');
    const ranked = { cause: pregnancy, score: 1, cues: ['pregnancy'], where: 'page' as const, supported: true };
    const why = whyFirst(
      { ...ranked, evidence: [{ from: 'title', at: 0, stop: 9 }] },
      { text: 'Leg cramp again.', start: 4, end: 9, title: 'Pregnancy forum' },
    );
    expect(why).toEqual({
      from: 'title',
      pieces: [
        { text: 'Pregnancy', read: true },
        { text: ' forum', read: false },
      ],
      classes: [],
    });
    // Nothing read at all: nothing to say.
    expect(whyFirst({ ...ranked, evidence: [] }, { text: 'x', start: 0, end: 1, title: '' })).toBeNull();
  });

  it('cuts a long sentence around what was read', () => {
    const filler = 'and then we walked a long way along the river and talked about the weather '.repeat(6);
    const before = `After the ${filler}my calves `;
    const view = card(before, 'cramped', ` badly because I was dehydrated, ${filler}.`);
    const sentence = textOf(byClass(byClass(view, 'reason')[0] as View, 'sentence')[0] as View);
    expect(sentence.length).toBeLessThanOrEqual(300);
    expect(sentence).toMatch(/^….*cramped badly because I was dehydrated.*…$/);
  });

  it('offers "Not a muscle cramp here" on this site and everywhere; only everywhere without a site', () => {
    const acts = (view: View) => byClass(view, 'choice').map((b) => b[1]['data-act']);
    expect(acts(card('My calves ', 'cramp', '.'))).toEqual(['not-here:site', 'not-here:all']);
    expect(textOf(byClass(card('My calves ', 'cramp', '.'), 'choice')[0] as View)).toBe(
      'tooltipNotHereSite(example.org)',
    );
    expect(acts(card('My calves ', 'cramp', '.', '', ''))).toEqual(['not-here:all']);
    // Another sense has no muscle causes to correct.
    const other = tooltipCard(
      { before: '', mention: 'menstrual cramps', after: '', title: '', sense: 'other-medical' },
      t,
      'x.org',
    );
    expect(byClass(other, 'correct')).toHaveLength(0);
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
      ['div', {}, 'x'.repeat(70_000)],
      ['div', {}, ...Array.from({ length: 30_000 }, () => 'x')],
      'just text',
      null,
    ])
      expect(parseView(bad)).toBeNull();
    let deep: unknown = 'x';
    for (let i = 0; i < 20; i++) deep = ['div', {}, deep];
    expect(parseView(deep)).toBeNull();
  });
});
