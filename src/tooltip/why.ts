import type { RankedCause } from '../ranking/rank';

/** A piece of the deciding sentence: plain, or a word the ranking read (emphasised). */
export interface WhyPiece {
  readonly text: string;
  readonly read: boolean;
}

export interface Why {
  /** The sentence (or the page title) that decided the first cause, in pieces. */
  readonly pieces: readonly WhyPiece[];
  /** Where it is: the text around the mention, or the page's title. */
  readonly from: 'text' | 'title';
  /** What the vocabularies said of the names read ("furosemide — a medicine"). */
  readonly classes: readonly string[];
}

/** Longer than this, the sentence is cut around what was read, with an ellipsis. */
const MAX_SENTENCE = 280;

/** Sentence bounds around [from, to) in `text`: after the last stop or line break, before the next. */
function sentenceAround(text: string, from: number, to: number): readonly [number, number] {
  const before = text.slice(0, from);
  const open = /(?:[.!?]["')\]]*\s+|\n)(?=[^.!?\n]*$)/.exec(before);
  const start = open ? open.index + open[0].length : 0;
  const close = /[.!?](?=\s|$)|\n/.exec(text.slice(to));
  const end = close ? to + close.index + (close[0] === '\n' ? 0 : 1) : text.length;
  return [start, end];
}

/** Splits `text[start, end)` into pieces, the `spans` in it read (emphasised). */
function piecesOf(text: string, start: number, end: number, spans: readonly (readonly [number, number])[]): WhyPiece[] {
  const pieces: WhyPiece[] = [];
  let at = start;
  for (const [from, to] of [...spans].sort((a, b) => a[0] - b[0])) {
    const a = Math.max(from, at);
    const b = Math.min(to, end);
    if (b <= a) continue;
    if (a > at) pieces.push({ text: text.slice(at, a), read: false });
    pieces.push({ text: text.slice(a, b), read: true });
    at = b;
  }
  if (at < end) pieces.push({ text: text.slice(at, end), read: false });
  return pieces;
}

/** One sentence of the text as pieces, cut around what was read when it is long, on one line. */
function excerpt(text: string, from: number, to: number, spans: readonly (readonly [number, number])[]): WhyPiece[] {
  let [a, b] = [from, to];
  if (b - a > MAX_SENTENCE) {
    const inside = spans.filter(([x, y]) => x >= from && y <= to);
    const first = Math.min(...inside.map((s) => s[0]), to);
    const last = Math.max(...inside.map((s) => s[1]), from);
    a = Math.max(from, first - 60);
    b = Math.min(to, Math.max(last + 60, a + MAX_SENTENCE));
  }
  const pieces = piecesOf(text, a, b, spans).map((p) => ({ ...p, text: p.text.replace(/\s+/g, ' ') }));
  const head = pieces[0];
  if (head && !head.read) pieces[0] = { ...head, text: head.text.replace(/^[\s\-•*–]+/, '') };
  if (a > from) pieces.unshift({ text: '…', read: false });
  if (b < to) pieces.push({ text: '…', read: false });
  return pieces;
}

/**
 * Why the first cause comes first: the sentence of the page holding the strongest word that pointed
 * to it (with the mention when they share it), the words read emphasised, as plain text; or the page
 * title when only the title pointed there. Null when nothing on the page decided the order.
 */
export function whyFirst(
  first: RankedCause | undefined,
  input: { readonly text: string; readonly start: number; readonly end: number; readonly title: string },
): Why | null {
  if (!first) return null;
  const best = first.evidence.find((e) => e.from === (first.where === 'nearby' ? 'text' : 'title'));
  if (!best) return null;
  const classes = first.cues.filter((c) => c.includes(' — '));
  if (best.from === 'title') {
    const spans = first.evidence.filter((e) => e.from === 'title').map((e) => [e.at, e.stop] as const);
    return { pieces: piecesOf(input.title, 0, input.title.length, spans), from: 'title', classes };
  }
  const { text, start, end } = input;
  const read = first.evidence.filter((e) => e.from === 'text');
  const spans = [[start, end] as const, ...read.map((e) => [e.at, e.stop] as const)];
  // The word's sentence and the mention's: one when they share it, else both, with what lies between
  // (the other items of a list, say) left out.
  const cue = sentenceAround(text, best.at, best.stop);
  const own = sentenceAround(text, start, end);
  const [early, late] = cue[0] <= own[0] ? [cue, own] : [own, cue];
  const together = late[0] <= early[1] || text.slice(early[1], late[0]).trim() === '';
  const parts = together ? [[early[0], Math.max(early[1], late[1])] as const] : [early, late];
  const pieces: WhyPiece[] = [];
  parts.forEach(([from, to], i) => {
    if (i > 0) pieces.push({ text: ' … ', read: false });
    pieces.push(...excerpt(text, from, to, spans));
  });
  return { pieces, from: 'text', classes };
}
