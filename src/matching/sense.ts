import {
  BODY_STATES,
  CRAMP_COMPOUND_BODILY,
  CRAMP_OBJECT_NOUNS,
  CRAMPED_SPACES,
  DETERMINER_WORDS,
  FEELINGS,
  HONORIFICS,
  MUSCLE_MODIFIERS,
  MUSCLE_SPASM_COMPOUNDS,
  NOT_MEDICAL_MODIFIERS,
  OTHER_MEDICAL_MODIFIERS,
  PERSON_SUBJECTS,
  SKELETAL_LOCATIONS,
  SPASMODIC_MUSCLE_NEXT,
  VERB_OBJECT_DETERMINERS,
  VISCERA,
  wordSet,
  type WordSet,
} from '../terms/lexicon';
import {
  EXERTION_OR_NIGHT,
  FEMALE,
  isMedicalWord,
  MEDICAL,
  ORGAN_MUSCLE,
  SKELETAL,
  TITLE_CASE,
  VISCERAL,
  type SentenceCues,
} from './cues';
import type { Head } from './heads';
import type { Reason, Sense } from './types';
import { isCapitalised, isTightGap, type Token } from './tokens';

/** The rules' verdict: the phrase's token span (inclusive) within the sentence, and its sense. */
export interface Decision {
  readonly first: number;
  readonly last: number;
  readonly sense: Sense;
  readonly reason: Reason;
}

interface Ctx {
  readonly tokens: readonly Token[];
  /** Index of the head word's token. */
  readonly i: number;
  /** Index of the last token of the head (charley horse spans two). */
  readonly j: number;
  readonly head: Head;
  /** Whether the rest of the sentence shows this cue (one of the bits in cues.ts). */
  readonly cue: (bit: number) => boolean;
}

const QUOTES = /["“”'‘’«»]/;
/** Words that title case leaves in lower case ("Spasms along the Rib Cage"). */
const TITLE_LOWER_WORDS = wordSet(
  `along with from into onto over after before under upon about during without between through than that when while`,
);
const LOCATION_PREPOSITIONS = wordSet(`in of along at on across around`);
/** A capitalised word right after these is a noun of a title ("On Spasm, …"), not an author's name. */
const TITLE_NOUN_BEFORE = wordSet(`on of about the a an in for to`);
/** Words that may stand between a preposition and the location noun ("in my left calf"). */
const LOCATION_FILLERS = wordSet(
  `${DETERMINER_WORDS} both one left right lower upper front inner outer affected involved whole`,
);
/** Words that make the next word a noun: "a cramp", "the cramps", "of cramps". */
const NOUN_MARKERS = wordSet(`${DETERMINER_WORDS} any no of some bad severe painful terrible sudden`);
const DEMONSTRATIVES = wordSet(`these those`);
const POSSESSIVE_OBJECTS: WordSet = { has: (w) => w !== 'the' && VERB_OBJECT_DETERMINERS.has(w) };
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
const COORDINATORS = wordSet(`and or`);
const MUSCLE_WORDS = wordSet(`muscle muscles muscular`);
const INDUCED = wordSet(`induced related associated`);
/** Words between an organ and its verb: "the vessel to spasm", "the bladder can spasm". */
const VERB_LINKS = wordSet(`to can may will would could might often`);
/** Words that mark the verb, not a glossed or cited word: "literally 'tremor, spasm …'". */
const GLOSS_WORDS = wordSet(`literally lit meaning means meant translated translates translation`);
/** Words after "cramping" that are still about the body: "a cramping feeling", "cramping spells". */
const BODILY_NOUNS = wordSet(`feeling+ sensation+ spell+ episode+ attack+ fit+ bout+ type+ kind+ sort+ wave+`);
/** Words after "cramping" that are not nouns it could qualify. */
const NOT_NOUNS = wordSet(
  `${DETERMINER_WORDS} in on at of up down during after before while when and or but so as that which who to from with by for into since because then again it me him them us you i we they is was were are be been`,
);
const ATTRIBUTIVE_BEFORE = wordSet(`${DETERMINER_WORDS} and or such more most less very`);

const decide = (ctx: Ctx, sense: Sense, reason: Reason, first = ctx.i, last = ctx.j): Decision => ({
  first,
  last,
  sense,
  reason,
});

// One helper per sense, so each rule reads as its verdict.
const muscle = (ctx: Ctx, reason: Reason, first = ctx.i, last = ctx.j) => decide(ctx, 'muscle', reason, first, last);
const notMedical = (ctx: Ctx, reason: Reason, first = ctx.i) => decide(ctx, 'not-medical', reason, first);
const otherMedical = (ctx: Ctx, reason: Reason, first = ctx.i) => decide(ctx, 'other-medical', reason, first);

const at = (ctx: Ctx, k: number): Token | undefined => ctx.tokens[k];
const tightBefore = (ctx: Ctx, k: number): boolean => {
  const t = at(ctx, k);
  return t !== undefined && isTightGap(t.gap);
};

/** The noun after "in/of … " following the head, skipping determiners and sides. */
function locationAfter(ctx: Ctx): string | undefined {
  const prep = at(ctx, ctx.j + 1);
  if (!prep || !LOCATION_PREPOSITIONS.has(prep.lower) || /[,;:()]/.test(prep.gap)) return undefined;
  for (let k = ctx.j + 2; k <= ctx.j + 5; k++) {
    const t = at(ctx, k);
    if (!t) return undefined;
    if (!LOCATION_FILLERS.has(t.lower)) return t.lower;
  }
  return undefined;
}

function isSentenceInitial(ctx: Ctx): boolean {
  const t = at(ctx, ctx.i);
  if (ctx.i === 0 || !t) return true;
  return /[.!?:;\n\r]\s*["“'‘(]?\s*$/.test(t.gap);
}

/**
 * Rules that read a capitalised "Cramp"/"Spasm" as a name: "Mr Cramp", "The Cramps", "Cramp and
 * Simmons (1980)", "William Cramp". Returns undefined when the capital says nothing.
 */
function nameRule(ctx: Ctx): Decision | undefined {
  const t = at(ctx, ctx.i);
  if (!t || !isCapitalised(t.text)) return undefined;
  const p1 = at(ctx, ctx.i - 1);
  const n1 = at(ctx, ctx.j + 1);
  const n2 = at(ctx, ctx.j + 2);
  if (p1 && HONORIFICS.has(p1.lower.replace(/\.$/, '')) && /^\.?\s+$/.test(t.gap)) return notMedical(ctx, 'name-title');
  if (p1 && p1.lower === 'the' && t.lower === 'cramps' && isTightGap(t.gap))
    return notMedical(ctx, 'name-band', ctx.i - 1);
  if (n1 && /^\s*\(\s*$/.test(n1.gap) && /^\d{4}$/.test(n1.text)) return notMedical(ctx, 'name-citation');
  if (n1 && n1.lower === 'et' && n2?.lower === 'al') return notMedical(ctx, 'name-citation');
  if (n1 && /&/.test(n1.gap)) return notMedical(ctx, 'name-firm');
  if (n1 && n1.lower === 'and' && n2 && isCapitalised(n2.text) && !ctx.cue(TITLE_CASE))
    return notMedical(ctx, 'name-pair');
  // A heading capitalises its words: the next long word is capitalised too ("Stop a Cramp Fast").
  // A lower-case one after the capital ("RCA and Cramps labels") means running text.
  let nextLong: Token | undefined;
  for (let k = ctx.j + 1; k < ctx.tokens.length && !nextLong; k++) {
    const t2 = ctx.tokens[k];
    if (t2 && t2.text.length >= 4 && /^\p{L}+$/u.test(t2.text) && !TITLE_LOWER_WORDS.has(t2.lower)) nextLong = t2;
  }
  const headingStyle = ctx.cue(TITLE_CASE) && (nextLong === undefined || isCapitalised(nextLong.text));
  if (headingStyle) {
    // Headings capitalise most words, so the capital says nothing ("How to Stop a Cramp Fast"),
    // except in a reference list: "Cramp, “Monkwearmouth and Jarrow”, pp. 325".
    // ("On Spasm, Languor, Palsy": after a preposition or an article it is the title's noun.)
    const nounOfTitle = p1 !== undefined && TITLE_NOUN_BEFORE.has(p1.lower);
    if (n1 && /^\s*,\s*["“'‘]?\s*$/.test(n1.gap) && isCapitalised(n1.text) && !nounOfTitle)
      return notMedical(ctx, 'name-citation');
    return ctx.head === 'spasm' && !ctx.cue(MEDICAL) ? notMedical(ctx, 'heading-unbodily') : undefined;
  }
  if (!isSentenceInitial(ctx)) return notMedical(ctx, 'name-capital');
  // "Cramp Shipbuilding built …": a capitalised word right after makes a name, unless it is bodily.
  if (
    n1 &&
    isCapitalised(n1.text) &&
    isTightGap(n1.gap) &&
    !isMedicalWord(n1.lower) &&
    !SKELETAL_LOCATIONS.has(n1.lower)
  )
    return notMedical(ctx, 'name-capitals');
  return undefined;
}

/** "menstrual cramps", "calf cramps", "brain cramp", "smooth muscle spasm" … */
function modifierRule(ctx: Ctx, allowNotMedical: boolean): Decision | undefined {
  const p1 = at(ctx, ctx.i - 1);
  if (!p1 || !tightBefore(ctx, ctx.i)) return undefined;
  const p2 = at(ctx, ctx.i - 2);
  const p2Tight = p2 !== undefined && tightBefore(ctx, ctx.i - 1);
  const hyphened = p2Tight && p2 && /-/.test(p1.gap) ? `${p2.lower}-${p1.lower}` : undefined;
  if (allowNotMedical && NOT_MEDICAL_MODIFIERS.has(p1.lower)) return notMedical(ctx, 'modifier-unbodily', ctx.i - 1);
  if ((p1.lower === 'muscle' || p1.lower === 'muscles') && p2Tight && p2?.lower === 'smooth')
    return otherMedical(ctx, 'modifier-visceral', ctx.i - 2);
  if (OTHER_MEDICAL_MODIFIERS.has(p1.lower)) return otherMedical(ctx, 'modifier-visceral', ctx.i - 1);
  if (hyphened !== undefined && MUSCLE_MODIFIERS.has(hyphened)) return muscle(ctx, 'modifier-muscle', ctx.i - 2);
  // "heat-induced cramps", "night-related cramps": a muscle modifier made an adjective.
  if (p2 && hyphened !== undefined && INDUCED.has(p1.lower) && MUSCLE_MODIFIERS.has(p2.lower))
    return muscle(ctx, 'modifier-muscle', ctx.i - 2);
  // "control muscle spasms" in a sentence about the bladder muscle: that organ's muscle.
  if ((p1.lower === 'muscle' || p1.lower === 'muscles') && ctx.cue(ORGAN_MUSCLE) && !ctx.cue(SKELETAL))
    return otherMedical(ctx, 'modifier-visceral', ctx.i - 1);
  if (MUSCLE_MODIFIERS.has(p1.lower)) {
    // "calf muscle cramps", "night leg cramps": take the whole phrase.
    const wider = p2Tight && p2 && MUSCLE_MODIFIERS.has(p2.lower) && !/-/.test(p1.gap);
    if (p2Tight && p2 && OTHER_MEDICAL_MODIFIERS.has(p2.lower) && p2.lower !== 'abdominal')
      return otherMedical(ctx, 'modifier-visceral', ctx.i - 2);
    return muscle(ctx, 'modifier-muscle', wider ? ctx.i - 2 : ctx.i - 1);
  }
  return undefined;
}

/** "cramps in my calf" (muscle), "spasm of the airways" (not skeletal). */
function locationRule(ctx: Ctx): Decision | undefined {
  const noun = locationAfter(ctx);
  if (noun === undefined) return undefined;
  if (VISCERA.has(noun)) return otherMedical(ctx, 'location-visceral');
  if (SKELETAL_LOCATIONS.has(noun)) return muscle(ctx, 'location-muscle');
  return undefined;
}

/** "the vessel to spasm", "the airways spasm": an organ as the subject of the verb. */
function organSubjectRule(ctx: Ctx): Decision | undefined {
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
function glossRule(ctx: Ctx): Decision | undefined {
  for (let k = ctx.i - 1; k >= Math.max(0, ctx.i - 8); k--) {
    const t = at(ctx, k);
    if (!t) return undefined;
    if (GLOSS_WORDS.has(t.lower) && QUOTES.test(at(ctx, k + 1)?.gap ?? '')) return notMedical(ctx, 'quoted-word');
    if (/[.;:!?]/.test(t.gap)) return undefined;
  }
  return undefined;
}

function visceralRule(ctx: Ctx): Decision | undefined {
  if (ctx.cue(VISCERAL) && !ctx.cue(SKELETAL)) return otherMedical(ctx, 'context-visceral');
  return undefined;
}

/** A word quoted as a word ("called 'cramp'") needs bodily context to be a muscle cramp. */
function quotedRule(ctx: Ctx): Decision | undefined {
  const t = at(ctx, ctx.i);
  const next = at(ctx, ctx.j + 1);
  const after = next ? next.gap : '';
  if (!t || !QUOTES.test(t.gap.slice(-1)) || !QUOTES.test(after.charAt(0))) return undefined;
  return ctx.cue(MEDICAL) ? undefined : notMedical(ctx, 'quoted-word');
}

function crampRule(ctx: Ctx): Decision {
  for (let k = 1; k <= 3; k++) {
    if (at(ctx, ctx.j + k)?.lower === 'style') return notMedical(ctx, 'idiom-style');
  }
  const p1 = at(ctx, ctx.i - 1);
  if (p1 && /^writers?'s?$/.test(p1.lower) && tightBefore(ctx, ctx.i)) return muscle(ctx, 'writers-cramp', ctx.i - 1);
  const early =
    nameRule(ctx) ??
    modifierRule(ctx, true) ??
    locationRule(ctx) ??
    compoundObjectRule(ctx) ??
    organSubjectRule(ctx) ??
    glossRule(ctx) ??
    attributiveRule(ctx);
  if (early) return early;
  const n1 = at(ctx, ctx.j + 1);
  const n2 = at(ctx, ctx.j + 2);
  const word = at(ctx, ctx.i)?.lower;
  // "laws cramp the growth", "cramping their creativity": the verb "restrict". A determiner before
  // the word makes it a noun ("the cramp the runner felt"); a body part before it is its subject.
  // "cramp these people's chances": demonstratives and possessive nouns introduce the object too.
  const objectFollows =
    n1 !== undefined &&
    isTightGap(n1.gap) &&
    (POSSESSIVE_OBJECTS.has(n1.lower) ||
      DEMONSTRATIVES.has(n1.lower) ||
      /\p{L}'s$/u.test(n1.lower) ||
      (n1.lower === 'the' && word !== 'cramps'));
  const nounOrBodySubject = p1 !== undefined && (NOUN_MARKERS.has(p1.lower) || SKELETAL_LOCATIONS.has(p1.lower));
  if (objectFollows && !nounOrBodySubject && (!n2 || !SKELETAL_LOCATIONS.has(n2.lower)))
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
  const n1 = at(ctx, ctx.j + 1);
  const p1 = at(ctx, ctx.i - 1);
  if (at(ctx, ctx.i)?.lower !== 'cramping' || !n1 || !p1 || !/^ +$/.test(n1.gap) || !/^\p{L}+$/u.test(n1.text))
    return undefined;
  // "a cramping Rafter": a person who is cramping. "cramping following exercise", "cramping badly": no noun.
  if (!ATTRIBUTIVE_BEFORE.has(p1.lower) || NOT_NOUNS.has(n1.lower) || isCapitalised(n1.text)) return undefined;
  if (/(?:ly|ing|ed)$/.test(n1.lower)) return undefined;
  if (isMedicalWord(n1.lower) || SKELETAL_LOCATIONS.has(n1.lower) || BODILY_NOUNS.has(n1.lower)) return undefined;
  // "aches or cramping …": listed with a symptom, it is one.
  const p2 = at(ctx, ctx.i - 2);
  if (COORDINATORS.has(p1.lower) && p2 && isMedicalWord(p2.lower)) return undefined;
  return notMedical(ctx, 'cramping-attributive');
}

/**
 * "cramp-iron", "cramp-ring", "cramp-bones": "cramp-" joined to a noun names an object; so does
 * "cramp" before the names of the herb, the fungus and the fish ("cramp bark", "cramp balls").
 */
function compoundObjectRule(ctx: Ctx): Decision | undefined {
  const n1 = at(ctx, ctx.j + 1);
  if (n1 && isTightGap(n1.gap) && CRAMP_OBJECT_NOUNS.has(n1.lower)) return notMedical(ctx, 'compound-object');
  if (!n1 || !/^-$/.test(n1.gap) || !/^\p{L}+$/u.test(n1.text)) return undefined;
  if (CRAMP_COMPOUND_BODILY.has(n1.lower) || isMedicalWord(n1.lower) || SKELETAL_LOCATIONS.has(n1.lower))
    return undefined;
  return notMedical(ctx, 'compound-object');
}

/**
 * "muscle stiffness and spasms", "muscle pain, cramps": a mention listed right after a muscle
 * symptom is that muscle's, whatever organs the rest of the sentence lists. It comes before the
 * sentence-wide visceral rule, since it reads the mention's own phrase.
 */
function coordinatedMuscleRule(ctx: Ctx): Decision | undefined {
  const head = at(ctx, ctx.i);
  const p1 = at(ctx, ctx.i - 1);
  if (!head || !p1) return undefined;
  const listed = COORDINATORS.has(p1.lower) || /^\s*,\s*$/.test(head.gap);
  if (!listed) return undefined;
  const stop = COORDINATORS.has(p1.lower) ? ctx.i - 2 : ctx.i - 1;
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
function femaleRule(ctx: Ctx): Decision | undefined {
  if (!ctx.cue(FEMALE) || ctx.cue(SKELETAL) || ctx.cue(EXERTION_OR_NIGHT)) return undefined;
  return otherMedical(ctx, 'context-female');
}

function crampedRule(ctx: Ctx): Decision {
  const n1 = at(ctx, ctx.j + 1);
  const p1 = at(ctx, ctx.i - 1);
  const p2 = at(ctx, ctx.i - 2);
  if (n1 && isTightGap(n1.gap)) {
    if (CRAMPED_SPACES.has(n1.lower)) return notMedical(ctx, 'cramped-space');
    if (SKELETAL_LOCATIONS.has(n1.lower)) return muscle(ctx, 'cramped-body', ctx.i, ctx.j + 1);
  }
  if (p1 && SKELETAL_LOCATIONS.has(p1.lower)) return muscle(ctx, 'cramped-body');
  if (p1 && p2 && AUXILIARIES.has(p1.lower) && SKELETAL_LOCATIONS.has(p2.lower)) return muscle(ctx, 'cramped-body');
  // "weakened and cramped", "cramped and sore": listed with a state of the muscle.
  const n2 = at(ctx, ctx.j + 2);
  if (
    (p1 && p2 && COORDINATORS.has(p1.lower) && BODY_STATES.has(p2.lower)) ||
    (n1 && n2 && COORDINATORS.has(n1.lower) && BODY_STATES.has(n2.lower))
  )
    return muscle(ctx, 'cramped-body');
  // "cramped up in the car": squeezed into a space.
  if (spaceFollows(ctx)) return notMedical(ctx, 'cramped-space');
  if (n1 && BODY_AFTER_CRAMPED_VERB.has(n1.lower) && p1 && SKELETAL_LOCATIONS.has(p1.lower))
    return muscle(ctx, 'cramped-body');
  // "the cramped seat": a determiner makes it the adjective of what follows, which is no body.
  if (p1 && ATTRIBUTIVE.has(p1.lower)) return notMedical(ctx, 'cramped-unbodily');
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
  const n1 = at(ctx, ctx.j + 1);
  let k = ctx.i - 1;
  while (k >= 0 && SUBJECT_ADVERBS.has(at(ctx, k)?.lower ?? '')) k--;
  const subject = at(ctx, k);
  const crowded = n1 !== undefined && (n1.lower === 'with' || n1.lower === 'by');
  if (subject && PERSON_SUBJECTS.has(subject.lower) && !crowded && isTightGap(at(ctx, k + 1)?.gap ?? ' '))
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

function spasmRule(ctx: Ctx): Decision {
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
  if (ctx.cue(MEDICAL)) return muscle(ctx, 'context-bodily');
  return notMedical(ctx, 'context-unbodily');
}

function spasmodicRule(ctx: Ctx): Decision {
  const n1 = at(ctx, ctx.j + 1);
  if (n1 && SPASMODIC_MUSCLE_NEXT.has(n1.lower) && isTightGap(n1.gap))
    return muscle(ctx, 'spasmodic-muscle', ctx.i, ctx.j + 1);
  return ctx.cue(MEDICAL) ? otherMedical(ctx, 'spasmodic-medical') : notMedical(ctx, 'spasmodic-fitful');
}

/**
 * The sense of the head word at tokens i to j of its sentence. `cues` answers what the rest of the
 * sentence says; it is asked only by the rules that need it.
 */
export function decideSense(
  tokens: readonly Token[],
  i: number,
  j: number,
  head: Head,
  cues: () => SentenceCues,
): Decision {
  let cached: SentenceCues | undefined;
  const ctx: Ctx = { tokens, i, j, head, cue: (bit) => ((cached ??= cues()) & bit) !== 0 };
  switch (head) {
    case 'cramp':
      return crampRule(ctx);
    case 'cramped':
      return crampedRule(ctx);
    case 'spasm':
      return spasmRule(ctx);
    case 'spasmodic':
      return spasmodicRule(ctx);
    case 'compound-spasm': {
      const word = at(ctx, i)?.lower ?? '';
      return MUSCLE_SPASM_COMPOUNDS.has(word) ? muscle(ctx, 'compound-muscle') : otherMedical(ctx, 'compound-visceral');
    }
    case 'antispasmodic':
      return otherMedical(ctx, 'antispasmodic');
    case 'myotonia':
      return muscle(ctx, 'myotonia');
    case 'tetany':
      return muscle(ctx, 'tetany');
    case 'charley-horse':
      return muscle(ctx, 'charley-horse');
  }
}
