import { CONTEXT_WINDOW, MAX_TITLE, TOOLTIP_CAUSES, TOOLTIP_CUES } from './ranking/limits';

/**
 * Every runtime message, as one discriminated union. Receivers validate with `parseMessage` and
 * ignore anything else: a message from an older build or a hostile page never throws.
 */
export interface MentionSummary {
  readonly index: number;
  /** The mention as written on the page. */
  readonly text: string;
  readonly term: string;
}

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

export interface CausesReply {
  readonly type: 'causes';
  readonly causes: readonly TooltipCause[];
  /** False when nothing on the page points to any cause: the list is the common causes. */
  readonly fitted: boolean;
}

export type Message =
  /** Content script -> background: how many mentions this frame marks (for the badge). */
  | { readonly type: 'mentions-changed'; readonly count: number }
  /**
   * Background -> content script (each frame): how many mentions do you mark now? Answered with
   * `CountReply`; frames that do not answer are gone.
   */
  | { readonly type: 'get-count' }
  /** Popup -> content script: list this page's mentions. Answered with `MentionsReply`. */
  | { readonly type: 'get-mentions' }
  /** Popup or background -> content script: scroll to a mention and open its tooltip. */
  | { readonly type: 'show-mention'; readonly index: number }
  /** Background (keyboard command) -> content script: step to the next or previous mention. */
  | { readonly type: 'step-mention'; readonly direction: 1 | -1 }
  /** Content script or popup -> background: open the reference page, optionally at a cause. */
  | { readonly type: 'open-reference'; readonly causeId?: string }
  /**
   * Content script -> background: rank the causes for a mention (the ranking and the causes live in
   * the background, so every page's content script stays small). Answered with `CausesReply`.
   */
  | ({ readonly type: 'rank-causes' } & CausesRequest);

export interface MentionsReply {
  readonly type: 'mentions';
  readonly count: number;
  readonly mentions: readonly MentionSummary[];
  /** Why nothing is marked, when that is the case. */
  readonly state: PageState;
  /** The page's hostname, so the popup can offer "off for this site" without the tabs permission. */
  readonly host: string;
}

export interface CountReply {
  readonly type: 'count';
  readonly count: number;
}

export type PageState = 'active' | 'disabled' | 'site-disabled' | 'unsupported';

const MAX_INDEX = 1_000_000;
const isIndex = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= MAX_INDEX;
const CAUSE_ID = /^[a-z0-9-]{1,64}$/;
const MAX_MENTION = 200;
const MAX_CAUSE_TEXT = 300;

/** A string, cut to `max` characters (from the end when `fromEnd`), or null for anything else. */
function text(value: unknown, max: number, fromEnd = false): string | null {
  if (typeof value !== 'string') return null;
  return fromEnd ? value.slice(Math.max(0, value.length - max)) : value.slice(0, max);
}

function causesRequest(m: Record<string, unknown>): Message | null {
  const before = text(m['before'], CONTEXT_WINDOW, true);
  const mention = text(m['mention'], MAX_MENTION);
  const after = text(m['after'], CONTEXT_WINDOW);
  const title = text(m['title'], MAX_TITLE);
  if (before === null || mention === null || after === null || title === null || mention === '') return null;
  return { type: 'rank-causes', before, mention, after, title };
}

/** The messages a content script receives (from the popup and the background). */
export type TabMessage = Extract<Message, { type: 'get-count' | 'get-mentions' | 'show-mention' | 'step-mention' }>;

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
    case 'show-mention':
      return isIndex(m['index']) ? { type: 'show-mention', index: m['index'] } : null;
    case 'step-mention':
      return m['direction'] === 1 || m['direction'] === -1 ? { type: 'step-mention', direction: m['direction'] } : null;
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
    case 'rank-causes':
      return causesRequest(m);
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

export function parseMentionsReply(value: unknown): MentionsReply | null {
  if (typeof value !== 'object' || value === null) return null;
  const r = value as Record<string, unknown>;
  const states = ['active', 'disabled', 'site-disabled', 'unsupported'] as const;
  const state = states.find((s) => s === r['state']);
  if (r['type'] !== 'mentions' || !isIndex(r['count']) || !Array.isArray(r['mentions']) || !state) return null;
  const mentions: MentionSummary[] = [];
  for (const item of r['mentions'].slice(0, 10_000)) {
    if (typeof item !== 'object' || item === null) continue;
    const it = item as Record<string, unknown>;
    if (isIndex(it['index']) && typeof it['text'] === 'string' && typeof it['term'] === 'string')
      mentions.push({ index: it['index'], text: it['text'].slice(0, 200), term: it['term'].slice(0, 200) });
  }
  const host = typeof r['host'] === 'string' ? r['host'].slice(0, 253) : '';
  return { type: 'mentions', count: r['count'], mentions, state, host };
}

export function parseCountReply(value: unknown): CountReply | null {
  if (typeof value !== 'object' || value === null) return null;
  const r = value as Record<string, unknown>;
  return r['type'] === 'count' && isIndex(r['count']) ? { type: 'count', count: r['count'] } : null;
}
