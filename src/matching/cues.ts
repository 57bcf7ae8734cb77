import {
  ABDOMINAL,
  MEDICAL_CUE_PREFIXES,
  MEDICAL_CUE_WORDS,
  SKELETAL_LOCATIONS,
  VISCERAL_CUE_PREFIXES,
  wordSet,
} from '../terms/lexicon';
import { isCapitalised, isTightGap, prefixMatcher, type Token } from './tokens';

const hasMedicalPrefix = prefixMatcher(MEDICAL_CUE_PREFIXES);
const hasVisceralPrefix = prefixMatcher(VISCERAL_CUE_PREFIXES);

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
}

/** Generic words that appear with visceral cramps too, so they do not prove a skeletal location. */
const GENERIC_LOCATIONS = wordSet(`muscle muscles body side`);

/** Cues over every word of the sentence except the mention itself ([skipStart, skipEnd) in the text). */
export function sentenceCues(tokens: readonly Token[], skipStart: number, skipEnd: number): SentenceCues {
  let medical = false;
  let visceral = false;
  let skeletalLocation = false;
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
    if (!medical && isMedicalWord(w)) medical = true;
    if (!visceral) {
      if (w === ABDOMINAL) {
        const next = tokens[k + 1];
        const qualifiesMuscle =
          next !== undefined && isTightGap(next.gapBefore) && /^(muscles?|wall)$/.test(next.lower);
        if (!qualifiesMuscle) visceral = true;
      } else if (hasVisceralPrefix(w)) {
        visceral = true;
      }
    }
    if (!skeletalLocation && SKELETAL_LOCATIONS.has(w) && !GENERIC_LOCATIONS.has(w)) skeletalLocation = true;
  }
  // Headings capitalise most words, so there a capital letter says nothing about names.
  const titleCase = longWords >= 2 && capitalised / longWords >= 0.6;
  return { medical, visceral, skeletalLocation, titleCase };
}
