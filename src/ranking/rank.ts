import { CAUSES } from '../reference/causes';
import type { Cause } from '../reference/types';
import type { CueKind } from './cue-matcher';
import { cueMatches, titleMatches, type CueMatch } from './cue-matches';
import { relationOf, sameSentence, type Relation } from './relation';
import { areListSiblings, governingList, type GoverningList } from './structure';
import { CONTEXT_WINDOW as WINDOW } from './limits';

/** Where the words that ranked a cause were: near the mention, or only in the page title. */
export type CueWhere = 'nearby' | 'page';

export interface RankedCause {
  readonly cause: Cause;
  readonly score: number;
  /** Cue words that count for this cause, as the tooltip names them, strongest first ("marathon"). */
  readonly cues: readonly string[];
  readonly where: CueWhere;
  /** A cue in the mention's own sentence, its own words, or the lead-in of its list points here. */
  readonly supported: boolean;
  /** Where the cues that counted are (in the text, or the title), strongest first: the tooltip's "why". */
  readonly evidence: readonly Evidence[];
}

/** Where a cue that counted was read: offsets in the ranked text, or in the page title. */
export interface Evidence {
  readonly from: 'text' | 'title';
  readonly at: number;
  readonly stop: number;
}

export interface RankInput {
  /** The block of text the mention sits in. */
  readonly text: string;
  /** The mention's offsets in `text`. */
  readonly start: number;
  readonly end: number;
  /** The page title: it says what the page is about (a drug leaflet, a pregnancy forum). */
  readonly title?: string;
}

/**
 * How much a cue counts by what kind of word it is. A symptom word (fatigue, vomiting, numbness)
 * listed beside a spasm is usually another effect of the same condition, not its cause, so it
 * counts little unless the text says it brought the spasm on.
 */
const KIND_WEIGHT: Record<CueKind, number> = { strong: 1, weak: 0.4, symptom: 0.3 };
/**
 * What the relation does to a cue's weight: a stated cause counts fully, whatever its kind; a
 * remedy or a denied cue says nothing about the cause, so it counts not at all.
 */
const RELATION_WEIGHT: Record<Relation, number> = { cause: 1.6, plain: 1, listed: 0.2, remedy: 0, negated: 0 };
/** A cue in another sentence of the block is weaker evidence than one in the mention's own. */
const OTHER_SENTENCE = 0.5;
/** Words of the mention itself ("heat cramps", "myotonia congenita") name its kind outright. */
const IN_MENTION = 2.5;
/** Occasions on which a disease's cramps come, rather than causes of their own where a disease is named. */
const TRIGGERS: ReadonlySet<string> = new Set(['prolonged-exercise', 'cold-temperatures', 'muscle-fatigue', 'fatigue']);
/** A named disease says more than a word that merely belongs to a cause's field. */
const NAMED = 1.25;
/** How far (characters) a named disease or medicine outside the mention's sentence still supports it. */
const NAMED_REACH = 200;
/** The page's subject: worth half a cue next to the mention. */
const TITLE_WEIGHT = 0.5;
/**
 * Cramps of the hand and fingers come, far more often than not, from overusing small muscles
 * (writing, typing, playing an instrument): the mention's own words point to muscle fatigue.
 */
const SMALL_MUSCLE_MENTION = /\b(?:hands?|fingers?|thumbs?|wrists?)\b/i;

/** A cue right next to the mention counts 1, one at the window's edge about a third of that. */
function proximity(distance: number): number {
  return 1 / (1 + (2 * Math.max(0, distance)) / WINDOW);
}

interface Found {
  readonly label: string;
  readonly weight: number;
  readonly where: CueWhere;
  /** A symptom word not stated as the cause: several of them still make one weak hint. */
  readonly symptom: boolean;
  readonly kind: CueKind;
  readonly named: boolean;
  /** In the mention's sentence or its own words, or in the lead-in that governs its list. */
  readonly close: boolean;
  readonly at: number;
  readonly stop: number;
}

/** The sum of the cues' weights, with all plain symptom words together worth at most one. */
function total(list: readonly Found[]): number {
  let sum = 0;
  let symptoms = 0;
  for (const f of list) {
    if (f.symptom) symptoms = Math.max(symptoms, f.weight);
    else sum += f.weight;
  }
  return sum + symptoms;
}

function cueWeight(kind: CueKind, relation: Relation): number {
  if (relation === 'cause') return RELATION_WEIGHT.cause * Math.max(KIND_WEIGHT[kind], 0.6);
  return KIND_WEIGHT[kind] * RELATION_WEIGHT[relation];
}

/** The start of the sentence holding `at`, within `text[from, at)`. */
function sentenceStart(text: string, from: number, at: number): number {
  const before = text.slice(from, at);
  const m = /(?:[.!?]["')\]]*\s+|\n\s*(?:[-•*–]|\d+[.)])?\s*)(?=[^.!?\n]*$)/.exec(before);
  return m ? from + m.index + m[0].length : from;
}

/** The end of the sentence holding `at`, within `text[at, to)`. */
function sentenceEnd(text: string, at: number, to: number): number {
  const m = /[.!?](?=\s|$)|\n/.exec(text.slice(at, to));
  return m ? at + m.index : to;
}

/** What one cue near the mention is worth, and whether it is close to it. */
function weigh(
  m: CueMatch,
  input: RankInput,
  from: number,
  to: number,
  list: GoverningList | undefined,
  diseaseNamed: boolean,
) {
  const { text, start, end } = input;
  if (m.at >= start && m.stop <= end)
    return { weight: KIND_WEIGHT[m.kind] * IN_MENTION, close: true, relation: 'cause' as const };
  const cueFirst = m.stop <= start;
  const between = cueFirst ? text.slice(m.stop, start) : text.slice(end, m.at);
  let relation = relationOf(
    text.slice(Math.max(0, m.at - 300), m.at),
    text.slice(m.stop, m.stop + 60),
    between,
    cueFirst,
  );
  const together = sameSentence(between);
  // "with McArdle disease, cramps come on exercise": the occasion of a named disease's cramps is not
  // their cause, the disease is.
  if (relation === 'cause' && diseaseNamed && TRIGGERS.has(m.cause)) relation = 'plain';
  // A disease or medicine the page names a sentence away ("My father has Kennedy's disease. Years
  // before, he had cramps") supports its cause as a word of the mention's own sentence does.
  let close = together || (m.named && between.length <= NAMED_REACH);
  let sentence = together ? 1 : OTHER_SENTENCE;
  if (list && relation !== 'negated' && relation !== 'remedy') {
    if (m.at >= list.leadFrom && m.stop <= list.leadTo) {
      // The lead-in names what the list's items are symptoms of.
      relation = 'cause';
      sentence = 1;
      close = true;
    } else if (m.at >= list.leadTo && m.stop <= list.listTo) {
      // Its other items are symptoms of what the lead-in names, never causes.
      return { weight: 0, close: false, relation: 'listed' as const };
    }
  }
  if (relation === 'plain' && together) {
    const first = cueFirst ? m.at : end;
    const last = cueFirst ? start : m.at;
    const outer = text.slice(sentenceStart(text, from, first), first);
    const tailFrom = cueFirst ? end : m.stop;
    const tail = text.slice(tailFrom, sentenceEnd(text, tailFrom, to));
    if (areListSiblings(outer, text.slice(cueFirst ? m.stop : end, last), tail)) relation = 'listed';
  }
  const listed = relation === 'listed';
  const named = m.named && !listed ? NAMED : 1;
  // A sibling in a list is another symptom: it does not make the causes fit the page.
  const weight = cueWeight(m.kind, relation) * sentence * named * proximity(between.length);
  return { weight, close: close && !listed, relation };
}

/**
 * Orders every cause by how strongly the text around a mention points to it. Each cue is weighed
 * by its kind, by what the text says of it (cause, remedy, denied, a sibling in a list, or just
 * nearby: see relation.ts and structure.ts), by whether it is in the mention's sentence and by its
 * distance; each distinct cue counts once, at its strongest; the page title adds a share. A rare
 * cause counts only with its own name or a clinical word, never on an everyday word alone. With no
 * cue at all the order is the reference's prior (the common causes first).
 */
export function rankCauses(input: RankInput): RankedCause[] {
  const { text, start, end } = input;
  const from = Math.max(0, start - WINDOW);
  const to = Math.min(text.length, end + WINDOW);
  const list = governingList(text, start, end, from);
  const byCause = new Map<string, Map<string, Found>>();
  const note = (m: CueMatch, f: Omit<Found, 'label' | 'kind' | 'named' | 'at' | 'stop'>) => {
    const found = byCause.get(m.cause) ?? new Map<string, Found>();
    byCause.set(m.cause, found);
    // A word counts once near the mention and once as the page's subject: two pieces of evidence.
    const key = `${f.where}:${m.key}`;
    const prev = found.get(key);
    if (f.weight > 0 && (!prev || prev.weight < f.weight))
      found.set(key, { ...f, label: m.label, kind: m.kind, named: m.named, at: m.at, stop: m.stop });
  };
  const matches = cueMatches(text, from, to, start, end);
  // A disease the vocabulary names in the mention's own sentence (not a medicine).
  const diseaseNamed = matches.some(
    (m) =>
      m.named &&
      m.cause !== 'medications' &&
      sameSentence(m.stop <= start ? text.slice(m.stop, start) : text.slice(end, Math.max(end, m.at))),
  );
  for (const m of matches) {
    if (m.stop > start && m.at < end && !(m.at >= start && m.stop <= end)) continue;
    const { weight, close, relation } = weigh(m, input, from, to, list, diseaseNamed);
    note(m, { weight, where: 'nearby', symptom: m.kind === 'symptom' && relation !== 'cause', close });
  }
  if (input.title) {
    for (const m of titleMatches(input.title)) {
      // The page's subject: a medicine or a disease in the title is what the page is about.
      const kind = m.named ? 'strong' : m.kind;
      note(m, { weight: KIND_WEIGHT[kind] * TITLE_WEIGHT, where: 'page', symptom: false, close: false });
    }
  }
  if (SMALL_MUSCLE_MENTION.test(text.slice(start, end))) {
    const word = text.slice(start, end).match(SMALL_MUSCLE_MENTION)?.[0] ?? '';
    const fatigue: CueMatch = {
      at: start,
      stop: end,
      cause: 'muscle-fatigue',
      kind: 'weak',
      label: word,
      key: word.toLowerCase(),
      named: false,
    };
    note(fatigue, { weight: IN_MENTION * KIND_WEIGHT.weak, where: 'nearby', symptom: false, close: true });
  }
  const ranked = CAUSES.map((cause) => {
    let list = [...(byCause.get(cause.id)?.values() ?? [])];
    // A rare cause needs its own name or a clinical word: "cold" alone is not myotonia.
    if (cause.rare && !list.some((f) => f.kind === 'strong')) list = [];
    list.sort((a, b) => b.weight - a.weight);
    const score = total(list);
    // What the tooltip names first: a disease or medicine the page names, then the strongest words.
    const shown = [...list].sort((a, b) => Number(b.named) - Number(a.named) || b.weight - a.weight);
    const nearby = shown.filter((f) => f.where === 'nearby');
    const where: CueWhere = nearby.length > 0 || list.length === 0 ? 'nearby' : 'page';
    // The prior only breaks ties and orders the no-cue case: it is worth less than one distant cue.
    return {
      cause,
      score: score + cause.prior * 0.1,
      cues: (where === 'nearby' ? nearby : shown).map((f) => f.label),
      where,
      supported: list.some((f) => f.close),
      evidence: list.map((f) => ({
        from: f.where === 'page' ? ('title' as const) : ('text' as const),
        at: f.at,
        stop: f.stop,
      })),
    };
  });
  return ranked.sort((a, b) => b.score - a.score || b.cause.prior - a.cause.prior);
}

/**
 * True when the mention's own sentence (or its own words, or the lead-in of its list) points to a
 * cause: the tooltip then says the causes fit the page; otherwise they are the common ones.
 */
export function fitsPage(ranked: readonly RankedCause[]): boolean {
  return ranked.some((r) => r.supported);
}
