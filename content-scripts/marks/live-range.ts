/**
 * A live Range over a mention's StaticRange: static ranges have no geometry, live ones keep up with
 * layout (for hit-testing and for placing the tooltip).
 */
export function liveRange(range: AbstractRange): Range {
  const live = document.createRange();
  live.setStart(range.startContainer, range.startOffset);
  live.setEnd(range.endContainer, range.endOffset);
  return live;
}
