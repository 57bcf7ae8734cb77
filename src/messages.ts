import type { BackgroundToTab, ContentToBackground, MessageOf, PopupToBackground } from './api';
import { validDetectTexts, validPieces } from './detect-protocol';
import { SENSES, type Sense } from './matching/types';
import { parseView, type View } from './tooltip/view';
import { MAX_HOSTNAME_LENGTH } from './settings/schema';
import { CONTEXT_WINDOW, MAX_TITLE, TOOLTIP_CAUSES, TOOLTIP_CUES } from './ranking/limits';

/**
 * Every runtime message, as one discriminated union. Receivers validate with `parseMessage` and
 * ignore anything else: a message from an older build or a hostile page never throws.
 */
/**
 * What the background needs to rank causes for a mention: the text either side of it (at most
 * `CONTEXT_WINDOW` characters each), the mention, and the page title.
 */
export interface CausesRequest {
  readonly before: string;
  readonly mention: string;
  readonly after: string;
  readonly title: string;
}

/** What the tooltip's card is built from: the text around the mention, and its sense. */
export interface CardRequest extends CausesRequest {
  readonly sense: Sense;
}

/**
 * The tooltip's card, built by the background, with its stylesheet (kept out of the script every
 * page loads: most pages never open a tooltip). `say` is announced through the live region, and a
 * card with `closeAfter` (ms) closes by itself (the "Undo" after a correction).
 */
export interface CardReply {
  readonly type: 'card';
  readonly view: View;
  readonly css: string;
  readonly say?: string;
  readonly closeAfter?: number;
}

const MAX_CSS = 32_768;
const MAX_CLOSE_AFTER = 60_000;

/** The card from the background, or null for anything that is not one in full. */
export function parseCardReply(value: unknown): CardReply | null {
  const r = value as Record<string, unknown> | null;
  const view = r?.['type'] === 'card' ? parseView(r['view']) : null;
  const { css, say, closeAfter } = r ?? {};
  if (!view || typeof css !== 'string' || css.length > MAX_CSS) return null;
  return {
    type: 'card',
    view,
    css,
    ...(typeof say === 'string' && say.length <= MAX_CAUSE_TEXT ? { say } : {}),
    ...(isIndex(closeAfter) && closeAfter <= MAX_CLOSE_AFTER ? { closeAfter } : {}),
  };
}

/** A cause as the tooltip shows it. */
export interface TooltipCause {
  readonly id: string;
  readonly title: string;
  readonly summary: string;
  /** The words that made this cause relevant, strongest first. */
  readonly cues: readonly string[];
  /** Where those words are: near the mention, or only in the page's title ("on this page"). */
  readonly where: 'nearby' | 'page';
}

/**
 * One mention as its frame lists it for the popup: the words either side (the popup's snippet, and
 * what the background ranks its first cause from) and its sense.
 */
export interface PageMention {
  readonly before: string;
  readonly mention: string;
  readonly after: string;
  readonly sense: Sense;
}

/**
 * Where a child frame sits among its parent's mentions (`after` of them come before it), and how
 * to know it: its frame id where the browser tells (Firefox), else -1 and its address.
 */
export interface FrameSlot {
  readonly after: number;
  readonly frameId: number;
  readonly url: string;
}

export interface CausesReply {
  readonly type: 'causes';
  readonly causes: readonly TooltipCause[];
  /** False when nothing on the page points to any cause: the list is the common causes. */
  readonly fitted: boolean;
}

/** Every runtime message: the messages of the three surfaces of src/api.ts, as they travel. */
export type Message = MessageOf<ContentToBackground> | MessageOf<PopupToBackground> | MessageOf<BackgroundToTab>;

/** One frame's mentions, as shown under the current settings (at most `MAX_LISTED` of them listed). */
export interface MentionsReply {
  readonly type: 'mentions';
  readonly count: number;
  readonly mentions: readonly PageMention[];
  /** The frames inside this one, for putting the tab's mentions in page order. */
  readonly frames: readonly FrameSlot[];
  readonly url: string;
  readonly title: string;
  /** The mention whose tooltip is open (-1: none), and since when (ms since the epoch). */
  readonly current: number;
  readonly since: number;
  /** Why nothing is marked, when that is the case. */
  readonly state: PageState;
  /** The page's hostname, so the popup can offer "off for this site" without the tabs permission. */
  readonly host: string;
}

/**
 * A mention of the tab as the popup lists it: where it is, its words, and its page's title (with
 * the words, what the popup asks the ranking for, for the rows it shows: see popup/mention-list.ts).
 */
export interface TabMention extends PageMention {
  readonly frameId: number;
  readonly index: number;
  readonly title: string;
}

export interface TabMentionsReply {
  readonly type: 'tab-mentions';
  /** Every frame's count added up: the number the badge shows. */
  readonly count: number;
  /** In page order: each frame's mentions where the frame sits in its parent. */
  readonly mentions: readonly TabMention[];
  /** The position in `mentions` of the one whose tooltip is open, or -1. */
  readonly current: number;
  /** The top frame's state and hostname. */
  readonly state: PageState;
  readonly host: string;
}

/** At most this many mentions a frame lists for the popup (a page of 15,000 still counts them all). */
export const MAX_LISTED = 500;
/** At most this many frames a frame says it holds (a page of thousands of iframes costs no more). */
export const MAX_FRAMES = 200;

export interface CountReply {
  readonly type: 'count';
  readonly count: number;
}

const STATES = ['active', 'disabled', 'site-disabled', 'unsupported'] as const;
export type PageState = (typeof STATES)[number];

const MAX_INDEX = 1_000_000;
const isIndex = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= MAX_INDEX;
/** Tab and frame ids are whole numbers, some of them large (Chrome tab ids run into the billions). */
const isTabId = (v: unknown): v is number => typeof v === 'number' && Number.isSafeInteger(v) && v >= 0;
const CAUSE_ID = /^[a-z0-9-]{1,64}$/;
/** What a card's button asks the background to do: a name and what it is done to ("not-here:site"). */
const ACT = /^[a-z-]{1,20}:[a-z0-9-]{1,40}$/;
const MAX_ACT = 64;
const MAX_MENTION = 200;
const MAX_CAUSE_TEXT = 300;

/** A string, cut to `max` characters (from the end when `fromEnd`), or null for anything else. */
function text(value: unknown, max: number, fromEnd = false): string | null {
  if (typeof value !== 'string') return null;
  return fromEnd ? value.slice(Math.max(0, value.length - max)) : value.slice(0, max);
}

function causesRequest(m: Record<string, unknown>): CausesRequest | null {
  const before = text(m['before'], CONTEXT_WINDOW, true);
  const mention = text(m['mention'], MAX_MENTION);
  const after = text(m['after'], CONTEXT_WINDOW);
  const title = text(m['title'], MAX_TITLE);
  if (before === null || mention === null || after === null || title === null || mention === '') return null;
  return { before, mention, after, title };
}

/** The messages a content script receives (from the popup and the background). */
export type TabMessage = Extract<Message, { type: 'get-count' | 'get-mentions' | 'show-mention' | 'close-tooltip' }>;

/**
 * Validates a message sent to a content script. Kept apart from `parseMessage` so the content
 * script, which every page loads, carries only the checks of what it receives.
 */
export function parseTabMessage(value: unknown): TabMessage | null {
  if (typeof value !== 'object' || value === null) return null;
  const m = value as Record<string, unknown>;
  switch (m['type']) {
    case 'get-mentions':
      return { type: 'get-mentions' };
    case 'get-count':
      return { type: 'get-count' };
    case 'close-tooltip':
      return { type: 'close-tooltip' };
    case 'show-mention': {
      const { index, where } = m;
      if (!isIndex(index)) return null;
      // Where it is ("Mention 3 of 7"), when it is a short text.
      return typeof where === 'string' && where.length <= MAX_MENTION
        ? { type: 'show-mention', index, where }
        : { type: 'show-mention', index };
    }
    default:
      return null;
  }
}

/** Validates any message of the extension (the background's side: everything it may be sent). */
export function parseMessage(value: unknown): Message | null {
  if (typeof value !== 'object' || value === null) return null;
  const m = value as Record<string, unknown>;
  switch (m['type']) {
    case 'mentions-changed':
      return isIndex(m['count']) ? { type: 'mentions-changed', count: m['count'] } : null;
    case 'open-reference': {
      const id = m['causeId'];
      if (id === undefined) return { type: 'open-reference' };
      return typeof id === 'string' && CAUSE_ID.test(id) ? { type: 'open-reference', causeId: id } : null;
    }
    case 'rank-causes': {
      const request = causesRequest(m);
      return request && { type: 'rank-causes', ...request };
    }
    case 'tooltip-card': {
      const request = causesRequest(m);
      const sense = SENSES.find((s) => s === m['sense']);
      return request && sense ? { type: 'tooltip-card', ...request, sense } : null;
    }
    case 'tooltip-act': {
      const act = text(m['act'], MAX_ACT);
      const mention = text(m['mention'], MAX_MENTION);
      return act && ACT.test(act) && mention ? { type: 'tooltip-act', act, mention } : null;
    }
    case 'detect': {
      const texts = validDetectTexts(m['texts']);
      if (!texts) return null;
      if (m['pieces'] === undefined) return { type: 'detect', texts };
      const pieces = validPieces(m['pieces'], texts);
      return pieces ? { type: 'detect', texts, pieces } : null;
    }
    case 'tab-mentions':
      return isTabId(m['tabId']) ? { type: 'tab-mentions', tabId: m['tabId'] } : null;
    case 'show-tab-mention': {
      const { tabId, position } = m;
      return isTabId(tabId) && isIndex(position) ? { type: 'show-tab-mention', tabId, position } : null;
    }
    case 'step-tab': {
      const { tabId, direction } = m;
      return isTabId(tabId) && (direction === 1 || direction === -1) ? { type: 'step-tab', tabId, direction } : null;
    }
    default:
      return parseTabMessage(value);
  }
}

export function parseCausesReply(value: unknown): CausesReply | null {
  if (typeof value !== 'object' || value === null) return null;
  const r = value as Record<string, unknown>;
  if (r['type'] !== 'causes' || !Array.isArray(r['causes'])) return null;
  const causes: TooltipCause[] = [];
  for (const item of r['causes'].slice(0, TOOLTIP_CAUSES)) {
    if (typeof item !== 'object' || item === null) return null;
    const c = item as Record<string, unknown>;
    const title = text(c['title'], MAX_CAUSE_TEXT);
    const summary = text(c['summary'], MAX_CAUSE_TEXT);
    const cues = Array.isArray(c['cues']) ? c['cues'].slice(0, TOOLTIP_CUES).map((w) => text(w, MAX_MENTION)) : null;
    if (typeof c['id'] !== 'string' || !CAUSE_ID.test(c['id']) || !title || summary === null || !cues) return null;
    if (cues.some((w) => w === null)) return null;
    const where = c['where'] === 'page' ? 'page' : 'nearby';
    causes.push({ id: c['id'], title, summary, cues: cues as string[], where });
  }
  return { type: 'causes', causes, fitted: r['fitted'] === true };
}

const MAX_URL = 2048;

function pageMention(value: unknown): PageMention | null {
  if (typeof value !== 'object' || value === null) return null;
  const it = value as Record<string, unknown>;
  const before = text(it['before'], CONTEXT_WINDOW, true);
  const mention = text(it['mention'], MAX_MENTION);
  const after = text(it['after'], CONTEXT_WINDOW);
  const sense = SENSES.find((s) => s === it['sense']);
  if (before === null || !mention || after === null || !sense) return null;
  return { before, mention, after, sense };
}

function frameSlot(value: unknown): FrameSlot | null {
  if (typeof value !== 'object' || value === null) return null;
  const it = value as Record<string, unknown>;
  const url = text(it['url'], MAX_URL);
  const frameId = it['frameId'] === -1 ? -1 : isTabId(it['frameId']) ? it['frameId'] : null;
  if (!isIndex(it['after']) || frameId === null || url === null) return null;
  return { after: it['after'], frameId, url };
}

const present = <T>(v: T | null): v is T => v !== null;

/** A frame's list; malformed entries are dropped, a malformed reply is null. */
export function parseMentionsReply(value: unknown): MentionsReply | null {
  if (typeof value !== 'object' || value === null) return null;
  const r = value as Record<string, unknown>;
  const state = STATES.find((s) => s === r['state']);
  if (r['type'] !== 'mentions' || !isIndex(r['count']) || !Array.isArray(r['mentions']) || !state) return null;
  const current = isIndex(r['current']) ? r['current'] : -1;
  return {
    type: 'mentions',
    count: r['count'],
    mentions: r['mentions'].slice(0, MAX_LISTED).map(pageMention).filter(present),
    frames: Array.isArray(r['frames']) ? r['frames'].slice(0, MAX_FRAMES).map(frameSlot).filter(present) : [],
    url: text(r['url'], MAX_URL) ?? '',
    title: text(r['title'], MAX_TITLE) ?? '',
    current,
    since: typeof r['since'] === 'number' && Number.isFinite(r['since']) ? r['since'] : 0,
    state,
    host: text(r['host'], MAX_HOSTNAME_LENGTH) ?? '',
  };
}

/** The background's answer to the popup. */
export function parseTabMentionsReply(value: unknown): TabMentionsReply | null {
  if (typeof value !== 'object' || value === null) return null;
  const r = value as Record<string, unknown>;
  const state = STATES.find((s) => s === r['state']);
  if (r['type'] !== 'tab-mentions' || !isIndex(r['count']) || !Array.isArray(r['mentions']) || !state) return null;
  const mentions: TabMention[] = [];
  for (const item of r['mentions'].slice(0, 10_000)) {
    const m = pageMention(item);
    const it = item as Record<string, unknown>;
    if (!m || !isTabId(it['frameId']) || !isIndex(it['index'])) continue;
    mentions.push({ ...m, frameId: it['frameId'], index: it['index'], title: text(it['title'], MAX_TITLE) ?? '' });
  }
  const current = isIndex(r['current']) && r['current'] < mentions.length ? r['current'] : -1;
  return {
    type: 'tab-mentions',
    count: r['count'],
    mentions,
    current,
    state,
    host: text(r['host'], MAX_HOSTNAME_LENGTH) ?? '',
  };
}

/**
 * The background's answer to `step-tab` and `show-tab-mention`: the position (in page order) of
 * the mention it opened, -1 when the tab has none; what the popup shows as "n / m".
 */
export interface OpenedReply {
  readonly type: 'opened';
  readonly position: number;
}

/** The opened position (-1: none), or null for anything that is not a valid answer. */
export function parseOpenedReply(value: unknown): OpenedReply | null {
  const r = value as Record<string, unknown> | null;
  const position = r?.['position'];
  return r?.['type'] === 'opened' && (position === -1 || isIndex(position))
    ? { type: 'opened', position: position as number }
    : null;
}

export function parseCountReply(value: unknown): CountReply | null {
  if (typeof value !== 'object' || value === null) return null;
  const r = value as Record<string, unknown>;
  return r['type'] === 'count' && isIndex(r['count']) ? { type: 'count', count: r['count'] } : null;
}
