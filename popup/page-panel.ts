import browser from 'webextension-polyfill';
import { parseMentionsReply, type MentionsReply, type Message } from '../src/messages';
import type { Settings } from '../src/settings/schema';
import { t } from './i18n';

/**
 * The tab the popup talks to: the active tab, or `?tab=<id>` when the popup is opened as a page
 * (tests, and people who pin it in a tab).
 */
export async function targetTabId(): Promise<number | undefined> {
  const fromQuery = Number(new URLSearchParams(location.search).get('tab'));
  if (Number.isInteger(fromQuery) && fromQuery > 0) return fromQuery;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

async function askPage(tabId: number | undefined): Promise<MentionsReply | null> {
  if (tabId === undefined) return null;
  const message: Message = { type: 'get-mentions' };
  try {
    return parseMentionsReply(await browser.tabs.sendMessage(tabId, message, { frameId: 0 }));
  } catch {
    // No content script answers on browser pages, the web store, PDFs and pages still loading.
    return null;
  }
}

export interface PagePanel {
  readonly refresh: () => Promise<void>;
}

/** "N mentions on this page" with previous/next, or why nothing is marked; the per-site switch. */
export function mountPagePanel(
  getSettings: () => Settings,
  toggleSite: (host: string, off: boolean) => Promise<void>,
): PagePanel {
  const status = document.getElementById('page-status') as HTMLElement;
  const stepper = document.getElementById('stepper') as HTMLElement;
  const position = document.getElementById('position') as HTMLElement;
  const prev = document.getElementById('prev') as HTMLButtonElement;
  const next = document.getElementById('next') as HTMLButtonElement;
  const siteRow = document.getElementById('site-row') as HTMLElement;
  const siteOff = document.getElementById('site-off') as HTMLInputElement;
  const siteLabel = document.getElementById('site-label') as HTMLElement;
  let tabId: number | undefined;
  let count = 0;
  let current = -1;
  let host = '';

  const go = (delta: number) => {
    if (count === 0 || tabId === undefined) return;
    current = (current + delta + count) % count;
    position.textContent = `${current + 1} / ${count}`;
    const message: Message = { type: 'show-mention', index: current };
    browser.tabs.sendMessage(tabId, message, { frameId: 0 }).catch(() => undefined);
  };
  prev.addEventListener('click', () => go(-1));
  next.addEventListener('click', () => go(1));
  siteOff.addEventListener('change', () => void toggleSite(host, siteOff.checked));

  const refresh = async () => {
    tabId ??= await targetTabId();
    const reply = await askPage(tabId);
    count = reply?.count ?? 0;
    host = reply?.host ?? '';
    const state = reply?.state ?? 'unsupported';
    const settings = getSettings();
    if (state === 'unsupported') status.textContent = t('popupStateUnsupported');
    else if (!settings.enabled) status.textContent = t('popupStateDisabled');
    else if (state === 'site-disabled') status.textContent = t('popupStateSiteDisabled');
    else if (count === 0) status.textContent = t('popupNoMentions');
    else status.textContent = count === 1 ? t('popupMentionCountOne') : t('popupMentionCount', String(count));
    stepper.hidden = !(state === 'active' && count > 0);
    if (current >= count) current = -1;
    position.textContent = current >= 0 ? `${current + 1} / ${count}` : '';
    siteRow.hidden = host === '' || state === 'unsupported';
    siteLabel.textContent = t('settingSiteOff', host);
    siteOff.checked = settings.disabledSites.includes(host);
  };
  return { refresh };
}
