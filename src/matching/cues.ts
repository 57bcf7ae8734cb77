import {
  ABDOMINAL,
  EXERCISE_CUE_PREFIXES,
  FEMALE_SUBJECTS,
  POSSESSIVE_WORDS,
  MEDICAL_CUE_PREFIXES,
  MEDICAL_CUE_WORDS,
  OTHER_MEDICAL_MODIFIERS,
  SKELETAL_CUE_PREFIXES,
  SKELETAL_LOCATIONS,
  VISCERA,
  VISCERAL_CONDITION_PREFIXES,
  VISCERAL_CUE_PREFIXES,
  wordSet,
} from '../terms/lexicon';
import { organSenseIndex } from '../vocab/medical-names';
import { normalizeWord } from '../vocab/normalize';
import { isCapitalised, isTightGap, lowerWord, prefixMatcher, type Token } from './tokens';

const hasMedicalPrefix = prefixMatcher(MEDICAL_CUE_PREFIXES);
const hasVisceralPrefix = prefixMatcher(VISCERAL_CUE_PREFIXES);
const hasVisceralConditionPrefix = prefixMatcher(VISCERAL_CONDITION_PREFIXES);
const hasExercisePrefix = prefixMatcher(EXERCISE_CUE_PREFIXES);
const hasSkeletalPrefix = prefixMatcher(SKELETAL_CUE_PREFIXES);
const POSSESSIVES = wordSet(POSSESSIVE_WORDS);
const LOSS_VERBS = wordSet(`lost lose losing loses`);
const BABY_DETERMINERS = wordSet(`the a ${POSSESSIVE_WORDS}`);

/** A word about the body or medicine: "pain", "muscles", "stiffness". */
export function isMedicalWord(word: string): boolean {
  return MEDICAL_CUE_WORDS.has(word) || hasMedicalPrefix(word);
}

/**
 * Sentence-level evidence, as bits: what the words of the sentence other than the mention say.
 * A word about the body or medicine ("pain", "muscles", "stiffness").
 */
export const MEDICAL = 1;
/** Organs, menstruation, pregnancy loss: the senses of cramps that are not a skeletal muscle's. */
export const VISCERAL = 2;
/** Women or girls are the subject ("many women get cramps"). */
export const FEMALE = 4;
/** Sport or exertion, or the night ("cramps after a run", "cramps at night"): leg-cramp settings. */
export const EXERTION_OR_NIGHT = 8;
/** A limb or muscle named (not a generic "muscle" or "body"). */
export const SKELETAL = 16;
/** Most long words capitalised: a heading, where a capital letter says nothing about names. */
export const TITLE_CASE = 512;
/**
 * An organ's muscle is named ("the bladder muscle", "heart muscle"): a bare "muscle spasms" in the
 * same sentence is that muscle's, not a limb's.
 */
export const ORGAN_MUSCLE = 1024;
/**
 * A condition or event of the organs is named (a kidney stone, colic, a miscarriage, "my period"),
 * not only an organ: it outweighs a limb named elsewhere in the sentence. Always set with VISCERAL.
 */
export const VISCERAL_CONDITION = 16384;
/** Bits of the above. */
export type SentenceCues = number;

/** The words `isVisceralPhrase` reads: no other word is asked about its neighbours. */
const PHRASE_WORDS = wordSet(`period periods cycle baby labour labor stone stones heart d`);
/**
 * The risk factors of heart and vessel disease: a sentence naming two of them ("triggers include
 * high blood pressure, high cholesterol and smoking") is about the heart's or a vessel's cramp.
 * One alone is not enough: a cholesterol pill's cramps are a skeletal muscle's.
 */
const VASCULAR_RISKS = wordSet(`cholesterol hypertension smoking smokers pressure`);
const RISK = 8192;

/** Organs that form stones, which pass with colic: "a kidney stone", "gall stones". */
const STONE_ORGANS = wordSet(`kidney renal bladder gall urinary ureteral`);
/** "during periods", "heavy periods": menstruation ("periods of rest" is time, read by the word after). */
const PERIOD_TIMES = wordSet(`during before heavy painful irregular missed late first`);
/** Words before "labour" that make it childbirth ("in labour", "early labour"), not work. */
const BIRTH_LABOUR = wordSet(`in early active preterm premature false induced`);

/**
 * Phrases of menstruation, pregnancy loss and organ events whose words are not visceral alone: "my
 * period", "her cycle", "period pain", "lost the baby", "a heart attack", "a D&C". (A "period of spasms" or
 * "a training cycle" are not.)
 */
function isVisceralPhrase(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  if (!t) return false;
  const prev = tokens[k - 1]?.lower ?? '';
  const next = tokens[k + 1]?.lower ?? '';
  if (t.lower === 'period' || t.lower === 'periods')
    // "cramps/periods": a slash joins alternatives, so the period is the cramp's own.
    return (
      POSSESSIVES.has(prev) ||
      (PERIOD_TIMES.has(prev) && next !== 'of') ||
      next === 'pain' ||
      next === 'pains' ||
      next === 'cramps' ||
      // "period-like cramps": likened to a period's.
      (next === 'like' && tokens[k + 1]?.gap === '-') ||
      t.gap.trim() === '/'
    );
  if (t.lower === 'stone' || t.lower === 'stones') return STONE_ORGANS.has(prev);
  // A heart attack's first sign may be felt as a cramp: never a muscle's to explain.
  if (t.lower === 'heart') return next === 'attack' || next === 'attacks';
  // "a D&C": dilation and curettage of the womb, after a miscarriage or for bleeding.
  if (t.lower === 'd') return next === 'c' && tokens[k + 1]?.gap === '&';
  if (t.lower === 'labour' || t.lower === 'labor')
    return BIRTH_LABOUR.has(prev) || next === 'pains' || next === 'contractions';
  if (t.lower === 'cycle') return POSSESSIVES.has(prev) && next !== 'ride' && next !== 'route';
  if (t.lower === 'baby') return BABY_DETERMINERS.has(prev) && LOSS_VERBS.has(tokens[k - 2]?.lower ?? '');
  return false;
}

/** Generic words that appear with visceral cramps too, so they do not prove a skeletal location. */
const GENERIC_LOCATIONS = wordSet(`muscle muscles body side`);

/** "abdominal", and words visceral only in a phrase ("my period"): read with their neighbours. */
const ABDOMINAL_WORD = 32;
const PHRASE_WORD = 64;
/** Four or more letters, and capitalised: what tells a heading's title case. */
const LONG = 128;
const CAPITAL = 256;
/** The first word of an organ's or a seizure's disease name ("irritable" of irritable bowel syndrome). */
const NAME_START = 2048;
/** "muscle" or "muscles": read with the word before it (an organ's muscle). */
const MUSCLE_WORD = 4096;
/** Bounds the memo on pages of huge vocabularies: it starts afresh past this many words. */
const MEMO_WORDS = 50_000;
/** By the hash of a word as written; a word whose hash another took is worked out again. */
const memo = new Map<number, { readonly word: string; readonly bits: number }>();

/**
 * What a word says on its own, as bits, by the word as written: read once per distinct word of the
 * page rather than once per word of every sentence around every mention (natural text repeats its
 * words, and a page of many mentions asks the same few thousand words again and again).
 */
function classOf(t: Token): number {
  const known = memo.get(t.key);
  if (known && t.is(known.word)) return known.bits;
  const text = t.text;
  const w = lowerWord(text);
  const bits =
    (isMedicalWord(w) ? MEDICAL : 0) |
    // "abdominal" is visceral unless the next word makes it a muscle's: read with its neighbour.
    (w === ABDOMINAL
      ? ABDOMINAL_WORD
      : hasVisceralPrefix(w)
        ? VISCERAL | (hasVisceralConditionPrefix(w) ? VISCERAL_CONDITION : 0)
        : 0) |
    // A pregnancy is a woman's: a bare "cramping" in early pregnancy is the womb's.
    (FEMALE_SUBJECTS.has(w) || w.startsWith('pregnan') ? FEMALE : 0) |
    (hasExercisePrefix(w) || w === 'night' || w === 'nights' || w === 'nocturnal' ? EXERTION_OR_NIGHT : 0) |
    ((SKELETAL_LOCATIONS.has(w) && !GENERIC_LOCATIONS.has(w)) || hasSkeletalPrefix(w) ? SKELETAL : 0) |
    (organSenseIndex().starts(normalizeWord(w)) ? NAME_START : 0) |
    (w === 'muscle' || w === 'muscles' ? MUSCLE_WORD : 0) |
    (VASCULAR_RISKS.has(w) ? RISK : 0) |
    (PHRASE_WORDS.has(w) ? PHRASE_WORD : 0) |
    (text.length >= 4 && /^\p{L}+$/u.test(text) ? LONG | (isCapitalised(text) ? CAPITAL : 0) : 0);
  if (memo.size >= MEMO_WORDS) memo.clear();
  memo.set(t.key, { word: text, bits });
  return bits;
}

/** Each word's cues within its sentence, worked out once for every mention of the sentence. */
export interface SentenceWords {
  readonly bits: readonly number[];
  readonly titleCase: boolean;
  readonly organMuscle: boolean;
}

/** Marks each word that starts a disease name of an organ or of seizures: a visceral condition. */
function markOrganNames(tokens: readonly Token[], bits: number[]): void {
  const index = organSenseIndex();
  // Normal forms only as far as a name from a possible first word can reach, not of every word.
  const words: string[] = [];
  let filled = 0;
  for (let k = 0; k < tokens.length; k++) {
    if (!((bits[k] as number) & NAME_START)) continue;
    const reach = Math.min(tokens.length, k + index.longest);
    for (let m = Math.max(filled, k); m < reach; m++) words[m] = normalizeWord((tokens[m] as Token).lower);
    filled = Math.max(filled, reach);
    if (index.matchAt(words, k)) bits[k] = (bits[k] as number) | VISCERAL | VISCERAL_CONDITION;
  }
}

export function sentenceWords(tokens: readonly Token[]): SentenceWords {
  const bits: number[] = [];
  let longWords = 0;
  let capitalised = 0;
  let names = false;
  let organMuscle = false;
  const risks = new Set<string>();
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k] as Token;
    let c = classOf(t);
    if (c & LONG) {
      longWords++;
      if (c & CAPITAL) capitalised++;
    }
    if (c & ABDOMINAL_WORD) {
      // "abdominal muscles", "the abdominal wall": the muscle, not the organs.
      const next = tokens[k + 1];
      const qualifiesMuscle = next !== undefined && isTightGap(next.gap) && /^(muscles?|wall)$/.test(next.lower);
      if (!qualifiesMuscle) c |= VISCERAL;
    } else if (c & PHRASE_WORD && isVisceralPhrase(tokens, k)) c |= VISCERAL | VISCERAL_CONDITION;
    if (c & MUSCLE_WORD && k > 0 && isTightGap(t.gap)) {
      const before = (tokens[k - 1] as Token).lower;
      organMuscle ||= VISCERA.has(before) || (OTHER_MEDICAL_MODIFIERS.has(before) && before !== 'abdominal');
    }
    names ||= (c & NAME_START) !== 0;
    // "pressure" counts only as blood pressure.
    if (c & RISK && (t.lower !== 'pressure' || tokens[k - 1]?.lower === 'blood')) risks.add(t.lower);
    bits.push(c);
  }
  if (names) markOrganNames(tokens, bits);
  if (risks.size >= 2)
    for (let k = 0; k < bits.length; k++)
      if (risks.has((tokens[k] as Token).lower)) bits[k] = (bits[k] as number) | VISCERAL;
  // Headings capitalise most words, so there a capital letter says nothing about names.
  return { bits, titleCase: longWords >= 2 && capitalised / longWords >= 0.6, organMuscle };
}

/** Cues over every word of the sentence except the mention's own, tokens i to j. */
export function cuesBesides(words: SentenceWords, i: number, j: number): SentenceCues {
  let c = (words.titleCase ? TITLE_CASE : 0) | (words.organMuscle ? ORGAN_MUSCLE : 0);
  const { bits } = words;
  for (let k = 0; k < bits.length; k++) if (k < i || k > j) c |= bits[k] as number;
  return (
    c & (MEDICAL | VISCERAL | VISCERAL_CONDITION | FEMALE | EXERTION_OR_NIGHT | SKELETAL | TITLE_CASE | ORGAN_MUSCLE)
  );
}
