/**
 * Every message the background answers, in one map keyed by the message's type: what it does and
 * who may send it. The map names every type of `Message` (the compiler checks it): a message meant
 * for content scripts has `null` here, so nothing is answered by accident.
 */
import browser from 'webextension-polyfill';
import TOOLTIP_CSS from '../dom/tooltip.css?inline';
import type { DetectReply } from '../src/detect-protocol';
import type { CardReply, CausesReply, Message } from '../src/messages';
import { detectTexts } from '../src/matching/detect-texts';
import { tooltipCauses } from '../src/ranking/tooltip-causes';
import { tooltipCard } from '../src/tooltip/tooltip-card';
import { actOnCard, keepFor, siteOf } from './corrections';
import { translate } from './i18n';
import { reportFrameCount } from './badge';
import { openReference } from './reference-tab';
import { showTabMention, stepTab, tabMentions } from './tab-mentions';

type Sender = browser.Runtime.MessageSender;

/**
 * Who may send a message: a frame of a tab (a content script), one of the extension's own pages
 * (the popup, also opened as a tab, and the reference page), or either.
 */
export type Senders = 'tab' | 'extension-page' | 'any';

interface Handler<M extends Message> {
  readonly from: Senders;
  readonly handle: (message: M, sender: Sender) => Promise<unknown> | undefined;
}

type Handlers = { readonly [T in Message['type']]: Handler<Extract<Message, { type: T }>> | null };

const answer = <R>(reply: R): Promise<R> => Promise.resolve(reply);

export const HANDLERS: Handlers = {
  'mentions-changed': {
    from: 'tab',
    handle: (m, sender) =>
      sender.tab?.id === undefined ? undefined : reportFrameCount(sender.tab.id, sender.frameId ?? 0, m.count),
  },
  // The popup lists a mention's first cause.
  'rank-causes': { from: 'extension-page', handle: (m) => answer<CausesReply>(tooltipCauses(m)) },
  'tooltip-card': {
    from: 'any',
    handle: (m, sender) =>
      answer<CardReply>({ type: 'card', view: tooltipCard(m, translate, siteOf(sender)), css: TOOLTIP_CSS }),
  },
  'tooltip-act': {
    from: 'tab',
    handle: async (m, sender) => {
      const reply = await actOnCard(m.act, m.mention, sender, translate);
      return reply && { ...reply, css: TOOLTIP_CSS };
    },
  },
  // What the reader corrected for the frame's site is not sent back.
  detect: {
    from: 'any',
    handle: async (m, sender): Promise<DetectReply> => ({
      type: 'detected',
      found: detectTexts(m.texts, m.pieces, await keepFor(sender)),
    }),
  },
  'open-reference': { from: 'any', handle: (m) => openReference(m.causeId) },
  // What a tab holds is for the popup only: a content script never asks about other tabs.
  'tab-mentions': { from: 'extension-page', handle: (m) => tabMentions(m.tabId) },
  'step-tab': { from: 'extension-page', handle: (m) => stepTab(m.tabId, m.direction) },
  'show-tab-mention': { from: 'extension-page', handle: (m) => showTabMention(m.tabId, m.position) },
  // Sent by the background and the popup to content scripts.
  'get-count': null,
  'get-mentions': null,
  'show-mention': null,
  'close-tooltip': null,
};

/** The extension's own pages (the popup, also when opened as a tab), not a content script. */
const fromExtensionPage = (sender: Sender) => sender.url?.startsWith(browser.runtime.getURL('')) === true;

function allowed(from: Senders, sender: Sender): boolean {
  switch (from) {
    case 'any':
      return true;
    case 'tab':
      return sender.tab?.id !== undefined;
    case 'extension-page':
      return fromExtensionPage(sender);
  }
}

/** Answers a validated message by its handler, when its sender may send it; otherwise nothing. */
export function dispatch(message: Message, sender: Sender): Promise<unknown> | undefined {
  const handler = HANDLERS[message.type] as Handler<Message> | null;
  return handler && allowed(handler.from, sender) ? handler.handle(message, sender) : undefined;
}
