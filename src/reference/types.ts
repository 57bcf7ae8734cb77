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

export interface Cause {
  /** Stable id: used in deep links (`#cause-id`) and messages. */
  readonly id: string;
  readonly title: string;
  readonly category: CategoryId;
  /** One line for the tooltip, at most 90 characters. */
  readonly summary: string;
  /**
   * Words that, near a mention, suggest this cause. A trailing `*` matches any ending
   * ("exercis*" matches "exercise", "exercising"); spaces make a phrase; a leading `~` marks a weak
   * cue that also has everyday meanings ("~night", "~water") and counts for less.
   */
  readonly cues: readonly string[];
  /** How common the cause is, 0..1: the order when the page gives no cue. */
  readonly prior: number;
  readonly source: SourceRef;
}

/** The popup's fuller text for a cause. */
export interface CauseDetails {
  /** How this cause leads to spasms, in a few sentences. */
  readonly explanation: string;
  /** Other names people search for (synonyms, lay terms). */
  readonly aliases: readonly string[];
}
