import {
  ABDOMINAL,
  EXERCISE_CUE_PREFIXES,
  FEMALE_SUBJECTS,
  POSSESSIVE_WORDS,
  MEDICAL_CUE_PREFIXES,
  MEDICAL_CUE_WORDS,
  SKELETAL_LOCATIONS,
  VISCERAL_CUE_PREFIXES,
  wordSet,
} from '../terms/lexicon';
import { isCapitalised, isTightGap, prefixMatcher, type Token } from './tokens';

const hasMedicalPrefix = prefixMatcher(MEDICAL_CUE_PREFIXES);
const hasVisceralPrefix = prefixMatcher(VISCERAL_CUE_PREFIXES);
const hasExercisePrefix = prefixMatcher(EXERCISE_CUE_PREFIXES);
const POSSESSIVES = wordSet(POSSESSIVE_WORDS);
const LOSS_VERBS = wordSet(`lost lose losing loses`);
const BABY_DETERMINERS = wordSet(`the a ${POSSESSIVE_WORDS}`);

/** A word about the body or medicine: "pain", "muscles", "stiffness". */
export function isMedicalWord(word: string): boolean {
  return MEDICAL_CUE_WORDS.has(word) || hasMedicalPrefix(word);
}

/** Sentence-level evidence, computed once per candidate over the words other than the mention. */
export interface SentenceCues {
  readonly medical: boolean;
  readonly visceral: boolean;
  readonly skeletalLocation: boolean;
  readonly titleCase: boolean;
  /** Women or girls are the subject ("many women get cramps"). */
  readonly female: boolean;
  /** Sport or exertion, or the night ("cramps after a run", "cramps at night"): leg-cramp settings. */
  readonly exertionOrNight: boolean;
}

/**
 * Phrases of menstruation and pregnancy loss whose words are not visceral alone: "my period",
 * "her cycle", "period pain", "lost the baby". (A "period of spasms" or "a training cycle" are not.)
 */
function isVisceralPhrase(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  if (!t) return false;
  const prev = tokens[k - 1]?.lower ?? '';
  const next = tokens[k + 1]?.lower ?? '';
  if (t.lower === 'period' || t.lower === 'periods')
    return POSSESSIVES.has(prev) || next === 'pain' || next === 'pains' || next === 'cramps';
  if (t.lower === 'cycle') return POSSESSIVES.has(prev) && next !== 'ride' && next !== 'route';
  if (t.lower === 'baby') return BABY_DETERMINERS.has(prev) && LOSS_VERBS.has(tokens[k - 2]?.lower ?? '');
  return false;
}

/** Generic words that appear with visceral cramps too, so they do not prove a skeletal location. */
const GENERIC_LOCATIONS = wordSet(`muscle muscles body side`);

const MEDICAL = 1;
const VISCERAL = 2;
const FEMALE = 4;
const EXERTION_OR_NIGHT = 8;
const SKELETAL = 16;
/** Bounds the memo on pages of huge vocabularies: it starts afresh past this many words. */
const MEMO_WORDS = 50_000;
const memo = new Map<string, number>();

/**
 * What a lower-case word says on its own, as bits: read once per distinct word of the page rather
 * than once per word of every sentence around every mention (natural text repeats its words, and a
 * page of many mentions asks the same few thousand words again and again).
 */
function classOf(w: string): number {
  let c = memo.get(w);
  if (c === undefined) {
    c =
      (isMedicalWord(w) ? MEDICAL : 0) |
      (hasVisceralPrefix(w) ? VISCERAL : 0) |
      (FEMALE_SUBJECTS.has(w) ? FEMALE : 0) |
      (hasExercisePrefix(w) || w === 'night' || w === 'nights' || w === 'nocturnal' ? EXERTION_OR_NIGHT : 0) |
      (SKELETAL_LOCATIONS.has(w) && !GENERIC_LOCATIONS.has(w) ? SKELETAL : 0);
    if (memo.size >= MEMO_WORDS) memo.clear();
    memo.set(w, c);
  }
  return c;
}

/** Cues over every word of the sentence except the mention itself ([skipStart, skipEnd) in the text). */
export function sentenceCues(tokens: readonly Token[], skipStart: number, skipEnd: number): SentenceCues {
  let medical = false;
  let visceral = false;
  let skeletalLocation = false;
  let female = false;
  let exertionOrNight = false;
  let longWords = 0;
  let capitalised = 0;
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k];
    if (!t) continue;
    if (t.text.length >= 4 && /^\p{L}+$/u.test(t.text)) {
      longWords++;
      if (isCapitalised(t.text)) capitalised++;
    }
    if (t.start >= skipStart && t.end <= skipEnd) continue;
    const w = t.lower;
    const c = classOf(w);
    if (c & MEDICAL) medical = true;
    if (!visceral) {
      if (w === ABDOMINAL) {
        const next = tokens[k + 1];
        const qualifiesMuscle =
          next !== undefined && isTightGap(next.gapBefore) && /^(muscles?|wall)$/.test(next.lower);
        if (!qualifiesMuscle) visceral = true;
      } else if (c & VISCERAL || isVisceralPhrase(tokens, k)) {
        visceral = true;
      }
    }
    if (c & FEMALE) female = true;
    if (c & EXERTION_OR_NIGHT) exertionOrNight = true;
    if (c & SKELETAL) skeletalLocation = true;
  }
  // Headings capitalise most words, so there a capital letter says nothing about names.
  const titleCase = longWords >= 2 && capitalised / longWords >= 0.6;
  return { medical, visceral, skeletalLocation, titleCase, female, exertionOrNight };
}
