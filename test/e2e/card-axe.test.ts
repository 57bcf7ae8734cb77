import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { correctedText, noticeView } from '../../src/tooltip/card-view';
import { tooltipCard } from '../../src/tooltip/tooltip-card';
import type { View, ViewChild } from '../../src/tooltip/view';
import { axeViolations } from '../support/e2e/axe';
import { ARTIFACTS, describeInBrowsers } from '../support/e2e/harness';
import { ROOT } from '../support/e2e/launch';
import { page as htmlPage } from '../support/pages';

/** The extension's English strings, with their placeholders filled as the browser fills them. */
const MESSAGES = JSON.parse(readFileSync(join(ROOT, '_locales/en/messages.json'), 'utf8')) as Record<
  string,
  { message: string; placeholders?: Record<string, { content: string }> }
>;
const t = (key: string, ...subs: string[]) => {
  const m = MESSAGES[key];
  if (!m) return key;
  return m.message.replace(/\$(\w+)\$/g, (_, name: string) => {
    const content = m.placeholders?.[name.toLowerCase()]?.content ?? '';
    return subs[Number(content.slice(1)) - 1] ?? '';
  });
};

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');
/** A view as HTML (test pages only: the extension builds views with createElement and text nodes). */
function html(view: ViewChild, open: boolean): string {
  if (typeof view === 'string') return escape(view);
  const [tag, attributes, ...children] = view;
  const attrs = Object.entries(attributes).map(([k, v]) => ` ${k}="${escape(v)}"`);
  if (tag === 'details' && open) attrs.push(' open');
  return `<${tag}${attrs.join('')}>${children.map((c) => html(c, open)).join('')}</${tag}>`;
}

const CSS = readFileSync(join(ROOT, 'dom/tooltip.css'), 'utf8');
const card = tooltipCard(
  {
    before: 'I have had swollen ankles for weeks. Since I started furosemide my calves ',
    mention: 'cramp',
    after: ' at night.',
    title: 'Forum',
    sense: 'muscle',
  },
  t,
  'forum.example',
);
/** What takes the card's place after "Not on forum.example". */
const corrected = noticeView(correctedText('cramping', 'site', 'forum.example', t), {
  scope: 'site',
  label: t('tooltipUndo'),
});
/** The card with every control shown (reasons and corrections open), and the card after a correction. */
const pageOf = (view: View, dark: boolean) =>
  htmlPage(
    'Card',
    `<main>${html(view, true).replace('class="card', dark ? 'class="card dark' : 'class="card')}</main>`,
    `<style>${CSS} body { background: ${dark ? '#15171a' : '#fff'} }</style>`,
  );

describeInBrowsers(
  'the tooltip card’s controls',
  (h) => {
    for (const [name, path] of [
      ['the card, light', '/card-light.html'],
      ['the card, dark', '/card-dark.html'],
      ['the correction’s Undo, light', '/done-light.html'],
      ['the correction’s Undo, dark', '/done-dark.html'],
    ] as const) {
      it(`has no accessibility violations (axe-core): ${name}`, async () => {
        const page = await h.ext.newPage();
        await page.goto(h.server.url(path));
        await page.waitForSelector('[role="dialog"]');
        // Every control is a real button or disclosure, named.
        const controls = await page.$$eval('button, summary', (els) => els.map((e) => e.textContent?.trim() ?? ''));
        expect(controls.every((c) => c.length > 0)).toBe(true);
        expect(await axeViolations(page), name).toEqual([]);
        await page.screenshot({
          path: join(ARTIFACTS, `card${path.replace('.html', '').replace('/', '-')}-${h.name}.png`),
        });
        await page.close();
      });
    }
  },
  {
    '/card-light.html': () => pageOf(card, false),
    '/card-dark.html': () => pageOf(card, true),
    '/done-light.html': () => pageOf(corrected, false),
    '/done-dark.html': () => pageOf(corrected, true),
  },
);
