/**
 * Word lists the detector uses to decide what a mention means. Each list is a general language
 * fact ("menstrual" before "cramps" names a non-skeletal cramp), never a particular sentence.
 * All entries are lower case; apostrophes are straight.
 */

import { wordSet } from './words';

export { wordSet, type WordSet } from './words';

/** Possessive determiners, and articles with demonstratives: the building blocks of several lists. */
export const POSSESSIVE_WORDS = 'my your his her their our its';
export const DETERMINER_WORDS = `a an the this that these those ${POSSESSIVE_WORDS}`;

/** Muscles and limbs: both a modifier ("calf cramps") and a location ("a cramp in my calf"). */
const LIMBS = `muscle+ leg+ calf calves foot feet toe+ hand+ finger+ thigh+ hamstring+ quad+ back neck shoulder+ jaw arm+ limb+ hip+ buttock+ groin ankle wrist forearm bicep+ tricep+`;

/** A word right before cramp/spasm that makes a skeletal-muscle phrase ("calf cramps"). */
export const MUSCLE_MODIFIERS = wordSet(
  `${LIMBS} muscular night nocturnal nighttime heat exercise exercise-associated exercise-induced swimmer's runner's writer's writers typist's musician's facial hemifacial eyelid eye-lid cervical glute skeletal carpopedal tetanic scottie scotty`,
);

/**
 * A word right before cramp/spasm that names a smooth-muscle, visceral or other non-skeletal
 * sense ("menstrual cramps", "infantile spasms", "smooth muscle spasm").
 */
export const OTHER_MEDICAL_MODIFIERS = wordSet(
  `menstrual period stomach internal abdominal abdomen belly tummy intestinal bowel uterine bladder esophageal oesophageal coronary arterial vascular infantile epileptic smooth airway bronchial gut colon colonic rectal gastric ovulation pms labor labour gas anal biliary ureteral urethral prostatic pelvic ovarian renal pancreatic cerebral diaphragmatic habit vocal glottal laryngeal pyloric sphincter vessel+ artery arteries vein+ hunger heart cardiac detrusor`,
);

/** Words before "cramp(s)" that mean something other than a body: "brain cramp", "iron cramps". */
export const NOT_MEDICAL_MODIFIERS = wordSet(
  `brain mental iron metal steel brass bronze copper lead stone masonry sash g f t bar pipe`,
);

/**
 * Nouns after "cramp" that name an object, a plant, a fungus or a fish called after it: "cramp
 * bark" (a herb), "cramp balls" (a fungus), "cramp fish" (the torpedo ray), "cramp irons".
 */
export const CRAMP_OBJECT_NOUNS = wordSet(`bark ball+ fish iron+ ring+ bone+`);

/** Body locations of skeletal muscle: "cramp in my calf", "spasm of the jaw". */
export const SKELETAL_LOCATIONS = wordSet(
  `${LIMBS} quadriceps rib+ eyelid+ face knee side instep arch glutes masseter diaphragm body`,
);

/** Organs and vessels whose cramps or spasms are not skeletal: "spasm of the airways". */
export const VISCERA = wordSet(
  `airway+ bronchi bronchus bronchioles artery arteries vessel+ coronary esophagus oesophagus bladder bowel+ intestine+ gut stomach colon uterus womb larynx glottis sphincter bile abdomen belly tummy ureter urethra prostate pancreas kidney+ rectum pylorus cervix vocal lung+ throat chest heart hunger`,
);

/**
 * Words anywhere in the sentence that point to a visceral sense for a bare "cramps"/"spasms"
 * ("cramps with bloating", "spasms ... abdominal pain"), unless a skeletal location is named too.
 */
export const VISCERAL_CUE_PREFIXES = `menstr mensr endometri iud cervix pelvi vagin ovar miscarr stillbirth ectopic flatulen lactos lactas indigest digest constipat obstruct stomach abdomen belly tummy bowel intestin diarrh bloat ibs uter dysmenorrh ovulat colic colon gastro bladder esophag oesophag bronch airway asthma coronary angina laryng womb pms premenstr iui ivf hsg hysterosalping hysteroscop insemination embryo abortion afterpain postpart placent implantation fertility fibroid gallston nephrolith urolith ureter braxton atheroscler epilep hypsarrhythm infant infanc newborn neonat midwi obstetr gynaec gynec urethr prostat pancrea caesar cesarean breastfe laxativ enema mirena kyleena paragard`;
/** "abdominal" is visceral unless it qualifies muscles: "abdominal muscle spasms". */
export const ABDOMINAL = 'abdominal';

/**
 * The visceral cues that name a condition or event of the organs, not just an organ: a cramp in a
 * sentence about a kidney stone, colic, a miscarriage or a fertility procedure is that condition's,
 * even when the sentence also names a back or a leg ("pain in the side and back", "drawing up the
 * legs"). An organ alone ("bladder and bowel control") does not outweigh a named limb.
 */
export const VISCERAL_CONDITION_PREFIXES = `menstr mensr endometri miscarr stillbirth ectopic flatulen lactos indigest constipat diarrh bloat ibs dysmenorrh ovulat colic gastroent gastrit gastropar asthma angina iui ivf hsg hysterosalping hysteroscop insemination embryo abortion afterpain postpart implantation gallston nephrolith urolith braxton pancrea caesar cesarean breastfe fibroid`;

/**
 * Words that show a sentence is about the body or medicine. A bare "spasm" needs one of these to
 * count as a muscle spasm; without them it is usually figurative ("a spasm of grief").
 */
export const MEDICAL_CUE_PREFIXES = `muscl muscul ache aching symptom doctor physician patient therap injur nerve neuro neural diseas disorder syndrome involuntar contraction stiff cramp twitch fascicul numb tingl weakness fatigu exercis stretch massag medic drug physiolog clinic diagnos withdrawal tetan spastic dyston tremor convuls relax tendon ligament limb calf calves thigh hamstring quadricep bicep tricep neck jaw facial eyelid spine spinal sclerosis dehydrat electrolyt sweat injection surger surgic hospital nurse vomit nausea fever inflam anesthe anaesthe health suffer chronic lockjaw hypocalc magnesium potassium pregnan paraly seizure epilep dose toxic poison botulinum botox rehab physio sprain hurt disab`;
/** Whole words that count as medical cues but are too short or ambiguous as prefixes. */
export const MEDICAL_CUE_WORDS = wordSet(
  `leg+ foot feet toe+ hand+ finger+ arm+ shoulder+ hip+ knee+ ankle+ wrist+ rib+ body bodies ms als gp er ache+ sick ill illness cure cured pain+ painful painfully painkiller+ treat+ treated treating treatment+ sore+ soreness strain+ tight tightness tightening relief remedy remedies prevent preventing prevention relieve+ swelling motion movement+ face`,
);

/** Titles before a capitalised word make it a surname: "Mr Cramp". */
export const HONORIFICS = wordSet(
  `mr mrs ms miss mx dr sir dame lady lord prof professor rev reverend capt captain col colonel gen general sgt st saint judge`,
);

/** Possessives and determiners that introduce the object of the verb "cramp" ("cramp her style"). */
export const VERB_OBJECT_DETERMINERS = wordSet(`${POSSESSIVE_WORDS} the one's someone's somebody's anyone's`);

/** Nouns after "cramped" that make it describe a small space or tight writing. */
export const CRAMPED_SPACES = wordSet(
  `room+ space+ quarters flat+ apartment+ office+ cabin+ conditions handwriting writing script seat+ cell+ house+ kitchen car+ bus train plane confinement living accommodation studio hall stage street+ city layout interior cockpit bunk+ corridor+ venue boat position`,
);

/** "spasmodic" only names a skeletal-muscle condition in these phrases. */
export const SPASMODIC_MUSCLE_NEXT = wordSet(`dysphonia torticollis`);

/** Compounds ending in "-spasm" that are skeletal-muscle conditions; all others are not. */
export const MUSCLE_SPASM_COMPOUNDS = wordSet(`blepharospasm+ geniospasm+ glossospasm+ graphospasm+ cheirospasm+`);

/**
 * "a spasm of pain/grief": "spasm of" a feeling is a sudden burst of that feeling, not a muscle
 * contraction (a fact of English usage; the muscle sense is "a spasm of the calf").
 */
export const FEELINGS = wordSet(
  `pain agony anguish grief fear terror rage anger jealousy envy guilt shame panic dread joy disgust despair`,
);

/**
 * Words after "cramp-" that keep a hyphenated compound about the body ("cramp-like pain",
 * "cramp-free"); any other "cramp-X" is an object ("cramp-iron", "cramp-ring", "cramp-bones").
 */
export const CRAMP_COMPOUND_BODILY = wordSet(`like inducing induced related associated prone free causing type relief`);

/** Words of women's health that make a bare "cramps" mean menstrual or uterine cramps. */
export const FEMALE_SUBJECTS = wordSet(`women woman girl+ female+ ladies lady breast+`);

/** Words of sport and exertion: with them a bare "cramps" is an exercise cramp. */
export const EXERCISE_CUE_PREFIXES = `exercis workout run race racing marathon training athlet sport swim gym jog sprint hike hiking match game mile innings bowler batsm tennis cricket football soccer rugby relay overtime shootout tournament`;

/** States of a muscle that "cramped" is listed with: "weakened and cramped", "cramped and sore". */
export const BODY_STATES = wordSet(
  `stiff sore tired aching achy weak weakened painful tense tight numb swollen fatigued exhausted heavy`,
);

/** Words that name paralysis or spasticity: skeletal muscle, whatever organs the sentence lists. */
export const SKELETAL_CUE_PREFIXES = `paraly spastic`;

/**
 * People who can be the subject of the verb "cramp" ("I cramped at 30k", "the rower cramped up"):
 * pronouns, and the names sport gives its people.
 */
export const PERSON_SUBJECTS = wordSet(
  `i he she we they you friend+ people runner+ player+ athlete+ rower+ cyclist+ swimmer+ skier+ sprinter+ jogger+ hiker+ climber+ boxer+ fighter+ wrestler+ golfer+ batsman batsmen batter+ bowler+ pitcher+ striker+ defender+ midfielder+ goalkeeper+ keeper+ winger+ jockey+ rider+ racer+ triathlete+ marathoner+ dancer+ teammate+ opponent+ captain+ rookie+ veteran+ champion+ goalie+ student+ kid+ child children boy+ girl+ man men woman women guy+ everyone everybody someone several both others`,
);
