import { el } from '../dom/el';
import { onAbort } from '../src/abort';
import { askFromPopup } from '../src/ask/popup';
import type { TabMention } from '../src/messages';
import { t } from './i18n';

/** Words of context either side of a mention in the list: enough to tell mentions apart. */
const SNIPPET = 48;

/** The text before a mention, cut at a word start, with an ellipsis when cut. */
function lead(text: string): string {
  const flat = text.replace(/\s+/g, ' ');
  if (flat.length <= SNIPPET) return flat.trimStart();
  const cut = flat.slice(-SNIPPET);
  const space = cut.indexOf(' ');
  return `…${space >= 0 ? cut.slice(space + 1) : cut}`;
}

function tail(text: string): string {
  const flat = text.replace(/\s+/g, ' ');
  if (flat.length <= SNIPPET) return flat.trimEnd();
  const cut = flat.slice(0, SNIPPET);
  const space = cut.lastIndexOf(' ');
  return `${space > 0 ? cut.slice(0, space) : cut}…`;
}

/** Asks the background for a mention's causes, as its tooltip does, and writes the first one. */
function fillFirstCause(m: TabMention, line: HTMLElement, send: (message: object) => Promise<unknown>): void {
  const { before, mention, after, title } = m;
  void askFromPopup(send, 'rank-causes', { before, mention, after, title }).then((reply) => {
    const first = reply?.causes[0];
    if (first) line.textContent = t(reply.fitted ? 'popupFirstCause' : 'popupCommonCause', first.title);
  });
}

/**
 * The page's mentions as a list of buttons (a screen reader hears each as "button, … calf cramp
 * after the race …, likely: …"): the words around the mention with the mention in bold, its sense
 * when it is not the muscle one, and the first cause its tooltip shows. Causes are asked for the
 * rows that come into view only: a page of hundreds of mentions opens the popup at once.
 */
export function renderMentionList(
  list: HTMLOListElement,
  mentions: readonly TabMention[],
  choose: (at: number) => void,
  send: (message: object) => Promise<unknown>,
  signal: AbortSignal,
): void {
  const pending = new Map<Element, () => void>();
  const observer = new IntersectionObserver(
    (entries) => {
      for (const entry of entries) {
        if (!entry.isIntersecting) continue;
        observer.unobserve(entry.target);
        pending.get(entry.target)?.();
        pending.delete(entry.target);
      }
    },
    { root: list },
  );
  onAbort(signal, () => observer.disconnect());
  list.replaceChildren(
    ...mentions.map((m, at) => {
      const button = el('button', 'mention');
      button.type = 'button';
      const snippet = el('span', 'snippet');
      snippet.append(lead(m.before), el('strong', '', m.mention.replace(/\s+/g, ' ')), tail(m.after));
      button.append(snippet);
      if (m.sense !== 'muscle') button.append(el('span', 'sense', t('popupMentionOther')));
      else {
        const line = el('span', 'first-cause');
        button.append(line);
        pending.set(button, () => fillFirstCause(m, line, send));
        observer.observe(button);
      }
      button.addEventListener('click', () => choose(at));
      const item = el('li');
      item.append(button);
      return item;
    }),
  );
  list.hidden = mentions.length === 0;
}
