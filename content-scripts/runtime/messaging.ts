import { parseTabMessage, type CountReply, type Message, type MentionsReply, type PageState } from '../../src/messages';
import { isSiteDisabled } from '../../src/settings/hostname';
import type { Settings } from '../../src/settings/schema';
import type { Engine } from '../marks/engine';
import { onMessage, sendMessage } from './ext-api';
import { highlightsSupported } from '../marks/highlights';

export interface SessionView {
  readonly settings: Settings;
  readonly engine: Engine;
}

/** Tells the background how many mentions this frame marks; the badge shows it (see count-report.ts). */
export function sendCount(count: number): void {
  const message: Message = { type: 'mentions-changed', count };
  sendMessage(message);
}

function stateOf(session: SessionView | null, lastSettings: Settings | null): PageState {
  if (!highlightsSupported()) return 'unsupported';
  if (session) return 'active';
  if (lastSettings && lastSettings.enabled && isSiteDisabled(location.hostname, lastSettings.disabledSites))
    return 'site-disabled';
  return 'disabled';
}

export interface MessageSources {
  readonly session: () => SessionView | null;
  readonly settings: () => Settings | null;
  /** This frame's current mention count. */
  readonly count: () => number;
  /** Shows or steps to a mention (the popup's list and ‹ ›, the keyboard commands). */
  readonly command: (message: Extract<Message, { type: 'show-mention' | 'step-mention' }>) => void;
}

/**
 * Answers the popup and the background. Only the top frame answers `get-mentions`, so the popup
 * gets one reply per tab; every frame answers `get-count`, for the badge. Unknown or malformed
 * messages are ignored.
 */
export function listenForMessages(sources: MessageSources, signal: AbortSignal): void {
  const listener = (raw: unknown): Promise<MentionsReply | CountReply> | undefined => {
    const message = parseTabMessage(raw);
    if (!message) return undefined;
    if (message.type === 'get-count') return Promise.resolve({ type: 'count', count: sources.count() });
    if (message.type === 'get-mentions') {
      if (window !== window.top) return undefined;
      const session = sources.session();
      const marks = session ? session.engine.shown() : [];
      const reply: MentionsReply = {
        type: 'mentions',
        count: marks.length,
        mentions: marks.slice(0, 500).map((m, index) => ({
          index,
          text: m.block.text.slice(m.mention.start, m.mention.end),
          term: m.mention.term,
        })),
        state: stateOf(session, sources.settings()),
        host: location.hostname,
      };
      return Promise.resolve(reply);
    }
    if (message.type === 'show-mention' || message.type === 'step-mention') {
      if (window === window.top) sources.command(message);
    }
    return undefined;
  };
  onMessage(listener, signal);
}
