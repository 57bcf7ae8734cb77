/** One group of causes in the reference, shown as a section in the popup. */
export interface Category {
  readonly id: CategoryId;
  readonly title: string;
}

export type CategoryId =
  'activity' | 'fluids' | 'metabolism' | 'muscle-nerve' | 'life' | 'surroundings' | 'unexplained';

/** Where a fact comes from: the seed document and the section of it. */
export interface SourceRef {
  readonly document: string;
  readonly section: string;
}

/** Stable cause ids: used in deep links (`#cause-id`) and messages. */
export type CauseId =
  | 'prolonged-exercise'
  | 'dehydration'
  | 'metabolic-disorders'
  | 'myotonia'
  | 'muscular-disease'
  | 'neurological-disease'
  | 'fibromyalgia'
  | 'multiple-sclerosis'
  | 'medications'
  | 'alcohol-abuse'
  | 'pregnancy'
  | 'muscle-fatigue'
  | 'kidney-failure'
  | 'hypothyroidism'
  | 'cold-temperatures'
  | 'nerve-damage'
  | 'fatigue'
  | 'neurodegenerative-disease'
  | 'no-underlying-cause';

/** What the tooltip and the ranking need of a cause (the background holds these). */
export interface Cause {
  readonly id: CauseId;
  readonly title: string;
  /** One line for the tooltip, at most 90 characters. */
  readonly summary: string;
  /**
   * Words that, near a mention, suggest this cause. A trailing `*` matches any ending
   * ("exercis*" matches "exercise", "exercising"); spaces make a phrase; a leading `~` marks a weak
   * cue that also has everyday meanings ("~night", "~water") and counts for less; a leading `^`
   * marks a symptom word ("^fatigue", "^numb*"), which counts only when the text says it caused
   * the spasm (see src/ranking/relation.ts).
   */
  readonly cues: readonly string[];
  /** How common the cause is, 0..1: the order when the page gives no cue. */
  readonly prior: number;
  /**
   * A rare condition: its everyday cue words ("cold", "exercise") count only beside its own name or
   * a clinical word, so one common word never puts it first.
   */
  readonly rare?: true;
}

/** What only the popup's reference needs of a cause (kept out of the content script). */
export interface CauseDetails {
  readonly category: CategoryId;
  /** The section of the seed document the facts come from. */
  readonly section: string;
  /** How this cause leads to spasms, in a few sentences. */
  readonly explanation: string;
  /** Other names people search for (synonyms, lay terms). */
  readonly aliases: readonly string[];
}

/** A cause with everything the reference shows. */
export type ReferenceEntry = Cause & CauseDetails & { readonly source: SourceRef };
