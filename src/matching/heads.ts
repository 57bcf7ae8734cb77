/** The word forms the detector looks at, and which family of rules each belongs to. */
export type Head =
  | 'cramp' // cramp, cramps, cramping
  | 'cramped'
  | 'spasm' // spasm, spasms, spasming, spasmed
  | 'spasmodic'
  | 'compound-spasm' // blepharospasm, bronchospasm, vasospasm …
  | 'antispasmodic'
  | 'myotonia' // myotonia, myotonic, paramyotonia, neuromyotonia
  | 'tetany'
  | 'charley-horse';

const CRAMP = /^cramp(?:s|ing)?$/;
const SPASM = /^spasm(?:s|ing|ed|ings)?$/;
const COMPOUND_SPASM = /^\p{L}{3,}spasms?$/u;
const ANTISPASMODIC = /^antispasmodics?$/;
const MYOTONIA = /^\p{L}*myoton(?:ia|ias|ic|ica)$/u;
const TETANY = /^tetan(?:y|ies)$/;
const CHARLEY_HORSE = /^charl(?:ey|ie)[\s\u00A0-]+horses?$/;

/** The family of a lower-case word, or null when it is not one we explain ("crampes", "cramPlugin"). */
export function headOf(word: string): Head | null {
  if (CRAMP.test(word)) return 'cramp';
  if (word === 'cramped') return 'cramped';
  if (SPASM.test(word)) return 'spasm';
  if (word === 'spasmodic') return 'spasmodic';
  if (ANTISPASMODIC.test(word)) return 'antispasmodic';
  if (COMPOUND_SPASM.test(word)) return 'compound-spasm';
  if (MYOTONIA.test(word)) return 'myotonia';
  if (TETANY.test(word)) return 'tetany';
  if (CHARLEY_HORSE.test(word)) return 'charley-horse';
  return null;
}
