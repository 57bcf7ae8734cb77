import type { FrameSlot, MentionsReply, PageMention } from './messages';

/**
 * A tab's mentions over all its frames, in the order a reader meets them: each frame's own mentions
 * in document order, with a child frame's mentions where the frame element sits among them. Frames
 * answer separately (see background/tab-mentions.ts), so each says which frames it holds and where;
 * a child is known by the frame id the browser gives its element (Firefox), else by its address.
 * Frames no parent claims (a cross-origin parent in Chrome that named another address, or a parent
 * that did not answer) come last, by frame id.
 */
export interface FrameListing {
  readonly frameId: number;
  readonly reply: MentionsReply;
}

export interface OrderedMention extends PageMention {
  readonly frameId: number;
  /** The mention's index in its own frame's list. */
  readonly index: number;
}

export function inPageOrder(listings: readonly FrameListing[]): OrderedMention[] {
  const byId = new Map(listings.map((l) => [l.frameId, l]));
  const sorted = [...listings].sort((a, b) => a.frameId - b.frameId);
  const claimed = new Set<number>();
  const out: OrderedMention[] = [];

  /** The frame a slot names: by id when known, else the first unclaimed frame at that address. */
  const childOf = (slot: FrameSlot, parent: number): FrameListing | undefined => {
    const fits = (l: FrameListing | undefined) => l !== undefined && l.frameId !== parent && !claimed.has(l.frameId);
    if (slot.frameId >= 0) {
      const l = byId.get(slot.frameId);
      return fits(l) ? l : undefined;
    }
    return sorted.find((l) => l.frameId !== 0 && fits(l) && l.reply.url === slot.url);
  };

  const emit = (listing: FrameListing) => {
    claimed.add(listing.frameId);
    const { mentions, frames } = listing.reply;
    const slots = [...frames].sort((a, b) => a.after - b.after);
    let s = 0;
    const emitChildrenUpTo = (count: number) => {
      for (let slot = slots[s]; slot && slot.after <= count; slot = slots[++s]) {
        const child = childOf(slot, listing.frameId);
        if (child) emit(child);
      }
    };
    mentions.forEach((m, index) => {
      emitChildrenUpTo(index);
      out.push({ ...m, frameId: listing.frameId, index });
    });
    emitChildrenUpTo(Number.POSITIVE_INFINITY);
  };

  const top = byId.get(0);
  if (top) emit(top);
  for (const l of sorted) if (!claimed.has(l.frameId)) emit(l);
  return out;
}

/**
 * The position (in `ordered`) of the mention whose tooltip was opened last, over all frames, or -1.
 */
export function currentPosition(listings: readonly FrameListing[], ordered: readonly OrderedMention[]): number {
  let latest: FrameListing | undefined;
  for (const l of listings) {
    if (l.reply.current >= 0 && (!latest || l.reply.since > latest.reply.since)) latest = l;
  }
  if (!latest) return -1;
  const { frameId, reply } = latest;
  return ordered.findIndex((m) => m.frameId === frameId && m.index === reply.current);
}

/** A mention the background asked a frame to open, and when (ms since the epoch). */
export interface Asked {
  readonly frameId: number;
  readonly index: number;
  readonly at: number;
}

/** How long an asked-for mention counts as the current one while its tooltip is on its way. */
export const ASKED_MS = 3000;

/**
 * Where a step goes from: the mention whose tooltip was opened last, or one the background asked
 * to open after that, a moment ago, whose tooltip is still on its way (so quick steps each count).
 */
export function stepFrom(
  listings: readonly FrameListing[],
  ordered: readonly OrderedMention[],
  asked: Asked | undefined,
  now: number,
): number {
  const opened = Math.max(0, ...listings.filter((l) => l.reply.current >= 0).map((l) => l.reply.since));
  if (asked && asked.at > opened && now - asked.at < ASKED_MS) {
    const at = ordered.findIndex((m) => m.frameId === asked.frameId && m.index === asked.index);
    if (at >= 0) return at;
  }
  return currentPosition(listings, ordered);
}

/** Where a step goes from `current` (-1: none yet, so the first or the last), wrapping around. */
export function stepTarget(current: number, direction: 1 | -1, total: number): number {
  if (total === 0) return -1;
  if (current < 0) return direction === 1 ? 0 : total - 1;
  return (current + direction + total) % total;
}
