/** What a mention means, decided from the words around it. Only `muscle` mentions are marked. */
export type Sense = 'muscle' | 'other-medical' | 'not-medical';

export interface Mention {
  /** UTF-16 offsets into the text given to `detect`. */
  readonly start: number;
  readonly end: number;
  /** The phrase in lower case with plain spaces and apostrophes ("leg cramps", "writer's cramp"). */
  readonly term: string;
  readonly sense: Sense;
  /** Which rule decided the sense: for tests and debugging. */
  readonly reason: string;
}
