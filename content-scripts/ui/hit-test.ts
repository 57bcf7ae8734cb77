import { liveRange } from '../marks/live-range';
import type { MentionIndex, MarkedMention } from '../marks/mention-index';

interface CaretPositionLike {
  readonly offsetNode: Node;
  readonly offset: number;
}
type CaretPositionFromPoint = (
  x: number,
  y: number,
  options?: { shadowRoots?: ShadowRoot[] },
) => CaretPositionLike | null;

/**
 * The text position under a point, open shadow roots included. Every browser this supports has
 * `caretPositionFromPoint` (Chrome from 128, the manifest's minimum; Firefox always has).
 */
function caretAt(x: number, y: number, shadowRoots: ShadowRoot[]): { node: Node; offset: number } | null {
  const p = (document as Document & { caretPositionFromPoint: CaretPositionFromPoint }).caretPositionFromPoint(
    x,
    y,
    shadowRoots.length > 0 ? { shadowRoots } : undefined,
  );
  return p ? { node: p.offsetNode, offset: p.offset } : null;
}

/** Slack around a mention's boxes, in CSS pixels, so the edges of letters count. */
const SLACK = 1;

/**
 * The marked mention under the point, if any. The caret snaps to the nearest character even in
 * empty space, so the point is checked against the mention's own boxes too.
 */
export function mentionAtPoint(
  index: MentionIndex,
  x: number,
  y: number,
  shadowRoots: ShadowRoot[],
): MarkedMention | undefined {
  const caret = caretAt(x, y, shadowRoots);
  if (!caret) return undefined;
  // The caret may sit just after the last letter: look at the offset and the one before it.
  const mark =
    index.at(caret.node, caret.offset) ?? (caret.offset > 0 ? index.at(caret.node, caret.offset - 1) : undefined);
  if (!mark) return undefined;
  for (const rect of liveRange(mark.range).getClientRects()) {
    if (x >= rect.left - SLACK && x <= rect.right + SLACK && y >= rect.top - SLACK && y <= rect.bottom + SLACK)
      return mark;
  }
  return undefined;
}
