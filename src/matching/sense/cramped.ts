import {
  BODY_STATES,
  CRAMPED_SPACES,
  DETERMINER_WORDS,
  PERSON_SUBJECTS,
  SKELETAL_LOCATIONS,
  wordSet,
} from '../../terms/lexicon';
import { EXERTION_OR_NIGHT, TITLE_CASE } from '../cues';
import { isCapitalised, isTightGap } from '../tokens';
import { type Decision, type Ctx, COORDINATORS, muscle, notMedical, at } from './context';

/** "cramped": a muscle that cramped, or a small or tight space. */

const BODY_AFTER_CRAMPED_VERB = wordSet(`up badly suddenly painfully again`);

const AUXILIARIES = wordSet(`had has have was were is are got get gets just often always suddenly then and`);

/** Adverbs that may stand between a subject and its verb ("my foot also cramped"). */
const SUBJECT_ADVERBS = wordSet(
  `also then just suddenly badly really finally both all again never rarely sometimes usually often severely later`,
);

/** Determiners before "cramped" make it an adjective of the next noun ("the cramped seat"). */
const ATTRIBUTIVE = wordSet(DETERMINER_WORDS);

/** Words that end the clause a subject of "cramped" is looked for in. */
const CLAUSE_BREAKS = wordSet(`but while because when which who`);

export function crampedRule(ctx: Ctx): Decision {
  const next = at(ctx, ctx.j + 1);
  const prev = at(ctx, ctx.i - 1);
  const prev2 = at(ctx, ctx.i - 2);
  if (next && isTightGap(next.gap)) {
    if (CRAMPED_SPACES.has(next.lower)) return notMedical(ctx, 'cramped-space');
    if (SKELETAL_LOCATIONS.has(next.lower)) return muscle(ctx, 'cramped-body', ctx.i, ctx.j + 1);
  }
  if (prev && SKELETAL_LOCATIONS.has(prev.lower)) return muscle(ctx, 'cramped-body');
  if (prev && prev2 && AUXILIARIES.has(prev.lower) && SKELETAL_LOCATIONS.has(prev2.lower))
    return muscle(ctx, 'cramped-body');
  // "weakened and cramped", "cramped and sore": listed with a state of the muscle.
  const next2 = at(ctx, ctx.j + 2);
  if (
    (prev && prev2 && COORDINATORS.has(prev.lower) && BODY_STATES.has(prev2.lower)) ||
    (next && next2 && COORDINATORS.has(next.lower) && BODY_STATES.has(next2.lower))
  )
    return muscle(ctx, 'cramped-body');
  // "cramped up in the car": squeezed into a space.
  if (spaceFollows(ctx)) return notMedical(ctx, 'cramped-space');
  if (next && BODY_AFTER_CRAMPED_VERB.has(next.lower) && prev && SKELETAL_LOCATIONS.has(prev.lower))
    return muscle(ctx, 'cramped-body');
  // "the cramped seat": a determiner makes it the adjective of what follows, which is no body.
  if (prev && ATTRIBUTIVE.has(prev.lower)) return notMedical(ctx, 'cramped-unbodily');
  return crampedSubjectRule(ctx) ?? crampedSportRule(ctx) ?? notMedical(ctx, 'cramped-unbodily');
}

/** A space noun within a few words after "cramped (up) in/into": "cramped up in the back seat". */
function spaceFollows(ctx: Ctx): boolean {
  for (let k = ctx.j + 1; k <= ctx.j + 6; k++) {
    const t = at(ctx, k);
    if (!t || /[.;:!?,]/.test(t.gap)) return false;
    if (CRAMPED_SPACES.has(t.lower)) return true;
  }
  return false;
}

/**
 * "Smith, who was severely cramped, retired hurt": in a sentence of sport or exertion, "cramped"
 * said of someone (after "was", "got") is the verb of muscle cramps.
 */
function crampedSportRule(ctx: Ctx): Decision | undefined {
  if (!ctx.cue(EXERTION_OR_NIGHT)) return undefined;
  let k = ctx.i - 1;
  while (k >= 0 && SUBJECT_ADVERBS.has(at(ctx, k)?.lower ?? '')) k--;
  return AUXILIARIES.has(at(ctx, k)?.lower ?? '') ? muscle(ctx, 'cramped-verb') : undefined;
}

const CROWDED_AFTER = wordSet(`with by together ${DETERMINER_WORDS}`);

const PREPOSITIONS = wordSet(`at in on to from into behind near by of`);

/** "at the back", "in my hand": a noun one or two words after a preposition is no subject. */
const afterPreposition = (ctx: Ctx, k: number): boolean =>
  PREPOSITIONS.has(at(ctx, k - 1)?.lower ?? '') || PREPOSITIONS.has(at(ctx, k - 2)?.lower ?? '');

/**
 * The subject of "cramped" in its clause. A body part ("my hand got a bit cramped", "the arm
 * feels sore, cramped") makes it a muscle cramp; a person right before it, with no auxiliary,
 * makes it the verb "to cramp (up)" ("I cramped at 30k", "my friends cramped near the end"),
 * since in English the adjective comes after a linking verb ("we were cramped"), not a subject.
 */
function crampedSubjectRule(ctx: Ctx): Decision | undefined {
  const next = at(ctx, ctx.j + 1);
  let k = ctx.i - 1;
  while (k >= 0 && SUBJECT_ADVERBS.has(at(ctx, k)?.lower ?? '')) k--;
  const subject = at(ctx, k);
  // "cramped with boxes", "cramped together": crowded; "cramped her notes": squeezed them.
  const crowded = next !== undefined && CROWDED_AFTER.has(next.lower);
  // A person's name as the subject ("forward Jones cramped late"), where capitals are not a heading's.
  const named = subject !== undefined && k > 0 && isCapitalised(subject.text) && !ctx.cue(TITLE_CASE);
  if (subject && (PERSON_SUBJECTS.has(subject.lower) || named) && !crowded && isTightGap(at(ctx, k + 1)?.gap ?? ' '))
    return muscle(ctx, 'cramped-verb');
  for (let b = ctx.i - 1; b >= Math.max(0, ctx.i - 6); b--) {
    const t = at(ctx, b);
    if (!t || CLAUSE_BREAKS.has(t.lower) || CRAMPED_SPACES.has(t.lower)) return undefined;
    if (SKELETAL_LOCATIONS.has(t.lower) && t.lower !== 'side' && t.lower !== 'body' && !afterPreposition(ctx, b))
      return muscle(ctx, 'cramped-body');
    if (/[.;:!?]/.test(t.gap)) return undefined;
  }
  return undefined;
}
