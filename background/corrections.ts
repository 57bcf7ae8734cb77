/**
 * The reader's corrections where the detector runs: kept in memory once read (and as they change
 * in storage, from any device or the popup), applied to every `detect` answer, and changed by the
 * tooltip's "Not a muscle cramp here" and its "Undo".
 */
import browser from 'webextension-polyfill';
import {
  CORRECTIONS_KEY,
  correctedOn,
  normalizePhrase,
  parseCorrections,
  withCorrection,
  withoutCorrection,
  type Correction,
} from '../src/corrections/corrections';
import { CorrectionsError, readCorrections, updateCorrections } from '../src/corrections/store';
import type { CardReply } from '../src/messages';
import {
  ACT_NOT_HERE,
  ACT_UNDO,
  correctedText,
  noticeView,
  type CorrectionScope,
  type Translate,
} from '../src/tooltip/card-view';

type Sender = browser.Runtime.MessageSender;

let cache: Promise<Correction[]> | null = null;
let read = false;
/** Read on first use, then kept as storage changes (from the popup, the tooltip, another device). */
function current(): Promise<Correction[]> {
  if (cache) return cache;
  browser.storage.onChanged.addListener((changes, area) => {
    const change = changes[CORRECTIONS_KEY];
    if (area === 'sync' && change) cache = Promise.resolve(parseCorrections(change.newValue).corrections);
  });
  return (cache = readCorrections(browser.storage.sync).finally(() => (read = true)));
}

/**
 * Waits for the corrections. Questions asked while they are first read (a page's batches, when its
 * first message woke the background) all resume at once, one microtask after another, and an
 * answer is sent only when every one of them is done: each goes on in a task of its own instead,
 * in the order asked, so the first batch's answer leaves as soon as its own detection ends.
 */
async function corrections(): Promise<Correction[]> {
  if (read) return current();
  const list = await current();
  await new Promise((resolve) => setTimeout(resolve, 0));
  return list;
}

/**
 * The site a frame's corrections hold on: the tab's page where the browser tells, else the frame's
 * own address; '' for a page without a host (a local file).
 */
export function siteOf(sender: Sender): string {
  try {
    return new URL(sender.tab?.url ?? sender.url ?? '').hostname;
  } catch {
    return '';
  }
}

/**
 * Which mentions to send a frame, by their words: none the reader corrected for its site (or
 * everywhere). Undefined when there are no corrections, so the detector checks nothing.
 */
export async function keepFor(sender: Sender): Promise<((words: string) => boolean) | undefined> {
  const list = await corrections();
  if (list.length === 0) return undefined;
  const corrected = correctedOn(list, siteOf(sender));
  return (words) => !corrected(words);
}

/** How long the "Undo" stays in the tooltip's place, and how long its "marked again" note. */
export const UNDO_MS = 8000;
const NOTICE_MS = 2500;

/** Acts on a card's button: a correction made or undone; answers with the card to show instead. */
export async function actOnCard(act: string, mention: string, sender: Sender, t: Translate): Promise<CardReply | null> {
  const [name, scope] = act.split(':') as [string, CorrectionScope];
  if ((name !== ACT_NOT_HERE && name !== ACT_UNDO) || (scope !== 'site' && scope !== 'all')) return null;
  const phrase = normalizePhrase(mention);
  const site = scope === 'site' ? siteOf(sender) : null;
  if (phrase === '' || site === '') return null;
  const notice = (say: string, closeAfter: number, undo?: { scope: CorrectionScope; label: string }): CardReply => ({
    type: 'card',
    view: noticeView(say, undo),
    css: '',
    say,
    closeAfter,
  });
  try {
    if (name === ACT_NOT_HERE) {
      await updateCorrections(browser.storage.sync, (list) => withCorrection(list, { phrase, site, at: Date.now() }));
      return notice(correctedText(phrase, scope, site ?? '', t), UNDO_MS, { scope, label: t('tooltipUndo') });
    }
    await updateCorrections(browser.storage.sync, (list) => withoutCorrection(list, { phrase, site }));
    return notice(t('tooltipUndone', phrase), NOTICE_MS);
  } catch (e) {
    return notice(
      t(e instanceof CorrectionsError && e.reason === 'newer' ? 'correctionsNewer' : 'correctionsFull'),
      UNDO_MS,
    );
  }
}
