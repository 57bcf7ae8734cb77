import { describe, expect, it, vi } from 'vitest';
import { renderCard } from '../../content-scripts/ui/tooltip/render';
import { tooltipCauses } from '../../src/ranking/tooltip-causes';
import { TOOLTIP_CAUSES } from '../../src/ranking/limits';

const NO_ACTIONS = { openCause: () => undefined, openReference: () => undefined, close: () => undefined };
const t = (key: string, sub?: string) => (sub === undefined ? key : `${key}(${sub})`);
const text = 'At mile 20 of the marathon my calf cramped into a <b>muscle spasm</b>.';

describe('the tooltip card', () => {
  it('shows the term, the top causes with why, the note and the actions, as text only', () => {
    const { causes, fitted } = tooltipCauses({
      before: text.slice(0, 55),
      mention: text.slice(55, 67),
      after: text.slice(67),
      title: '',
    });
    const openCause = vi.fn();
    const openReference = vi.fn();
    const close = vi.fn();
    const card = renderCard({ text: '<b>muscle spasm</b>', sense: 'muscle', causes, fitted, theme: 'auto' }, t, {
      openCause,
      openReference,
      close,
    });
    expect(card.getAttribute('role')).toBe('dialog');
    expect(card.querySelector('.kicker')?.textContent).toBe('tooltipKicker');
    expect(card.getAttribute('aria-labelledby')).toBe('sl-title');
    // The mention is shown as text: markup in page text never becomes elements.
    expect(card.querySelector('#sl-title')?.textContent).toBe('“<b>muscle spasm</b>”');
    expect(card.querySelector('b')).toBeNull();
    const items = card.querySelectorAll('li');
    expect(items).toHaveLength(TOOLTIP_CAUSES);
    expect(items[0]?.querySelector('.cause')?.textContent).toBe('Prolonged exercise');
    expect(items[0]?.querySelector('.why')?.textContent).toMatch(/^tooltipWhy\(.*marathon/);
    (items[0]?.querySelector('button.cause') as HTMLButtonElement).click();
    expect(openCause).toHaveBeenCalledWith('prolonged-exercise');
    (card.querySelector('button.more') as HTMLButtonElement).click();
    expect(openReference).toHaveBeenCalled();
    (card.querySelector('button.close') as HTMLButtonElement).click();
    expect(close).toHaveBeenCalled();
    expect(card.querySelector('#sl-note')?.textContent).toBe('medicalNoteShort');
    for (const b of card.querySelectorAll('button')) expect(b.type).toBe('button');
  });

  it('gives an other-medical mention no muscle causes: what it was read as, and the note', () => {
    const card = renderCard(
      { text: 'menstrual cramps', sense: 'other-medical', causes: [], fitted: false, theme: 'dark' },
      t,
      { openCause: () => undefined, openReference: () => undefined, close: () => undefined },
    );
    expect(card.querySelector('.kicker')?.textContent).toBe('tooltipOther');
    expect(card.querySelector('.scope')?.textContent).toBe('tooltipOtherMedical');
    expect(card.querySelectorAll('li')).toHaveLength(0);
    expect(card.querySelector('#sl-note')?.textContent).toBe('medicalNoteShort');
    expect(card.classList.contains('dark')).toBe(true);
  });

  it('says "Common causes" when nothing on the page points anywhere, and "on this page" for title words', () => {
    const cardFor = (title: string) =>
      renderCard(
        {
          text: 'cramp',
          sense: 'muscle',
          ...tooltipCauses({ before: 'Another ', mention: 'cramp', after: '.', title }),
          theme: 'light',
        },
        t,
        NO_ACTIONS,
      );
    const common = cardFor('');
    expect(common.querySelector('.kicker')?.textContent).toBe('tooltipCommon');
    expect(common.querySelectorAll('.why')).toHaveLength(0);
    expect(cardFor('Tennis weekly').querySelector('.why')?.textContent).toBe('tooltipPage(Tennis)');
  });

  it('resolves the "auto" theme from the system setting when it opens', () => {
    const render = () =>
      renderCard({ text: 'cramp', sense: 'muscle', causes: [], fitted: false, theme: 'auto' }, t, {
        openCause: () => undefined,
        openReference: () => undefined,
        close: () => undefined,
      });
    const prefersDark = (dark: boolean) =>
      vi.stubGlobal('matchMedia', (query: string) => ({ matches: dark && query.includes('dark') }));
    prefersDark(true);
    expect(render().classList.contains('dark')).toBe(true);
    prefersDark(false);
    expect(render().classList.contains('dark')).toBe(false);
    vi.unstubAllGlobals();
  });
});
