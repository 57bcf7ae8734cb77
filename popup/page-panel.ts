import browser from 'webextension-polyfill';
import { askFromPopup } from '../src/ask/popup';
import type { TabMentionsReply } from '../src/messages';
import type { Settings } from '../src/settings/schema';
import { t } from './i18n';
import { renderMentionList } from './mention-list';

/**
 * The tab the popup talks to: the active tab, or `?tab=<id>` when the popup is opened as a page
 * (tests, and people who pin it in a tab).
 */
function tabFromQuery(): number | undefined {
  const fromQuery = Number(new URLSearchParams(location.search).get('tab'));
  return Number.isInteger(fromQuery) && fromQuery > 0 ? fromQuery : undefined;
}

export async function targetTabId(): Promise<number | undefined> {
  const fromQuery = tabFromQuery();
  if (fromQuery !== undefined) return fromQuery;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

/** Sends to the background; a failure (the extension reloading, say) is no answer. */
const toBackground = (message: object): Promise<unknown> => browser.runtime.sendMessage(message).catch(() => undefined);

/** The tab's mentions over all frames, from the background (which asks each frame). */
async function askTab(tabId: number | undefined): Promise<TabMentionsReply | null> {
  if (tabId === undefined) return null;
  return askFromPopup(toBackground, 'tab-mentions', { tabId });
}

/**
 * "8 mentions on this page", or "8 mentions in the text" while the page's navigation, contents and
 * references are left unmarked (the default): the count says what it counts.
 */
function countText(count: number, withPageParts: boolean): string {
  if (withPageParts) return count === 1 ? t('popupMentionCountOne') : t('popupMentionCount', String(count));
  return count === 1 ? t('popupMentionCountTextOne') : t('popupMentionCountText', String(count));
}

export interface PagePanel {
  readonly refresh: () => Promise<void>;
}

/**
 * "N mentions on this page", every mention listed (choosing one opens it on the page), previous and
 * next over the whole tab, or why nothing is marked; the per-site switch.
 */
export function mountPagePanel(
  getSettings: () => Settings,
  toggleSite: (host: string, off: boolean) => Promise<void>,
): PagePanel {
  const status = document.getElementById('page-status') as HTMLElement;
  const stepper = document.getElementById('stepper') as HTMLElement;
  const position = document.getElementById('position') as HTMLElement;
  const prev = document.getElementById('prev') as HTMLButtonElement;
  const next = document.getElementById('next') as HTMLButtonElement;
  const list = document.getElementById('mention-list') as HTMLOListElement;
  const siteRow = document.getElementById('site-row') as HTMLElement;
  const siteOff = document.getElementById('site-off') as HTMLInputElement;
  const siteLabel = document.getElementById('site-label') as HTMLElement;
  let tabId: number | undefined;
  let reply: TabMentionsReply | null = null;
  /** Each rendering of the list observes its rows until the next one replaces it. */
  let rendering = new AbortController();
  let host = '';

  /** "3 / 8" beside the stepper, and the list's row of that mention highlighted and scrolled to. */
  const showPosition = (at: number) => {
    const total = reply?.mentions.length ?? 0;
    position.textContent = at >= 0 && at < total ? t('popupPosition', [String(at + 1), String(total)]) : '';
    list.querySelectorAll('[aria-current]').forEach((row) => row.removeAttribute('aria-current'));
    const row = list.children[at]?.querySelector('button');
    row?.setAttribute('aria-current', 'true');
    row?.scrollIntoView({ block: 'nearest' });
  };
  const step = async (direction: 1 | -1) => {
    if (tabId === undefined || !reply || reply.mentions.length === 0) return;
    showPosition((await askFromPopup(toBackground, 'step-tab', { tabId, direction }))?.position ?? -1);
  };
  /** Opens a listed mention on the page; a toolbar popup then closes, so focus goes to the page. */
  const choose = (at: number) => {
    if (tabId === undefined) return;
    showPosition(at);
    void askFromPopup(toBackground, 'show-tab-mention', { tabId, position: at }).then(
      () => tabFromQuery() === undefined && window.close(),
    );
  };
  // Steps go one after another: a quick second click steps on from where the first landed.
  let stepping = Promise.resolve();
  const queueStep = (direction: 1 | -1) => (stepping = stepping.then(() => step(direction)));
  prev.addEventListener('click', () => void queueStep(-1));
  next.addEventListener('click', () => void queueStep(1));
  siteOff.addEventListener('change', () => void toggleSite(host, siteOff.checked));

  const refresh = async () => {
    tabId ??= await targetTabId();
    reply = await askTab(tabId);
    const count = reply?.count ?? 0;
    host = reply?.host ?? '';
    const state = reply?.state ?? 'unsupported';
    const settings = getSettings();
    if (state === 'unsupported') status.textContent = t('popupStateUnsupported');
    else if (!settings.enabled) status.textContent = t('popupStateDisabled');
    else if (state === 'site-disabled') status.textContent = t('popupStateSiteDisabled');
    else if (count === 0) status.textContent = t('popupNoMentions');
    else status.textContent = countText(count, settings.markPageParts);
    const listed = state === 'active' && count > 0 && reply ? reply.mentions : [];
    stepper.hidden = listed.length === 0;
    rendering.abort();
    rendering = new AbortController();
    renderMentionList(list, listed, choose, toBackground, rendering.signal);
    showPosition(reply?.current ?? -1);
    siteRow.hidden = host === '' || state === 'unsupported';
    siteLabel.textContent = t('settingSiteOff', host);
    siteOff.checked = settings.disabledSites.includes(host);
  };
  return { refresh };
}
