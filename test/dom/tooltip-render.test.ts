import { afterEach, describe, expect, it, vi } from 'vitest';
import { build, isDark, pageIsDark } from '../../content-scripts/ui/tooltip/render';
import { cardView } from '../../src/tooltip/card-view';
import { parseView, type View } from '../../src/tooltip/view';

const t = (key: string, sub?: string) => (sub === undefined ? key : `${key}(${sub})`);

describe('building a view from the background', () => {
  it('makes elements, attributes and text nodes: text with markup in it stays text', () => {
    const view = parseView(
      cardView({ text: '<b>muscle spasm</b>', sense: 'muscle', causes: [], fitted: false, why: null, site: '' }, t),
    );
    const card = build(view as View) as HTMLElement;
    expect(card.getAttribute('role')).toBe('dialog');
    expect(card.tabIndex).toBe(-1);
    expect(card.querySelector('#sl-title')?.textContent).toBe('“<b>muscle spasm</b>”');
    expect(card.querySelector('b')).toBeNull();
    expect(card.querySelector('button.close')?.getAttribute('data-act')).toBe('close');
    for (const b of card.querySelectorAll('button')) expect((b as HTMLButtonElement).type).toBe('button');
  });
});

describe('the tooltip’s theme', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    document.body.innerHTML = '';
    document.body.removeAttribute('style');
  });
  const prefersDark = (dark: boolean) =>
    vi.stubGlobal('matchMedia', (query: string) => ({ matches: dark && query.includes('dark') }));

  it('"auto" follows the page behind the mention: its nearest opaque background', () => {
    document.body.innerHTML =
      '<div id="dark" style="background: rgb(20, 22, 28)"><p><span id="a">cramp</span></p></div>' +
      '<div id="light" style="background: #fafafa"><p id="b">cramp</p></div>' +
      '<div style="background: rgba(0, 0, 0, 0.1)"><p id="c">cramp</p></div>';
    prefersDark(false);
    const text = (id: string) => document.getElementById(id)?.firstChild ?? null;
    expect(pageIsDark(text('a'))).toBe(true);
    expect(isDark('auto', text('a'))).toBe(true);
    prefersDark(true);
    expect(isDark('auto', text('b'))).toBe(false);
    // A faint tint says nothing: up to the page, which says nothing here either.
    expect(pageIsDark(text('c'))).toBeNull();
  });

  it('"auto" follows the system only where the page says nothing; a chosen theme is kept', () => {
    document.body.innerHTML = '<p id="p">cramp</p>';
    const node = document.getElementById('p')?.firstChild ?? null;
    prefersDark(true);
    expect(isDark('auto', node)).toBe(true);
    prefersDark(false);
    expect(isDark('auto', node)).toBe(false);
    expect(isDark('dark', node)).toBe(true);
    document.body.style.background = 'black';
    expect(isDark('light', node)).toBe(false);
    expect(isDark('auto', node)).toBe(true);
  });
});
