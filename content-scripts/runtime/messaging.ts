import { partitionPoint } from '../../src/partition';
import {
  MAX_FRAMES,
  MAX_LISTED,
  parseTabMessage,
  type CountReply,
  type Message,
  type MentionsReply,
  type PageState,
} from '../../src/messages';
import { isSiteDisabled } from '../../src/settings/hostname';
import type { Settings } from '../../src/settings/schema';
import type { Engine } from '../marks/engine';
import { highlightsSupported } from '../marks/highlights';
import { PRECEDING, type MarkedMention } from '../marks/mention-index';
import { cardRequestFor } from '../ui/cause-requests';
import type { Interaction } from '../ui/interaction';
import { frameIdOf, onMessage, sendMessage } from './ext-api';

export interface SessionView {
  readonly settings: Settings;
  readonly engine: Engine;
  /** Set with the first mark, when the user interface starts. */
  readonly ui?: Interaction;
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

/** A frame element's place among the marks (in document order): how many come before it. */
function marksBefore(frame: Element, marks: readonly MarkedMention[]): number {
  return partitionPoint(
    marks.length,
    (i) => (frame.compareDocumentPosition((marks[i] as MarkedMention).range.startContainer) & PRECEDING) !== 0,
  );
}

/** This frame's shown mentions for the popup's list and the tab-wide steps (see background/tab-mentions.ts). */
function listing(session: SessionView | null, settings: Settings | null): MentionsReply {
  const marks = session ? session.engine.shown() : [];
  const ui = session?.ui;
  const open = ui?.current();
  return {
    type: 'mentions',
    count: marks.length,
    mentions: marks.slice(0, MAX_LISTED).map((m) => {
      const { before, mention, after, sense } = cardRequestFor(m, '');
      return { before, mention, after, sense };
    }),
    frames: marks.length
      ? [...document.querySelectorAll('iframe,frame')].slice(0, MAX_FRAMES).map((f) => ({
          after: marksBefore(f, marks),
          frameId: frameIdOf(f),
          url: (f as HTMLIFrameElement).src,
        }))
      : [],
    url: location.href,
    title: document.title,
    current: open ? marks.indexOf(open) : -1,
    since: ui?.since() ?? 0,
    state: stateOf(session, settings),
    host: location.hostname,
  };
}

export interface MessageSources {
  readonly session: () => SessionView | null;
  readonly settings: () => Settings | null;
  /** This frame's current mention count. */
  readonly count: () => number;
}

/**
 * Answers the popup and the background, in every frame: counts for the badge, this frame's list,
 * and "open mention N" (the background worked out which frame). Unknown or malformed messages are
 * ignored.
 */
export function listenForMessages(sources: MessageSources, signal: AbortSignal): void {
  const listener = (raw: unknown): Promise<MentionsReply | CountReply> | undefined => {
    const message = parseTabMessage(raw);
    if (!message) return undefined;
    if (message.type === 'get-count') return Promise.resolve({ type: 'count', count: sources.count() });
    if (message.type === 'get-mentions') return Promise.resolve(listing(sources.session(), sources.settings()));
    const ui = sources.session()?.ui;
    if (message.type === 'close-tooltip') ui?.close();
    else ui?.show(message);
    return undefined;
  };
  onMessage(listener, signal);
}
