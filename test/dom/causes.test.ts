import { describe, expect, it, vi } from 'vitest';
import { cardRequestFor, createCardSource } from '../../content-scripts/ui/cause-requests';
import type { MarkedMention } from '../../content-scripts/marks/mention-index';
import type { Message } from '../../src/messages';
import { CONTEXT_WINDOW, MAX_TITLE } from '../../src/ranking/limits';

function markIn(text: string, phrase: string): MarkedMention {
  const p = document.createElement('p');
  p.textContent = text;
  document.body.append(p);
  const node = p.firstChild as Text;
  const start = text.indexOf(phrase);
  const end = start + phrase.length;
  return {
    mention: { start, end, sense: 'muscle' },
    block: { container: p, nodes: [node], starts: [0], text },
    range: new StaticRange({ startContainer: node, startOffset: start, endContainer: node, endOffset: end }),
    nodes: [node],
  };
}

const reply = { type: 'card', view: ['div', { class: 'card' }, ['p', {}, 'Pregnancy']], css: '.card{}' };

describe('asking the background for a mention’s card', () => {
  it('sends only the window of text around the mention, its sense, and the page title', () => {
    document.title = 'Forum';
    const text = `${'a'.repeat(2000)} pregnant, leg cramp at night ${'b'.repeat(2000)}`;
    const message = cardRequestFor(markIn(text, 'cramp'), document.title);
    expect(message).toMatchObject({ mention: 'cramp', title: 'Forum', sense: 'muscle' });
    expect(message.before).toHaveLength(CONTEXT_WINDOW);
    expect(message.before.endsWith(' pregnant, leg ')).toBe(true);
    expect(message.after).toHaveLength(CONTEXT_WINDOW);
    expect(message.after.startsWith(' at night')).toBe(true);
    // A page title of megabytes is cut before it is sent.
    const long = cardRequestFor(markIn('leg cramp', 'cramp'), `Forum ${'x'.repeat(5_000_000)}`);
    expect(long.title.length).toBe(MAX_TITLE);
  });

  it('sends the page’s text before a short block: a list’s lead-in, its items as "- " lines, no code', () => {
    document.body.innerHTML =
      '<h2>Kidney health</h2><p>Loss of kidney function can cause:</p><script>var run = 1;</script>' +
      '<ul><li>nausea <b>and</b> vomiting</li><li>itching</li><li id="m">muscle cramps</li></ul>';
    const li = document.getElementById('m') as HTMLElement;
    const node = li.firstChild as Text;
    const mark: MarkedMention = {
      mention: { start: 7, end: 13, sense: 'muscle' },
      block: { container: li, nodes: [node], starts: [0], text: node.data },
      range: new StaticRange({ startContainer: node, startOffset: 7, endContainer: node, endOffset: 13 }),
      nodes: [node],
    };
    const message = cardRequestFor(mark, '');
    expect(message.before).toBe(
      'Kidney health\n\nLoss of kidney function can cause:\n- nausea and vomiting\n- itching\n- muscle ',
    );
    expect(message.mention).toBe('cramps');
    document.body.innerHTML = '';
  });

  it('asks once per mention and reuses the answer', async () => {
    const send = vi.fn(async (message: Message): Promise<unknown> =>
      message.type === 'tooltip-card' ? reply : undefined,
    );
    const causesOf = createCardSource(send);
    const mark = markIn('leg cramp', 'cramp');
    expect(await causesOf(mark)).toEqual(reply);
    expect(await causesOf(mark)).toEqual(reply);
    expect(send).toHaveBeenCalledTimes(1);
    await causesOf(markIn('calf cramp', 'cramp'));
    expect(send).toHaveBeenCalledTimes(2);
  });

  it('asks for an other-medical mention with its sense, so its card has no muscle causes', async () => {
    const send = vi.fn(async (): Promise<unknown> => reply);
    const mark = markIn('menstrual cramps', 'cramps');
    const other = { ...mark, mention: { ...mark.mention, sense: 'other-medical' as const } };
    await createCardSource(send)(other);
    expect(send).toHaveBeenCalledWith(expect.objectContaining({ type: 'tooltip-card', sense: 'other-medical' }));
  });

  it('gives null for no answer or a malformed one, and asks again next time', async () => {
    const answers: unknown[] = [undefined, { type: 'card', view: ['script', {}, 'alert(1)'] }, reply];
    const send = vi.fn(async (): Promise<unknown> => answers.shift());
    const causesOf = createCardSource(send);
    const mark = markIn('leg cramp', 'cramp');
    expect(await causesOf(mark)).toBeNull();
    expect(await causesOf(mark)).toBeNull();
    expect(await causesOf(mark)).toEqual(reply);
    expect(send).toHaveBeenCalledTimes(3);
  });
});
