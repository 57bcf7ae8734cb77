/**
 * The tab's mentions over all its frames, for the popup's list and ‹ ›, and for the keyboard
 * commands: every frame that marks something is asked for its list (`get-mentions`), the lists are
 * put in page order (src/page-order.ts), and a step goes from the mention whose tooltip was opened
 * last, in whichever frame, to the next one, in whichever frame.
 */
import browser from 'webextension-polyfill';
import { parseMentionsReply, type Message, type MentionsReply, type TabMentionsReply } from '../src/messages';
import { currentPosition, inPageOrder, stepTarget, type FrameListing } from '../src/page-order';
import { tooltipCauses } from '../src/ranking/tooltip-causes';
import { framesWithMentions } from './badge';

async function ask(tabId: number, frameId: number): Promise<MentionsReply | null> {
  const message: Message = { type: 'get-mentions' };
  try {
    return parseMentionsReply(await browser.tabs.sendMessage(tabId, message, { frameId }));
  } catch {
    // No content script there (a browser page, a PDF, a frame that has gone).
    return null;
  }
}

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
    // The first cause the tooltip would show (none for another medical sense, as in the tooltip).
    mentions: ordered.map((m) => {
      const { before, mention, after } = m;
      const title = titles.get(m.frameId) ?? '';
      if (m.sense !== 'muscle') return { ...m, cause: null, fitted: false };
      const { causes, fitted } = tooltipCauses({ before, mention, after, title });
      return { ...m, cause: causes[0]?.title ?? null, fitted };
    }),
    current: currentPosition(all, ordered),
    state: top?.state ?? 'unsupported',
    host: top?.host ?? '',
  };
}

/**
 * Opens the tab's next or previous mention, in whichever frame it is, announcing "Mention n of m".
 * Resolves with its position in page order (-1: the tab has none), for the popup's "n / m".
 */
export async function stepTab(tabId: number, direction: 1 | -1): Promise<number> {
  const all = await listings(tabId);
  const ordered = inPageOrder(all);
  const target = stepTarget(currentPosition(all, ordered), direction, ordered.length);
  const mention = ordered[target];
  if (!mention) return -1;
  const message: Message = { type: 'show-mention', index: mention.index, position: target + 1, total: ordered.length };
  await browser.tabs.sendMessage(tabId, message, { frameId: mention.frameId }).catch(() => undefined);
  return target;
}
