import {
  FEELINGS,
  POSSESSIVE_WORDS,
  SKELETAL_LOCATIONS,
  SPASMODIC_MUSCLE_NEXT,
  VISCERA,
  wordSet,
} from '../../terms/lexicon';
import { isMedicalWord, MEDICAL } from '../cues';
import { isTightGap } from '../tokens';
import { type Decision, type Ctx, muscle, notMedical, otherMedical, at, locationAfter } from './context';
import { nameRule } from './names';
import {
  modifierRule,
  locationRule,
  organSubjectRule,
  glossRule,
  visceralRule,
  coordinatedMuscleRule,
} from './shared-rules';

/** "spasm", "spasms", "spasmodic": a muscle's, a feeling's burst or an organ's. */

/** "a spasm of grief", "spasms of laughter": "of" + a word that is neither body nor medicine. */
function figurativeOfRule(ctx: Ctx): Decision | undefined {
  const prep = at(ctx, ctx.j + 1);
  // "a spasm as of rage": the same burst of feeling, likened.
  if (prep?.lower === 'as' && at(ctx, ctx.j + 2)?.lower === 'of') {
    const feeling = at(ctx, ctx.j + 3);
    return feeling && FEELINGS.has(feeling.lower) ? notMedical(ctx, 'spasm-of-feeling') : undefined;
  }
  if (prep?.lower !== 'of') return undefined;
  const noun = locationAfter(ctx);
  if (noun !== undefined && FEELINGS.has(noun)) return notMedical(ctx, 'spasm-of-feeling');
  if (noun === undefined || isMedicalWord(noun) || SKELETAL_LOCATIONS.has(noun) || VISCERA.has(noun)) return undefined;
  return notMedical(ctx, 'spasm-of-unbodily');
}

const POSSESSIVES = wordSet(POSSESSIVE_WORDS);

/**
 * "my back went into spasm": a limb said to be someone's is the body's, even where the word has
 * everyday senses too ("back", "arm"), which is why those words alone are no medical cue.
 */
function ownBodyPart(ctx: Ctx): boolean {
  return ctx.tokens.some(
    (t, k) =>
      (k < ctx.i || k > ctx.j) &&
      SKELETAL_LOCATIONS.has(t.lower) &&
      POSSESSIVES.has(ctx.tokens[k - 1]?.lower ?? '') &&
      isTightGap(t.gap),
  );
}

export function spasmRule(ctx: Ctx): Decision {
  const early =
    nameRule(ctx) ??
    modifierRule(ctx, false) ??
    locationRule(ctx) ??
    figurativeOfRule(ctx) ??
    organSubjectRule(ctx) ??
    glossRule(ctx) ??
    coordinatedMuscleRule(ctx) ??
    visceralRule(ctx);
  if (early) return early;
  if (ctx.cue(MEDICAL) || ownBodyPart(ctx)) return muscle(ctx, 'context-bodily');
  return notMedical(ctx, 'context-unbodily');
}

export function spasmodicRule(ctx: Ctx): Decision {
  const next = at(ctx, ctx.j + 1);
  if (next && SPASMODIC_MUSCLE_NEXT.has(next.lower) && isTightGap(next.gap))
    return muscle(ctx, 'spasmodic-muscle', ctx.i, ctx.j + 1);
  return ctx.cue(MEDICAL) ? otherMedical(ctx, 'spasmodic-medical') : notMedical(ctx, 'spasmodic-fitful');
}
