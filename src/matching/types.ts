/** What a mention means, decided from the words around it. Only `muscle` mentions are marked. */
export const SENSES = ['muscle', 'other-medical', 'not-medical'] as const;
export type Sense = (typeof SENSES)[number];

/**
 * A mention goes by one name per stage it passes through; each type adds what its stage needs:
 *
 * | type             | where                                | what it is for                                           |
 * | ---------------- | ------------------------------------ | -------------------------------------------------------- |
 * | `Mention`        | src/matching/types.ts                | the detector's answer: offsets, phrase, sense, rule      |
 * | `Found`          | src/matching/found.ts                | what crosses to the content script: offsets and sense    |
 * | `MarkedMention`  | content-scripts/marks/mention-index.ts | a `Found` on the page: its block, range and text nodes |
 * | `PageMention`    | src/messages.ts                      | one frame's mention for the popup: words around, sense   |
 * | `OrderedMention` | src/page-order.ts                    | a `PageMention` with where its frame sits, for ordering  |
 * | `TabMention`     | src/messages.ts                      | a mention of the whole tab as the popup lists it         |
 */
export interface Mention {
  /** UTF-16 offsets into the text given to `detect`. */
  readonly start: number;
  readonly end: number;
  /** The phrase in lower case with plain spaces and apostrophes ("leg cramps", "writer's cramp"). */
  readonly term: string;
  readonly sense: Sense;
  readonly reason: Reason;
}

/**
 * Which rule decided a mention's sense, for tests, `npm run eval` and debugging: each id names the
 * rule and the evidence it used.
 */
export type Reason =
  | 'name-title' // "Mr Cramp"
  | 'name-band' // "The Cramps"
  | 'name-citation' // "Cramp (1980)", "Cramp et al.", "Cramp, “Title”" in a reference list
  | 'name-firm' // "Cramp & Sons"
  | 'name-pair' // "Cramp and Simmons"
  | 'name-capital' // "… said Cramp": capitalised mid-sentence
  | 'name-capitals' // "Cramp Shipbuilding": followed by a capitalised non-bodily word
  | 'heading-unbodily' // a title-case heading with no bodily words
  | 'modifier-unbodily' // "brain cramp", "iron cramps"
  | 'modifier-visceral' // "menstrual cramps", "smooth muscle spasm"
  | 'modifier-muscle' // "calf cramps", "exercise-associated cramps"
  | 'location-visceral' // "spasm of the airways"
  | 'location-muscle' // "cramp in my calf"
  | 'context-visceral' // visceral words in the sentence, no limb or muscle
  | 'context-bodily' // a bare "spasm" among bodily or medical words
  | 'context-unbodily' // a bare "spasm" with nothing bodily: figurative
  | 'quoted-word' // "the word 'cramp'" with no bodily context
  | 'idiom-style' // "cramp my style"
  | 'writers-cramp'
  | 'verb-restrict' // "laws cramp the growth"
  | 'cramp-default' // "cramp" with no other sense in sight
  | 'cramped-space' // "a cramped flat"
  | 'cramped-body' // "my calf cramped (up)", "cramped legs"
  | 'cramped-unbodily' // "cramped" with no body part: small or tight
  | 'spasm-of-unbodily' // "a spasm of grief"
  | 'spasmodic-muscle' // "spasmodic torticollis"
  | 'spasmodic-medical' // "spasmodic" among medical words, not skeletal
  | 'spasmodic-fitful' // "spasmodic progress"
  | 'compound-muscle' // "blepharospasm"
  | 'compound-visceral' // "bronchospasm", "vasospasm"
  | 'antispasmodic'
  | 'myotonia' // myotonia and its compounds (paramyotonia, neuromyotonia)
  | 'tetany' // tetany: sustained spasms from low calcium or magnesium
  | 'coordinated-muscle' // "muscle stiffness and spasms": listed with a muscle symptom
  | 'context-female' // a bare "cramps" said of women, with no limb, sport or night: menstrual
  | 'compound-object' // "cramp-iron", "cramp-bones": a hyphenated object name
  | 'spasm-of-feeling' // "a spasm of pain/grief", "a cramp of envy": a burst or grip of feeling
  | 'cramped-verb' // "I cramped at 30k": a person as subject of the verb
  | 'charley-horse'
  | 'cramping-attributive' // "old and cramping forms": confining
  | 'coordinated-mention'; // "spasm or cramp": the sense of the mention it is joined to
