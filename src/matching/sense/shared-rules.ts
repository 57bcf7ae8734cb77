import {
  MUSCLE_MODIFIERS,
  NOT_MEDICAL_MODIFIERS,
  OTHER_MEDICAL_MODIFIERS,
  SKELETAL_LOCATIONS,
  VISCERA,
  wordSet,
} from '../../terms/lexicon';
import { EXERTION_OR_NIGHT, FEMALE, MEDICAL, ORGAN_MUSCLE, SKELETAL, VISCERAL, VISCERAL_CONDITION } from '../cues';
import { isTightGap } from '../tokens';
import {
  type Decision,
  type Ctx,
  QUOTES,
  COORDINATORS,
  muscle,
  notMedical,
  otherMedical,
  at,
  tightBefore,
  locationAfter,
} from './context';

/**
 * Rules every head word shares: the word before it ("calf cramps", "menstrual cramps"), the place
 * after it ("in my calf", "of the airways"), the organ it is said of, a quoted or glossed word, a
 * list it stands in, and the sentence's organs or women.
 */

const MUSCLE_WORDS = wordSet(`muscle muscles muscular`);

const INDUCED = wordSet(`induced related associated`);

/** Words between an organ and its verb: "the vessel to spasm", "the bladder can spasm". */
const VERB_LINKS = wordSet(`to can may will would could might often`);

/** Words that mark the verb, not a glossed or cited word: "literally 'tremor, spasm …'". */
const GLOSS_WORDS = wordSet(`literally lit meaning means meant translated translates translation`);

/** "menstrual cramps", "calf cramps", "brain cramp", "smooth muscle spasm" … */
export function modifierRule(ctx: Ctx, allowNotMedical: boolean): Decision | undefined {
  const prev = at(ctx, ctx.i - 1);
  if (!prev || !tightBefore(ctx, ctx.i)) return undefined;
  const prev2 = at(ctx, ctx.i - 2);
  const prev2Tight = prev2 !== undefined && tightBefore(ctx, ctx.i - 1);
  const hyphened = prev2Tight && prev2 && /-/.test(prev.gap) ? `${prev2.lower}-${prev.lower}` : undefined;
  if (allowNotMedical && NOT_MEDICAL_MODIFIERS.has(prev.lower)) return notMedical(ctx, 'modifier-unbodily', ctx.i - 1);
  if ((prev.lower === 'muscle' || prev.lower === 'muscles') && prev2Tight && prev2?.lower === 'smooth')
    return otherMedical(ctx, 'modifier-visceral', ctx.i - 2);
  if (OTHER_MEDICAL_MODIFIERS.has(prev.lower)) return otherMedical(ctx, 'modifier-visceral', ctx.i - 1);
  if (hyphened !== undefined && MUSCLE_MODIFIERS.has(hyphened)) return muscle(ctx, 'modifier-muscle', ctx.i - 2);
  // "heat-induced cramps", "night-related cramps": a muscle modifier made an adjective.
  if (prev2 && hyphened !== undefined && INDUCED.has(prev.lower) && MUSCLE_MODIFIERS.has(prev2.lower))
    return muscle(ctx, 'modifier-muscle', ctx.i - 2);
  // "control muscle spasms" in a sentence about the bladder muscle: that organ's muscle.
  if ((prev.lower === 'muscle' || prev.lower === 'muscles') && ctx.cue(ORGAN_MUSCLE) && !ctx.cue(SKELETAL))
    return otherMedical(ctx, 'modifier-visceral', ctx.i - 1);
  if (MUSCLE_MODIFIERS.has(prev.lower)) {
    // "calf muscle cramps", "night leg cramps": take the whole phrase.
    const wider = prev2Tight && prev2 && MUSCLE_MODIFIERS.has(prev2.lower) && !/-/.test(prev.gap);
    if (prev2Tight && prev2 && OTHER_MEDICAL_MODIFIERS.has(prev2.lower) && prev2.lower !== 'abdominal')
      return otherMedical(ctx, 'modifier-visceral', ctx.i - 2);
    return muscle(ctx, 'modifier-muscle', wider ? ctx.i - 2 : ctx.i - 1);
  }
  return undefined;
}

/** "cramps in my calf" (muscle), "spasm of the airways" (not skeletal). */
export function locationRule(ctx: Ctx): Decision | undefined {
  const noun = locationAfter(ctx);
  if (noun === undefined) return undefined;
  if (VISCERA.has(noun)) return otherMedical(ctx, 'location-visceral');
  // "cramps on one side", "spasms all over the body": no muscle named, the sentence decides.
  if (SKELETAL_LOCATIONS.has(noun) && noun !== 'side' && noun !== 'body') return muscle(ctx, 'location-muscle');
  return undefined;
}

/** "the vessel to spasm", "the airways spasm": an organ as the subject of the verb. */
export function organSubjectRule(ctx: Ctx): Decision | undefined {
  let k = ctx.i - 1;
  while (k >= ctx.i - 3 && VERB_LINKS.has(at(ctx, k)?.lower ?? '')) k--;
  const subject = at(ctx, k);
  if (!subject || k === ctx.i - 1 || !isTightGap(at(ctx, k + 1)?.gap ?? ',')) return undefined;
  return VISCERA.has(subject.lower) ? otherMedical(ctx, 'location-visceral') : undefined;
}

/**
 * A word glossed in quotes after "literally" or "meaning" ("RAJAZ, literally 'tremor, spasm,
 * convulsion'") is the meaning of another word, not a mention of a spasm.
 */
export function glossRule(ctx: Ctx): Decision | undefined {
  for (let k = ctx.i - 1; k >= Math.max(0, ctx.i - 8); k--) {
    const t = at(ctx, k);
    if (!t) return undefined;
    if (GLOSS_WORDS.has(t.lower) && QUOTES.test(at(ctx, k + 1)?.gap ?? '')) return notMedical(ctx, 'quoted-word');
    if (/[.;:!?]/.test(t.gap)) return undefined;
  }
  return undefined;
}

export function visceralRule(ctx: Ctx): Decision | undefined {
  // A named condition of the organs outweighs a limb named elsewhere; an organ alone does not.
  if (ctx.cue(VISCERAL) && (!ctx.cue(SKELETAL) || ctx.cue(VISCERAL_CONDITION)))
    return otherMedical(ctx, 'context-visceral');
  return undefined;
}

/** A word quoted as a word ("called 'cramp'") needs bodily context to be a muscle cramp. */
export function quotedRule(ctx: Ctx): Decision | undefined {
  const t = at(ctx, ctx.i);
  const next = at(ctx, ctx.j + 1);
  const after = next ? next.gap : '';
  if (!t || !QUOTES.test(t.gap.slice(-1)) || !QUOTES.test(after.charAt(0))) return undefined;
  return ctx.cue(MEDICAL) ? undefined : notMedical(ctx, 'quoted-word');
}

/**
 * "muscle stiffness and spasms", "muscle pain, cramps": a mention listed right after a muscle
 * symptom is that muscle's, whatever organs the rest of the sentence lists. It comes before the
 * sentence-wide visceral rule, since it reads the mention's own phrase.
 */
export function coordinatedMuscleRule(ctx: Ctx): Decision | undefined {
  const head = at(ctx, ctx.i);
  const prev = at(ctx, ctx.i - 1);
  if (!head || !prev) return undefined;
  const listed = COORDINATORS.has(prev.lower) || /^\s*,\s*$/.test(head.gap);
  if (!listed) return undefined;
  const stop = COORDINATORS.has(prev.lower) ? ctx.i - 2 : ctx.i - 1;
  for (let k = stop; k >= Math.max(0, stop - 2); k--) {
    const t = at(ctx, k);
    if (!t) return undefined;
    if (MUSCLE_WORDS.has(t.lower)) {
      const before = at(ctx, k - 1);
      const organ = before !== undefined && (OTHER_MEDICAL_MODIFIERS.has(before.lower) || VISCERA.has(before.lower));
      return organ ? undefined : muscle(ctx, 'coordinated-muscle');
    }
    if (k < stop && /[,;:()]/.test(at(ctx, k + 1)?.gap ?? '')) return undefined;
  }
  return undefined;
}

/**
 * A bare "cramps" said of women, with no limb, sport or night in the sentence, is most often
 * menstrual or uterine ("some women have cramps for a week afterwards"). A health tool leans to
 * the safe side: such a mention is not given the muscle causes.
 */
export function femaleRule(ctx: Ctx): Decision | undefined {
  if (!ctx.cue(FEMALE) || ctx.cue(SKELETAL) || ctx.cue(EXERTION_OR_NIGHT)) return undefined;
  return otherMedical(ctx, 'context-female');
}
