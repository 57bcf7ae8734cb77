import { CAUSES } from '../reference/causes';
import type { CauseId } from '../reference/types';
import { medicalNamesIn } from '../vocab/medical-names';
import { normalizeName } from '../vocab/normalize';
import { textWords, type TextWord } from '../vocab/phrase-index';
import { CueIndex, type CueKind } from './cue-matcher';
import { citationSpans } from './structure';

/** One word or name in a text that points to a cause. */
export interface CueMatch {
  readonly at: number;
  readonly stop: number;
  readonly cause: CauseId;
  readonly kind: CueKind;
  /** How the tooltip names it: the words as written, and what they were read as where a vocabulary said. */
  readonly label: string;
  /** The words as written, lower case: one cue counts once per cause, however it was found. */
  readonly key: string;
  /** Found in the public vocabularies (a named disease or medicine) rather than the cue lists. */
  readonly named: boolean;
}

/** Built on first use: the background wakes for badge counts too, and those need no cues. */
let index: CueIndex | undefined;

/** "Kennedy's disease — a motor neuron disease"; a name that says its class already stands alone. */
function labelOf(written: string, description: string): string {
  const name = normalizeName(written);
  const kind = normalizeName(description);
  return kind.includes(name) || name.includes(kind.replace(/^an? /, '')) ? written : `${written} — ${description}`;
}

/**
 * Every cue of every cause in `text[from, to)`: the cue lists' words and the vocabularies' names.
 * Where matches overlap, the longer one is what the text says ("open water" is cold water, not a
 * drink; "spinal and bulbar muscular atrophy" is a motor neuron disease, not a muscle one); on the
 * same words a vocabulary's name, which says what it is, stands for the cue list's word. Words in
 * citations and journal names are left out.
 */
export function cueMatches(text: string, from: number, to: number, start: number, end: number): CueMatch[] {
  const words = textWords(text, from, to);
  const all: CueMatch[] = [];
  for (const cue of (index ??= new CueIndex(CAUSES)).find(words)) {
    const at = (words[cue.first] as TextWord).start;
    const stop = (words[cue.last] as TextWord).end;
    const label = text.slice(at, stop);
    all.push({ at, stop, cause: cue.cause, kind: cue.kind, label, key: label.toLowerCase(), named: false });
  }
  all.push(...gestationalAges(text, from, to));
  for (const found of medicalNamesIn(text, words)) {
    const { name } = found;
    all.push({
      at: found.start,
      stop: found.end,
      cause: name.cause,
      // A medicine counts fully only where the text says it brought the spasm on (see rank.ts).
      kind: name.kind === 'drug' ? 'weak' : 'strong',
      label: labelOf(found.written, name.description),
      key: found.written.toLowerCase(),
      named: true,
    });
  }
  const citations = citationSpans(text, from, to, start, end);
  const kept = all.filter(
    (m) =>
      !citations.some(([a, b]) => m.at >= a && m.stop <= b) &&
      !all.some((o) => o !== m && o.at <= m.at && o.stop >= m.stop && o.stop - o.at > m.stop - m.at),
  );
  // A name and a cue-list word on the same words for the same cause: the name speaks for both.
  return withdrawalFromAlcohol(
    namedAfterItsCause(
      text,
      kept.filter(
        (m) => m.named || !kept.some((o) => o.named && o.cause === m.cause && o.at === m.at && o.stop === m.stop),
      ),
    ),
  );
}

/**
 * "hypothyroid myopathy", "statin myopathy", "metabolic myopathy": a cause's word right before a
 * disease's name says what brought the disease on, so the cause it names comes first, as strongly as
 * a name, and the disease counts only as a weak hint of its own.
 */
function namedAfterItsCause(text: string, matches: CueMatch[]): CueMatch[] {
  const isCauseOf = (o: CueMatch, m: CueMatch) =>
    m.named && !o.named && o.cause !== m.cause && o.stop < m.at && /^[ \u00a0-]$/.test(text.slice(o.stop, m.at));
  return matches.map((m) => {
    // The disease's own cause word names it as much as the vocabulary does ("metabolic myopathy").
    if (matches.some((d) => isCauseOf(m, d))) return { ...m, kind: 'strong' };
    return matches.some((o) => isCauseOf(o, m)) ? { ...m, kind: 'weak' } : m;
  });
}

/**
 * "at 36 weeks", "by 30 wks": an age in weeks, said on its own, is how a pregnancy is counted
 * (not "at 6 weeks of training" or "3 weeks after surgery"). A weak hint: other ages exist.
 */
const GESTATION =
  /\b(?:at|by|around|about|nearly|almost)\s+(\d{1,2})\s*(?:weeks?|wks?)\b(?!\s+(?:of|after|post|since|into|later|ago|before))/gi;

function gestationalAges(text: string, from: number, to: number): CueMatch[] {
  const found: CueMatch[] = [];
  for (const m of text.slice(from, to).matchAll(GESTATION)) {
    const weeks = Number(m[1]);
    if (weeks < 4 || weeks > 42) continue;
    const at = from + m.index;
    const label = m[0];
    found.push({
      at,
      stop: at + label.length,
      cause: 'pregnancy',
      kind: 'weak',
      label,
      key: label.toLowerCase(),
      named: false,
    });
  }
  return found;
}

/**
 * "Withdrawal" is from the substance the text names: in a text that names alcohol ("heavy drinkers
 * … during withdrawal") and no medicine, it is alcohol's, not a drug's.
 */
function withdrawalFromAlcohol(matches: CueMatch[]): CueMatch[] {
  const isWithdrawal = (m: CueMatch) => m.cause === 'medications' && m.key === 'withdrawal';
  if (!matches.some((m) => m.cause === 'alcohol-abuse')) return matches;
  if (matches.some((m) => m.cause === 'medications' && !isWithdrawal(m))) return matches;
  return matches.map((m) => (isWithdrawal(m) ? { ...m, cause: 'alcohol-abuse' } : m));
}

/** The cues of every cause in a page title (no structure to read there: a title is a name). */
export function titleMatches(title: string): CueMatch[] {
  return cueMatches(title, 0, title.length, -1, -1);
}
