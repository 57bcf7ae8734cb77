import { CAUSES } from '../reference/causes';
import type { Cause } from '../reference/types';
import { compileCues, cueKind, type CompiledCues, type CueKind } from './cue-matcher';
import { relationOf, sameSentence, type Relation } from './relation';
import { CONTEXT_WINDOW as WINDOW } from './limits';

/** Where the words that ranked a cause were: near the mention, or only in the page title. */
export type CueWhere = 'nearby' | 'page';

export interface RankedCause {
  readonly cause: Cause;
  readonly score: number;
  /** Cue words that count for this cause, as written, strongest first ("marathon", "sweating"). */
  readonly cues: readonly string[];
  readonly where: CueWhere;
}

export interface RankInput {
  /** The block of text the mention sits in. */
  readonly text: string;
  /** The mention's offsets in `text`. */
  readonly start: number;
  readonly end: number;
  /** The page title, a weak hint: it says what the page is about, not what this mention is. */
  readonly title?: string;
}

/** Compiled on first use: the background wakes for badge counts too, and those need no cues. */
let compiled: ReadonlyMap<string, CompiledCues> | undefined;
const cuesOf = (id: string) => (compiled ??= new Map(CAUSES.map((c) => [c.id, compileCues(c.cues)]))).get(id);

/**
 * How much a cue counts by what kind of word it is. A symptom word (fatigue, vomiting, numbness)
 * listed beside a spasm is usually another effect of the same condition, not its cause, so it
 * counts little unless the text says it caused the spasm.
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
const TITLE_WEIGHT = 0.3;
/**
 * Cramps of the hand and fingers come, far more often than not, from overusing small muscles
 * (writing, typing, playing an instrument): the mention's own words point to muscle fatigue.
 */
const SMALL_MUSCLE_MENTION = /\b(?:hands?|fingers?|thumbs?|wrists?|writer['’]?s|typist['’]?s|musician['’]?s)\b/i;

/** A cue right next to the mention counts 1, one at the window's edge about a third of that. */
function proximity(distance: number): number {
  return 1 / (1 + (2 * Math.max(0, distance)) / WINDOW);
}

interface Found {
  readonly word: string;
  readonly weight: number;
  readonly where: CueWhere;
  /** A symptom word not stated as the cause: several of them still make one weak hint. */
  readonly symptom: boolean;
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

/**
 * Orders every cause by how strongly the text around a mention points to it. Each cue is weighed
 * by its kind, by what the text says of it (cause, remedy, denied, or just nearby: see
 * relation.ts), by whether it is in the mention's sentence and by its distance; each distinct cue
 * counts once, at its strongest; the page title adds a small share. With no cue at all the order
 * is the reference's prior (the common causes first).
 */
export function rankCauses(input: RankInput): RankedCause[] {
  const { text, start, end } = input;
  const from = Math.max(0, start - WINDOW);
  const to = Math.min(text.length, end + WINDOW);
  const mention = text.slice(start, end);
  const ranked = CAUSES.map((cause) => {
    const pattern = cuesOf(cause.id)?.pattern;
    const found = new Map<string, Found>();
    const note = (word: string, weight: number, where: CueWhere, symptom = false) => {
      const key = word.toLowerCase();
      const prev = found.get(key);
      if (weight > 0 && (!prev || prev.weight < weight)) found.set(key, { word, weight, where, symptom });
    };
    if (pattern) {
      for (const m of text.slice(from, to).matchAll(pattern)) {
        const at = from + (m.index ?? 0);
        const stop = at + m[0].length;
        const kind = cueKind(m);
        if (at >= start && stop <= end) {
          note(m[0], KIND_WEIGHT[kind] * IN_MENTION, 'nearby');
          continue;
        }
        if (stop > start && at < end) continue;
        const cueFirst = stop <= start;
        const between = cueFirst ? text.slice(stop, start) : text.slice(end, at);
        const relation = relationOf(
          text.slice(Math.max(0, at - 300), at),
          text.slice(stop, stop + 60),
          between,
          cueFirst,
        );
        const sentence = sameSentence(between) ? 1 : OTHER_SENTENCE;
        const symptom = kind === 'symptom' && relation !== 'cause';
        note(m[0], cueWeight(kind, relation) * sentence * proximity(between.length), 'nearby', symptom);
      }
      if (input.title) {
        for (const m of input.title.matchAll(pattern)) note(m[0], KIND_WEIGHT[cueKind(m)] * TITLE_WEIGHT, 'page');
      }
    }
    if (cause.id === 'muscle-fatigue' && SMALL_MUSCLE_MENTION.test(mention)) {
      note(mention.match(SMALL_MUSCLE_MENTION)?.[0] ?? mention, IN_MENTION * KIND_WEIGHT.weak, 'nearby');
    }
    const list = [...found.values()].sort((a, b) => b.weight - a.weight);
    const score = total(list);
    const nearby = list.filter((f) => f.where === 'nearby');
    const where: CueWhere = nearby.length > 0 || list.length === 0 ? 'nearby' : 'page';
    // The prior only breaks ties and orders the no-cue case: it is worth less than one distant cue.
    return {
      cause,
      score: score + cause.prior * 0.1,
      cues: (where === 'nearby' ? nearby : list).map((f) => f.word),
      where,
    };
  });
  return ranked.sort((a, b) => b.score - a.score || b.cause.prior - a.cause.prior);
}

/** True when some cause has a cue: the ranking fits this page rather than being the common order. */
export function fitsPage(ranked: readonly RankedCause[]): boolean {
  return ranked.some((r) => r.cues.length > 0);
}
