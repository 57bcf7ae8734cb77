import type { CauseId } from '../reference/types';
import { CAUSE_CLASSES, SENSE_CLASSES, type OrganSense } from './classes';
import { CAUSE_CONDITIONS, DRUGS, SENSE_CONDITIONS } from './generated';
import { LAY_NAMES } from './lay-names';
import { PhraseIndex, textWords, type TextWord } from './phrase-index';

/** What a name on the page was read as: "Kennedy's disease — a motor neuron disease". */
export interface MedicalName {
  readonly kind: 'condition' | 'drug';
  readonly cause: CauseId;
  /** What the tooltip says it is ("a motor neuron disease", "a medicine"). */
  readonly description: string;
  /** Counts only when written in capitals ("ALS"). */
  readonly acronym: boolean;
}

/** A name found in a text: its offsets, the words as written, and what it was read as. */
export interface FoundName {
  readonly start: number;
  readonly end: number;
  readonly written: string;
  readonly name: MedicalName;
}

const DRUG: MedicalName = { kind: 'drug', cause: 'medications', description: 'a medicine', acronym: false };

/** "myofibrillar myopathies", "muscular dystrophies": pages name families of diseases in the plural. */
function pluralOf(name: string): string {
  if (/[^aeiou]y$/.test(name)) return `${name.slice(0, -1)}ies`;
  return /(?:s|x|z|ch|sh)$/.test(name) ? `${name}es` : `${name}s`;
}

function buildCauseIndex(): PhraseIndex<MedicalName> {
  const index = new PhraseIndex<MedicalName>();
  // Added first: names of the same length are tried in the order added, so on the same words the
  // project's own reading wins.
  for (const lay of LAY_NAMES) {
    const kind = lay.cause === 'medications' ? 'drug' : 'condition';
    index.add(lay.name, { kind, cause: lay.cause, description: lay.description, acronym: lay.acronym === true });
  }
  for (const drug of DRUGS.split('|')) index.addNormalized(drug, DRUG);
  for (const row of CAUSE_CLASSES) {
    const names = CAUSE_CONDITIONS[row.label];
    if (!names || row.cause === null) continue;
    const value: MedicalName = { kind: 'condition', cause: row.cause, description: row.description, acronym: false };
    for (const name of names.split('|')) {
      index.addNormalized(name, value);
      index.addNormalized(pluralOf(name), value);
    }
  }
  return index;
}

function buildSenseIndex(): PhraseIndex<OrganSense> {
  const index = new PhraseIndex<OrganSense>();
  for (const row of SENSE_CLASSES) {
    const names = SENSE_CONDITIONS[row.label];
    if (names && row.sense !== null) for (const name of names.split('|')) index.addNormalized(name, row.sense);
  }
  return index;
}

// Built on first use: the background also wakes for badge counts, which need no names.
let causeIndex: PhraseIndex<MedicalName> | undefined;
let senseIndex: PhraseIndex<OrganSense> | undefined;

export const organSenseIndex = (): PhraseIndex<OrganSense> => (senseIndex ??= buildSenseIndex());

/** Diseases, lay names and medicines in `text[from, to)`, longest first where they overlap. */
export function findMedicalNames(text: string, from = 0, to = text.length): FoundName[] {
  return medicalNamesIn(text, textWords(text, from, to));
}

/** The same, over the words of `text` already read (see `textWords`). */
export function medicalNamesIn(text: string, words: readonly TextWord[]): FoundName[] {
  const index = (causeIndex ??= buildCauseIndex());
  const keys = words.map((w) => w.word);
  const found: FoundName[] = [];
  for (let i = 0; i < words.length; i++) {
    const hit = index.matchAt(keys, i);
    if (!hit) continue;
    const first = words[i] as TextWord;
    const last = words[i + hit.length - 1] as TextWord;
    if (hit.value.acronym && first.written !== first.written.toUpperCase()) continue;
    found.push({ start: first.start, end: last.end, written: text.slice(first.start, last.end), name: hit.value });
    i += hit.length - 1;
  }
  return found;
}
