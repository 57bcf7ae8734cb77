import { el } from '../dom/el';
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

/**
 * The page's mentions as a list of buttons (a screen reader hears each as "button, … calf cramp
 * after the race …, likely: …"): the words around the mention with the mention in bold, its sense
 * when it is not the muscle one, and the first cause its tooltip shows.
 */
export function renderMentionList(
  list: HTMLOListElement,
  mentions: readonly TabMention[],
  choose: (at: number) => void,
): void {
  list.replaceChildren(
    ...mentions.map((m, at) => {
      const button = el('button', 'mention');
      button.type = 'button';
      const snippet = el('span', 'snippet');
      snippet.append(lead(m.before), el('strong', '', m.mention.replace(/\s+/g, ' ')), tail(m.after));
      button.append(snippet);
      if (m.sense !== 'muscle') button.append(el('span', 'sense', t('popupMentionOther')));
      else if (m.cause)
        button.append(el('span', 'first-cause', t(m.fitted ? 'popupFirstCause' : 'popupCommonCause', m.cause)));
      button.addEventListener('click', () => choose(at));
      const item = el('li');
      item.append(button);
      return item;
    }),
  );
  list.hidden = mentions.length === 0;
}
