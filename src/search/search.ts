import { categoryTitle } from '../reference/categories';
import { OTHER_MEDICAL_MODIFIERS } from '../terms/lexicon';
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
  // Writer's cramp is a focal dystonia: a neurological condition, not the symptom in general.
  "writer's cramp": 'dystonia',
  'writers cramp': 'dystonia',
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
  // Clinical words for low salts: tetany is the spasm low calcium or magnesium brings on.
  tetany: 'calcium',
  weather: 'heat',
  hot: 'heat',
};

/** The synonyms of more than one word, as whole words, plural included ("water pills", "writer's cramps"). */
const PHRASES: readonly (readonly [RegExp, string])[] = Object.entries(SYNONYMS)
  .filter(([from]) => from.includes(' '))
  .map(([from, to]) => [new RegExp(`(?<!\\S)${from}s?(?!\\S)`, 'g'), to]);

/** Words that carry no meaning in a query ("cramps at night", "cramps after a run"). */
const STOP_WORDS = new Set([
  'a',
  'an',
  'the',
  'at',
  'in',
  'on',
  'of',
  'my',
  'and',
  'or',
  'with',
  'from',
  'after',
  'during',
  'for',
  'to',
  'when',
  'why',
  'what',
  'do',
  'i',
  'get',
]);

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
  readonly fields: readonly { readonly words: ReadonlyMap<string, string>; readonly weight: number }[];
  /**
   * The ranking's open-ended cue words ("hypokal*", "nephr*"), the clinical vocabulary the tooltip
   * reads pages with: a query word starting with one ("hypokalemia", "nephropathy") matches.
   */
  readonly prefixes: readonly string[];
}

/** A field's words by their stems, each with the word as the reference writes it (its first). */
function stemmedWords(text: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const w of words(text)) if (!out.has(stem(w))) out.set(stem(w), w);
  return out;
}

const INDEX: readonly IndexedCause[] = REFERENCE.map((cause) => ({
  cause,
  fields: [
    { words: stemmedWords(cause.title), weight: 5 },
    { words: stemmedWords(cause.aliases.join(' ')), weight: 4 },
    { words: stemmedWords(cause.cues.map((c) => c.replace(/[~^*]/g, '')).join(' ')), weight: 3 },
    { words: stemmedWords(cause.summary), weight: 2 },
    { words: stemmedWords(`${cause.explanation} ${categoryTitle(cause.category)}`), weight: 1 },
  ],
  prefixes: cause.cues
    .map((c) => c.replace(/^[~^]/, ''))
    .filter((c) => c.endsWith('*') && !c.includes(' ') && c.length >= 6)
    .map((c) => c.slice(0, -1).toLowerCase()),
}));

const CUE_PREFIXES: readonly string[] = [...new Set(INDEX.flatMap((c) => c.prefixes))];

const VOCABULARY: readonly string[] = [...new Set(INDEX.flatMap((c) => c.fields.flatMap((f) => [...f.words.keys()])))];

export interface SearchResult {
  /** Causes matching the query, best first; every cause when the query is empty or names only the symptom. */
  readonly causes: readonly ReferenceEntry[];
  /** The query named the symptom itself ("charley horse", "cramping"): all causes apply. */
  readonly symptomOnly: boolean;
  /**
   * For each cause found, the words of its own text the query matched ("alcohol" for "booze",
   * "dehydration" for "dehidration"); a clinical word read by a root of the cause's vocabulary
   * ("hypokalemia") as typed.
   */
  readonly matched: ReadonlyMap<string, readonly string[]>;
  /**
   * A word of the query that names a cramp of another kind ("menstrual", "stomach"): the reference
   * covers skeletal muscle, which the popup says.
   */
  readonly otherSense: string | null;
}

/** Maps one query word to the words to look for: synonym, stem, and close spellings. */
function expand(word: string): { terms: string[]; exact: boolean; root?: boolean } {
  const mapped = SYNONYMS[word] ?? word;
  const s = stem(mapped);
  if (VOCABULARY.includes(s) || SYMPTOM_WORDS.has(s)) return { terms: [s], exact: true };
  // A clinical word one of the ranking's open-ended cues begins ("nephropathy": "nephr*"): a root
  // and a short ending (-emia, -opathy, -therapy), not any string that happens to start alike.
  const cue =
    s.length >= 5 ? CUE_PREFIXES.find((p) => s.startsWith(p) && s.length - p.length <= MAX_ENDING) : undefined;
  if (cue !== undefined) return { terms: [stem(cue)], exact: true, root: true };
  // Prefix while typing ("dehyd"), then small typos ("dehidration").
  const prefixed = s.length >= 3 ? VOCABULARY.filter((v) => v.startsWith(s)) : [];
  if (prefixed.length > 0) return { terms: prefixed, exact: true };
  const max = s.length >= 8 ? 2 : s.length >= 4 ? 1 : 0;
  const close = max === 0 ? [] : VOCABULARY.filter((v) => editDistance(s, v, max) <= max);
  return { terms: close, exact: false };
}

const NO_MATCHES: ReadonlyMap<string, readonly string[]> = new Map();

/** The longest ending a clinical root takes in a query word ("therapy" in "chemotherapy"). */
const MAX_ENDING = 7;

/** Fields a cause is named by (title, aliases, cue words), as against its prose. */
const NAMING_WEIGHT = 3;

/**
 * Causes for a query, ranked by how many of its words match them (a cause matching "leg cramps
 * dialysis" on "dialysis" alone still shows), then by where they match (title over summary), then
 * by how common the cause is. Synonyms, clinical words and small typos count.
 */
export function searchCauses(query: string): SearchResult {
  const normalized = words(query).join(' ');
  const phraseMapped = PHRASES.reduce((q, [from, to]) => q.replace(from, to), normalized);
  const typed = phraseMapped === '' ? [] : phraseMapped.split(' ').filter((w) => !STOP_WORDS.has(w));
  const otherSense = words(query).find((w) => OTHER_MEDICAL_MODIFIERS.has(w)) ?? null;
  if (typed.length === 0) return { causes: REFERENCE, symptomOnly: false, matched: NO_MATCHES, otherSense };
  const expanded = typed.map((word) => ({ word, ...expand(word) }));
  // Words that name the symptom itself ("leg", "cramps", "night") say nothing about the cause.
  const meaningful = expanded.filter((e) => !(e.terms.length > 0 && e.terms.every((t) => SYMPTOM_WORDS.has(t))));
  if (meaningful.length === 0) return { causes: REFERENCE, symptomOnly: true, matched: NO_MATCHES, otherSense };
  // How each word matches each cause: the weight of its best field, and the cause's word it found there.
  const found = INDEX.map((entry) =>
    meaningful.map((e) => {
      let best = 0;
      let word = '';
      for (const f of entry.fields) {
        const hit = e.terms.find((t) => f.words.has(t));
        const weight = f.weight * (e.exact ? 1 : 0.8);
        if (hit === undefined || weight <= best) continue;
        best = weight;
        word = e.root ? e.word : (f.words.get(hit) ?? e.word);
      }
      return { best, word };
    }),
  );
  const weights = found.map((row) => row.map((f) => f.best));
  // A word that names some cause (its title, aliases or cues) matches only the causes it names, not
  // those whose prose mentions it in passing ("alcohol" is a cause; medicines' text also says it).
  const names = meaningful.map((_, i) => weights.some((w) => (w[i] ?? 0) >= NAMING_WEIGHT));
  const matched = new Map<string, string[]>();
  const scored = INDEX.map((entry, c) => {
    let score = 0;
    let hits = 0;
    const hitWords: string[] = [];
    meaningful.forEach((e, i) => {
      const best = weights[c]?.[i] ?? 0;
      if (best === 0 || (names[i] && best < NAMING_WEIGHT)) return;
      const word = found[c]?.[i]?.word ?? e.word;
      if (!hitWords.includes(word)) hitWords.push(word);
      hits++;
      score += best;
    });
    if (hits > 0) matched.set(entry.cause.id, hitWords);
    return { cause: entry.cause, hits, score };
  })
    .filter((s) => s.hits > 0)
    .sort((a, b) => b.hits - a.hits || b.score - a.score || b.cause.prior - a.cause.prior);
  return { causes: scored.map((s) => s.cause), symptomOnly: false, matched, otherSense };
}
