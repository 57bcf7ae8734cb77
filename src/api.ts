/**
 * Every message of the extension, as one typed surface per direction: its name, what it carries
 * (`params`) and what it is answered with once validated (`reply`; `void` when nothing answers).
 * `Message` (src/messages.ts) is derived from these maps, the background's handler map
 * (background/handlers.ts) must name each of them, and each sender asks through `ask` with the
 * validators of its own direction (src/ask/), so a content script carries only the checks of the
 * answers it reads. The validators themselves live in src/messages.ts.
 */
import type { PieceOffsets } from './detect-protocol';
import type { Found } from './matching/found';
import type {
  CausesReply,
  CardReply,
  CardRequest,
  CausesRequest,
  CountReply,
  MentionsReply,
  OpenedReply,
  TabMentionsReply,
} from './messages';

/** What a content script asks of the background. */
export interface ContentToBackground {
  /** How many mentions this frame marks (for the badge). */
  readonly 'mentions-changed': { readonly params: { readonly count: number }; readonly reply: void };
  /** The tooltip's card for a mention: its causes ranked, as a view (see src/tooltip/view.ts). */
  readonly 'tooltip-card': { readonly params: CardRequest; readonly reply: CardReply };
  /**
   * A button of the card was used ("not-here:site", "undo:all"): the background acts on the mention's
   * words and answers with the card to show in its place.
   */
  readonly 'tooltip-act': {
    readonly params: { readonly act: string; readonly mention: string };
    readonly reply: CardReply;
  };
  /** Find the mentions in these texts (a page's blocks that hold a candidate word). */
  readonly detect: {
    readonly params: { readonly texts: readonly string[]; readonly pieces?: PieceOffsets };
    readonly reply: Found[][];
  };
  /** Open the reference page, at a cause when one is given. */
  readonly 'open-reference': { readonly params: { readonly causeId?: string }; readonly reply: void };
}

/** What the popup asks of the background. */
export interface PopupToBackground {
  /** The tab's mentions over all its frames, in page order. */
  readonly 'tab-mentions': { readonly params: { readonly tabId: number }; readonly reply: TabMentionsReply };
  /** Open the tab's next or previous mention (also the keyboard commands). */
  readonly 'step-tab': {
    readonly params: { readonly tabId: number; readonly direction: 1 | -1 };
    readonly reply: OpenedReply;
  };
  /** Open the tab's mention at `position` in page order (the popup's list). */
  readonly 'show-tab-mention': {
    readonly params: { readonly tabId: number; readonly position: number };
    readonly reply: OpenedReply;
  };
  /** Rank the causes for a listed mention (its first cause is shown). */
  readonly 'rank-causes': { readonly params: CausesRequest; readonly reply: CausesReply };
}

/** What the background (or the popup) asks of each frame's content script. */
export interface BackgroundToTab {
  /** How many mentions do you mark now? Frames that do not answer are gone. */
  readonly 'get-count': { readonly params: Record<never, never>; readonly reply: CountReply };
  /** List this frame's mentions. */
  readonly 'get-mentions': { readonly params: Record<never, never>; readonly reply: MentionsReply };
  /**
   * Scroll to this frame's mention `index`, open its tooltip with focus inside, and show and
   * announce where it is in the whole tab ("Mention 3 of 7", in the browser's language) when given.
   */
  readonly 'show-mention': {
    readonly params: { readonly index: number; readonly where?: string };
    readonly reply: void;
  };
  /** Close the tooltip (another frame's mention was opened). */
  readonly 'close-tooltip': { readonly params: Record<never, never>; readonly reply: void };
}

/** A surface: for each message name, what it carries and what answers it. */
type Surface<Api> = { readonly [K in keyof Api]: { readonly params: object; readonly reply: unknown } };

/** The messages of one surface, as they travel: `{ type: name, ...params }`. */
export type MessageOf<Api extends Surface<Api>> = {
  [K in keyof Api & string]: { readonly type: K } & Api[K]['params'];
}[keyof Api & string];

/** The names of a surface's messages that are answered. */
export type Asked<Api extends Surface<Api>> = {
  [K in keyof Api & string]: Api[K]['reply'] extends void ? never : K;
}[keyof Api & string];

/** A surface's reply validators: each reads an answer into its reply, or null when it is not one. */
export type ReplyReaders<Api extends Surface<Api>, Names extends keyof Api & string> = {
  readonly [K in Names]: (value: unknown, params: Api[K]['params']) => Api[K]['reply'] | null;
};

/**
 * Sends message `name` with `params` through `send` and returns its answer, validated: null when
 * nothing came or what came is not an answer to it.
 */
export async function ask<Api extends Surface<Api>, K extends Asked<Api>>(
  readers: ReplyReaders<Api, K>,
  send: (message: MessageOf<Api>) => Promise<unknown>,
  name: K,
  params: Api[K]['params'],
): Promise<Api[K]['reply'] | null> {
  const message = { ...params, type: name } as unknown as MessageOf<Api>;
  return readers[name](await send(message), params);
}
