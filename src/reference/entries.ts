import { CAUSES } from './causes';
import { CAUSE_DETAILS } from './details';
import { SOURCE_DOCUMENT } from './facts';
import type { ReferenceEntry } from './types';

/**
 * The full reference the popup shows: each cause joined with its popup-only details. Kept apart
 * from `causes.ts` so the background, which ranks and summarises for the tooltip, does not load them.
 */
export const REFERENCE: readonly ReferenceEntry[] = CAUSES.map((cause) => {
  const details = CAUSE_DETAILS[cause.id];
  return { ...cause, ...details, source: { document: SOURCE_DOCUMENT, section: details.section } };
});
