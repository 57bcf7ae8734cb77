/**
 * The tab's mentions over all its frames, for the popup's list and ‹ ›, and for the keyboard
 * commands: every frame that marks something is asked for its list (`get-mentions`), the lists are
 * put in page order (src/page-order.ts), and a step goes from the mention whose tooltip was opened
 * last, in whichever frame, to the next one, in whichever frame.
 */
import browser from 'webextension-polyfill';
import { type Message, type MentionsReply, type OpenedReply, type TabMentionsReply } from '../src/messages';
import {
  currentPosition,
  inPageOrder,
  stepFrom,
  stepTarget,
  ASKED_MS,
  type Asked,
  type FrameListing,
  type OrderedMention,
} from '../src/page-order';
import { askFrame } from '../src/ask/tab';
import { framesWithMentions } from './frame-store';
import { toFrame } from './to-frame';
import { translate } from './i18n';

/** The mention last asked to open in each tab (kept in memory: a restart only forgets a moment's step). */
const asked = new Map<number, Asked>();

/** One frame's list, or null where no content script answers. */
const ask = (tabId: number, frameId: number): Promise<MentionsReply | null> =>
  askFrame(toFrame(tabId, frameId), 'get-mentions');

async function listings(tabId: number): Promise<FrameListing[]> {
  const ids = [...new Set([0, ...(await framesWithMentions(tabId))])];
  const replies = await Promise.all(ids.map((id) => ask(tabId, id)));
  return ids.flatMap((frameId, i) => {
    const reply = replies[i];
    return reply ? [{ frameId, reply }] : [];
  });
}

export async function tabMentions(tabId: number): Promise<TabMentionsReply> {
  const all = await listings(tabId);
  const ordered = inPageOrder(all);
  const titles = new Map(all.map((l) => [l.frameId, l.reply.title]));
  const top = all.find((l) => l.frameId === 0)?.reply;
  return {
    type: 'tab-mentions',
    count: all.reduce((sum, l) => sum + l.reply.count, 0),
    // Not ranked here: a page of hundreds of mentions would keep the popup waiting. The popup asks
    // for the rows it shows, as the tooltip does.
    mentions: ordered.map((m) => ({ ...m, title: titles.get(m.frameId) ?? '' })),
    current: currentPosition(all, ordered),
    state: top?.state ?? 'unsupported',
    host: top?.host ?? '',
  };
}

/**
 * Opens the mention at `target` in page order, in whichever frame it is, announcing "Mention n of
 * m", and closes a tooltip left open in any other frame. Resolves with `target`, or -1 when there is
 * no such mention.
 */
async function showAt(
  tabId: number,
  all: readonly FrameListing[],
  ordered: readonly OrderedMention[],
  target: number,
): Promise<number> {
  const mention = ordered[target];
  if (!mention) return -1;
  const now = Date.now();
  for (const [id, a] of asked) if (now - a.at > ASKED_MS) asked.delete(id);
  asked.set(tabId, { frameId: mention.frameId, index: mention.index, at: now });
  const where = translate('tooltipPosition', String(target + 1), String(ordered.length));
  const message: Message = { type: 'show-mention', index: mention.index, where };
  const close: Message = { type: 'close-tooltip' };
  await Promise.all([
    browser.tabs.sendMessage(tabId, message, { frameId: mention.frameId }).catch(() => undefined),
    ...all
      .filter((l) => l.frameId !== mention.frameId && l.reply.current >= 0)
      .map((l) => browser.tabs.sendMessage(tabId, close, { frameId: l.frameId }).catch(() => undefined)),
  ]);
  return target;
}

/** The popup's list: opens the mention at `position` in page order. */
export async function showTabMention(tabId: number, position: number): Promise<OpenedReply> {
  const all = await listings(tabId);
  return opened(await showAt(tabId, all, inPageOrder(all), position));
}

/**
 * Opens the tab's next or previous mention (the keyboard commands, the popup's ‹ ›). Resolves with
 * its position in page order (-1: the tab has none), for the popup's "n / m".
 */
export async function stepTab(tabId: number, direction: 1 | -1): Promise<OpenedReply> {
  const all = await listings(tabId);
  const ordered = inPageOrder(all);
  return opened(
    await showAt(
      tabId,
      all,
      ordered,
      stepTarget(stepFrom(all, ordered, asked.get(tabId), Date.now()), direction, ordered.length),
    ),
  );
}

const opened = (position: number): OpenedReply => ({ type: 'opened', position });
