import {
  CRAMP_COMPOUND_BODILY,
  CRAMP_OBJECT_NOUNS,
  DETERMINER_WORDS,
  FEELINGS,
  PERSON_SUBJECTS,
  SKELETAL_LOCATIONS,
  VERB_OBJECT_DETERMINERS,
  wordSet,
  type WordSet,
} from '../../terms/lexicon';
import { EXERTION_OR_NIGHT, isMedicalWord, MEDICAL, SKELETAL, VISCERAL } from '../cues';
import { isCapitalised, isTightGap } from '../tokens';
import { type Decision, type Ctx, COORDINATORS, muscle, notMedical, at, tightBefore, locationAfter } from './context';
import { nameRule } from './names';
import {
  modifierRule,
  locationRule,
  organSubjectRule,
  glossRule,
  visceralRule,
  quotedRule,
  coordinatedMuscleRule,
  femaleRule,
} from './shared-rules';

/** "cramp", "cramps", "cramping": a muscle cramp, the verb "to restrict", an object or a style. */

/** Words that make the next word a noun: "a cramp", "the cramps", "of cramps". */
const NOUN_MARKERS = wordSet(`${DETERMINER_WORDS} any no of some bad severe painful terrible sudden`);

const DEMONSTRATIVES = wordSet(`these those`);

const POSSESSIVE_OBJECTS: WordSet = { has: (w) => w !== 'the' && VERB_OBJECT_DETERMINERS.has(w) };

/** Words after "cramping" that are still about the body: "a cramping feeling", "cramping spells". */
const BODILY_NOUNS = wordSet(
  `feeling+ sensation+ spell+ episode+ attack+ fit+ bout+ type+ kind+ sort+ wave+ issue+ problem+ trouble+ complaint+`,
);

/** Words after "cramping" that are not nouns it could qualify. */
const NOT_NOUNS = wordSet(
  `${DETERMINER_WORDS} in on at of up down during after before while when and or but so as that which who to from with by for into since because then again it me him them us you i we they is was were are be been now today tonight yesterday anymore either yet too`,
);

/** Words before an adjective of a noun: determiners, quantifiers ("no cramping rules"), degree. */
/** Words after which "cramp" is a verb's base form: modals and "to". */
const VERB_BEFORE = wordSet(`to can could will would may might must should shall`);

const ATTRIBUTIVE_BEFORE = wordSet(
  `${DETERMINER_WORDS} no any some every each all many few several other and or such more most less very`,
);

export function crampRule(ctx: Ctx): Decision {
  for (let k = 1; k <= 3; k++) {
    if (at(ctx, ctx.j + k)?.lower === 'style') return notMedical(ctx, 'idiom-style');
  }
  const prev = at(ctx, ctx.i - 1);
  if (prev && /^writers?'s?$/.test(prev.lower) && tightBefore(ctx, ctx.i))
    return muscle(ctx, 'writers-cramp', ctx.i - 1);
  const early =
    nameRule(ctx) ??
    modifierRule(ctx, true) ??
    locationRule(ctx) ??
    compoundObjectRule(ctx) ??
    organSubjectRule(ctx) ??
    glossRule(ctx) ??
    attributiveRule(ctx);
  if (early) return early;
  // "the old cramp of envy": like "a spasm of grief", a feeling's grip (a cramp of pain is a cramp).
  const feeling = at(ctx, ctx.j + 1)?.lower === 'of' ? locationAfter(ctx) : undefined;
  if (feeling !== undefined && FEELINGS.has(feeling) && feeling !== 'pain' && feeling !== 'agony')
    return notMedical(ctx, 'spasm-of-feeling');
  const next = at(ctx, ctx.j + 1);
  const next2 = at(ctx, ctx.j + 2);
  const word = at(ctx, ctx.i)?.lower;
  // "laws cramp the growth", "cramping their creativity": the verb "restrict". A determiner before
  // the word makes it a noun ("the cramp the runner felt"); a body part before it is its subject.
  // "cramp these people's chances": demonstratives and possessive nouns introduce the object too.
  const objectFollows =
    next !== undefined &&
    isTightGap(next.gap) &&
    (POSSESSIVE_OBJECTS.has(next.lower) ||
      DEMONSTRATIVES.has(next.lower) ||
      /\p{L}'s$/u.test(next.lower) ||
      (next.lower === 'the' && word !== 'cramps'));
  const nounOrBodySubject = prev !== undefined && (NOUN_MARKERS.has(prev.lower) || SKELETAL_LOCATIONS.has(prev.lower));
  if (objectFollows && !nounOrBodySubject && (!next2 || !SKELETAL_LOCATIONS.has(next2.lower)))
    return notMedical(ctx, 'verb-restrict');
  // "rules could cramp innovation", "continue to cramp production": after a modal or "to", a bare
  // noun after the verb is its object, where nothing in the sentence is bodily.
  if (
    prev &&
    VERB_BEFORE.has(prev.lower) &&
    next &&
    isTightGap(next.gap) &&
    /^\p{Ll}+$/u.test(next.text) &&
    !NOT_NOUNS.has(next.lower) &&
    !/ly$/.test(next.lower) &&
    !isMedicalWord(next.lower) &&
    !SKELETAL_LOCATIONS.has(next.lower) &&
    !PERSON_SUBJECTS.has(next.lower) &&
    !/^(?:any|every|some|no)(?:one|body)$/.test(next.lower) &&
    !ctx.cue(MEDICAL | SKELETAL | EXERTION_OR_NIGHT | VISCERAL)
  )
    return notMedical(ctx, 'verb-restrict');
  return (
    coordinatedMuscleRule(ctx) ??
    visceralRule(ctx) ??
    femaleRule(ctx) ??
    quotedRule(ctx) ??
    muscle(ctx, 'cramp-default')
  );
}

/**
 * "old and cramping forms", "the cramping rules": "cramping" as the adjective of a noun that is
 * neither bodily nor medical means confining.
 */
function attributiveRule(ctx: Ctx): Decision | undefined {
  const next = at(ctx, ctx.j + 1);
  const prev = at(ctx, ctx.i - 1);
  if (at(ctx, ctx.i)?.lower !== 'cramping' || !next || !prev || !/^ +$/.test(next.gap) || !/^\p{L}+$/u.test(next.text))
    return undefined;
  // "a cramping Rafter": a person who is cramping. "cramping following exercise", "cramping badly": no noun.
  if (!ATTRIBUTIVE_BEFORE.has(prev.lower) || NOT_NOUNS.has(next.lower) || isCapitalised(next.text)) return undefined;
  if (/(?:ly|ing|ed)$/.test(next.lower)) return undefined;
  // "every cramping runner": a person who is cramping.
  if (
    isMedicalWord(next.lower) ||
    SKELETAL_LOCATIONS.has(next.lower) ||
    BODILY_NOUNS.has(next.lower) ||
    PERSON_SUBJECTS.has(next.lower)
  )
    return undefined;
  // "aches or cramping …": listed with a symptom, it is one.
  const prev2 = at(ctx, ctx.i - 2);
  if (COORDINATORS.has(prev.lower) && prev2 && isMedicalWord(prev2.lower)) return undefined;
  return notMedical(ctx, 'cramping-attributive');
}

/**
 * "cramp-iron", "cramp-ring", "cramp-bones": "cramp-" joined to a noun names an object; so does
 * "cramp" before the names of the herb, the fungus and the fish ("cramp bark", "cramp balls").
 */
function compoundObjectRule(ctx: Ctx): Decision | undefined {
  const next = at(ctx, ctx.j + 1);
  if (next && isTightGap(next.gap) && CRAMP_OBJECT_NOUNS.has(next.lower)) return notMedical(ctx, 'compound-object');
  if (!next || !/^-$/.test(next.gap) || !/^\p{L}+$/u.test(next.text)) return undefined;
  if (CRAMP_COMPOUND_BODILY.has(next.lower) || isMedicalWord(next.lower) || SKELETAL_LOCATIONS.has(next.lower))
    return undefined;
  return notMedical(ctx, 'compound-object');
}
