import { categoryTitle } from '../reference/categories';
import { REFERENCE } from '../reference/entries';
import type { ReferenceEntry } from '../reference/types';
import { editDistance, stem, words } from './normalize';

/** Lay spellings and synonyms, mapped to the words the reference uses. */
const SYNONYMS: Readonly<Record<string, string>> = {
  charlie: 'charley',
  charly: 'charley',
  spasam: 'spasm',
  kramp: 'cramp',
  'water pill': 'diuretic',
  booze: 'alcohol',
  drinking: 'alcohol',
  pregnant: 'pregnancy',
  expecting: 'pregnancy',
  thyroid: 'hypothyroidism',
  renal: 'kidney',
  ms: 'sclerosis',
  fibro: 'fibromyalgia',
  electrolyte: 'salt',
  sweat: 'dehydration',
  sweating: 'dehydration',
  thirst: 'dehydration',
  workout: 'exercise',
  running: 'exercise',
  marathon: 'exercise',
  sport: 'exercise',
  tired: 'fatigue',
  tiredness: 'fatigue',
  winter: 'cold',
  drug: 'medication',
  medicine: 'medication',
  pill: 'medication',
  statin: 'medication',
};

/**
 * Words that name the symptom itself rather than a cause: every cause applies to them. A query of
 * only these shows the whole reference, with a note saying so.
 */
const SYMPTOM_WORDS = new Set([
  'cramp',
  'spasm',
  'charley',
  'horse',
  'muscle',
  'twitch',
  'leg',
  'calf',
  'night',
  'writer',
]);

interface IndexedCause {
  readonly cause: ReferenceEntry;
  /** Stemmed words per field, weighted: title 5, aliases 4, cues 3, summary 2, the rest 1. */
  readonly fields: readonly { readonly words: ReadonlySet<string>; readonly weight: number }[];
}

const stemmedWords = (text: string): Set<string> => new Set(words(text).map(stem));

const INDEX: readonly IndexedCause[] = REFERENCE.map((cause) => ({
  cause,
  fields: [
    { words: stemmedWords(cause.title), weight: 5 },
    { words: stemmedWords(cause.aliases.join(' ')), weight: 4 },
    { words: stemmedWords(cause.cues.map((c) => c.replace(/[~^*]/g, '')).join(' ')), weight: 3 },
    { words: stemmedWords(cause.summary), weight: 2 },
    { words: stemmedWords(`${cause.explanation} ${categoryTitle(cause.category)}`), weight: 1 },
  ],
}));

const VOCABULARY: readonly string[] = [...new Set(INDEX.flatMap((c) => c.fields.flatMap((f) => [...f.words])))];

export interface SearchResult {
  /** Causes matching the query, best first; every cause when the query is empty or names only the symptom. */
  readonly causes: readonly ReferenceEntry[];
  /** The query named the symptom itself ("charley horse", "cramping"): all causes apply. */
  readonly symptomOnly: boolean;
}

/** Maps one query word to the words to look for: synonym, stem, and close spellings. */
function expand(word: string): { terms: string[]; exact: boolean } {
  const mapped = SYNONYMS[word] ?? word;
  const s = stem(mapped);
  if (VOCABULARY.includes(s) || SYMPTOM_WORDS.has(s)) return { terms: [s], exact: true };
  // Prefix while typing ("dehyd"), then small typos ("dehidration").
  const prefixed = s.length >= 3 ? VOCABULARY.filter((v) => v.startsWith(s)) : [];
  if (prefixed.length > 0) return { terms: prefixed, exact: true };
  const max = s.length >= 8 ? 2 : s.length >= 4 ? 1 : 0;
  const close = max === 0 ? [] : VOCABULARY.filter((v) => editDistance(s, v, max) <= max);
  return { terms: close, exact: false };
}

export function searchCauses(query: string): SearchResult {
  const normalized = words(query).join(' ');
  const phraseMapped = Object.entries(SYNONYMS).reduce(
    (q, [from, to]) => (from.includes(' ') ? q.replace(from, to) : q),
    normalized,
  );
  const qWords = phraseMapped === '' ? [] : phraseMapped.split(' ');
  if (qWords.length === 0) return { causes: REFERENCE, symptomOnly: false };
  const expanded = qWords.map(expand);
  const meaningful = expanded.filter((e) => !e.terms.every((t) => SYMPTOM_WORDS.has(t)));
  if (meaningful.length === 0 && expanded.every((e) => e.terms.length > 0))
    return { causes: REFERENCE, symptomOnly: true };
  const scored = INDEX.map((entry) => {
    let score = 0;
    for (const e of meaningful) {
      let best = 0;
      for (const f of entry.fields) {
        if (e.terms.some((t) => f.words.has(t))) best = Math.max(best, f.weight * (e.exact ? 1 : 0.8));
      }
      // Every meaningful word must match somewhere (AND), as people expect from a search box.
      if (best === 0) return { cause: entry.cause, score: 0 };
      score += best;
    }
    return { cause: entry.cause, score };
  })
    .filter((s) => s.score > 0)
    .sort((a, b) => b.score - a.score || b.cause.prior - a.cause.prior);
  return { causes: scored.map((s) => s.cause), symptomOnly: false };
}
