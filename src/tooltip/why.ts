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
function sentenceAround(text: string, from: number, to: number): [number, number] {
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
  const [from, to] = sentenceAround(text, Math.min(best.at, start), Math.max(best.stop, end));
  const read = first.evidence.filter((e) => e.from === 'text' && e.at >= from && e.stop <= to);
  const spans = [[start, end] as const, ...read.map((e) => [e.at, e.stop] as const)];
  let [a, b] = [from, to];
  if (b - a > MAX_SENTENCE) {
    // Cut around what was read: from a little before the first span to a little after the last.
    const first = Math.min(...spans.map((s) => s[0]));
    const last = Math.max(...spans.map((s) => s[1]));
    a = Math.max(from, first - 60);
    b = Math.min(to, Math.max(last + 60, a + MAX_SENTENCE));
  }
  const pieces = piecesOf(text, a, b, spans).map((p) => ({ ...p, text: p.text.replace(/\s+/g, ' ') }));
  if (a > from) pieces.unshift({ text: '…', read: false });
  if (b < to) pieces.push({ text: '…', read: false });
  const first0 = pieces[0];
  if (first0 && !first0.read) pieces[0] = { ...first0, text: first0.text.trimStart() };
  return { pieces, from: 'text', classes };
}
